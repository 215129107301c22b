package org.easel.server.planning;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What new content needs: the kind of model ({@link Capability}), what to leave out ("…, without
 * people") and, for models that take a description rather than an instruction, the look asked for.
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


    /** "…, without hats", "… but no people": the part after it is a negative prompt. */
    private static final Pattern WITHOUT = Pattern.compile("(?i)^(.+?),?\\s+(?:without|but no|but not|and no)\\s+(.+)$");
    /** "make it look like a watercolour", "turn it into a painting": for models that take a description. */
    private static final Pattern LOOK_LIKE = Pattern.compile(".*?(?:look like|into|as) (?:a |an )?(.+)$");

    private SynthesisRequest() {
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

}
