package org.easel.server.engines.diffusion.scheduler;

/**
 * The exact denoiser for a data distribution that is a single point {@code x₀}: a UNet stand-in whose
 * prediction is right by construction. At model input {@code x_in} and timestep {@code t} the noise is
 * {@code ε = (x_in − √ᾱ_t·x₀)/√(1−ᾱ_t)}, with {@code ᾱ_t = 1/(σ(t)² + 1)} and σ interpolated linearly
 * at fractional t; v-prediction answers {@code v = √ᾱ·ε − √(1−ᾱ)·x₀}.
 *
 * <p>Its own SD 1.5 table, written out here from the definition rather than taken from
 * {@link NoiseSchedule}, so a mistake there cannot hide in both.
 */
final class PointOracle {
    private static final int T = 1000;
    private static final double[] SIGMAS = sd15Sigmas();

    private final float[] x0;
    private final boolean vPrediction;
    private final float[] output;
    private final float[] epsilon;

    PointOracle(float[] x0, boolean vPrediction) {
        this.x0 = x0.clone();
        this.vPrediction = vPrediction;
        this.output = new float[x0.length];
        this.epsilon = new float[x0.length];
    }

    /** β = linspace(√0.00085, √0.012, 1000)², ᾱ = cumprod(1 − β), σ = √((1 − ᾱ)/ᾱ). */
    private static double[] sd15Sigmas() {
        double[] sigmas = new double[T];
        double lo = Math.sqrt(0.00085);
        double hi = Math.sqrt(0.012);
        double alphaBar = 1;
        for (int t = 0; t < T; t++) {
            double root = lo + (hi - lo) * t / (T - 1);
            alphaBar *= 1 - root * root;
            sigmas[t] = Math.sqrt((1 - alphaBar) / alphaBar);
        }
        return sigmas;
    }

    static double sigma(double t) {
        if (t <= 0) {
            return SIGMAS[0];
        }
        if (t >= T - 1) {
            return SIGMAS[T - 1];
        }
        int low = (int) t;
        return SIGMAS[low] + (t - low) * (SIGMAS[low + 1] - SIGMAS[low]);
    }

    /** ᾱ at a training timestep (what DDIM's final step lands on when set_alpha_to_one is false). */
    static double alphaCumprod(int t) {
        return 1 / (SIGMAS[t] * SIGMAS[t] + 1);
    }

    /** The exact model output for this input; the returned array is reused by the next call. */
    float[] predict(float[] input, double t) {
        double sigma = sigma(t);
        double alphaBar = 1 / (sigma * sigma + 1);
        double a = Math.sqrt(alphaBar);
        double s = Math.sqrt(1 - alphaBar);
        for (int j = 0; j < input.length; j++) {
            double eps = (input[j] - a * x0[j]) / s;
            epsilon[j] = (float) eps;
            output[j] = (float) (vPrediction ? a * eps - s * x0[j] : eps);
        }
        return output;
    }

    /** The noise ε of the last {@link #predict} call (whatever the output kind). */
    float[] lastEpsilon() {
        return epsilon;
    }
}
