package org.easel.server.planning;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises instructions that ask for new content — only a diffusion model can do those — so the
 * answer can say which kind of model is missing instead of "not understood". Only consulted for
 * instructions no installed engine understood.
 */
public final class SynthesisRequest {

    /** What the instruction needs a model for. */
    public enum Capability {
        TEXT_TO_IMAGE("text-to-image", "generate new content"),
        INPAINT("inpaint", "paint new content into the selection"),
        INSTRUCTION_EDIT("instruction-edit", "change the whole image as described");

        private final String id;
        private final String description;

        Capability(String id, String description) {
            this.id = id;
            this.description = description;
        }

        public String id() {
            return id;
        }

        public String description() {
            return description;
        }
    }

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
    /** "…, without hats", "… but no people": the part after it is a negative prompt. */
    private static final Pattern WITHOUT = Pattern.compile("(?i)^(.+?),?\\s+(?:without|but no|but not|and no)\\s+(.+)$");
    /** "make it look like a watercolour", "turn it into a painting": for models that take a description. */
    private static final Pattern LOOK_LIKE = Pattern.compile(".*?(?:look like|into|as) (?:a |an )?(.+)$");

    private SynthesisRequest() {
    }

    /**
     * The prompt for a text-conditioned model: the content the instruction asks for ("add a red hat"
     * → "a red hat", "replace the sky with a sunset" → "a sunset"). An instruction edit keeps the whole
     * instruction, which is what instruction-following models are trained on; {@link #description}
     * gives the look it asks for, for models that only take descriptions.
     */
    public static String prompt(String instruction, Capability capability) {
        String whole = instruction.strip().replaceAll("\\s+", " ");
        if (capability == Capability.INSTRUCTION_EDIT) {
            return whole;
        }
        String text = withoutNegative(whole);
        String lower = text.toLowerCase(Locale.ROOT);
        var replacing = REPLACING.matcher(lower);
        if (replacing.matches()) {
            return text.substring(replacing.start(1));
        }
        var asking = ASKING.matcher(lower);
        return asking.lookingAt() ? text.substring(asking.end()) : text;
    }

    /**
     * What generated content should not show, said in the instruction: "add a crowd, without
     * hats" → "hats". Empty when it says nothing of the kind.
     */
    public static String negative(String instruction) {
        var without = WITHOUT.matcher(instruction.strip().replaceAll("\\s+", " "));
        return without.matches() ? without.group(2).strip() : "";
    }

    /** The instruction without its "without …" part. */
    static String withoutNegative(String text) {
        var without = WITHOUT.matcher(text);
        return without.matches() ? without.group(1).strip() : text;
    }

    /** The look an instruction edit asks for ("make it look like a watercolour" → "watercolour"). */
    public static String description(String instruction) {
        String text = withoutNegative(instruction.strip().replaceAll("\\s+", " "));
        var like = LOOK_LIKE.matcher(text.toLowerCase(Locale.ROOT));
        return like.matches() ? text.substring(like.start(1)) : text;
    }

    public static Optional<Capability> detect(String instruction) {
        String text = instruction.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (GENERATE.matcher(text).matches()) {
            return Optional.of(Capability.TEXT_TO_IMAGE);
        }
        // Before INPAINT: "turn it into a painting" changes the whole image, "turn the cat into a tiger" a part.
        if (WHOLE_IMAGE.matcher(text).matches()) {
            return Optional.of(Capability.INSTRUCTION_EDIT);
        }
        if (INPAINT.matcher(text).matches()) {
            return Optional.of(Capability.INPAINT);
        }
        return Optional.empty();
    }
}
