package org.easel.server.planning;

/**
 * Easel does not know how to do an instruction. The message quotes the instruction and lists what
 * Easel can do, and is shown to the user as is.
 */
public final class UnsupportedInstructionException extends Exception {

    /** What the interpreter understands, phrased for the person typing. */
    public static final String CAPABILITIES = "For now Easel can: remove what is selected (\"remove\", "
            + "\"fill the selection\", \"clean up\"), extend the canvas (\"extend to the right by 300 px\", "
            + "\"add 20% on top\", \"make it wider\"), convert to black and white (grayscale) or sepia, "
            + "invert the colours, make it brighter or darker, increase or reduce the contrast, "
            + "make it more or less saturated (vivid, muted, desaturate), make it warmer or cooler, "
            + "shift the hue, posterize, blur, sharpen and add a vignette. "
            + "Add \"a bit\", \"slightly\", \"much\" or \"a lot\" to choose how strong, "
            + "for example \"make it a bit warmer and more vivid\".";

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
