package org.easel.server.engines.diffusion.scheduler;

import java.util.Optional;

/**
 * What the UNet predicts (diffusers' {@code prediction_type}). In the variance-preserving form
 * {@code x = α·x₀ + s·ε} with {@code α = √ᾱ}, {@code s = √(1−ᾱ)}, both kinds give {@code x₀} and
 * {@code ε} as linear combinations of the sample and the model output; the samplers fold these
 * coefficients into their per-step scalars so their loops stay one multiply-add per element.
 * ({@code "sample"}, direct x₀ prediction, is not supported: no Stable Diffusion checkpoint uses it.)
 */
public enum PredictionType {
    /** The model predicts the noise: {@code x₀ = (x − s·ε)/α}. */
    EPSILON("epsilon"),
    /** The model predicts {@code v = α·ε − s·x₀} (Imagen Video §2.4): {@code x₀ = α·x − s·v}, {@code ε = α·v + s·x}. */
    V_PREDICTION("v_prediction");

    private final String configName;

    PredictionType(String configName) {
        this.configName = configName;
    }

    /** The value as scheduler_config.json spells it. */
    public String configName() {
        return configName;
    }

    public static Optional<PredictionType> fromConfigName(String name) {
        for (PredictionType type : values()) {
            if (type.configName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The factor of the sample {@code x} in the predicted {@code x₀}, at {@code α = √ᾱ}, {@code s = √(1−ᾱ)}. */
    double x0FromSample(double alpha, double s) {
        return this == EPSILON ? 1 / alpha : alpha;
    }

    /** The factor of the model output in the predicted {@code x₀}. */
    double x0FromOutput(double alpha, double s) {
        return this == EPSILON ? -s / alpha : -s;
    }

    /** The factor of the sample {@code x} in the predicted noise {@code ε}. */
    double epsilonFromSample(double alpha, double s) {
        return this == EPSILON ? 0 : s;
    }

    /** The factor of the model output in the predicted noise {@code ε}. */
    double epsilonFromOutput(double alpha, double s) {
        return this == EPSILON ? 1 : alpha;
    }
}
