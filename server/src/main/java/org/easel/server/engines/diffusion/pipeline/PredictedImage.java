package org.easel.server.engines.diffusion.pipeline;

import org.easel.server.engines.diffusion.scheduler.NoiseSchedule;
import org.easel.server.engines.diffusion.scheduler.PredictionType;
import org.easel.server.engines.diffusion.scheduler.SchedulerConfig;

/**
 * The clean latents a UNet output points at, for previews: with ᾱ at the step's timestep and the
 * UNet's input {@code x_in}, {@code x₀ = (x_in − √(1−ᾱ)·ε)/√ᾱ} for ε-prediction and
 * {@code x₀ = √ᾱ·x_in − √(1−ᾱ)·v} for v-prediction. Reuses one buffer.
 */
final class PredictedImage {
    private final NoiseSchedule schedule;
    private final PredictionType prediction;
    private final float[] x0;

    PredictedImage(SchedulerConfig config, int length) {
        this.schedule = new NoiseSchedule(config);
        this.prediction = config.predictionType();
        this.x0 = new float[length];
    }

    /** @param inputScale what the latents were multiplied by to make the UNet's input */
    float[] predict(float[] latents, double inputScale, double timestep, float[] modelOutput) {
        double sigma = schedule.sigmaAt(timestep);
        double alphaBar = 1 / (sigma * sigma + 1);
        float a = (float) Math.sqrt(alphaBar);
        float s = (float) Math.sqrt(1 - alphaBar);
        float scale = (float) inputScale;
        boolean epsilon = prediction == PredictionType.EPSILON;
        for (int i = 0; i < x0.length; i++) {
            float input = latents[i] * scale;
            x0[i] = epsilon ? (input - s * modelOutput[i]) / a : a * input - s * modelOutput[i];
        }
        return x0;
    }
}
