package org.easel.server.engines.diffusion.scheduler;

/**
 * diffusers' DDIMScheduler with η = 0 (Song et al. 2020, eq. 12 without the random term):
 * deterministic, predicted {@code x₀} re-noised with the predicted ε to the previous timestep.
 * {@code clip_sample} and thresholding are not implemented (Stable Diffusion configs turn them off).
 */
final class DdimScheduler extends AlphaScheduler {
    /** {@code T // n}: diffusers steps from t to {@code t − T//n} whatever the spacing. */
    private final int stride;

    private DdimScheduler(NoiseSchedule schedule, int[] timesteps, SchedulerConfig config, int stride) {
        super(schedule, timesteps, config);
        this.stride = stride;
    }

    /** Timesteps by the config's spacing (default "leading"), linspace ones rounded half to even as np.round. */
    static DdimScheduler create(SchedulerConfig config, int steps) {
        TimestepSpacing spacing = config.spacingFor(SchedulerKind.DDIM);
        double[] spaced = spacing.timesteps(steps, config.numTrainTimesteps(), config.stepsOffset());
        int[] timesteps = new int[steps];
        for (int i = 0; i < steps; i++) {
            timesteps[i] = (int) Math.rint(spaced[i]);
        }
        if (timesteps[0] >= config.numTrainTimesteps()) {
            // "leading" with steps_offset can pass the table's end (1000 steps, offset 1); diffusers fails too.
            throw new IllegalArgumentException("DDIM's first timestep " + timesteps[0] + " for " + steps
                    + " steps is beyond the " + config.numTrainTimesteps() + " training timesteps");
        }
        return new DdimScheduler(new NoiseSchedule(config), timesteps, config, config.numTrainTimesteps() / steps);
    }

    /**
     * diffusers: {@code x₀ = (x − √(1−ᾱ_t)·ε)/√ᾱ_t} (or from v), then
     * {@code x' = √ᾱ_prev·x₀ + √(1−ᾱ_prev)·ε} with {@code prev = t − T//n} (the final ᾱ below 0).
     * Both predictions are linear in {@code x} and the output, so the step is one linear combination.
     */
    @Override
    public void step(int i, float[] modelOutput, float[] sample, GaussianNoise noise) {
        Latents.checkStep(i, steps(), modelOutput, sample);
        int t = timesteps[i];
        double alphaBar = schedule.alphaCumprod(t);
        double alpha = Math.sqrt(alphaBar);
        double s = Math.sqrt(1 - alphaBar);
        double alphaBarPrev = alphaCumprodAt(t - stride);
        double alphaPrev = Math.sqrt(alphaBarPrev);
        double sPrev = Math.sqrt(1 - alphaBarPrev);
        double fromSample = alphaPrev * prediction.x0FromSample(alpha, s) + sPrev * prediction.epsilonFromSample(alpha, s);
        double fromOutput = alphaPrev * prediction.x0FromOutput(alpha, s) + sPrev * prediction.epsilonFromOutput(alpha, s);
        Latents.advance(fromSample, sample, fromOutput, modelOutput);
    }
}
