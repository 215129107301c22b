package org.easel.server.imaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.easel.protocol.PixelFormat;

/** {@code rgba16}: four unsigned 16-bit little-endian channels, 0..65535 mapped to 0..1. */
final class Rgba16Codec implements PixelCodec {

    static final Rgba16Codec INSTANCE = new Rgba16Codec();

    private static final VarHandle SHORT_LE =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private Rgba16Codec() {
    }

    @Override
    public PixelFormat format() {
        return PixelFormat.RGBA16;
    }

    @Override
    public boolean clampsToUnitRange() {
        return true;
    }

    @Override
    public void decode(byte[] src, int firstPixel, int count, float[] dst, int dstOffset) {
        int s = firstPixel * 8;
        int end = dstOffset + count * 4;
        for (int d = dstOffset; d < end; d++, s += 2) {
            // Dividing (rather than multiplying by 1/65535) keeps every value's round trip exact.
            dst[d] = ((short) SHORT_LE.get(src, s) & 0xFFFF) / 65535f;
        }
    }

    @Override
    public void encode(float[] src, int srcOffset, int count, byte[] dst, int firstPixel) {
        int d = firstPixel * 8;
        int end = srcOffset + count * 4;
        for (int s = srcOffset; s < end; s++, d += 2) {
            float value = src[s];
            float clamped = value < 0f ? 0f : (value > 1f ? 1f : value);
            SHORT_LE.set(dst, d, (short) (int) (clamped * 65535f + 0.5f));
        }
    }
}
