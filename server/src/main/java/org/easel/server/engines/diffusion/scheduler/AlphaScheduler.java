package org.easel.server.engines.diffusion.scheduler;

/**
 * The DDPM-family samplers' common ground (diffusers' DDIM and LCM classes): whole-number timesteps,
 * the sample in the variance-preserving form {@code x = √ᾱ_t·x₀ + √(1−ᾱ_t)·ε} that the UNet takes as
 * it is, and pure N(0, 1) noise to start from.
 */
abstract sealed class AlphaScheduler implements Scheduler permits DdimScheduler, LcmScheduler {
    final NoiseSchedule schedule;
    final int[] timesteps;
    final PredictionType prediction;
    /** ᾱ beyond the last step: 1 with {@code set_alpha_to_one}, else ᾱ_0 (diffusers' final_alpha_cumprod). */
    final double finalAlphaCumprod;

    AlphaScheduler(NoiseSchedule schedule, int[] timesteps, SchedulerConfig config) {
        this.schedule = schedule;
        this.timesteps = timesteps;
        this.prediction = config.predictionType();
        this.finalAlphaCumprod = config.setAlphaToOne() ? 1.0 : schedule.alphaCumprod(0);
    }

    @Override
    public int steps() {
        return timesteps.length;
    }

    @Override
    public double timestep(int i) {
        return timesteps[i];
    }

    /** diffusers' init_noise_sigma = 1. */
    @Override
    public double initNoiseSigma() {
        return 1;
    }

    /** diffusers' scale_model_input is the identity here. */
    @Override
    public double inputScale(int i) {
        return 1;
    }

    /** diffusers' DDPM add_noise: {@code √ᾱ_t·clean + √(1−ᾱ_t)·n} at step {@code i}'s timestep. */
    @Override
    public void noise(float[] clean, float[] gaussian, int i, float[] out) {
        Latents.checkNoise(i, steps(), clean, gaussian, out);
        if (i == steps()) {
            System.arraycopy(clean, 0, out, 0, clean.length);
            return;
        }
        double alphaBar = schedule.alphaCumprod(timesteps[i]);
        Latents.combine(Math.sqrt(alphaBar), clean, Math.sqrt(1 - alphaBar), gaussian, out);
    }

    /** ᾱ at a timestep, or the final ᾱ for one below 0 (the step past the end). */
    final double alphaCumprodAt(int t) {
        return t >= 0 ? schedule.alphaCumprod(t) : finalAlphaCumprod;
    }
}
