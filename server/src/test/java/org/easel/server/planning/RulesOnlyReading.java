package org.easel.server.planning;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How Easel read instructions before the semantic interpreter (issue 14): whole-phrase follow-ups,
 * the strict lexicon, and word patterns for new content. Kept only as the baseline the
 * understanding benchmark compares against on the same held-out sentences.
 */
final class RulesOnlyReading {
    private final FollowUpParser followUps = new FollowUpParser();
    private final InstructionInterpreter lexicon = new InstructionInterpreter();

    private static final Pattern GENERATE = Pattern.compile(
            "^(?:please |can you |could you )?(?:generate|create|imagine|render|paint me|draw me|make me) (?:a |an |some |the )?\\w.*");

    private static final Pattern INPAINT = Pattern.compile(
            "^(?:please |can you |could you )?(?:add|put|insert|place|draw|paint|replace .+ with|turn .+ into|change .+ (?:in)?to) \\w.*");

    /** "make it/the sky/her face …", "turn it into …": the whole image (or a described part) changes. */
    private static final Pattern WHOLE_IMAGE = Pattern.compile(
            "^(?:please |can you |could you )?(?:make (?:it|this|that|him|her|them|(?:the|his|her|their) \\w+) (?:look )?(?:more )?|make it look like |turn (?:it|this|the (?:image|picture|photo|scene)) into |give it )\\w.*");

    /** Polite openings and the verb that asks for content: what is left describes the content. */
    private static final Pattern ASKING = Pattern.compile(
            "^(?:please |can you |could you )*(?:generate|create|imagine|render|paint me|draw me|make me|add|put|insert"
                    + "|place|draw|paint)\\s+");

    /** "replace the sky with a sunset", "turn the cat into a tiger", "change the sky to a sunset". */
    private static final Pattern REPLACING = Pattern.compile(
            "^(?:please |can you |could you )*(?:replace .+? with|turn .+? into|change .+? (?:in)?to)\\s+(.+)$");

    /**
     * The prompt for a text-conditioned model: the content the instruction asks for ("add a red hat"
     * → "a red hat", "replace the sky with a sunset" → "a sunset"). An instruction edit keeps the whole
     * instruction, which is what instruction-following models are trained on; {@link #description}
     * gives the look it asks for, for models that only take descriptions.
     */
    static String prompt(String instruction, SynthesisRequest.Capability capability) {
        String whole = instruction.strip().replaceAll("\\s+", " ");
        if (capability == SynthesisRequest.Capability.INSTRUCTION_EDIT) {
            return whole;
        }
        String text = SynthesisRequest.withoutNegative(whole);
        String lower = text.toLowerCase(Locale.ROOT);
        var replacing = REPLACING.matcher(lower);
        if (replacing.matches()) {
            return text.substring(replacing.start(1));
        }
        var asking = ASKING.matcher(lower);
        return asking.lookingAt() ? text.substring(asking.end()) : text;
    }

    static Optional<SynthesisRequest.Capability> detect(String instruction) {
        String text = instruction.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (GENERATE.matcher(text).matches()) {
            return Optional.of(SynthesisRequest.Capability.TEXT_TO_IMAGE);
        }
        // Before INPAINT: "turn it into a painting" changes the whole image, "turn the cat into a tiger" a part.
        if (WHOLE_IMAGE.matcher(text).matches()) {
            return Optional.of(SynthesisRequest.Capability.INSTRUCTION_EDIT);
        }
        if (INPAINT.matcher(text).matches()) {
            return Optional.of(SynthesisRequest.Capability.INPAINT);
        }
        return Optional.empty();
    }


    Understanding read(String instruction) {
        Optional<FollowUp> followUp = followUps.parse(instruction);
        if (followUp.isPresent()) {
            return new Understanding.FollowingUp(followUp.get());
        }
        try {
            return new Understanding.Planned(lexicon.interpret(instruction));
        } catch (UnsupportedInstructionException e) {
            return detect(instruction).<Understanding>map(c -> new Understanding.NeedsModel(c, prompt(instruction, c),
                    SynthesisRequest.negative(instruction))).orElse(new Understanding.Refused(e.getMessage()));
        }
    }
}
