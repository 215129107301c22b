package org.easel.server.engines.diffusion.scheduler;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.easel.protocol.Jsons;

/**
 * The members of a diffusers {@code scheduler/scheduler_config.json} that the samplers use. Members
 * this record does not know are ignored, as diffusers' {@code from_config} ignores those another
 * scheduler class does not take; a few that would change the noise schedule in ways not implemented
 * here ({@code trained_betas}, {@code rescale_betas_zero_snr}) are refused instead of ignored.
 *
 * @param className            {@code _class_name}, the scheduler class the model ships with ("" if absent)
 * @param numTrainTimesteps    {@code num_train_timesteps}, T
 * @param betaStart            {@code beta_start}
 * @param betaEnd              {@code beta_end}
 * @param betaSchedule         {@code beta_schedule}
 * @param stepsOffset          {@code steps_offset}, added to "leading" timesteps
 * @param timestepSpacing      {@code timestep_spacing}; empty when absent, because diffusers' default for it
 *                             depends on the scheduler class ({@link #spacingFor})
 * @param predictionType       {@code prediction_type}
 * @param setAlphaToOne        {@code set_alpha_to_one}: whether DDIM/LCM's final step goes to ᾱ = 1 or to ᾱ_0
 * @param originalInferenceSteps {@code original_inference_steps}: the LCM distillation schedule length
 * @param useKarrasSigmas      {@code use_karras_sigmas} (Euler honours it; DPM++ 2M Karras always uses Karras σ)
 * @param timestepScaling      {@code timestep_scaling}: LCM's boundary-condition time scale
 */
public record SchedulerConfig(
        String className,
        int numTrainTimesteps,
        double betaStart,
        double betaEnd,
        BetaSchedule betaSchedule,
        int stepsOffset,
        Optional<TimestepSpacing> timestepSpacing,
        PredictionType predictionType,
        boolean setAlphaToOne,
        int originalInferenceSteps,
        boolean useKarrasSigmas,
        double timestepScaling) {

    public SchedulerConfig {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(betaSchedule, "betaSchedule");
        Objects.requireNonNull(timestepSpacing, "timestepSpacing");
        Objects.requireNonNull(predictionType, "predictionType");
        if (numTrainTimesteps < 2) {
            throw new IllegalArgumentException("num_train_timesteps must be at least 2, not " + numTrainTimesteps);
        }
        if (!(betaStart > 0 && betaStart <= betaEnd && betaEnd < 1)) {
            throw new IllegalArgumentException(
                    "betas must satisfy 0 < beta_start <= beta_end < 1, not " + betaStart + " and " + betaEnd);
        }
        if (stepsOffset < 0) {
            throw new IllegalArgumentException("steps_offset must not be negative, not " + stepsOffset);
        }
        if (originalInferenceSteps < 1 || originalInferenceSteps > numTrainTimesteps) {
            throw new IllegalArgumentException("original_inference_steps must be in 1.." + numTrainTimesteps
                    + ", not " + originalInferenceSteps);
        }
        if (!(timestepScaling > 0)) {
            throw new IllegalArgumentException("timestep_scaling must be positive, not " + timestepScaling);
        }
    }

    /**
     * Stable Diffusion 1.5's shipped config (a PNDMScheduler one): scaled_linear betas from 0.00085 to
     * 0.012 over 1000 steps, {@code steps_offset} 1, {@code set_alpha_to_one} false, ε-prediction, no
     * explicit spacing. SD 2.x base and SDXL share the betas.
     */
    public static SchedulerConfig stableDiffusion15() {
        return new SchedulerConfig("PNDMScheduler", 1000, 0.00085, 0.012, BetaSchedule.SCALED_LINEAR, 1,
                Optional.empty(), PredictionType.EPSILON, false, 50, false, 10.0);
    }

    /** The spacing a sampler of {@code kind} uses: the file's, or that class's diffusers default. */
    public TimestepSpacing spacingFor(SchedulerKind kind) {
        return timestepSpacing.orElse(kind.defaultSpacing());
    }

    /**
     * Reads a {@code scheduler_config.json}. Absent members take LCMScheduler's constructor defaults
     * (T = 1000, β from 0.00085 to 0.012 scaled_linear, {@code steps_offset} 0, ε-prediction,
     * {@code set_alpha_to_one} true, 50 original steps, timestep scaling 10): the SD family's values,
     * where most diffusers classes default to 0.0001–0.02 linear betas. Real files name all of these, as
     * diffusers writes every constructor argument. {@code timestep_spacing} stays empty when absent so
     * that each sampler applies its own class default.
     *
     * @throws NoSuchFileException if there is no such file
     * @throws IOException if it cannot be read, is not a JSON object, or has a member of the wrong type or
     *     with a value these samplers do not support (a {@code prediction_type} of "sample", say)
     */
    public static SchedulerConfig read(Path json) throws IOException {
        String text;
        try {
            text = Files.readString(json);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(json.toString(), null,
                    "no scheduler config (a diffusers model keeps it in scheduler/scheduler_config.json)");
        }
        JsonObject object;
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject o)) {
                throw new IOException("scheduler config " + json + " is not a JSON object");
            }
            object = o;
        } catch (JsonException e) {
            throw new IOException("scheduler config " + json + " is not valid JSON: " + e.getMessage(), e);
        }
        try {
            return fromJson(new Members(object));
        } catch (IllegalArgumentException e) {
            throw new IOException("scheduler config " + json + ": " + e.getMessage(), e);
        }
    }

    private static SchedulerConfig fromJson(Members m) {
        if (m.present("trained_betas")) {
            throw new IllegalArgumentException("trained_betas (an explicit beta table) is not supported");
        }
        if (m.bool("rescale_betas_zero_snr", false)) {
            throw new IllegalArgumentException("rescale_betas_zero_snr (zero terminal SNR) is not supported");
        }
        String schedule = m.string("beta_schedule", "scaled_linear");
        String spacing = m.present("timestep_spacing") ? m.string("timestep_spacing", null) : null;
        String prediction = m.string("prediction_type", "epsilon");
        return new SchedulerConfig(
                m.string("_class_name", ""),
                m.integer("num_train_timesteps", 1000),
                m.number("beta_start", 0.00085),
                m.number("beta_end", 0.012),
                BetaSchedule.fromConfigName(schedule).orElseThrow(() -> new IllegalArgumentException(
                        "beta_schedule \"" + schedule + "\" is not supported (only linear and scaled_linear)")),
                m.integer("steps_offset", 0),
                spacing == null ? Optional.empty() : Optional.of(TimestepSpacing.fromConfigName(spacing)
                        .orElseThrow(() -> new IllegalArgumentException("timestep_spacing \"" + spacing
                                + "\" is not one of linspace, leading and trailing"))),
                PredictionType.fromConfigName(prediction).orElseThrow(() -> new IllegalArgumentException(
                        "prediction_type \"" + prediction + "\" is not supported (only epsilon and v_prediction)")),
                m.bool("set_alpha_to_one", true),
                m.integer("original_inference_steps", 50),
                m.bool("use_karras_sigmas", false),
                m.number("timestep_scaling", 10.0));
    }

    /** Typed access to the members, where a JSON null counts as absent (diffusers writes "trained_betas": null). */
    private record Members(JsonObject object) {

        boolean present(String name) {
            JsonValue value = object.get(name);
            return value != null && value.getValueType() != JsonValue.ValueType.NULL;
        }

        String string(String name, String absent) {
            if (!present(name)) {
                return absent;
            }
            if (object.get(name) instanceof JsonString s) {
                return s.getString();
            }
            throw wrongType(name, "a string");
        }

        double number(String name, double absent) {
            if (!present(name)) {
                return absent;
            }
            if (object.get(name) instanceof JsonNumber n) {
                return n.doubleValue();
            }
            throw wrongType(name, "a number");
        }

        int integer(String name, int absent) {
            if (!present(name)) {
                return absent;
            }
            if (object.get(name) instanceof JsonNumber n) {
                double value = n.doubleValue();
                if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
                    return (int) value;
                }
            }
            throw wrongType(name, "a whole number");
        }

        boolean bool(String name, boolean absent) {
            if (!present(name)) {
                return absent;
            }
            JsonValue value = object.get(name);
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return true;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return false;
            }
            throw wrongType(name, "true or false");
        }

        private IllegalArgumentException wrongType(String name, String expected) {
            return new IllegalArgumentException(name + " should be " + expected + ", not " + object.get(name));
        }
    }
}
