package org.easel.server.planning;

/**
 * Easel does not know how to do an instruction. The message quotes the instruction and lists what
 * Easel can do, and is shown to the user as is.
 */
public final class UnsupportedInstructionException extends Exception {

    /** What the interpreter understands, phrased for the person typing. */
    public static final String CAPABILITIES = "Easel can: change colours and tone (\"a bit warmer\", "
            + "\"way too dark\", \"black and white\", more or less contrast or saturation, blur, sharpen, "
            + "posterize, a vignette); remove what is selected (\"remove this\"); extend the canvas (\"extend "
            + "to the right by 300 px\", \"zoom out\", \"make it 16:9\"); crop, turn, flip, straighten or "
            + "upscale it (\"crop to the selection\", \"rotate 90° clockwise\", \"straighten the horizon\", "
            + "\"upscale 2x\"); with a diffusion model, paint new content into the selection (\"put a lantern here\"), "
            + "make a new picture from a description (\"an owl in a library, oil painting\") or change the whole "
            + "picture (\"make it winter\"); "
            + "and follow up on the conversation (\"undo\", \"more\", \"less\", \"#2\", \"another one\", "
            + "\"from now on in watercolour style\").";

    private static final int QUOTE_LIMIT = 200;

    private final String instruction;

    public UnsupportedInstructionException(String instruction) {
        super(message(instruction));
        this.instruction = instruction == null ? "" : instruction;
    }

    /** Refuses an instruction that was nearly understood; {@code hint} says what to add or change. */
    public UnsupportedInstructionException(String instruction, String hint) {
        super("Easel can't do \"" + quote(instruction) + "\" as it stands: " + hint + ". " + CAPABILITIES);
        this.instruction = instruction;
    }

    /** The instruction as it was typed ("" for none). */
    public String instruction() {
        return instruction;
    }

    private static String message(String instruction) {
        if (instruction == null || instruction.isBlank()) {
            return "Type what you would like to change. " + CAPABILITIES;
        }
        return "Easel can't do \"" + quote(instruction) + "\" yet. " + CAPABILITIES;
    }

    private static String quote(String instruction) {
        String quoted = instruction.strip();
        return quoted.length() > QUOTE_LIMIT ? quoted.substring(0, QUOTE_LIMIT) + "…" : quoted;
    }
}
