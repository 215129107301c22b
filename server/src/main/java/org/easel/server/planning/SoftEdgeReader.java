package org.easel.server.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a request for a soft selection edge out of an instruction: "with a soft edge", "soft
 * edges", "soft-edged", "feathered". Adjustments otherwise follow the host's selection exactly;
 * with these words they get {@link #FEATHER_PX} of feather, as if the {@code feather} option had
 * been sent. The words say how, not what, so the instruction is read without them.
 */
public final class SoftEdgeReader {
    /** The feather "with a soft edge" asks for: an 8 px wide soft edge centred on the border. */
    public static final int FEATHER_PX = 4;

    private static final Pattern SOFT_EDGE = Pattern.compile(
            "(?:,\\s*)?\\b(?:(?:and|but)\\s+)?(?:with\\s+(?:a\\s+|the\\s+)?|using\\s+(?:a\\s+)?)?"
                    + "(?:soft(?:er)?[\\s-]+edge[sd]?|soft[\\s-]+edging|feathered(?:\\s+edges?)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private SoftEdgeReader() {
    }

    /** True when the instruction asks for a soft edge. */
    public static boolean asksForSoftEdge(String instruction) {
        return instruction != null && SOFT_EDGE.matcher(instruction).find();
    }

    /** The instruction without its soft-edge words ("make it grey with a soft edge" → "make it grey"). */
    public static String withoutSoftEdge(String instruction) {
        if (!asksForSoftEdge(instruction)) {
            return instruction;
        }
        Matcher m = SOFT_EDGE.matcher(instruction);
        return m.replaceAll(" ").replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.!?;])", "$1").strip();
    }
}
