package org.easel.protocol;

import java.util.Arrays;
import java.util.Optional;

/** Pixel layouts that may cross the wire (see PROTOCOL.md, "Image descriptors"). */
public enum PixelFormat {
    /** R, G, B, A bytes. */
    RGBA8("rgba8", 4),
    /** B, G, R, A bytes: Krita's and Qt's 8-bit order. */
    BGRA8("bgra8", 4),
    /** R, G, B, A as unsigned 16-bit little-endian. */
    RGBA16("rgba16", 8),
    /** R, G, B, A as 32-bit IEEE floats, little-endian, nominal range 0..1. */
    RGBAF32("rgbaf32", 16),
    /** Selection coverage, one byte per pixel (masks only). */
    A8("a8", 1);

    private final String wireName;
    private final int bytesPerPixel;

    PixelFormat(String wireName, int bytesPerPixel) {
        this.wireName = wireName;
        this.bytesPerPixel = bytesPerPixel;
    }

    public String wireName() {
        return wireName;
    }

    public int bytesPerPixel() {
        return bytesPerPixel;
    }

    /** True for the colour formats a layer may use (everything but the mask format). */
    public boolean isColour() {
        return this != A8;
    }

    public static Optional<PixelFormat> fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    /** Byte length of a width × height image, or -1 when it would not fit in a long (never for sane input). */
    public long byteLength(int width, int height) {
        return (long) width * (long) height * bytesPerPixel;
    }
}
