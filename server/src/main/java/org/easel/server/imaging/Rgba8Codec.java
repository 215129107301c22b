package org.easel.server.imaging;

import org.easel.protocol.PixelFormat;

/** {@code rgba8} and {@code bgra8}: the same maths, only the red and blue bytes swap places. */
final class Rgba8Codec implements PixelCodec {

    static final Rgba8Codec RGBA = new Rgba8Codec(PixelFormat.RGBA8, 0, 2);
    static final Rgba8Codec BGRA = new Rgba8Codec(PixelFormat.BGRA8, 2, 0);

    // A table avoids a division per channel and makes decode exactly v / 255 for every byte.
    private static final float[] TO_FLOAT = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            TO_FLOAT[v] = v / 255f;
        }
    }

    private final PixelFormat format;
    private final int redByte;
    private final int blueByte;

    private Rgba8Codec(PixelFormat format, int redByte, int blueByte) {
        this.format = format;
        this.redByte = redByte;
        this.blueByte = blueByte;
    }

    @Override
    public PixelFormat format() {
        return format;
    }

    @Override
    public boolean clampsToUnitRange() {
        return true;
    }

    @Override
    public void decode(byte[] src, int firstPixel, int count, float[] dst, int dstOffset) {
        int s = firstPixel * 4;
        int d = dstOffset;
        for (int i = 0; i < count; i++, s += 4, d += 4) {
            dst[d] = TO_FLOAT[src[s + redByte] & 0xFF];
            dst[d + 1] = TO_FLOAT[src[s + 1] & 0xFF];
            dst[d + 2] = TO_FLOAT[src[s + blueByte] & 0xFF];
            dst[d + 3] = TO_FLOAT[src[s + 3] & 0xFF];
        }
    }

    @Override
    public void encode(float[] src, int srcOffset, int count, byte[] dst, int firstPixel) {
        int s = srcOffset;
        int d = firstPixel * 4;
        for (int i = 0; i < count; i++, s += 4, d += 4) {
            dst[d + redByte] = toByte(src[s]);
            dst[d + 1] = toByte(src[s + 1]);
            dst[d + blueByte] = toByte(src[s + 2]);
            dst[d + 3] = toByte(src[s + 3]);
        }
    }

    private static byte toByte(float value) {
        // NaN fails both comparisons and lands on 0 through the cast, which is as good as any.
        float clamped = value < 0f ? 0f : (value > 1f ? 1f : value);
        return (byte) (int) (clamped * 255f + 0.5f);
    }
}
