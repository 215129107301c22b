package org.easel.server.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.planning.semantic.SemanticUnderstanding;

/**
 * The last word of the context on a reading the words settled: the same adjustment said again right
 * after it rescales it, a description with a selection goes into the selection, and a model's edit whose
 * words also name an adjustment is asked about rather than guessed.
 */
final class ReadingInContext {
    /** Colour a model has to invent: "colourise this black and white photo". */
    private static final Pattern NEW_COLOUR = Pattern.compile("\\b(?:colou?ri[sz]e|colou?ri[sz]ation|add colou?r to|"
            + "in colou?r)\\b");
    /** "even warmer", "warmer still", "blur more": the same change again, stronger. */
    private static final Pattern STILL_MORE = Pattern.compile("\\b(?:even|still|more|further|yet|stronger|harder)\\b");
    /** Adjustments that undo each other, so "less blurry" right after a blur means that blur, weaker. */
    private static final Map<AdjustmentKind, AdjustmentKind> OPPOSITE = Map.of(AdjustmentKind.BLUR, AdjustmentKind.SHARPEN,
            AdjustmentKind.SHARPEN, AdjustmentKind.BLUR);
    /** "less warm actually", "too warm now": the same change, weaker. */
    private static final Pattern NOT_SO_MUCH = Pattern.compile("\\b(?:less|not so|not as|too|overdone|bit much)\\b");

    private ReadingInContext() {
    }

    static Understanding settle(Understanding understood, String instruction, InstructionContext context) {
        if (Canonical.read(instruction).isPresent()) {
            return understood;   // a reading Easel offered, chosen: exactly that, never asked about again
        }
        Understanding settled = rescalingTheLast(understood, instruction, context).orElse(understood);
        settled = nothingToRescale(settled, instruction, context);
        settled = aNoBeforeAnyChange(settled, instruction, context);
        settled = paintedIntoTheSelection(settled, instruction, context);
        settled = keptOrSwitched(settled, instruction, context);
        settled = removedByInstruction(settled, instruction, context);
        return editOrAdjustment(settled, instruction, context);
    }

    private static final FollowUpParser FOLLOW_UPS = new FollowUpParser();
    /** "that's too sharp now", "it's gone too blurry": what the last change did, overdone. */
    private static final Pattern TOO_MUCH_NOW = Pattern.compile("^(?:that'?s|thats|it'?s|its|now it'?s|it has gone|it'?s gone) "
            + "(?:way |much |a bit |far )?too [a-z]+ now\\b|^(?:that'?s|it'?s|its) (?:gone|got|become) (?:way |much |a bit |far )?too\\b");

    /**
     * "make it more soft", "more retro", "can you make it more... you know" before anything was changed: no change to
     * make more of, so what should change is asked, rather than refused as a follow-up with nothing to follow.
     */
    private static Understanding nothingToRescale(Understanding understood, String instruction, InstructionContext context) {
        if (!(understood instanceof Understanding.FollowingUp f) || !(f.followUp() instanceof FollowUp.Rescale)
                || context.lastChange().isPresent() || !context.changes().isEmpty() || context.blankLayer()
                || FOLLOW_UPS.parse(instruction).isPresent()) {   // "more", "make it stronger": the follow-up said as such
            return understood;
        }
        Optional<Understanding> complaint = InstructionReader.complaintBeforeARescale(f.followUp(), instruction, context);
        if (complaint.isPresent()) {
            return complaint.get();   // "this is slightly too bright, could you turn it down just a little"
        }
        String core = Phrasing.core(instruction);
        if (SemanticUnderstanding.shared().classify(core).best() == org.easel.server.planning.semantic.Intent.INTENSIFY
                && !MORE_OF_A_QUALITY.matcher(core).matches()) {
            return understood;   // "gentler please", "go harder on it": a follow-up in other words, refused as one
        }
        return VagueRequest.read(instruction, context).orElse(VagueRequest.whatToChange());
    }

    /** "more dramatic", "more epic" before anything was changed: a quality wished for, which is asked about. */
    private static final Pattern MORE_OF_A_QUALITY = Pattern.compile("(?:a bit |a little |way |much |even )?more (?!(?:please|pls|"
            + "again|of|strongly|so|still|now|too|yet|than|more|lol|haha|lmao)\\b)[a-z]+[.!]*");

    /** "no", "hmm no", "ugh, nope": a no with nothing else said. */
    private static final Pattern ONLY_A_NO = Pattern.compile("(?:(?:hm+|ugh+|oh+|um+|uh+|well|erm+|eh)[,.…!]* )*(?:no+|nope|nah+)"
            + "[.!…]*");

    /** "hmm no" before Easel changed anything: nothing to undo, so a no to the picture as it is, and what to change is asked. */
    private static Understanding aNoBeforeAnyChange(Understanding understood, String instruction, InstructionContext context) {
        return understood instanceof Understanding.FollowingUp f && f.followUp() instanceof FollowUp.Undo
                && context.lastChange().isEmpty() && context.changes().isEmpty()
                && ONLY_A_NO.matcher(Phrasing.normalise(instruction)).matches() ? VagueRequest.whatToChange() : understood;
    }

    /**
     * "remove all the people" with nothing selected: an engine that follows edit instructions (an InstructPix2Pix
     * model, a hosted engine the artist chose) removes what is named from the whole picture. Without one the removal
     * stays, and the daemon asks for a selection; so does "remove it", which names nothing.
     */
    private static Understanding removedByInstruction(Understanding understood, String instruction, InstructionContext context) {
        if (context.hasSelection() || context.blankLayer() || !context.editsByInstruction()
                || !(understood instanceof Understanding.Planned planned)
                || planned.plan().synthesis().filter(Synthesis.Fill.class::isInstance).isEmpty()
                || NAMES_NOTHING.matcher(Phrasing.core(instruction)).matches()) {
            return understood;
        }
        return SemanticReadings.instructionEdit(instruction).orElse(understood);
    }

    /** A removal's words with nothing left once its verbs and pointing go: "remove it", "get rid of this bit". */
    private static final Pattern NAMES_NOTHING = Pattern.compile("(?:\\b(?:remove|erase|delete|get|rid|of|take|out|away|off|"
            + "clean|up|lose|kill|it|this|that|these|those|them|the|selected|selection|area|part|bit|spot|here|there|thing|"
            + "things|stuff|object|please|pls|can|could|you|just|now|make|disappear|vanish|go|gone)\\b|[^a-z])*");

    /**
     * "we're staying with the storybook look" while "children's book illustration" is in force: keeping the style
     * in force under another name, or switching to the one named? Both are offered rather than one guessed.
     */
    private static Understanding keptOrSwitched(Understanding understood, String instruction, InstructionContext context) {
        if (!(understood instanceof Understanding.FollowingUp f) || !(f.followUp() instanceof FollowUp.SetStyle set)
                || context.style().isEmpty() || !StyleReader.saysKeeping(instruction)) {
            return understood;
        }
        return new Understanding.Clarify("Keep the style in force (" + context.style().get() + "), or switch to "
                + set.style() + " from now on?", List.of(Canonical.of(new Understanding.FollowingUp(new FollowUp.KeepStyle())),
                Canonical.of(understood)));
    }

    /**
     * "a rainbow here but make it aesthetic", "make her dress red silk instead" with a selection: what the words
     * describe goes into the selection, rather than a model's change of the whole picture.
     */
    static Understanding paintedIntoTheSelection(Understanding understood, String instruction, InstructionContext context) {
        if (!context.hasSelection() || !(understood instanceof Understanding.NeedsModel need)
                || need.capability() != SynthesisRequest.Capability.INSTRUCTION_EDIT) {
            return understood;
        }
        ContentReader.Content content = ContentReader.read(instruction);
        String prompt = ContentReader.withoutPlace(content.prompt());
        if (!SemanticReadings.describesContent(prompt) || !SemanticReadings.describes(SemanticReadings.withoutLikeness(prompt))
                || !SemanticUnderstanding.wordsAreKnown(prompt)) {
            return understood;
        }
        return new Understanding.NeedsModel(SynthesisRequest.Capability.INPAINT, prompt, content.negative());
    }

    /**
     * "make the dungeon darker and more oppressive": a model's edit of the whole picture, or the adjustment
     * its words also name? Both readings are offered rather than one guessed.
     */
    private static Understanding editOrAdjustment(Understanding understood, String instruction, InstructionContext context) {
        if (!(understood instanceof Understanding.NeedsModel need)
                || need.capability() != SynthesisRequest.Capability.INSTRUCTION_EDIT || context.blankLayer()
                || ContentReader.read(instruction).placing() || NEW_COLOUR.matcher(Phrasing.core(instruction)).find()
                || SemanticReadings.A_COLOUR_PHOTO.matcher(Phrasing.core(instruction)).find()
                || ContentReader.swaps(Phrasing.core(instruction)) || FormReader.recolours(instruction, context)
                || SemanticReadings.changesTheSeason(instruction)) {
            // "add warm light in the windows", "colourise this black and white photo", "lawn is brown, make it green",
            // "change the season to autumn, the leaves orange": content
            return understood;
        }
        Optional<AdjustmentReader.Reading> adjustment = AdjustmentReader.read(instruction);
        if (adjustment.isEmpty() || SemanticReadings.asksForAQualityBeyondAdjustments(instruction, adjustment.get().leftover())) {
            return understood;   // "make the background blurry and dreamy": the quality is the model's to give
        }
        return new Understanding.Clarify("“" + InstructionReader.quote(instruction) + "” could be an adjustment Easel makes now, or a "
                + "change of the whole picture by a model. Which did you mean?",
                List.of(Canonical.of(new Understanding.Planned(adjustment.get().plan())), Canonical.of(understood)));
    }

    /** Lighter or darker by exposure or by brightness is one change said two ways ("now slightly too bright, back off"). */
    private static AdjustmentKind family(AdjustmentKind kind) {
        return kind == AdjustmentKind.EXPOSURE ? AdjustmentKind.BRIGHTNESS : kind;
    }

    /**
     * "even warmer", "blur more", "less warm actually" right after that very adjustment: the last change
     * redone stronger or weaker ("more", "less"), not a second layer of the same adjustment on top.
     * The adjustments must be the same ones; with a selection only words that say "the same, more or
     * less" count, as a bare "warmer" there may be for a newly selected part.
     */
    private static Optional<Understanding> rescalingTheLast(Understanding understood, String instruction,
                                                             InstructionContext context) {
        if (!(understood instanceof Understanding.Planned planned) || context.lastAdjustments().isEmpty()
                || planned.plan().synthesis().isPresent() || planned.plan().operations().isEmpty()) {
            return Optional.empty();
        }
        Map<AdjustmentKind, Double> last = new EnumMap<>(AdjustmentKind.class);
        context.lastAdjustments().forEach(a -> last.merge(family(a.kind()), Math.signum(a.amount()), (x, y) -> x));
        Map<AdjustmentKind, Double> now = new EnumMap<>(AdjustmentKind.class);
        planned.plan().operations().forEach(a -> now.merge(family(a.kind()), Math.signum(a.amount()), (x, y) -> x));
        AdjustmentKind undoing = last.size() == 1 ? OPPOSITE.get(last.keySet().iterator().next()) : null;
        boolean saidWeaker = now.size() == 1 && now.containsKey(undoing) && NOT_SO_MUCH.matcher(Phrasing.core(instruction)).find();
        // "that's too sharp now, it looks harsh" right after sharpening: the complaint is about that change
        boolean saidOverdone = now.containsKey(undoing) && AdjustmentReader.complains(instruction)
                && TOO_MUCH_NOW.matcher(Phrasing.core(instruction)).find();
        if (undoing != null && (saidWeaker || saidOverdone)) {
            // "less blurry" right after a blur, "a little less sharp" right after sharpening: that change weaker, not
            // its opposite on top of it
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(
                    RescaleReader.read(instruction).filter(f -> f < 1).orElse(0.5))));
        }
        if (!last.keySet().equals(now.keySet())) {
            return Optional.empty();
        }
        boolean sameWay = now.entrySet().stream().allMatch(e -> !e.getKey().isSigned() || e.getValue().equals(last.get(e.getKey())));
        boolean otherWay = now.entrySet().stream().allMatch(e -> e.getKey().isSigned() && e.getValue() == -last.get(e.getKey()));
        String core = Phrasing.core(instruction);
        if (sameWay && (STILL_MORE.matcher(core).find() || !context.hasSelection() && core.split(" ").length <= 2)) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(
                    RescaleReader.read(instruction).filter(f -> f > 1).orElse(1.5))));
        }
        if (otherWay && NOT_SO_MUCH.matcher(core).find()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(
                    RescaleReader.read(instruction).filter(f -> f < 1).orElse(0.5))));
        }
        return Optional.empty();
    }
}
