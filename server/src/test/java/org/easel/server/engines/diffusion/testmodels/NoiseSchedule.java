package org.easel.server.engines.diffusion.testmodels;

/**
 * The Stable Diffusion training noise schedule the oracle UNet embeds: {@code β = linspace(√0.00085,
 * √0.012, 1000)²} ("scaled_linear"), {@code ᾱ_i = Π_{j≤i} (1 − β_j)}, {@code σ_i = √((1 − ᾱ_i) / ᾱ_i)},
 * all computed in double. For a (possibly fractional) timestep {@code t}, clipped to [0, 999],
 * {@code σ(t)} interpolates the table linearly (as diffusers' {@code np.interp} does) and
 * {@code ᾱ_t = 1 / (σ(t)² + 1)}.
 */
public final class NoiseSchedule {
    public static final int TRAIN_TIMESTEPS = 1000;
    public static final double BETA_START = 0.00085;
    public static final double BETA_END = 0.012;

    private static final double[] SIGMAS = computeSigmas();

    private NoiseSchedule() {
    }

    private static double[] computeSigmas() {
        double[] sigmas = new double[TRAIN_TIMESTEPS];
        double a = Math.sqrt(BETA_START);
        double b = Math.sqrt(BETA_END);
        double alphaBar = 1.0;
        for (int i = 0; i < TRAIN_TIMESTEPS; i++) {
            double root = a + (b - a) * i / (TRAIN_TIMESTEPS - 1);
            alphaBar *= 1.0 - root * root;
            sigmas[i] = Math.sqrt((1.0 - alphaBar) / alphaBar);
        }
        return sigmas;
    }

    /** The 1000-entry σ table, {@code σ_i} for integer timesteps. */
    public static double[] sigmas() {
        return SIGMAS.clone();
    }

    /** {@code σ(t)}: t clipped to [0, 999], then linear interpolation between the neighbouring entries. */
    public static double sigma(double t) {
        double clipped = Math.max(0, Math.min(TRAIN_TIMESTEPS - 1, t));
        int lo = (int) Math.floor(clipped);
        int hi = Math.min(lo + 1, TRAIN_TIMESTEPS - 1);
        double frac = clipped - lo;
        return SIGMAS[lo] + frac * (SIGMAS[hi] - SIGMAS[lo]);
    }

    /** {@code ᾱ_t = 1 / (σ(t)² + 1)}. */
    public static double alphaBar(double t) {
        double s = sigma(t);
        return 1.0 / (s * s + 1.0);
    }
}
