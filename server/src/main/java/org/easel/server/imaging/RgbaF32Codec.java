package org.easel.server.imaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.easel.protocol.PixelFormat;

/**
 * {@code rgbaf32}: four little-endian IEEE floats. Values pass through untouched in both
 * directions; HDR values above 1 and negatives are the artist's data, not errors.
 */
final class RgbaF32Codec implements PixelCodec {

    static final RgbaF32Codec INSTANCE = new RgbaF32Codec();

    private static final VarHandle INT_LE =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private RgbaF32Codec() {
    }

    @Override
    public PixelFormat format() {
        return PixelFormat.RGBAF32;
    }

    @Override
    public boolean clampsToUnitRange() {
        return false;
    }

    @Override
    public void decode(byte[] src, int firstPixel, int count, float[] dst, int dstOffset) {
        int s = firstPixel * 16;
        int end = dstOffset + count * 4;
        for (int d = dstOffset; d < end; d++, s += 4) {
            dst[d] = Float.intBitsToFloat((int) INT_LE.get(src, s));
        }
    }

    @Override
    public void encode(float[] src, int srcOffset, int count, byte[] dst, int firstPixel) {
        int d = firstPixel * 16;
        int end = srcOffset + count * 4;
        for (int s = srcOffset; s < end; s++, d += 4) {
            // Raw bits, so NaN payloads survive too.
            INT_LE.set(dst, d, Float.floatToRawIntBits(src[s]));
        }
    }
}
