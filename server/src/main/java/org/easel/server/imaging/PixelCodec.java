package org.easel.server.imaging;

import org.easel.protocol.PixelFormat;

/**
 * Reads pixels of one colour format into float RGBA (straight alpha, nominally 0..1) and writes
 * them back. Works on runs of pixels so callers can go row by row instead of converting a whole
 * image at once.
 *
 * <p>Decoding then encoding is lossless: byte-identical for the 8- and 16-bit formats,
 * bit-identical for {@code rgbaf32}.
 */
public interface PixelCodec {

    /** The codec for a colour format; {@code a8} is a mask, not a colour format, and is refused. */
    static PixelCodec of(PixelFormat format) {
        return switch (format) {
            case RGBA8 -> Rgba8Codec.RGBA;
            case BGRA8 -> Rgba8Codec.BGRA;
            case RGBA16 -> Rgba16Codec.INSTANCE;
            case RGBAF32 -> RgbaF32Codec.INSTANCE;
            case A8 -> throw new IllegalArgumentException("a8 is a selection mask format, not a colour format");
        };
    }

    PixelFormat format();

    /**
     * True when the format stores integers, so values leave it clamped to 0..1; float formats
     * keep whatever they are given (HDR values above 1, negatives).
     */
    boolean clampsToUnitRange();

    /**
     * Decodes {@code count} pixels starting at pixel index {@code firstPixel} of {@code src} into
     * {@code dst} as R, G, B, A floats starting at {@code dstOffset}.
     */
    void decode(byte[] src, int firstPixel, int count, float[] dst, int dstOffset);

    /**
     * Encodes {@code count} RGBA float pixels starting at {@code srcOffset} into {@code dst}
     * starting at pixel index {@code firstPixel}.
     */
    void encode(float[] src, int srcOffset, int count, byte[] dst, int firstPixel);
}
