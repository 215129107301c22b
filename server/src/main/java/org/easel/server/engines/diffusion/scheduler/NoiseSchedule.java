package org.easel.server.engines.diffusion.scheduler;

/**
 * The training noise schedule every sampler derives from: {@code β_t}, {@code ᾱ_t = Π(1−β)} and the
 * equivalent noise level {@code σ_t = √((1−ᾱ_t)/ᾱ_t)} of the variance-exploding form
 * {@code x/√ᾱ = x₀ + σ·ε}, for {@code t = 0 … T−1}. Computed in double precision (diffusers uses
 * float32 tensors, so its values differ in the seventh significant digit).
 */
public final class NoiseSchedule {
    private final double[] alphasCumprod;
    private final double[] sigmas;
    private final double[] logSigmas;

    public NoiseSchedule(SchedulerConfig config) {
        this(config.betaSchedule(), config.betaStart(), config.betaEnd(), config.numTrainTimesteps());
    }

    public NoiseSchedule(BetaSchedule schedule, double betaStart, double betaEnd, int trainTimesteps) {
        if (trainTimesteps < 2) {
            throw new IllegalArgumentException("a noise schedule needs at least 2 training timesteps, not " + trainTimesteps);
        }
        alphasCumprod = new double[trainTimesteps];
        sigmas = new double[trainTimesteps];
        logSigmas = new double[trainTimesteps];
        // linear: linspace(β_start, β_end, T); scaled_linear: linspace(√β_start, √β_end, T)².
        boolean scaled = schedule == BetaSchedule.SCALED_LINEAR;
        double from = scaled ? Math.sqrt(betaStart) : betaStart;
        double to = scaled ? Math.sqrt(betaEnd) : betaEnd;
        double step = (to - from) / (trainTimesteps - 1);
        double product = 1;
        for (int t = 0; t < trainTimesteps; t++) {
            double root = t == trainTimesteps - 1 ? to : from + t * step;
            double beta = scaled ? root * root : root;
            product *= 1 - beta;
            alphasCumprod[t] = product;
            sigmas[t] = Math.sqrt((1 - product) / product);
            logSigmas[t] = Math.log(sigmas[t]);
        }
    }

    /** T, the number of training timesteps. */
    public int trainTimesteps() {
        return alphasCumprod.length;
    }

    /** {@code ᾱ_t} at a training timestep. */
    public double alphaCumprod(int t) {
        return alphasCumprod[t];
    }

    /** {@code σ_t} at a training timestep. */
    public double sigma(int t) {
        return sigmas[t];
    }

    /** {@code σ} at a fractional timestep, linear between neighbours and clamped at the ends, like {@code np.interp}. */
    public double sigmaAt(double t) {
        if (t <= 0) {
            return sigmas[0];
        }
        int last = sigmas.length - 1;
        if (t >= last) {
            return sigmas[last];
        }
        int low = (int) Math.floor(t);
        double w = t - low;
        return w == 0 ? sigmas[low] : sigmas[low] + w * (sigmas[low + 1] - sigmas[low]);
    }

    /** {@code σ_0}, the smallest training noise level. */
    public double sigmaMin() {
        return sigmas[0];
    }

    /** {@code σ_{T−1}}, the largest training noise level. */
    public double sigmaMax() {
        return sigmas[sigmas.length - 1];
    }

    /**
     * The fractional timestep whose noise level is {@code sigma}: diffusers' {@code _sigma_to_t}, which
     * interpolates linearly in log σ between the two training steps around it (clamped to the table).
     */
    public double timestepForSigma(double sigma) {
        double logSigma = Math.log(Math.max(sigma, 1e-10));
        // low = the last index whose log σ is <= log sigma (0 if none), at most T−2.
        int below = 0;
        while (below < logSigmas.length && logSigmas[below] <= logSigma) {
            below++;
        }
        int low = Math.min(Math.max(below - 1, 0), logSigmas.length - 2);
        int high = low + 1;
        double w = (logSigmas[low] - logSigma) / (logSigmas[low] - logSigmas[high]);
        w = Math.min(Math.max(w, 0), 1);
        return (1 - w) * low + w * high;
    }
}
