package org.easel.server.engines.diffusion.onnx;

/**
 * IEEE 754 half precision ↔ float, for fp16 model exports (Java 17 has no
 * {@code Float.floatToFloat16}). Rounds to nearest even, keeps infinities, NaN and subnormals.
 */
public final class Half {
    private Half() {
    }

    public static float toFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            if (mantissa == 0) {
                return Float.intBitsToFloat(sign);
            }
            float value = mantissa * 0x1p-24f; // subnormal: mantissa · 2^-24
            return sign == 0 ? value : -value;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    public static short fromFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xff;
        int mantissa = bits & 0x7fffff;
        if (exponent == 0xff) {
            return (short) (sign | 0x7c00 | (mantissa != 0 ? 0x200 : 0));
        }
        int halfExponent = exponent - 112;
        if (halfExponent >= 0x1f) {
            return (short) (sign | 0x7c00); // overflow → infinity
        }
        if (halfExponent <= 0) {
            if (halfExponent < -10) {
                return (short) sign; // underflow → signed zero
            }
            int m = mantissa | 0x800000;
            int shift = 14 - halfExponent;
            int rounded = (m + (1 << (shift - 1)) - 1 + ((m >>> shift) & 1)) >>> shift;
            return (short) (sign | rounded);
        }
        int rounded = (halfExponent << 10) | (mantissa >>> 13);
        int rest = mantissa & 0x1fff;
        if (rest > 0x1000 || (rest == 0x1000 && (rounded & 1) != 0)) {
            rounded++; // may carry into the exponent, which is the correct result
        }
        return (short) (sign | rounded);
    }
}
