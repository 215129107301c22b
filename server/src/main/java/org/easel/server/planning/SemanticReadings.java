package org.easel.server.planning;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.planning.semantic.Intent;

/**
 * Layers 2 and 3 of the interpreter: given the coarse intent the embedding chose, the slot
 * readers take the arguments from the sentence's structure, and the context decides between
 * readings the words leave open (content with a selection is painted into it; on an empty layer
 * it is a new picture; "again" after generated content is another version).
 */
final class SemanticReadings {
    /** "another take, this time in crayon": the look asked for this one variation. */
    private static final Pattern VARIATION_STYLE = Pattern.compile("\\b(?:this time |but |now |only )?(?:in|as|with)"
            + " (?:a |an )?([a-z][a-z' -]{1,40}?)(?: style| look| vibe| version| feel)?$");

    /** Words that start a command, not a description of content. */
    private static final Pattern COMMAND = Pattern.compile("(?:make|turn|change|let|fix|adjust|give|set|keep|use|do|"
            + "try|go|remove|undo|get|can|could|would|is|are|it|it's|this|that|why|how|what)\\b");

    /** Adjective-like words ("dreamy", "dramatic", "cinematic"): a quality, not a place. */
    private static final Pattern UNKNOWN_QUALITY = Pattern.compile("[a-z]+(?:y|ic|ish|ful|ous|al|ive)");
    /** A description without a verb ("the sky", "a lighthouse at dawn"): content, not a change. */
    private static final Pattern BARE_DESCRIPTION = Pattern.compile("^(?:a|an|the|some|one|two|three|few|several|"
            + "many|lots of|a few)\\b");
    /** A question ("what's the weather like", "how do I save"): nothing to paint or change. */
    private static final Pattern QUESTION = Pattern.compile("(?:what|what's|whats|who|who's|why|when|where|how|"
            + "which|is|are|am|do|does|did|was|were|will|shall|should i|can i|may i)\\b");
    /** An instruction edit that names no change at all. */
    private static final Pattern EMPTY_EDIT = Pattern.compile("(?:(?:make|turn|change|do|edit|alter|modify|fix|"
            + "transform|it|this|that|the|a|an|image|picture|photo|look|like|into|to|something|different|"
            + "better|nicer|cool|good|great)\\b\\s*)*");

    private SemanticReadings() {
    }

    /** How the instruction reads under {@code intent}; empty when its words do not fit that intent. */
    static Optional<Understanding> read(Intent intent, String instruction, InstructionContext context) {
        return switch (intent) {
            case ADJUST -> adjust(instruction, context);
            case REMOVE -> Optional.of(remove(instruction, context));
            case EXTEND -> extend(instruction, context);
            case CONTENT -> content(instruction, context);
            case CHANGE -> change(instruction, context);
            case UNDO -> Optional.of(new Understanding.FollowingUp(new FollowUp.Undo()));
            case REFER -> ReferenceReader.read(instruction).map(Understanding.FollowingUp::new);
            case INTENSIFY -> RescaleReader.read(instruction)
                    .map(factor -> new Understanding.FollowingUp(new FollowUp.Rescale(factor)));
            case AGAIN -> Optional.of(new Understanding.FollowingUp(again(context)));
            case VARIATION -> Optional.of(new Understanding.FollowingUp(new FollowUp.Variation(variationStyle(instruction))));
            case REAPPLY -> Optional.of(new Understanding.FollowingUp(ReferenceReader.turnNumber(instruction)
                    .<FollowUp>map(FollowUp.Reapply::new).orElse(new FollowUp.Again())));
            case STYLE -> StyleReader.read(instruction).map(SemanticReadings::style);
            case CHAT -> Optional.empty();
        };
    }

    /**
     * Whether a reading of {@code intent} shows in the words themselves. Readers such as "undo" or
     * "remove" accept any words, so they only stand when the embedding itself chose them.
     */
    static boolean needsWords(Intent intent) {
        return switch (intent) {
            case ADJUST, EXTEND, CONTENT, CHANGE, REFER, INTENSIFY, STYLE -> true;
            default -> false;
        };
    }

    /** "again" after generated content means another version of it; after an adjustment, the adjustment once more. */
    static FollowUp again(InstructionContext context) {
        return context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.GENERATED).isPresent()
                ? new FollowUp.Variation() : new FollowUp.Again();
    }

    private static Optional<Understanding> adjust(String instruction, InstructionContext context) {
        Optional<String> cast = AdjustmentReader.cast(instruction);
        if (cast.isPresent()) {
            return Optional.of(new Understanding.Clarify("Easel has no " + cast.get() + "-cast correction yet. "
                    + "Would one of these help?", List.of("make it warmer", "make it cooler", "make it less saturated")));
        }
        Optional<AdjustmentReader.Reading> reading = AdjustmentReader.read(instruction);
        if (reading.isEmpty()) {
            return AdjustmentReader.directionless(instruction).map(noun -> new Understanding.Clarify(
                    "More " + noun + " or less?", List.of("increase the " + noun, "reduce the " + noun)));
        }
        Plan plan = reading.get().plan();
        List<String> leftover = reading.get().leftover();
        if (leftover.stream().anyMatch(word -> word.length() >= 5 && UNKNOWN_QUALITY.matcher(word).matches())) {
            // "make the background blurry and dreamy": a quality no adjustment gives; a model edits it.
            return instructionEdit(instruction);
        }
        if (!leftover.isEmpty() && !context.hasSelection()) {
            // "make the sky darker" with nothing selected: the whole layer, or only the sky?
            String part = String.join(" ", leftover);
            return Optional.of(new Understanding.Clarify("The whole picture, or only the " + part + "? (To change "
                    + "only a part with this kind of adjustment, select it first.)",
                    List.of(Canonical.of(new Understanding.Planned(plan)),
                            Canonical.instructionEdit(Phrasing.core(instruction)))));
        }
        return Optional.of(new Understanding.Planned(plan));
    }

    private static Understanding remove(String instruction, InstructionContext context) {
        ContentReader.Content content = ContentReader.read(instruction);
        if ((content.placing() || content.replacing()) && describesContent(content.prompt())) {
            // "fill this spot with daisies", "replace the lamp with a plant": something new goes there.
            return change(instruction, context).orElseThrow();
        }
        if (!context.hasSelection()) {
            return new Understanding.Refused("To remove something, select it first (any selection tool will do, "
                    + "a rough outline is enough), then say \"remove\".");
        }
        return new Understanding.Planned(new Plan("Remove what is selected and fill it in from its surroundings",
                "Removed what was selected and filled it in from its surroundings.", InstructionInterpreter.ENGINE,
                List.of(), new Synthesis.Fill()));
    }

    private static Optional<Understanding> extend(String instruction, InstructionContext context) {
        Optional<ExtensionReader.Reading> reading = ExtensionReader.read(instruction, context);
        if (reading.isEmpty() && !ExtensionReader.namesGrowing(instruction)) {
            return Optional.empty();   // "zoom in" is about the view, not the canvas
        }
        if (reading.isEmpty()) {
            return Optional.of(new Understanding.Clarify("Which way should the canvas grow?",
                    List.of("make it wider", "make it taller", "extend the canvas on all sides")));
        }
        if (reading.get() instanceof ExtensionReader.UnitMissing missing) {
            return Optional.of(new Understanding.Clarify("Pixels or percent?",
                    List.of(missing.asPixels(), missing.asPercent())));
        }
        return Optional.of(new Understanding.Planned(((ExtensionReader.Extended) reading.get()).plan()));
    }

    private static Optional<Understanding> content(String instruction, InstructionContext context) {
        if (QUESTION.matcher(Phrasing.core(instruction)).lookingAt()) {
            return Optional.empty();
        }
        ContentReader.Content content = ContentReader.read(instruction);
        if (!describesContent(content.prompt())) {
            return Optional.empty();   // "make the sky darker" is no description of content
        }
        SynthesisRequest.Capability capability;
        if (context.blankLayer() || content.newImage() || content.drawing() && !context.hasSelection()) {
            capability = SynthesisRequest.Capability.TEXT_TO_IMAGE;
        } else if (context.hasSelection()) {
            capability = SynthesisRequest.Capability.INPAINT;
        } else if (content.placing() || content.replacing()) {
            // "add a light snowfall", "put stars in the sky" with nothing selected: edit the picture, never repaint it.
            return instructionEdit(instruction);
        } else {
            capability = SynthesisRequest.Capability.TEXT_TO_IMAGE;
        }
        return Optional.of(new Understanding.NeedsModel(capability, content.prompt(), content.negative()));
    }

    private static Optional<Understanding> change(String instruction, InstructionContext context) {
        ContentReader.Content content = ContentReader.read(instruction);
        if ((content.newImage() || BARE_DESCRIPTION.matcher(Phrasing.core(instruction)).lookingAt())
                && describesContent(content.prompt())) {
            return content(instruction, context);   // "paint me a sunset", "the sky": content, however close to a change
        }
        if (context.hasSelection()) {
            // With a selection, "make the sky darker" adjusts it and "put a lantern here" paints into it.
            Optional<AdjustmentReader.Reading> adjustment = AdjustmentReader.read(instruction);
            if (adjustment.isPresent()) {
                return Optional.of(new Understanding.Planned(adjustment.get().plan()));
            }
            if (content.placing() && !content.prompt().isEmpty()) {
                return content(instruction, context);
            }
        } else if (content.placing()) {
            return content(instruction, context);
        }
        if (context.blankLayer()) {
            String description = SynthesisRequest.description(Phrasing.core(instruction));
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.TEXT_TO_IMAGE, description,
                    content.negative()));
        }
        if (context.hasSelection() && content.replacing() && !content.prompt().isEmpty()) {
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INPAINT, content.prompt(),
                    content.negative()));
        }
        return instructionEdit(instruction);
    }

    /**
     * Asked in a form only content requests take: "generate …", "a picture of …" (a new picture),
     * "add a red barn", "put a lantern here" (something placed), "replace the lamp with a plant",
     * "change the shirt to blue" (something else in its place). The form decides whatever the
     * embedding says, unless the words are an adjustment ("add more contrast", "turn it to black and
     * white") or an extension ("add some space on the left").
     */
    static Optional<Understanding> byForm(String instruction, InstructionContext context) {
        ContentReader.Content content = ContentReader.read(instruction);
        if (!content.newImage() && !content.replacing() && !content.placing() || !describesContent(content.prompt())
                || ExtensionReader.namesGrowing(instruction)) {
            return Optional.empty();
        }
        Optional<AdjustmentReader.Reading> adjustment = AdjustmentReader.read(instruction);
        if (adjustment.isPresent() && adjustment.get().leftover().isEmpty()) {
            return Optional.empty();
        }
        return content.replacing() ? change(instruction, context) : content(instruction, context);
    }

    /** Whether words describe something to paint: not a command, and at least one real word. */
    private static boolean describesContent(String prompt) {
        return !prompt.isEmpty() && !COMMAND.matcher(prompt).lookingAt() && prompt.matches("(?s).*[a-z]{3,}.*");
    }

    static Optional<Understanding> instructionEdit(String instruction) {
        String core = Phrasing.core(instruction);
        if (EMPTY_EDIT.matcher(core).matches() || QUESTION.matcher(core).lookingAt()) {
            return Optional.empty();   // "make it": make it what?
        }
        return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INSTRUCTION_EDIT, core,
                SynthesisRequest.negative(core)));
    }

    private static String variationStyle(String instruction) {
        Matcher m = VARIATION_STYLE.matcher(Phrasing.core(instruction));
        if (!m.find()) {
            return "";
        }
        String style = m.group(1).strip();
        return style.matches("(?:a |the )?(?:new|different|fresh|other|same|another) ?(?:seed|one|version|take)?")
                ? "" : style;
    }

    private static Understanding style(StyleReader.Change change) {
        if (change instanceof StyleReader.Set set) {
            return new Understanding.FollowingUp(new FollowUp.SetStyle(set.style()));
        }
        return new Understanding.FollowingUp(change instanceof StyleReader.Keep
                ? new FollowUp.KeepStyle() : new FollowUp.ClearStyle());
    }
}
