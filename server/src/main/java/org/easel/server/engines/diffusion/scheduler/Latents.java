package org.easel.server.engines.diffusion.scheduler;

/** Argument checks and the element loops the samplers share. */
final class Latents {

    private Latents() {
    }

    static void checkStep(int i, int steps, float[] modelOutput, float[] sample) {
        if (i < 0 || i >= steps) {
            throw new IllegalArgumentException("step " + i + " is outside 0.." + (steps - 1));
        }
        if (modelOutput.length != sample.length) {
            throw new IllegalArgumentException("the model output has " + modelOutput.length
                    + " values but the sample has " + sample.length);
        }
    }

    static void checkNoise(int i, int steps, float[] clean, float[] gaussian, float[] out) {
        if (i < 0 || i > steps) {
            throw new IllegalArgumentException("noise level " + i + " is outside 0.." + steps);
        }
        if (gaussian.length != clean.length || out.length != clean.length) {
            throw new IllegalArgumentException("clean, noise and output lengths differ: " + clean.length + ", "
                    + gaussian.length + ", " + out.length);
        }
    }

    /** {@code out = a·clean + b·gaussian}, element by element ({@code out} may alias either input). */
    static void combine(double a, float[] clean, double b, float[] gaussian, float[] out) {
        for (int j = 0; j < out.length; j++) {
            out[j] = (float) (a * clean[j] + b * gaussian[j]);
        }
    }

    /** {@code sample = a·sample + b·modelOutput}, in place. */
    static void advance(double a, float[] sample, double b, float[] modelOutput) {
        combine(a, sample, b, modelOutput, sample);
    }

    /** The scratch buffer, reused while it has the right length. */
    static float[] buffer(float[] current, int length) {
        return current != null && current.length == length ? current : new float[length];
    }
}
