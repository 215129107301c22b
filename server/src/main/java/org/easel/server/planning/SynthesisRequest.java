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

    private SynthesisRequest() {
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
