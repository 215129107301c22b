package org.easel.server.engines.classical;

/** The colour and tone adjustments the classical engine can make. */
public enum AdjustmentKind {
    GRAYSCALE("grayscale", false),
    INVERT("invert", false),
    BRIGHTNESS("brightness", true),
    CONTRAST("contrast", true),
    SATURATION("saturation", true),
    WARMTH("warmth", true),
    /** Rotates hues around the colour wheel: amount 1 is 180°. */
    HUE("hue", true),
    SEPIA("sepia", false),
    /** Fewer tone levels per channel: amount a gives round(2 / a) levels (0.25 → 8). */
    POSTERIZE("posterize", false),
    /** Gaussian blur; amount 1 is a radius of 4% of the edited area's diagonal. */
    BLUR("blur", false, true),
    /** Unsharp mask; amount 1 adds four times the detail. */
    SHARPEN("sharpen", false, true),
    /** Darkens towards the corners of the edited area; amount 1 darkens them by 160%, clipped. */
    VIGNETTE("vignette", false, true);

    private final String wireName;
    private final boolean signed;
    private final boolean spatial;

    AdjustmentKind(String wireName, boolean signed) {
        this(wireName, signed, false);
    }

    AdjustmentKind(String wireName, boolean signed, boolean spatial) {
        this.wireName = wireName;
        this.signed = signed;
        this.spatial = spatial;
    }

    /**
     * True when a pixel's result depends on its neighbours or its position (blur, sharpen,
     * vignette), so the adjustment works on the whole area at once rather than pixel by pixel.
     */
    public boolean isSpatial() {
        return spatial;
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
