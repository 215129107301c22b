package org.easel.server.engines.diffusion.scheduler;

import java.util.Random;

/**
 * Seeded standard normal noise. {@link Random#nextGaussian()} is specified exactly by the JDK, so the
 * same seed gives the same noise on every machine and Java version: seeds make results reproducible.
 */
public final class GaussianNoise {
    private final Random random;

    public GaussianNoise(long seed) {
        this.random = new Random(seed);
    }

    /** Fills {@code out} with independent N(0, 1) draws. */
    public void fill(float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) random.nextGaussian();
        }
    }

    /** A new array of {@code length} N(0, 1) draws. */
    public float[] next(int length) {
        float[] out = new float[length];
        fill(out);
        return out;
    }
}
