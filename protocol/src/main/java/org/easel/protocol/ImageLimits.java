package org.easel.protocol;

/** Largest images the daemon accepts (announced in {@code welcome}). */
public record ImageLimits(int maxImageSide, long maxImagePixels) {
    public static final ImageLimits DEFAULTS = new ImageLimits(16_384, 8192L * 8192L);
}
