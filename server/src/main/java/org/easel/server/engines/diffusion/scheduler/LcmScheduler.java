package org.easel.server.engines.diffusion.scheduler;

/**
 * diffusers' LCMScheduler (Luo et al. 2023, Latent Consistency Models): each step maps the sample
 * straight to a clean estimate through the consistency boundary condition, then, except on the last
 * step, noises that estimate afresh to the next timestep. Draws one N(0, 1) value per latent in every
 * step but the last.
 */
final class LcmScheduler extends AlphaScheduler {
    /** σ_data in the boundary condition, fixed at 0.5 in diffusers. */
    private static final double SIGMA_DATA = 0.5;
    private final double timestepScaling;
    private float[] fresh;

    private LcmScheduler(NoiseSchedule schedule, int[] timesteps, SchedulerConfig config) {
        super(schedule, timesteps, config);
        this.timestepScaling = config.timestepScaling();
    }

    /**
     * diffusers' set_timesteps: the distillation schedule {@code (1 … N)·(T // N) − 1} for
     * N = {@code original_inference_steps}, reversed, sampled at indices {@code floor(linspace(0, N, n,
     * endpoint=False))} (4 of 50 give 999, 759, 499, 259). Spacing and steps_offset do not apply.
     *
     * @throws IllegalArgumentException if {@code steps} exceeds {@code original_inference_steps}
     */
    static LcmScheduler create(SchedulerConfig config, int steps) {
        int original = config.originalInferenceSteps();
        if (steps > original) {
            throw new IllegalArgumentException("LCM takes at most original_inference_steps = " + original
                    + " steps, not " + steps);
        }
        int k = config.numTrainTimesteps() / original;
        int[] timesteps = new int[steps];
        for (int i = 0; i < steps; i++) {
            int index = (int) Math.floor(i * ((double) original / steps));
            timesteps[i] = (original - index) * k - 1;
        }
        return new LcmScheduler(new NoiseSchedule(config), timesteps, config);
    }

    /** {@code c_skip = σ_d²/((t·s)² + σ_d²)}: the share of the sample kept in the denoised output. */
    double cSkip(int i) {
        double scaled = timesteps[i] * timestepScaling;
        return SIGMA_DATA * SIGMA_DATA / (scaled * scaled + SIGMA_DATA * SIGMA_DATA);
    }

    /** {@code c_out = t·s/√((t·s)² + σ_d²)}: the share of the predicted x₀. */
    double cOut(int i) {
        double scaled = timesteps[i] * timestepScaling;
        return scaled / Math.sqrt(scaled * scaled + SIGMA_DATA * SIGMA_DATA);
    }

    /**
     * diffusers: {@code denoised = c_out·x₀ + c_skip·x}; then {@code x' = √ᾱ_next·denoised +
     * √(1−ᾱ_next)·z}, or {@code x' = denoised} on the last step.
     */
    @Override
    public void step(int i, float[] modelOutput, float[] sample, GaussianNoise noise) {
        Latents.checkStep(i, steps(), modelOutput, sample);
        double alphaBar = schedule.alphaCumprod(timesteps[i]);
        double alpha = Math.sqrt(alphaBar);
        double s = Math.sqrt(1 - alphaBar);
        double cOut = cOut(i);
        double fromSample = cOut * prediction.x0FromSample(alpha, s) + cSkip(i);
        double fromOutput = cOut * prediction.x0FromOutput(alpha, s);
        if (i == steps() - 1) {
            Latents.advance(fromSample, sample, fromOutput, modelOutput);
            return;
        }
        double alphaBarNext = alphaCumprodAt(timesteps[i + 1]);
        double alphaNext = Math.sqrt(alphaBarNext);
        double sNext = Math.sqrt(1 - alphaBarNext);
        fresh = Latents.buffer(fresh, sample.length);
        noise.fill(fresh);
        for (int j = 0; j < sample.length; j++) {
            double denoised = fromSample * sample[j] + fromOutput * modelOutput[j];
            sample[j] = (float) (alphaNext * denoised + sNext * fresh[j]);
        }
    }
}
