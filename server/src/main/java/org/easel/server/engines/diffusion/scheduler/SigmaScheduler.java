package org.easel.server.engines.diffusion.scheduler;

/**
 * The k-diffusion samplers' common ground (diffusers' Euler classes): the sample lives in the
 * variance-exploding form {@code x = x₀ + σ·ε}, the UNet sees {@code x/√(σ²+1)} (its own
 * variance-preserving input), and the schedule is {@code σ_0 > … > σ_{n−1} > σ_n = 0}.
 */
abstract sealed class SigmaScheduler implements Scheduler permits EulerScheduler, EulerAncestralScheduler {
    final double[] timesteps;
    /** n + 1 values, the last 0 (diffusers' final_sigmas_type "zero"). */
    final double[] sigmas;
    final PredictionType prediction;
    private final double initNoiseSigma;

    SigmaScheduler(double[] timesteps, double[] sigmas, PredictionType prediction, TimestepSpacing spacing) {
        this.timesteps = timesteps;
        this.sigmas = sigmas;
        this.prediction = prediction;
        // diffusers' init_noise_sigma: max σ for linspace and trailing, √(max σ² + 1) for leading.
        double max = 0;
        for (double sigma : sigmas) {
            max = Math.max(max, sigma);
        }
        this.initNoiseSigma = spacing == TimestepSpacing.LEADING ? Math.sqrt(max * max + 1) : max;
    }

    @Override
    public int steps() {
        return timesteps.length;
    }

    @Override
    public double timestep(int i) {
        return timesteps[i];
    }

    @Override
    public double initNoiseSigma() {
        return initNoiseSigma;
    }

    /** diffusers' scale_model_input: {@code x/√(σ²+1)}. */
    @Override
    public double inputScale(int i) {
        return 1 / Math.sqrt(sigmas[i] * sigmas[i] + 1);
    }

    /** diffusers' add_noise for the Euler classes: {@code x = clean + σ_i·n} (σ_n = 0 gives {@code clean}). */
    @Override
    public void noise(float[] clean, float[] gaussian, int i, float[] out) {
        Latents.checkNoise(i, steps(), clean, gaussian, out);
        Latents.combine(1, clean, sigmas[i], gaussian, out);
    }

    /**
     * The factor of {@code x} in the predicted {@code x₀} at step {@code i}. In σ form, ε-prediction
     * gives {@code x₀ = x − σ·out} and v-prediction {@code x₀ = out·(−σ/√(σ²+1)) + x/(σ²+1)} (diffusers'
     * Euler step); both are the variance-preserving formulas applied to {@code α·x}, α = 1/√(σ²+1).
     */
    final double x0FromSample(int i) {
        double alpha = inputScale(i);
        return prediction.x0FromSample(alpha, sigmas[i] * alpha) * alpha;
    }

    /** The factor of the model output in the predicted {@code x₀} at step {@code i}. */
    final double x0FromOutput(int i) {
        double alpha = inputScale(i);
        return prediction.x0FromOutput(alpha, sigmas[i] * alpha);
    }

    /** σ at each timestep, interpolated in the training table, then the final 0. */
    static double[] interpolatedSigmas(NoiseSchedule schedule, double[] timesteps) {
        double[] sigmas = new double[timesteps.length + 1];
        for (int i = 0; i < timesteps.length; i++) {
            sigmas[i] = schedule.sigmaAt(timesteps[i]);
        }
        return sigmas;
    }
}
