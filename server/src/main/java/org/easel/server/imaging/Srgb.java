package org.easel.server.imaging;

/**
 * The sRGB transfer curve, applied to the RGB of float RGBA in place (alpha is linear already).
 * Values outside 0..1 (HDR float layers) are extended symmetrically, so the curve stays monotonic
 * and invertible everywhere.
 */
public final class Srgb {

    private Srgb() {
    }

    static void toLinear(float[] rgba) {
        for (int p = 0; p < rgba.length; p += 4) {
            for (int c = p; c < p + 3; c++) {
                rgba[c] = decode(rgba[c]);
            }
        }
    }

    static void fromLinear(float[] rgba) {
        for (int p = 0; p < rgba.length; p += 4) {
            for (int c = p; c < p + 3; c++) {
                rgba[c] = encode(rgba[c]);
            }
        }
    }

    public static float decode(float v) {
        float a = Math.abs(v);
        float linear = a <= 0.04045f ? a / 12.92f : (float) Math.pow((a + 0.055) / 1.055, 2.4);
        return Math.copySign(linear, v);
    }

    public static float encode(float v) {
        float a = Math.abs(v);
        float encoded = a <= 0.0031308f ? a * 12.92f : (float) (1.055 * Math.pow(a, 1 / 2.4) - 0.055);
        return Math.copySign(encoded, v);
    }
}
