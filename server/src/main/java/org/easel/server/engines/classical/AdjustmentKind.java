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
    VIGNETTE("vignette", false, true),
    /** Exposure in linear light: amount 1 is two stops (×4 light), 0.25 half a stop. */
    EXPOSURE("exposure", true),
    /** Opens up (positive) or deepens (negative) the tones below mid-grey; highlights stay. */
    SHADOWS("shadows", true),
    /** Brightens (positive) or recovers (negative) the tones above mid-grey; shadows stay. */
    HIGHLIGHTS("highlights", true),
    /** A tone curve per channel: positive is an S-curve (punchier), negative its inverse (flatter). */
    CURVE("curve", true),
    /** Green–magenta balance: positive towards magenta, negative towards green. */
    TINT("tint", true),
    /** Saturation that spares skin and colours already saturated. */
    VIBRANCE("vibrance", true),
    /** Local contrast: mid-tone detail at a radius of about 2% of the edited area's diagonal. */
    CLARITY("clarity", true, true),
    /** Stretches each channel so its darkest and lightest 0.5% reach black and white. */
    AUTO_LEVELS("auto_levels", false, true),
    /** Stretches the tones so the darkest and lightest 0.5% reach black and white, colours kept. */
    AUTO_CONTRAST("auto_contrast", false, true),
    /** Neutralises a colour cast: the selection's average colour is made grey, in linear light. */
    AUTO_WHITE_BALANCE("auto_white_balance", false, true),
    /** Edge-preserving (bilateral) noise reduction scaled to the noise measured in the area. */
    DENOISE("denoise", false, true),
    /** Takes the red out of pupils inside the selection; needs a selection. */
    RED_EYE("red_eye", false);

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

    /**
     * True for corrections measured from the edited area itself (auto levels, auto contrast, auto
     * white balance): they read every selected pixel before changing any.
     */
    public boolean isAutomatic() {
        return this == AUTO_LEVELS || this == AUTO_CONTRAST || this == AUTO_WHITE_BALANCE;
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
