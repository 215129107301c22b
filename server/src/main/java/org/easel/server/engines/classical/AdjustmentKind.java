package org.easel.server.engines.classical;

/** The colour and tone adjustments the classical engine can make. */
public enum AdjustmentKind {
    GRAYSCALE("grayscale", false),
    INVERT("invert", false),
    BRIGHTNESS("brightness", true),
    CONTRAST("contrast", true),
    SATURATION("saturation", true),
    WARMTH("warmth", true);

    private final String wireName;
    private final boolean signed;

    AdjustmentKind(String wireName, boolean signed) {
        this.wireName = wireName;
        this.signed = signed;
    }

    /** The {@code op} name used in plans on the wire. */
    public String wireName() {
        return wireName;
    }

    /**
     * True when the amount has a direction (-1..1, e.g. brighter or darker); false when it is the
     * strength of a one-way effect (0..1, e.g. how fully to invert).
     */
    public boolean isSigned() {
        return signed;
    }
}
