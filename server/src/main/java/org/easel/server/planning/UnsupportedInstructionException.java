package org.easel.server.planning;

/**
 * Easel does not know how to do an instruction. The message quotes the instruction and lists what
 * Easel can do, and is shown to the user as is.
 */
public final class UnsupportedInstructionException extends Exception {

    /** What the interpreter understands, phrased for the person typing. */
    public static final String CAPABILITIES = "For now Easel can: convert to black and white (grayscale), "
            + "invert the colours, make it brighter or darker, increase or reduce the contrast, "
            + "make it more or less saturated (vivid, muted, desaturate), and make it warmer or cooler. "
            + "Add \"a bit\", \"slightly\", \"much\" or \"a lot\" to choose how strong, "
            + "for example \"make it a bit warmer and more vivid\".";

    private static final int QUOTE_LIMIT = 200;

    private final String instruction;

    public UnsupportedInstructionException(String instruction) {
        super(message(instruction));
        this.instruction = instruction == null ? "" : instruction;
    }

    /** The instruction as it was typed ("" for none). */
    public String instruction() {
        return instruction;
    }

    private static String message(String instruction) {
        if (instruction == null || instruction.isBlank()) {
            return "Type what you would like to change. " + CAPABILITIES;
        }
        String quoted = instruction.strip();
        if (quoted.length() > QUOTE_LIMIT) {
            quoted = quoted.substring(0, QUOTE_LIMIT) + "…";
        }
        return "Easel can't do \"" + quoted + "\" yet. " + CAPABILITIES;
    }
}
