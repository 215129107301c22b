package org.easel.server.engines.diffusion.scheduler;

import java.util.Arrays;

/**
 * diffusers' EulerDiscreteScheduler (Karras et al. 2022, Algorithm 2 without churn): one Euler step
 * of the probability-flow ODE {@code dx/dσ = (x − x₀)/σ} from σ_i to σ_{i+1}. Deterministic.
 */
final class EulerScheduler extends SigmaScheduler {

    private EulerScheduler(double[] timesteps, double[] sigmas, PredictionType prediction, TimestepSpacing spacing) {
        super(timesteps, sigmas, prediction, spacing);
    }

    /**
     * The schedule for {@code steps} steps: timesteps by the config's spacing, σ interpolated at them;
     * with {@code use_karras_sigmas}, Karras σ between the first and last of those instead, at the
     * (fractional) timesteps {@code _sigma_to_t} gives them.
     */
    static EulerScheduler create(SchedulerConfig config, int steps) {
        NoiseSchedule schedule = new NoiseSchedule(config);
        TimestepSpacing spacing = config.spacingFor(SchedulerKind.EULER);
        double[] timesteps = spacing.timesteps(steps, config.numTrainTimesteps(), config.stepsOffset());
        double[] sigmas = interpolatedSigmas(schedule, timesteps);
        if (config.useKarrasSigmas()) {
            double[] karras = KarrasSigmas.between(sigmas[0], sigmas[steps - 1], steps);
            for (int i = 0; i < steps; i++) {
                timesteps[i] = schedule.timestepForSigma(karras[i]);
            }
            sigmas = Arrays.copyOf(karras, steps + 1);
        }
        return new EulerScheduler(timesteps, sigmas, config.predictionType(), spacing);
    }

    /**
     * diffusers: {@code derivative = (x − x₀)/σ}, {@code x' = x + derivative·(σ_{i+1} − σ_i)}; with
     * {@code x₀ = a·x + b·out} that is {@code x' = (1 + (1−a)·dt/σ)·x − (b·dt/σ)·out}.
     */
    @Override
    public void step(int i, float[] modelOutput, float[] sample, GaussianNoise noise) {
        Latents.checkStep(i, steps(), modelOutput, sample);
        double sigma = sigmas[i];
        double dtOverSigma = (sigmas[i + 1] - sigma) / sigma;
        double a = x0FromSample(i);
        double b = x0FromOutput(i);
        Latents.advance(1 + (1 - a) * dtOverSigma, sample, -b * dtOverSigma, modelOutput);
    }
}
