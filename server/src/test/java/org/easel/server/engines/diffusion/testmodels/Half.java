package org.easel.server.engines.diffusion.testmodels;

/**
 * Float16 helpers for the test models, over the product's own conversion
 * ({@link org.easel.server.engines.diffusion.onnx.Half}), which {@code TinyModelHalfTest} pins down.
 */
public final class Half {
    private Half() {
    }

    public static short fromFloat(float value) {
        return org.easel.server.engines.diffusion.onnx.Half.fromFloat(value);
    }

    public static float toFloat(short bits) {
        return org.easel.server.engines.diffusion.onnx.Half.toFloat(bits);
    }

    public static short[] fromFloats(float[] values) {
        short[] out = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = fromFloat(values[i]);
        }
        return out;
    }

    public static float[] toFloats(short[] bits) {
        float[] out = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = toFloat(bits[i]);
        }
        return out;
    }

    /** {@code value} rounded to the nearest binary16 and back. */
    public static float round(float value) {
        return toFloat(fromFloat(value));
    }
}
