package org.easel.server.engines.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading diffusers' scheduler_config.json files as the SD checkpoints ship them. */
class SchedulerConfigTest {
    /** runwayml/stable-diffusion-v1-5's file. */
    private static final String SD15 = """
            {
              "_class_name": "PNDMScheduler",
              "_diffusers_version": "0.6.0",
              "beta_end": 0.012,
              "beta_schedule": "scaled_linear",
              "beta_start": 0.00085,
              "num_train_timesteps": 1000,
              "set_alpha_to_one": false,
              "skip_prk_steps": true,
              "steps_offset": 1,
              "trained_betas": null,
              "clip_sample": false
            }
            """;
    /** stabilityai/sd-turbo's file. */
    private static final String SD_TURBO = """
            {
              "_class_name": "EulerDiscreteScheduler",
              "_diffusers_version": "0.24.0.dev0",
              "beta_end": 0.012,
              "beta_schedule": "scaled_linear",
              "beta_start": 0.00085,
              "clip_sample": false,
              "interpolation_type": "linear",
              "num_train_timesteps": 1000,
              "prediction_type": "epsilon",
              "sample_max_value": 1.0,
              "set_alpha_to_one": false,
              "skip_prk_steps": true,
              "steps_offset": 1,
              "timestep_spacing": "trailing",
              "trained_betas": null,
              "use_karras_sigmas": false
            }
            """;
    /** stabilityai/stable-diffusion-2-1's file (v-prediction). */
    private static final String SD21 = """
            {
              "_class_name": "DDIMScheduler",
              "_diffusers_version": "0.8.0",
              "beta_end": 0.012,
              "beta_schedule": "scaled_linear",
              "beta_start": 0.00085,
              "clip_sample": false,
              "num_train_timesteps": 1000,
              "prediction_type": "v_prediction",
              "set_alpha_to_one": false,
              "skip_prk_steps": true,
              "steps_offset": 1,
              "trained_betas": null
            }
            """;
    /** latent-consistency/lcm-lora-sdv1-5 style LCMScheduler file. */
    private static final String LCM = """
            {"_class_name": "LCMScheduler", "beta_end": 0.012, "beta_schedule": "scaled_linear",
             "beta_start": 0.00085, "clip_sample": false, "num_train_timesteps": 1000,
             "original_inference_steps": 50, "prediction_type": "epsilon", "set_alpha_to_one": true,
             "steps_offset": 1, "timestep_scaling": 10.0, "timestep_spacing": "leading"}
            """;

    @TempDir
    Path dir;

    private SchedulerConfig read(String json) throws IOException {
        Path file = dir.resolve("scheduler_config.json");
        Files.writeString(file, json);
        return SchedulerConfig.read(file);
    }

    @Test
    void stableDiffusion15FileEqualsTheBuiltInDefaults() throws IOException {
        SchedulerConfig config = read(SD15);
        assertEquals(SchedulerConfig.stableDiffusion15(), config);
        assertEquals("PNDMScheduler", config.className());
        assertEquals(1000, config.numTrainTimesteps());
        assertEquals(0.00085, config.betaStart());
        assertEquals(0.012, config.betaEnd());
        assertEquals(BetaSchedule.SCALED_LINEAR, config.betaSchedule());
        assertEquals(1, config.stepsOffset());
        assertEquals(Optional.empty(), config.timestepSpacing());
        assertEquals(PredictionType.EPSILON, config.predictionType());
        assertFalse(config.setAlphaToOne());
        assertEquals(Optional.empty(), SchedulerKind.fromClassName(config.className()), "PNDM: the caller picks");
    }

    @Test
    void absentSpacingTakesEachClassDefault() throws IOException {
        SchedulerConfig config = read(SD15);
        assertEquals(TimestepSpacing.LINSPACE, config.spacingFor(SchedulerKind.EULER));
        assertEquals(TimestepSpacing.LINSPACE, config.spacingFor(SchedulerKind.EULER_ANCESTRAL));
        assertEquals(TimestepSpacing.LEADING, config.spacingFor(SchedulerKind.DDIM));
        assertEquals(TimestepSpacing.LINSPACE, config.spacingFor(SchedulerKind.DPMPP_2M_KARRAS));
        assertEquals(TimestepSpacing.LEADING, config.spacingFor(SchedulerKind.LCM));
    }

    @Test
    void sdTurboFileIsEulerWithTrailingSpacing() throws IOException {
        SchedulerConfig config = read(SD_TURBO);
        assertEquals(Optional.of(SchedulerKind.EULER), SchedulerKind.fromClassName(config.className()));
        assertEquals(Optional.of(TimestepSpacing.TRAILING), config.timestepSpacing());
        assertEquals(TimestepSpacing.TRAILING, config.spacingFor(SchedulerKind.DDIM), "an explicit spacing wins");
        assertFalse(config.useKarrasSigmas());
        assertEquals(999, Schedulers.create(SchedulerKind.EULER, config, 1).timestep(0));
    }

    @Test
    void sd21FileIsVPredictionDdim() throws IOException {
        SchedulerConfig config = read(SD21);
        assertEquals(Optional.of(SchedulerKind.DDIM), SchedulerKind.fromClassName(config.className()));
        assertEquals(PredictionType.V_PREDICTION, config.predictionType());
    }

    @Test
    void lcmFileKeepsItsDistillationMembers() throws IOException {
        SchedulerConfig config = read(LCM);
        assertEquals(Optional.of(SchedulerKind.LCM), SchedulerKind.fromClassName(config.className()));
        assertEquals(50, config.originalInferenceSteps());
        assertEquals(10.0, config.timestepScaling());
        assertTrue(config.setAlphaToOne());
    }

    @Test
    void absentMembersTakeDiffusersDefaults() throws IOException {
        SchedulerConfig config = read("{\"_class_name\": \"DPMSolverMultistepScheduler\", \"use_karras_sigmas\": true}");
        assertEquals(1000, config.numTrainTimesteps());
        assertEquals(0.00085, config.betaStart());
        assertEquals(0.012, config.betaEnd());
        assertEquals(BetaSchedule.SCALED_LINEAR, config.betaSchedule());
        assertEquals(0, config.stepsOffset());
        assertEquals(PredictionType.EPSILON, config.predictionType());
        assertTrue(config.setAlphaToOne());
        assertEquals(50, config.originalInferenceSteps());
        assertTrue(config.useKarrasSigmas());
        assertEquals("", read("{}").className());
    }

    @Test
    void linearBetasAndUnknownMembersAreAccepted() throws IOException {
        SchedulerConfig config = read("{\"beta_schedule\": \"linear\", \"beta_start\": 0.0001, \"beta_end\": 0.02,"
                + " \"solver_order\": 2, \"algorithm_type\": \"dpmsolver++\", \"whatever\": [1, {\"a\": null}]}");
        assertEquals(BetaSchedule.LINEAR, config.betaSchedule());
        assertEquals(0.0001, config.betaStart());
    }

    @Test
    void missingFileSaysWhereTheConfigBelongs() {
        Path missing = dir.resolve("scheduler").resolve("scheduler_config.json");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SchedulerConfig.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("scheduler/scheduler_config.json"), e.getMessage());
    }

    @Test
    void malformedJsonIsAnIoErrorNamingTheFile() {
        IOException e = assertThrows(IOException.class, () -> read("{\"beta_start\": 0.00085,"));
        assertTrue(e.getMessage().contains("scheduler_config.json") && e.getMessage().contains("not valid JSON"),
                e.getMessage());
        IOException array = assertThrows(IOException.class, () -> read("[1, 2]"));
        assertTrue(array.getMessage().contains("not a JSON object"), array.getMessage());
    }

    @Test
    void wrongTypesAndUnsupportedValuesAreRefusedClearly() {
        assertRefused("{\"num_train_timesteps\": \"1000\"}", "num_train_timesteps should be a whole number");
        assertRefused("{\"num_train_timesteps\": 999.5}", "num_train_timesteps should be a whole number");
        assertRefused("{\"set_alpha_to_one\": 1}", "set_alpha_to_one should be true or false");
        assertRefused("{\"prediction_type\": \"sample\"}", "prediction_type \"sample\" is not supported");
        assertRefused("{\"beta_schedule\": \"squaredcos_cap_v2\"}", "beta_schedule \"squaredcos_cap_v2\"");
        assertRefused("{\"timestep_spacing\": \"uniform\"}", "timestep_spacing \"uniform\"");
        assertRefused("{\"trained_betas\": [0.1, 0.2]}", "trained_betas");
        assertRefused("{\"rescale_betas_zero_snr\": true}", "rescale_betas_zero_snr");
        assertRefused("{\"beta_start\": 0.02, \"beta_end\": 0.01}", "beta_start <= beta_end");
    }

    private void assertRefused(String json, String expected) {
        IOException e = assertThrows(IOException.class, () -> read(json), json);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
