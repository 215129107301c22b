package org.easel.server.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.planning.semantic.ExampleMemory;
import org.easel.server.planning.semantic.Intent;
import org.easel.server.planning.semantic.IntentClassifier;
import org.easel.server.planning.semantic.SemanticUnderstanding;

/**
 * Reads what an instruction means, in three layers:
 * <ol>
 *   <li><b>Exact rules</b> for what rules are good at: the readings Easel offers when it asks,
 *       whole-phrase follow-ups ("undo", "#3", "more"), and adjustments, removals and extensions
 *       whose every word the lexicon knows.</li>
 *   <li><b>Intent from meaning</b>: otherwise the sentence embedding picks a coarse intent
 *       ({@link IntentClassifier}); the slot readers take its arguments from the sentence's
 *       structure and the context settles what the words leave open ({@link SemanticReadings}).</li>
 *   <li><b>Asking</b>: when the best intent is not clearly ahead of the next ones, every close
 *       intent whose slots read is offered as a reading ({@link Understanding.Clarify}).</li>
 * </ol>
 * Whatever was read, the conversation has the last word ({@link ReadingInContext}): the same adjustment said
 * again rescales the last change, a description with a selection is painted into it, and a model's edit
 * whose words also name an adjustment is asked about. An optional planner (an LLM) is consulted between
 * the rules and the embedding; on any failure the embedding reads as if there were none.
 */
public final class InstructionReader {
    /**
     * How far the best intent must be ahead of the runner-up to act without asking. Chosen on the
     * exemplar bank by leave-one-out (see {@code ExemplarBankTest}), never on the evaluation set.
     */
    static final double MARGIN = 0.035;
    /** How far behind the best intent another may be to read the instruction when the best ones' slots did not. */
    static final double FALLBACK_DISTANCE = 0.15;
    /** How many of the closest adjustment exemplars are read for the adjustments to offer. */
    private static final int NEAREST_EXEMPLARS = 25;
    /** How close to the adjustment exemplars an instruction must be for their adjustments to be offered. */
    private static final double OFFER_FLOOR = 0.55;
    private static final Understanding.Refused NOT_ENGLISH = new Understanding.Refused("Easel reads instructions in English. "
            + "For other languages, start the daemon with an LLM planner (easel serve --planner-url URL --planner-model NAME), "
            + "which reads them. " + UnsupportedInstructionException.CAPABILITIES);
    /** Below this similarity to everything Easel knows, the instruction is about something else. */
    static final double FLOOR = 0.35;

    private static final Pattern NOT_ENGLISH_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}"
            + "\\p{IsHangul}\\p{IsCyrillic}\\p{IsArabic}\\p{IsHebrew}\\p{IsGreek}\\p{IsThai}\\p{IsDevanagari}]");
    /** Common short words of other European languages that English instructions do not use. */
    private static final Pattern FOREIGN_WORDS = Pattern.compile("\\b(?:le|la|les|des|une|est|plus|avec|rends|"
            + "mets|ajoute|der|die|das|und|ist|mit|bitte|mach|mache|füge|el|los|las|una|más|hazlo|añade|pon|il|"
            + "di|che|più|aggiungi|rendi|het|een|maak|meer|voeg|mais|não|faça|deixe|"
            // Tagalog's: "pababain mo ng konti yung brightness", "yung style na ito, gamitin mo na sa lahat ng susunod"
            + "po|yung|ng|ang|naman|pwede|mga|kasi|ito|ako|pakí|paki|"
            // Cebuano's: "palihug brighten gamay iyang face, dark kaayo"
            + "palihug|gamay|kaayo|nga|diri|naay|iyang|ug)\\b");

    /** "sepia for the vintage set", "b&w for the album": an effect named first, on a picture, is that effect. */
    private static final Pattern ONE_PICTURE_IN_A_STYLE = Pattern.compile("(?:convert|turn|transform|change|redo|redraw|"
            + "render|make) (?:it|this|that|the (?:photo|picture|image|drawing|pic))\\b(?! (?:and )?(?:everything|all)\\b)"
            + "(?!.*\\b(?:from now on|going forward|for everything|from here on)\\b)");
    private static final Pattern EFFECT_FIRST = Pattern.compile("(?:quick |a |some |full )?(?:sepia|black and white|"
            + "gr[ae]yscale|monochrome|posteri[sz]e[ds]?|vignette|invert(?:ed)?|blur(?:red)?|sharpen|desat(?:urate[ds]?)?|"
            + "gaussian|exposure|clarity|vibrance|denoise|auto[- ]?(?:levels|contrast|white balance|wb)|crisp(?:en)? up|de-?noise)\\b"
            // "darker pls its a dusk shot": a comparative said first, alone
            + "|(?:darker|brighter|warmer|cooler|lighter)(?= (?:please|pls)\\b|\\s*[,.!]|$)"
            // "warm it up. I want candlelight vibes": the adjustment asked first, the mood it is for after
            + "|(?:warm|cool|brighten|darken|lighten) (?:it|this|everything|things)(?: up| down)?(?: a (?:bit|little|touch))?(?=\\s*[.!]|$)");

    /** "kelp swaying, greenish brown", "white feathered wings": a thing named (not only a colour), nothing said of changing. */
    private static final Pattern A_THING_WITH_ITS_COLOURS = Pattern.compile("(?!.*\\b(?:colou?rs?|change|shift|more|less|tone|"
            + "tint|hue|part|area|bit|ease|reduce|lessen|soften|calm|boost|increase|off|down|up)\\b)"
            + "(?!.*\\b(?:the|that|this|those|her|his) (?:red|orange|yellow|green|blue|purple|pink|white|black|grey|gray|brown)s?\\b)(?:[a-z-]+ ){0,3}?(?!(?:red|orange|yellow|green|blue|purple|pink|white|black|grey|gray|brown|"
            + "greenish|bluish|reddish|dark|light|pale|bright)\\b)[a-z]{3,}");

    /** Words of colour and tone, which a clear adjustment's words keep from being a thing to paint. */
    private static final Pattern COLOUR_OR_TONE = Pattern.compile("\\b(?:colou?rs?|hues?|tones?|tint|pink|purple|red|"
            + "orange|yellow|green|blue|white|black|grey|gray|brown|magenta|cyan|teal|bright|dark|blob)\\b");

    /** "thats made it all grainy", "not that much darker": what the last change did, the reason for taking it back, not a request. */
    private static final Pattern WHAT_THE_LAST_CHANGE_DID = Pattern.compile("(?:that'?s|thats|it'?s|its|this|that|you'?ve|"
            + "it) (?:has |have )?(?:made|turned|gone|got|left|gotten)\\b|not (?:that|so|as|this) much\\b|too (?:much|many)\\b");

    /** "less", "a bit more", "weaker please": a rescale said in so many words. */
    private static final Pattern RESCALE_WORD = Pattern.compile("(?:(?:even|much|a lot|a bit|a little|slightly|way) )?"
            + "(?:less|more|weaker|stronger|not so much|not as much|back off(?: a bit| a little| a touch)?|go (?:harder|further|bigger)|push it (?:further|more|harder)|"
            + "crank it(?: up)?|ease (?:it )?(?:off|up)|rein it in|back it off|make less of it|harder|halve it|knock it back|make less|"
            + "not (?:so|as) strong|(?:make )?(?:a )?(?:smaller|weaker|gentler) effect)(?: of (?:that|it|this|the last one))?"
            + "(?: please| pls| now| then| still)?");

    private final FollowUpParser followUps = new FollowUpParser();
    private final InstructionInterpreter rules = new InstructionInterpreter();
    private final Optional<Planner> planner;
    private final IntentClassifier classifier;
    private final Supplier<ExampleMemory> examples;

    /**
     * @param planner    consulted after the exact rules when configured (an LLM planner)
     * @param classifier the sentence-embedding intent classifier
     */
    public InstructionReader(Optional<Planner> planner, IntentClassifier classifier) {
        this(planner, classifier, SemanticUnderstanding::examples);
    }

    /** @param examples the sentences with meant readings, turned to where the rules would ask or refuse */
    public InstructionReader(Optional<Planner> planner, IntentClassifier classifier, Supplier<ExampleMemory> examples) {
        this.planner = planner;
        this.classifier = classifier;
        this.examples = examples;
    }

    /** "castle on a hill, no style this time": new content without the conversation's style, this once. */
    public static boolean leavesTheStyleOut(String instruction) {
        return StyleReader.leavesTheStyleOut(instruction);
    }

    public Understanding read(String asked, InstructionContext context) {
        return ReadingInContext.settle(readWords(asked, context), asked, context);
    }

    /** The rules' and the meaning's reading, and before a question or a refusal, what people meant by the closest sentences. */
    private Understanding readWords(String asked, InstructionContext context) {
        Understanding read = readByRulesAndMeaning(asked, context);
        String instruction = SoftEdgeReader.withoutSoftEdge(asked);
        if (instruction == null || instruction.isBlank()) {
            return read;
        }
        // (a sentence in another language too: "terang sikit" was written often enough to be known)
        boolean refused = read.equals(Understanding.Refused.cannotDo(instruction)) || read.equals(NOT_ENGLISH);
        if (!refused && !(read instanceof Understanding.Clarify) || context.blankLayer()) {
            return read;   // (on an empty layer the examples, all said of a picture, settle nothing)
        }
        List<ExampleMemory.Neighbour> nearest = nearestExamples(instruction);   // one look-up serves both ways of settling
        if (refused) {
            return readingTheNearestExamplesAgreeOn(nearest, instruction, context)
                    .or(() -> theChangeTheNearestExamplesFavour(nearest, instruction, context)).orElse(read);
        }
        Understanding.Clarify question = (Understanding.Clarify) read;
        // Only a reading the question offers: "upscale to 4000x2000" asks which side sets the size, which no
        // neighbour's "upscale it" answers.
        return readingTheNearestExamplesAgreeOn(nearest, instruction, context)
                .filter(reading -> offers(question, reading, context))
                .or(() -> theOfferedReadingTheNearestExamplesFavour(question, nearest, instruction, context)).orElse(read);
    }

    private Understanding readByRulesAndMeaning(String asked, InstructionContext context) {
        String instruction = SoftEdgeReader.withoutSoftEdge(asked); // how the edge looks is an option, not the edit
        if (instruction == null || instruction.isBlank()) {
            return Understanding.Refused.cannotDo(instruction);
        }
        if (Phrasing.normalise(instruction).matches("[\\p{Punct}\\s]*")) {
            // "?" asks what Easel can do; "..." or "!!" says nothing at all
            return instruction.contains("?") ? VagueRequest.read("?", context).orElseThrow()
                    : Understanding.Refused.cannotDo(instruction);
        }
        Optional<Understanding> exact = EarlierChangeReader.beforeItWasDone(instruction, context)
                .or(() -> EarlierChangeReader.namedChangeAgain(instruction, context))
                .or(() -> EarlierChangeReader.extendedOnAnotherSide(instruction, context))
                .or(() -> EarlierChangeReader.againOnAnotherPart(instruction, context))
                .or(() -> EarlierChangeReader.anotherOfIt(instruction, context))
                .or(() -> EarlierChangeReader.fetchedFromEarlier(instruction, context))
                .or(() -> exact(instruction, context)).or(() -> EarlierChangeReader.read(instruction, context))
                .or(() -> EarlierChangeReader.takenBack(instruction, context))
                .or(() -> EarlierChangeReader.overdone(instruction, context))
                .or(() -> EarlierChangeReader.shown(instruction, context))
                .or(() -> EarlierChangeReader.rescaled(instruction, context))
                .or(() -> EarlierChangeReader.moreOrFewerOfThem(instruction, context));
        if (exact.isPresent()) {
            return exact.get();
        }
        if (!Phrasing.normalise(instruction).matches("(?s).*[a-z]{2,}.*") && !ExtensionReader.onlyARatio(instruction)) {
            return Understanding.Refused.cannotDo(instruction);   // "2 + 2", "???": no words to read; "9:16" is a shape
        }
        if (planner.isPresent()) {
            try {
                return new Understanding.Planned(planner.get().interpret(instruction, context));
            } catch (UnsupportedInstructionException e) {
                // the LLM did not give a valid plan: read it here as if there were no LLM
            }
        }
        if (notEnglish(instruction)) {
            return NOT_ENGLISH;
        }
        Understanding understood = VagueRequest.read(instruction, context)
                // A model's edit of the whole picture by form alone ("need a square version for the grid") stands only
                // when the meaning is a change too; otherwise the meaning reads it.
                .or(() -> FormReader.read(instruction, context).filter(form -> !isModelEdit(form) || meantAsAChange(instruction)
                        || FormReader.recolours(instruction, context) || ContentReader.swaps(Phrasing.core(instruction))
                        || addsAThing(instruction)
                        || ExtensionReader.aThingMadeWider(instruction)
                        || SemanticReadings.changesTheSeason(instruction))
                        // "everyone looks orange": a cast complained of, which an adjustment answers
                        .filter(form -> !isModelEdit(form) || !AdjustmentReader.complainsOfACast(instruction)))
                .orElseGet(() -> semantic(instruction, context));
        Understanding read = understood;
        understood = FormReader.describedForTheSelection(read, instruction, context).orElse(read);
        if (understood instanceof Understanding.NeedsModel need && need.prompt().isBlank()
                && need.capability() != SynthesisRequest.Capability.INSTRUCTION_EDIT) {
            return Understanding.Refused.cannotDo(instruction);   // "good morning!": nothing left to paint once the greeting goes
        }
        // "client says it "doesn't feel right"", "that's not what i meant": a verdict in more words, asked about, not refused
        return understood.equals(Understanding.Refused.cannotDo(instruction)) ? VagueRequest.verdict(instruction, context)
                .orElse(understood) : understood;
    }

    private boolean offers(Understanding.Clarify question, Understanding reading, InstructionContext context) {
        String meant = Canonical.of(reading);
        return question.readings().stream().anyMatch(offered -> offered.equals(meant)
                || canonical(readByRulesAndMeaning(offered, context)).equals(Optional.of(meant)));
    }

    /** The instruction that means {@code reading}; empty for a question or a refusal. */
    private static Optional<String> canonical(Understanding reading) {
        return reading instanceof Understanding.Clarify || reading instanceof Understanding.Refused
                ? Optional.empty() : Optional.of(Canonical.of(reading));
    }

    /**
     * Before asking or refusing: the reading that the sentences people wrote closest to this one all meant ("the
     * colours seem a touch too strong, almost garish" near "colours are way too loud" and four more → less
     * saturation). Only a reading the rules themselves read exactly is taken, and none on an empty layer.
     */
    private Optional<Understanding> readingTheNearestExamplesAgreeOn(List<ExampleMemory.Neighbour> nearest, String instruction,
                                                                     InstructionContext context) {
        Optional<String> agreed = ExampleMemory.agreedAmong(nearest);
        if (agreed.isEmpty()) {
            return Optional.empty();
        }
        if (agreed.get().equals(ExampleMemory.EDIT)) {
            return context.hasSelection() ? Optional.empty() : SemanticReadings.instructionEdit(instruction);
        }
        if (agreed.get().startsWith("(")) {
            return Optional.empty();   // "(ask)", "(other)": the nearest sentences were asked about, or need more than words
        }
        Understanding reading = readByRulesAndMeaning(agreed.get(), context);
        return reading instanceof Understanding.Clarify || reading instanceof Understanding.Refused
                ? Optional.empty() : Optional.of(reading);
    }

    /** How many of the nearest examples weigh in before a question or a refusal, and how close each must be. */
    private static final int FAVOURING_NEIGHBOURS = 7;
    private static final double FAVOURING_CLOSE = 0.62;
    /** The share of the neighbours' weight (their similarity) one offered reading needs, and how many of them. */
    private static final double FAVOURED_SHARE = 0.6;
    private static final int FAVOURED_COUNT = 3;

    /**
     * Before asking: one of the question's own readings, when most of the sentences people wrote nearest to this one
     * meant it (see {@link #favouredByTheNearest}). Only a question between changes Easel makes itself (adjustments,
     * canvas operations; a model's edit may be offered beside them, never chosen) is settled so.
     */
    private Optional<Understanding> theOfferedReadingTheNearestExamplesFavour(Understanding.Clarify question,
                                                                              List<ExampleMemory.Neighbour> nearest, String instruction,
                                                                              InstructionContext context) {
        List<Understanding> offered = question.readings().stream().map(r -> readByRulesAndMeaning(r, context)).toList();
        if (!offered.stream().allMatch(reading -> reading instanceof Understanding.Planned || isModelEdit(reading))
                || !context.hasSelection() && namesAPartToChange(instruction)) {
            // "the same brown": this turn's change, or an earlier turn's? "motion-blurred street behind the car": painted
            // or blurred? "make the background blurry": the whole picture, or only that part? The examples' own
            // conversations and selections, which settled that for them, are not in the memory.
            return Optional.empty();
        }
        return favouredByTheNearest(favouring(nearest, instruction), offered, context);
    }

    /**
     * Before refusing: the change Easel makes itself (an adjustment, a canvas operation) that most of the sentences
     * people wrote nearest to this one meant, the nearest of them first (see {@link #favouredByTheNearest}).
     */
    private Optional<Understanding> theChangeTheNearestExamplesFavour(List<ExampleMemory.Neighbour> nearest, String instruction,
                                                                      InstructionContext context) {
        List<ExampleMemory.Neighbour> favouring = favouring(nearest, instruction);
        if (favouring.isEmpty() || favouring.get(0).reading().startsWith("(")) {
            return Optional.empty();
        }
        Understanding first = readByRulesAndMeaning(favouring.get(0).reading(), context);
        return first instanceof Understanding.Planned ? favouredByTheNearest(favouring, List.of(first), context) : Optional.empty();
    }

    /**
     * The candidate that most of the {@code nearest} examples (the {@value #FAVOURING_NEIGHBOURS} nearest to the instruction,
     * each at least {@value #FAVOURING_CLOSE} similar) meant — at least {@value #FAVOURED_COUNT} of them, {@value #FAVOURED_SHARE} of
     * their weight by similarity, the nearest among them — and only a change Easel makes itself; nothing when another
     * candidate (or, with one candidate, another neighbour) is the same change in another amount or direction (which way
     * a change goes is for the words to say: opposites sit as close in meaning as paraphrases).
     */
    private Optional<Understanding> favouredByTheNearest(List<ExampleMemory.Neighbour> nearest, List<Understanding> candidates,
                                                         InstructionContext context) {
        if (nearest.size() < FAVOURED_COUNT) {
            return Optional.empty();
        }
        List<Optional<String>> candidateMeaning = candidates.stream().map(InstructionReader::canonical).toList();
        List<Optional<Understanding>> meant = nearest.stream().map(n -> n.reading().startsWith("(") ? Optional.<Understanding>empty()
                : Optional.of(readByRulesAndMeaning(n.reading(), context))).toList();
        double[] weight = new double[candidates.size()];
        int[] count = new int[candidates.size()];
        double total = 0;
        for (int i = 0; i < nearest.size(); i++) {
            total += nearest.get(i).similarity();
            int candidate = meant.get(i).map(m -> candidateMeaning.indexOf(canonical(m))).orElse(-1);
            if (candidate >= 0) {
                weight[candidate] += nearest.get(i).similarity();
                count[candidate]++;
            }
        }
        int favoured = meant.get(0).map(m -> candidateMeaning.indexOf(canonical(m))).orElse(-1);
        if (favoured < 0 || !(candidates.get(favoured) instanceof Understanding.Planned)
                || count[favoured] < FAVOURED_COUNT || weight[favoured] < FAVOURED_SHARE * total) {
            return Optional.empty();
        }
        Understanding reading = candidates.get(favoured);
        // Which way the change goes: the question's rules said it when there is a question ("orange" → cooler); else the
        // neighbours, which must then not say both ways.
        java.util.stream.Stream<Understanding> others = candidates.size() > 1 ? candidates.stream()
                : meant.stream().flatMap(Optional::stream);
        return others.anyMatch(other -> sameChangeOtherwise(reading, other)) ? Optional.empty() : Optional.of(reading);
    }

    /** Whether two readings make the same kinds of adjustment, in another amount or direction. */
    private static boolean sameChangeOtherwise(Understanding one, Understanding other) {
        return one instanceof Understanding.Planned a && other instanceof Understanding.Planned b
                && !a.plan().operations().isEmpty() && kinds(a).equals(kinds(b)) && !Canonical.of(a).equals(Canonical.of(b));
    }

    /** "make it the same brown", "like last time": a reading that rests on the conversation, which no example shares. */
    private static final Pattern SAID_OF_AN_EARLIER_TURN = Pattern.compile("\\b(?:same|again|as before|like before|"
            + "last time|previous|earlier|the other one|the first one)\\b");

    /**
     * The {@value #FAVOURING_NEIGHBOURS} examples nearest to the instruction, each at least {@value #FAVOURING_CLOSE} similar:
     * enough for both the agreed reading (the nearest five, closer still) and the favouring.
     */
    private List<ExampleMemory.Neighbour> nearestExamples(String instruction) {
        String core = Phrasing.core(instruction);
        return examples.get().nearest(core.isEmpty() ? Phrasing.normalise(instruction) : core, FAVOURING_NEIGHBOURS,
                FAVOURING_CLOSE);
    }

    /** The neighbours that may favour a reading: none for words said of an earlier turn ("the same brown"). */
    private static List<ExampleMemory.Neighbour> favouring(List<ExampleMemory.Neighbour> nearest, String instruction) {
        return SAID_OF_AN_EARLIER_TURN.matcher(Phrasing.normalise(instruction)).find() ? List.of() : nearest;
    }

    /** Whether an adjustment's words name a part of the picture to change ("make the background blurry"). */
    private static boolean namesAPartToChange(String instruction) {
        return AdjustmentReader.read(instruction)
                .filter(reading -> !AdjustmentReader.partsNamed(instruction, reading.leftover()).isEmpty()).isPresent();
    }

    private static java.util.Set<org.easel.server.engines.classical.AdjustmentKind> kinds(Understanding.Planned planned) {
        return planned.plan().operations().stream().map(o -> o.kind()).collect(java.util.stream.Collectors.toSet());
    }

    private Optional<Understanding> exact(String instruction, InstructionContext context) {
        Optional<Understanding> canonical = Canonical.read(instruction);
        if (canonical.isPresent()) {
            return canonical;
        }
        // "no, the latest one", "ok undo": the whole-phrase follow-ups, also without the chat around them.
        Optional<FollowUp> followUp = followUps.parse(instruction).or(() -> followUps.parse(Phrasing.core(instruction)));
        // "now do a banana in the same style" asks for content; the style words only describe it.
        // "another arrow style" right after generated content is another take, read with the follow-up forms.
        boolean asksForContent = followUp.filter(f -> f instanceof FollowUp.SetStyle).isPresent()
                && !StyleReader.lastingSaidFirst(instruction)
                // "draw me a campfire badge in linocut style": one new picture, in that look
                && (placesOrMakesContent(instruction)
                        || Phrasing.core(instruction).matches("(?:another|different|other) .*")
                        // "convert this photo to anime style": this picture, once, not every later one
                        || ONE_PICTURE_IN_A_STYLE.matcher(Phrasing.core(instruction)).lookingAt());
        if (followUp.isPresent() && !asksForContent) {
            return complaintBeforeARescale(followUp.get(), instruction, context)
                    .or(() -> Optional.of(new Understanding.FollowingUp(inContext(followUp.get(), instruction, context))));
        }
        Optional<FollowUp> saidAfterWhy = followUpAfterWhy(instruction);
        if (saidAfterWhy.isPresent()) {
            return complaintBeforeARescale(saidAfterWhy.get(), instruction, context)
                    .or(() -> Optional.of(new Understanding.FollowingUp(saidAfterWhy.get())));
        }
        Optional<Understanding> saidFirst = followUpBeforeAComment(instruction, context);
        if (saidFirst.isPresent()) {
            return saidFirst;
        }
        Optional<Understanding> pointedBack = referenceThenPointingBack(instruction, context);
        if (pointedBack.isPresent()) {
            return pointedBack;
        }
        // Every word known: the lexicon's reading is exact ("make it a bit warmer", "extend right by 300 px").
        // A complaint ("bit blurry") reads the other way round, so it goes to the complaint-aware reader.
        boolean allKnown = Lexicon.read(instruction).stream().noneMatch(t -> t.role() == Term.Role.UNKNOWN)
                && !AdjustmentReader.complains(instruction) && !complainsInAClause(instruction)
                && !ExtensionReader.saysALength(instruction)
                && !AdjustmentReader.blamesDarkShadows(instruction) && !AdjustmentReader.wantsGrain(instruction)
                && !FormReader.aboutTheProgram(Phrasing.core(instruction))   // "turn on dark mode"
                // "add colour to this black and white photo": black and white is what it is, colour is asked for
                && !SemanticReadings.A_COLOUR_PHOTO.matcher(Phrasing.core(instruction)).find();
        // "clean it up" with nothing selected says no more than "fix it"; with a selection it removes what is selected
        if (allKnown && (context.hasSelection() || VagueRequest.read(instruction, context).isEmpty())) {
            try {
                Plan plan = rules.interpret(instruction);
                // "exposure is little bit low, add some", "make the dark part more bright": every word known, but the
                // sentence's structure (what "some" adds to, which part is dark) reads other than word by word
                // "remove all the colours from the picture": a removal word by word, the colour taken out as a whole
                boolean removal = plan.synthesis().filter(Synthesis.Fill.class::isInstance).isPresent();
                Optional<AdjustmentReader.Reading> structured = AdjustmentReader.read(instruction)
                        .filter(r -> r.leftover().isEmpty() && !r.plan().operations().isEmpty()
                                && (plan.synthesis().isEmpty() && !plan.operations().isEmpty() || removal)
                                && !r.plan().operations().equals(plan.operations()));
                if (structured.isPresent()) {
                    return Optional.of(new Understanding.Planned(structured.get().plan()));
                }
                return Optional.of(new Understanding.Planned(plan));
            } catch (UnsupportedInstructionException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "put a lantern here", "draw me a campfire badge": content placed in the picture or a new picture made, as its form says. */
    private static boolean placesOrMakesContent(String instruction) {
        ContentReader.Content content = ContentReader.read(instruction);
        return content.placing() || content.newImage();
    }

    /**
     * "the colours are too much, it looks like a cartoon. less please" before any change: there is nothing to make
     * less of, so the complaint says what to change.
     */
    static Optional<Understanding> complaintBeforeARescale(FollowUp followUp, String instruction,
                                                                   InstructionContext context) {
        if (!(followUp instanceof FollowUp.Rescale) || context.lastChange().isPresent()) {
            return Optional.empty();
        }
        return AdjustmentReader.read(instruction).map(reading -> new Understanding.Planned(reading.plan()));
    }

    /** "is very blur, can you make more sharp": a clause before the request complains, so not every word is an effect. */
    private static boolean complainsInAClause(String instruction) {
        String[] clauses = Phrasing.normalise(instruction).split("\\s*[,;.!?]+\\s*");
        return clauses.length > 1 && java.util.Arrays.stream(clauses).anyMatch(AdjustmentReader::complains);
    }

    /**
     * "too soft now, less", "no, it's too much, go back": a whole-phrase follow-up in a clause of its own (the
     * last one that is one), the other clauses only saying why — none of them asks for an adjustment itself.
     */
    private Optional<FollowUp> followUpAfterWhy(String instruction) {
        String[] clauses = Phrasing.core(instruction).split("\\s*(?:[,;.!?]+|\\s[-–—]\\s)\\s*");
        if (clauses.length < 2) {
            return Optional.empty();
        }
        for (int last = clauses.length - 1; last >= 0; last--) {
            // Only "less"/"more" themselves: "too saturated, tone it down" completes the complaint instead.
            // "knock it back so it sits behind the actors": what for, after the follow-up
            String clause = clauses[last].replaceFirst("\\s+so (?:that )?(?:it|they|he|she|the|we|i)\\b.*$", "");
            int at = last;
            // "great, now it's a circus poster. dial it back": no other clause names an effect, so the rescale is all there is
            boolean onlyAStory = at == clauses.length - 1 && java.util.stream.IntStream.range(0, at)
                    .noneMatch(i -> AdjustmentReader.namesAnEffect(clauses[i]) || AdjustmentReader.complains(clauses[i])
                            || ReferenceReader.read(clauses[i]).isPresent() || COLOUR_OR_TONE.matcher(clauses[i]).find()
                            // "undo it, too much": the undo asked, the rest says why
                            || followUps.parse(clauses[i]).filter(f -> f instanceof FollowUp.Undo).isPresent());
            Optional<FollowUp> followUp = followUps.parse(clause).filter(f -> f instanceof FollowUp.Undo
                    || f instanceof FollowUp.Original || f instanceof FollowUp.ShowTurn
                    || f instanceof FollowUp.Rescale && (RESCALE_WORD.matcher(clause).matches() || onlyAStory));
            if (followUp.isEmpty()) {
                continue;
            }
            for (int i = 0; i < clauses.length; i++) {
                if (i != last && (AdjustmentReader.namesAnEffect(clauses[i]) && !AdjustmentReader.complains(clauses[i])
                        && !WHAT_THE_LAST_CHANGE_DID.matcher(clauses[i]).lookingAt()
                        || ContentReader.read(clauses[i]).askedFor())) {
                    // "make it warmer, more", "add a cat, go harder": the clause before asks for a change of its own
                    return Optional.empty();
                }
            }
            return followUp;
        }
        return Optional.empty();
    }

    /**
     * "more. I want "well rested", not "witness protection"", "more rain. monsoon of sadness": a short follow-up said first,
     * then a sentence about it that asks for nothing of its own. The whole reads as a description of something to make.
     */
    private Optional<Understanding> followUpBeforeAComment(String instruction, InstructionContext context) {
        // "different take, it looks like a sparrow": after a comma, only a remark about the picture counts as a comment
        String[] sentences = Phrasing.normalise(instruction).split("(?<=[.!?])\\s+|,\\s+(?=(?:it|it's|its|this|that|he|she|they|i|"
                + "i'm|we|my|the) )", 2);
        if (sentences.length < 2 || context.lastChange().isEmpty() || sentences[0].split(" ").length > 3) {
            return Optional.empty();
        }
        String comment = sentences[1];
        if (AdjustmentReader.namesAnEffect(comment) || AdjustmentReader.complains(comment)
                || ContentReader.read(comment).askedFor() || followUps.parse(comment).isPresent()) {
            return Optional.empty();
        }
        String first = sentences[0].replaceAll("[.!?]+$", "");
        // (a style is read whole: "remove the style, it's enough" clears it)
        return followUps.parse(first).filter(f -> !(f instanceof FollowUp.SetStyle || f instanceof FollowUp.ClearStyle
                        || f instanceof FollowUp.KeepStyle)).map(f -> (Understanding) new Understanding.FollowingUp(f))
                .or(() -> EarlierChangeReader.rescaled(first, context))
                // "warmer. I want "beloved uncle"": an adjustment said in one word, which the context may make "more"
                .or(() -> exact(first, context).filter(u -> u instanceof Understanding.Planned p && p.plan().synthesis().isEmpty()));
    }

    /** "can I see that one again", "show me that one": an earlier result, pointed back at. */
    private static final Pattern POINTING_BACK = Pattern.compile("(?:(?:so|ok|okay|please),? )?(?:(?:can|could|may) (?:i|we) "
            + "(?:see|have|get)|(?:please )?(?:show me|give me|bring back|go back to)|i want|let me see) (?:that one|that version|"
            + "that|it)(?: again| back)?(?: please| pls)?[.!?]*");

    /**
     * "Actually the first bird was better. Can I see that one again": the result named in one sentence, asked for by
     * pointing back in the next.
     */
    private Optional<Understanding> referenceThenPointingBack(String instruction, InstructionContext context) {
        String[] sentences = Phrasing.normalise(instruction).split("(?<=[.!?;])\\s+|,\\s+(?=(?:can|could|may|show|please|let) )");
        if (sentences.length != 2 || context.lastChange().isEmpty() || !POINTING_BACK.matcher(sentences[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(readByRulesAndMeaning(sentences[0].replaceAll("[.!?;]+$", ""), context))
                .filter(u -> u instanceof Understanding.FollowingUp f && f.followUp() instanceof FollowUp.ShowTurn);
    }

    /** A whole-phrase follow-up, with what the context changes about it. */
    private static FollowUp inContext(FollowUp followUp, String instruction, InstructionContext context) {
        if ((followUp instanceof FollowUp.SetStyle || followUp instanceof FollowUp.ClearStyle)
                && StyleReader.VARIATION_CUE.matcher(Phrasing.core(instruction)).lookingAt()) {
            // "another one but in ukiyo-e style", "one more, no special style": this take only, not from now on.
            return new FollowUp.Variation(SemanticReadings.variationStyle(instruction));
        }
        if (followUp instanceof FollowUp.KeepStyle) {
            return SemanticReadings.styleFollowUp(new StyleReader.Keep(), context);   // "keep this style" after a one-off look
        }
        if (followUp instanceof FollowUp.SetStyle) {
            // The pattern takes whatever stands before "style"; the style reader drops the filler
            // ("do everything in ink style" → "ink") and hears "quit using that style" as clearing it.
            Optional<StyleReader.Change> change = StyleReader.read(instruction);
            if (change.isPresent()) {
                return SemanticReadings.styleFollowUp(change.get(), context);
            }
            String name = StyleReader.name(instruction);
            if (!name.isEmpty()) {
                return new FollowUp.SetStyle(name);
            }
        }
        return followUp;
    }

    private static final Pattern THINGS_COUNTED = Pattern.compile("(?:a row of|a cluster of|" + SemanticReadings.COUNTED
            + ") (?!(?:more|less|bits?|times|"
            + "steps|stops|percent|pixels|px|degrees)\\b)[a-z]");

    private Understanding semantic(String instruction, InstructionContext context) {
        String core = Phrasing.core(instruction);
        IntentClassifier.Classification classification = classify(instruction);
        // An adjustment named or complained about in so many words ("way too bright, knock it down", "colour is
        // too intense in the shirt", "invert for a sec") is what was meant, however the sentence embeds.
        boolean effectFirst = EFFECT_FIRST.matcher(core).lookingAt();
        ContentReader.Content content = ContentReader.read(instruction);
        // "paint a golden retriever": content asked for in so many words, whatever its adjectives name.
        // "replace the white plate with a dark slate board": the new thing's colour is no adjustment either.
        boolean asksForContent = (content.drawing() || content.newImage() || content.replacing() && ContentReader.swaps(core))
                && SemanticReadings.describesContent(content.prompt())
                && !(ContentReader.anEffectVersion(content.prompt()) && !context.blankLayer());
        boolean onlyAdjustment = AdjustmentReader.read(instruction).filter(r -> r.leftover().isEmpty()).isPresent();
        // "a few grapes here, dark purple, …", "a stack of macarons here, pastel colours" with a selection: things counted,
        // what to paint there, whatever colours they are said in
        if (context.hasSelection() && THINGS_COUNTED.matcher(core).lookingAt() && !onlyAdjustment
                && !AdjustmentReader.namesAnEffect(instruction)) {
            Optional<Understanding> painted = SemanticReadings.read(Intent.CONTENT, instruction, context);
            if (painted.isPresent()) {
                return painted.get();
            }
        }
        if ((AdjustmentReader.complains(instruction) || AdjustmentReader.namesAnEffect(instruction))
                && (effectFirst || onlyAdjustment || !SemanticReadings.describes(instruction)) && !asksForContent
                && (onlyAdjustment || effectFirst || !SemanticReadings.changesTheScene(instruction))
                && !context.blankLayer()) {   // on an empty layer "…, red eyes, long coat" describes a picture
            Optional<Understanding> adjustment = SemanticReadings.read(Intent.ADJUST, instruction, context);
            if (adjustment.isPresent()) {
                return adjustment.get();
            }
        }
        if (classification.bestScore() < FLOOR || classification.best() == Intent.CHAT
                && classification.margin() >= MARGIN) {
            // Far from everything, or chat: unless it is a description, which is content however it embeds.
            // Chat wins over a description only where nothing suggests content: no selection, a picture on the layer.
            Optional<Understanding> changed = aThingMadeOtherwise(instruction, core, context);
            if (changed.isPresent()) {
                return changed.get();
            }
            boolean contentLikely = context.hasSelection() || context.blankLayer();
            return classification.best() == Intent.CHAT && classification.bestScore() >= FLOOR && !contentLikely
                    ? Understanding.Refused.cannotDo(instruction)
                    : SemanticReadings.asDescription(instruction, context).orElse(Understanding.Refused.cannotDo(instruction));
        }
        // Every intent close to the best one is a candidate reading, best first. A reading that is itself a
        // question or a refusal ("which side?") stands only when it comes before every complete reading.
        Map<String, Understanding> actions = new LinkedHashMap<>();
        Understanding askedFirst = null;
        int tried = 0;
        for (IntentClassifier.Scored scored : classification.ranked()) {
            if (classification.bestScore() - scored.score() >= MARGIN || actions.size() == 3) {
                break;
            }
            tried++;
            if (classification.best() == Intent.CHAT && !SemanticReadings.needsWords(scored.intent())) {
                continue;   // "que?": an undo or a repeat that any words would read is no runner-up to chat
            }
            Optional<Understanding> reading = SemanticReadings.read(scored.intent(), instruction, context);
            if (reading.isEmpty() || context.blankLayer() && isModelEdit(reading.get())) {
                continue;   // an empty layer has no picture for a model to change
            }
            if (guessedContent(reading.get(), classification, content, context)) {
                continue;   // a description that is a runner-up to chat, with a picture there and nothing selected
            }
            // With a selection, a change described is painted there: one reading with the content's, not two.
            Understanding understanding = ReadingInContext.paintedIntoTheSelection(reading.get(), instruction, context);
            if (understanding instanceof Understanding.Clarify || understanding instanceof Understanding.Refused) {
                if (actions.isEmpty() && askedFirst == null) {
                    askedFirst = understanding;
                }
            } else {
                actions.putIfAbsent(Canonical.of(understanding), understanding);
            }
        }
        if (askedFirst != null) {
            return askedFirst;
        }
        if (actions.isEmpty()) {
            Optional<Understanding> changed = aThingMadeOtherwise(instruction, core, context);
            if (changed.isPresent()) {
                return changed.get();
            }
            String sentence = core.isEmpty() ? instruction : core;
            Optional<Understanding> fallen = fallback(classification, tried, instruction, context)
                    .filter(reading -> !guessedContent(reading, classification, content, context));
            if (fallen.isPresent() && !isModelEdit(fallen.get())) {
                return fallen.get();
            }
            List<String> offered = nearestAdjustments(classification, sentence);
            if (offered.size() < 2) {
                if (fallen.isPresent() && !aChangeIsClose(classification, instruction)) {
                    // A model's edit of the whole picture reached only by falling back ("closer to what i imagined but
                    // idk", "make it better for the teacher"): a guess; asked, with that edit as one of the readings.
                    return VagueRequest.whichChange(Canonical.of(fallen.get()));
                }
                return fallen.orElse(Understanding.Refused.cannotDo(instruction));
            }
            // Clearly an adjustment by meaning, read at best as a model's edit of the whole picture: ask, with both.
            List<String> readings = fallen.isEmpty() ? offered
                    : List.of(offered.get(0), offered.get(1), Canonical.of(fallen.get()));
            return new Understanding.Clarify("Which adjustment did you mean by “" + quote(sentence) + "”? (Or say it in "
                    + "other words.)", readings);
        }
        if (actions.size() == 1) {
            Understanding only = actions.values().iterator().next();
            // "I don't like", "something different" before Easel changed anything: an undo or another take by meaning
            // alone has nothing to follow up, so the sentence is not read here (a verdict is then asked about, or the
            // closest sentences people wrote read it). The words "undo", "another one" are read exactly, before meaning;
            // "make it less" with nothing to rescale is settled in context (ReadingInContext).
            return only instanceof Understanding.FollowingUp f && followsUpNothing(f, context)
                    ? Understanding.Refused.cannotDo(instruction) : only;
        }
        // "paint in some dark sky … where I cut the trail out" with a selection: content asked for in so many words is
        // painted there, whatever else the words suggest; two prompts for one painting are one reading, the closest.
        Optional<Understanding> painted = actions.values().stream().filter(InstructionReader::isPainting).findFirst();
        // "some rain in here, diagonal streaks": a follow-up with nothing to follow up is no rival to painting either.
        if (painted.isPresent() && context.hasSelection() && (content.askedFor() || actions.values().stream()
                .allMatch(a -> isPainting(a) || a instanceof Understanding.FollowingUp && context.lastChange().isEmpty()))) {
            return painted.get();
        }
        return new Understanding.Clarify("“" + quote(instruction) + "” could mean more than one thing. Which did you mean?",
                List.copyOf(actions.keySet()));
    }

    private static boolean followsUpNothing(Understanding.FollowingUp reading, InstructionContext context) {
        FollowUp f = reading.followUp();
        return context.lastChange().isEmpty() && (f instanceof FollowUp.Undo || f instanceof FollowUp.Again
                || f instanceof FollowUp.Variation || f instanceof FollowUp.Reapply);
    }

    /** "make the walls old stone like a dungeon", "make her fur look freshly groomed and fluffy": a thing in the picture changed. */
    private static final Pattern A_THING_MADE_OTHERWISE = Pattern.compile("^make (?:the|her|his|their|its|my|our) "
            + "(?!(?:picture|photo|image|pic|whole|colou?rs?|tones?|light|lighting|shadows|highlights|background|bg|contrast|"
            + "saturation|exposure|brightness|warmth|tint|hue|vibrance|clarity|sharpness|noise|grain|white balance|temperature|"
            + "curve|levels|edges|corners|canvas|resolution|res|size|file|room|space|font|text|letters|eraser|toolbar|cursor|icons?|"
            + "window|panel|ui|interface|brush)\\b)"
            + "[a-z'-]+(?: (?!(?:more|less)\\b)[a-z'-]+){0,2} (?:look |seem |appear )?(?!(?:more|less|a|an|bit|little|go|disappear|vanish)\\b)[a-z]"
            // "put the part on a clean white background", "change the background to plain white": a new background
            + "|^(?:put|place|set|stick) (?:it|him|her|them|(?:the|this|my|our) [a-z'-]+(?: [a-z'-]+)?) (?:on|against|in front of|onto) "
            + "(?:a |an )?(?:[a-z'-]+ ){0,3}(?:background|backdrop|bg)\\b"
            + "|^(?:change|make|turn|swap|switch) the (?:background|backdrop|bg) (?:to |into |for )?(?:a |an )?[a-z]");

    /**
     * What no model's edit of one picture gives, or what an adjustment or a size says: "make the brush bigger", "make the flag
     * wave back and forth", "make the green in the sky more strong", "make the room bigger".
     */
    private static final Pattern NOT_A_CHANGE_OF_A_THING = Pattern.compile("\\b(?:more|less|wider|taller|"
            + "shorter|brush|brushes|tool|pressure|spin|spinning|rotate|rotating|wave|waving|move|moving|animat\\w*|loop|video|gif|"
            + "turntable|blink|dance|walk|run|embossed|softer|harder|sharper|brighter|darker|warmer|cooler|lighter|deeper|stronger|"
            + "weaker)\\b|^make (?:the|her|his|their|its|my|our) " + "(?:" + FormReader.A_COLOUR + ")\\b");

    /**
     * A thing in the picture made otherwise in words no adjustment reads, with nothing selected: the model's edit of the
     * picture, rather than a refusal or a question of which adjustment (the edit's own guards still ask when the words
     * only judge, "make the dog look nicer").
     */
    private static Optional<Understanding> aThingMadeOtherwise(String instruction, String core, InstructionContext context) {
        if (context.hasSelection() || context.blankLayer() || !A_THING_MADE_OTHERWISE.matcher(core).lookingAt()
                || NOT_A_CHANGE_OF_A_THING.matcher(core).find() || FormReader.aboutTheProgram(core)
                || AdjustmentReader.read(instruction).isPresent() || AdjustmentReader.complains(instruction)) {
            return Optional.empty();
        }
        return SemanticReadings.instructionEdit(instruction);
    }

    /**
     * The close intents' slots did not read ("could you put a blue kite up here" sits near the colour
     * adjustments): the next intents that are not far behind get their turn, then a description is
     * content; empty when none of them reads.
     */
    private static Optional<Understanding> fallback(IntentClassifier.Classification classification, int tried, String instruction,
                                                    InstructionContext context) {
        // New content and a change of the picture are near kin: "make the background a tropical beach" sits by the
        // content requests, but its words are those of a change.
        Intent kin = classification.best() == Intent.CONTENT ? Intent.CHANGE
                : classification.best() == Intent.CHANGE ? Intent.CONTENT : null;
        if (kin != null) {
            // Only new content: a model's edit of the whole picture is too wide a reading to reach this way.
            Optional<Understanding> reading = SemanticReadings.read(kin, instruction, context).filter(r ->
                    r instanceof Understanding.NeedsModel need && need.capability() != SynthesisRequest.Capability.INSTRUCTION_EDIT);
            if (reading.isPresent()) {
                return reading;
            }
        }
        for (IntentClassifier.Scored next : classification.ranked().subList(tried, classification.ranked().size())) {
            if (classification.bestScore() - next.score() >= FALLBACK_DISTANCE) {
                break;
            }
            if (SemanticReadings.needsWords(next.intent())) {
                Optional<Understanding> reading = SemanticReadings.read(next.intent(), instruction, context);
                if (reading.isPresent()) {
                    return reading;
                }
            }
        }
        return SemanticReadings.asDescription(instruction, context);
    }

    /**
     * An adjustment by meaning whose words no rule reads ("deepen the black of space a bit", "tone down the red in her
     * cheeks"): the adjustments of the closest exemplars, up to three, to offer rather than a refusal. Only offered,
     * never made: the embedding cannot tell "brighter" from "darker", the artist can.
     */
    private List<String> nearestAdjustments(IntentClassifier.Classification classification, String sentence) {
        // Only for words that say something: three or more, known to the sentence model ("bgra8" is no request).
        if (classification.best() != Intent.ADJUST || classification.margin() < MARGIN || classification.bestScore() < OFFER_FLOOR
                || SemanticReadings.namesNoChange(sentence) || sentence.split("\\s+").length < 3
                || !SemanticUnderstanding.wordsAreKnown(sentence)) {
            return List.of();
        }
        // One reading per adjustment and way ("flatten the tone curve" and "… slightly" are one offer).
        Map<String, String> readings = new LinkedHashMap<>();
        for (var exemplar : classifier.nearest(sentence, Intent.ADJUST, NEAREST_EXEMPLARS)) {
            AdjustmentReader.read(exemplar.sentence()).map(AdjustmentReader.Reading::plan).filter(p -> p.operations().size() == 1)
                    .ifPresent(plan -> readings.putIfAbsent(plan.operations().get(0).kind() + " "
                            + Math.signum(plan.operations().get(0).amount()), Canonical.of(new Understanding.Planned(plan))));
            if (readings.size() == 3) {
                break;
            }
        }
        return List.copyOf(readings.values());
    }

    /**
     * Content reached by falling back from a clear adjustment ("auto lvls pls", "curves, gentle S", "exp up half a
     * stop": jargon the rules do not know) or from chat ("I'm so sorry, I don't really know what I want"), with a
     * picture on the layer and nothing selected: not a picture to paint; with a selection, a clear adjustment's
     * words of colour ("make the sky a diffrent colour") are not either. Words that ask for content ("could you put
     * a blue kite up here"), a selection ("the sky" is what to paint there) or an empty layer make it content.
     */
    private static boolean guessedContent(Understanding reading, IntentClassifier.Classification classification,
                                          ContentReader.Content content, InstructionContext context) {
        boolean clearlyAdjusting = classification.best() == Intent.ADJUST && classification.margin() >= MARGIN;
        boolean farFromContent = !context.hasSelection() && (clearlyAdjusting || classification.best() == Intent.CHAT)
                // "make the sky a diffrent colour", "her hair needs to be pink not purple": colours of what is there
                || clearlyAdjusting && COLOUR_OR_TONE.matcher(content.prompt().toLowerCase(Locale.ROOT)).find()
                // (with a selection, "some kelp swaying, greenish brown" describes what to paint there, colours and all)
                && !(context.hasSelection() && SemanticReadings.isDescription(content.prompt().toLowerCase(Locale.ROOT))
                        && A_THING_WITH_ITS_COLOURS.matcher(content.prompt().toLowerCase(Locale.ROOT)).lookingAt()
                        && AdjustmentReader.read(content.prompt()).isEmpty());
        return reading instanceof Understanding.NeedsModel need && need.capability() != SynthesisRequest.Capability.INSTRUCTION_EDIT
                && farFromContent && !context.blankLayer()
                && !content.askedFor() && !(context.hasSelection() && SemanticReadings.describesAThing(content.prompt()));
    }

    /**
     * "add a sprinkle of parmesan on the pasta", "add some steam coming off the food": a thing added to the picture in so
     * many words, which no adjustment reads (words, labels and layers are no things a model paints in).
     */
    private static boolean addsAThing(String instruction) {
        String core = Phrasing.core(instruction);
        ContentReader.Content content = ContentReader.read(instruction);
        return ADDING.matcher(core).lookingAt() && !NOT_A_THING_TO_ADD.matcher(core).find()
                && !NOT_A_THING_TO_ADD.matcher(instruction).find() && content.placing()
                && SemanticReadings.describesContent(content.prompt()) && AdjustmentReader.read(instruction).isEmpty()
                && !AdjustmentReader.namesAnEffect(instruction) && !ExtensionReader.namesGrowing(instruction);
    }

    private static final Pattern ADDING = Pattern.compile("(?:add|sprinkle|scatter)(?: in)? (?=[a-z])");
    private static final Pattern NOT_A_THING_TO_ADD = Pattern.compile("\\b(?:text|words?|labels?|captions?|titles?|headings?|numbers?|"
            + "dates?|names?|qr|barcode|layers?|arrows?|dimensions?|scale|watermark|signature|logo|price|discount|percent|quote|"
            + "letters?|lettering|font|border|frame|grid|guides?|legend|key|options|versions?|variations?|pixels?|px|canvas|"
            + "room|space|margin|bleed|contrast|saturation|vignette|grain|noise|blur|sharpness|clarity|glow|punch|pop|curve|tone|levels|snap|"
            + "more|some more|top|bottom|left|right|sides?|across)\\b|\\b[A-Z]{2,}\\b|[\"“”%]|'[^']+'");

    /** Whether the meaning of the words is a change of the picture: the change is the best intent, or close to it. */
    private boolean meantAsAChange(String instruction) {
        return aChangeIsClose(classify(instruction), instruction);
    }

    /**
     * Whether a change of the picture is among the closest meanings. A look with no word of keeping it counts: the
     * embedding puts "make it look like a woodcut" by the lasting styles, the words make it this picture's.
     */
    private static boolean aChangeIsClose(IntentClassifier.Classification classification, String instruction) {
        return classification.best() == Intent.STYLE && !StyleReader.lasting(instruction)
                || classification.ranked().stream().anyMatch(scored -> (scored.intent() == Intent.CHANGE
                        || scored.intent() == Intent.CONTENT) && classification.bestScore() - scored.score() < MARGIN);
    }

    private IntentClassifier.Classification classify(String instruction) {
        String core = Phrasing.core(instruction);
        return classifier.classify(core.isEmpty() ? Phrasing.normalise(instruction) : core);
    }

    private static boolean isPainting(Understanding understanding) {
        return understanding instanceof Understanding.NeedsModel need && need.capability() == SynthesisRequest.Capability.INPAINT;
    }

    private static boolean isModelEdit(Understanding understanding) {
        return understanding instanceof Understanding.NeedsModel need
                && need.capability() == SynthesisRequest.Capability.INSTRUCTION_EDIT;
    }

    private static boolean notEnglish(String instruction) {
        // "remove this ㅠ", "more clear ㅠㅠ": Hangul's lone letters are emoticons in English sentences
        String text = instruction.toLowerCase(Locale.ROOT).replaceAll("[\\u3131-\\u318e]+", " ");
        if (NOT_ENGLISH_SCRIPT.matcher(text).find()) {
            return true;
        }
        var words = FOREIGN_WORDS.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count >= 2 || mostlyUnplaced(instruction);
    }

    /** A word with a capital letter not starting a sentence ("Belovezhskaya Pushcha"): a name, in any language. */
    private static final Pattern A_NAME = Pattern.compile("(?<![.!?]\\s{0,3})(?<!^)\\b\\p{Lu}\\p{Ll}+|(?<=\\p{Ll}.{0,200})\\b\\p{Lu}{2,}\\b"
            + "|\\b\\p{Lu}{2,}\\b(?=.{0,200}\\p{Ll})");

    /**
     * "kunhodi gamay", "ang ikaduha mas nindot", "himoa ug beach sa sunset": at least two words, and more than half of the
     * words of three letters or more, that are neither English nor a slip Easel mends (or are another language's common
     * words) — a language with no list of its own here. Names and abbreviations are left out ("a portrait of Aleksandr
     * Petrovich Volkonsky", "like an SEM micrograph").
     */
    private static boolean mostlyUnplaced(String instruction) {
        String text = A_NAME.matcher(instruction).replaceAll(" ").toLowerCase(Locale.ROOT);
        // Only the words of the request itself, as typed: not a slip already mended ("make it les brite"), nor a "please" in
        // another English ("abeg comot this thing")
        java.util.Set<String> asked = new java.util.HashSet<>(List.of(Phrasing.core(instruction).split("[^a-z]+")));
        List<String> words = java.util.Arrays.stream(text.split("[^a-z]+"))
                .filter(word -> word.length() >= 3 && asked.contains(word)).toList();
        long unplaced = words.stream().filter(word -> !Spelling.placeable(word) || FOREIGN_WORDS.matcher(word).matches()).count();
        return unplaced >= 2 && 2 * unplaced > words.size();
    }

    /** The instruction as quoted back in a question, cut at 80 characters. */
    static String quote(String instruction) {
        String quoted = instruction.strip();
        return quoted.length() > 80 ? quoted.substring(0, 80) + "…" : quoted;
    }
}
