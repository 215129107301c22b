package org.easel.server.engines.diffusion.scheduler;

/**
 * diffusers' EulerAncestralDiscreteScheduler (k-diffusion's sample_euler_ancestral, η = 1): an Euler
 * step down to {@code σ_down}, then fresh noise of standard deviation {@code σ_up} so the sample ends at
 * noise level σ_{i+1}. Draws one N(0, 1) value per latent in every step but the last.
 */
final class EulerAncestralScheduler extends SigmaScheduler {
    private float[] fresh;

    private EulerAncestralScheduler(double[] timesteps, double[] sigmas, PredictionType prediction,
            TimestepSpacing spacing) {
        super(timesteps, sigmas, prediction, spacing);
    }

    /** Timesteps by the config's spacing, σ interpolated at them (diffusers' class has no use_karras_sigmas). */
    static EulerAncestralScheduler create(SchedulerConfig config, int steps) {
        NoiseSchedule schedule = new NoiseSchedule(config);
        TimestepSpacing spacing = config.spacingFor(SchedulerKind.EULER_ANCESTRAL);
        double[] timesteps = spacing.timesteps(steps, config.numTrainTimesteps(), config.stepsOffset());
        return new EulerAncestralScheduler(timesteps, interpolatedSigmas(schedule, timesteps),
                config.predictionType(), spacing);
    }

    /** {@code σ_up = √(σ_to²·(σ_from² − σ_to²)/σ_from²)}: the noise added back after step {@code i}. */
    double sigmaUp(int i) {
        double from = sigmas[i];
        double to = sigmas[i + 1];
        return Math.sqrt(to * to * (from * from - to * to) / (from * from));
    }

    /** {@code σ_down = √(σ_to² − σ_up²)}: where the deterministic part of step {@code i} lands. */
    double sigmaDown(int i) {
        double to = sigmas[i + 1];
        double up = sigmaUp(i);
        return Math.sqrt(to * to - up * up);
    }

    /**
     * diffusers: {@code x' = x + (x − x₀)/σ·(σ_down − σ) + z·σ_up}, z ~ N(0, 1) from {@code noise}
     * (not drawn on the last step, where σ_up = 0).
     */
    @Override
    public void step(int i, float[] modelOutput, float[] sample, GaussianNoise noise) {
        Latents.checkStep(i, steps(), modelOutput, sample);
        double sigma = sigmas[i];
        double up = sigmaUp(i);
        double dtOverSigma = (sigmaDown(i) - sigma) / sigma;
        double a = x0FromSample(i);
        double b = x0FromOutput(i);
        double keep = 1 + (1 - a) * dtOverSigma;
        double fromOutput = -b * dtOverSigma;
        if (up == 0) {
            Latents.advance(keep, sample, fromOutput, modelOutput);
            return;
        }
        fresh = Latents.buffer(fresh, sample.length);
        noise.fill(fresh);
        for (int j = 0; j < sample.length; j++) {
            sample[j] = (float) (keep * sample[j] + fromOutput * modelOutput[j] + up * fresh[j]);
        }
    }
}
