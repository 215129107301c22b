package org.easel.server.engines.diffusion.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.engines.diffusion.model.ModelKind;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.scheduler.SchedulerKind;
import org.easel.server.engines.diffusion.testmodels.IdsType;
import org.easel.server.engines.diffusion.testmodels.LinearVae;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.engines.diffusion.testmodels.Prediction;
import org.easel.server.engines.diffusion.testmodels.TimestepInput;
import org.easel.server.engines.diffusion.testmodels.TinyModelFolder;
import org.easel.server.engines.diffusion.testmodels.VaeEncoderOutput;
import org.easel.server.imaging.Raster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pipelines against analytic oracle models (see {@link TinyModelFolder}): the UNet returns the
 * exact noise for a distribution that is a single point x₀ (x₀_u for the empty prompt, x₀_c for any
 * other), and the VAE is linear and invertible on 8×8 blocks. So every correct sampler, guidance
 * formula and latent plumbing lands on a colour computable by hand; a wrong sign, scale, σ table or
 * batch order lands elsewhere.
 */
class DiffusionPipelineTest {
    static final float VAE_SCALE = OracleModels.VAE_SCALE;
    static final float[] UNCONDITIONAL = OracleModels.UNCONDITIONAL;
    static final float[] CONDITIONAL = OracleModels.CONDITIONAL;
    static final double TOLERANCE = 2e-3;

    @TempDir
    Path dir;

    DiffusionModel load(TinyModelFolder folder) {
        Path root = folder.write(dir.resolve("model-" + System.nanoTime()));
        return DiffusionModel.load("tiny", ModelFolder.inspect(root), new OnnxRuntime(OnnxRuntime.Device.CPU, 1));
    }

    static Generation textToImage(String prompt, int steps, double guidance, SchedulerKind scheduler, long seed) {
        return new Generation(Generation.Mode.TEXT_TO_IMAGE, prompt, "", 32, 24, steps, guidance, 0, 1, seed,
                scheduler, Optional.empty(), Optional.empty());
    }

    static void assertColour(Picture picture, float[] expected, double tolerance) {
        int plane = picture.width() * picture.height();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < plane; i++) {
                float actual = picture.rgb()[c * plane + i];
                if (Math.abs(actual - expected[c]) > tolerance) {
                    throw new AssertionError("channel " + c + " pixel " + i + ": expected " + expected[c] + " but was "
                            + actual + " (tolerance " + tolerance + ")");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SchedulerKind.class)
    void everySamplerLandsOnTheConditionalTarget(SchedulerKind scheduler) {
        try (DiffusionModel model = load(OracleModels.oracle().timestepCond(scheduler == SchedulerKind.LCM))) {
            for (int steps : new int[] {4, 12}) {
                for (long seed : new long[] {1, 99}) {
                    Picture out = new DiffusionPipeline(model).generate(
                            textToImage("a red barn", steps, 1.0, scheduler, seed), JobControl.NONE);
                    assertColour(out, CONDITIONAL, TOLERANCE);
                }
            }
        }
    }

    @Test
    void theEmptyPromptLandsOnTheUnconditionalTarget() {
        try (DiffusionModel model = load(OracleModels.oracle())) {
            Picture out = new DiffusionPipeline(model).generate(textToImage("", 8, 1.0, SchedulerKind.EULER, 3),
                    JobControl.NONE);
            assertColour(out, UNCONDITIONAL, TOLERANCE);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SchedulerKind.class, names = {"EULER", "DDIM", "DPMPP_2M_KARRAS"})
    void classifierFreeGuidanceExtrapolatesFromTheUnconditionalTarget(SchedulerKind scheduler) {
        double g = 2.0;
        float[] expected = new float[3];
        for (int c = 0; c < 3; c++) {
            expected[c] = (float) (UNCONDITIONAL[c] + g * (CONDITIONAL[c] - UNCONDITIONAL[c]));
        }
        try (DiffusionModel model = load(OracleModels.oracle())) {
            Picture out = new DiffusionPipeline(model).generate(textToImage("a red barn", 10, g, scheduler, 5),
                    JobControl.NONE);
            assertColour(out, expected, TOLERANCE);
        }
    }

    @Test
    void vPredictionModelsAreSampledAsVPrediction() {
        try (DiffusionModel model = load(OracleModels.oracle().prediction(Prediction.V_PREDICTION)
                .schedulerOption("prediction_type", "v_prediction"))) {
            Picture out = new DiffusionPipeline(model).generate(textToImage("x", 10, 1.0, SchedulerKind.EULER, 5),
                    JobControl.NONE);
            assertColour(out, CONDITIONAL, TOLERANCE);
        }
    }

    /** Exporters differ: int64 ids, every timestep form, float16 everywhere, the latent_parameters encoder. */
    @Test
    void exportVariantsAllWork() {
        List<TinyModelFolder> variants = new ArrayList<>();
        for (TimestepInput timestep : TimestepInput.values()) {
            variants.add(OracleModels.oracle().timestep(timestep));
        }
        variants.add(OracleModels.oracle().ids(IdsType.INT64));
        variants.add(OracleModels.oracle().fp16(true).timestep(TimestepInput.FLOAT16_ONE));
        variants.add(OracleModels.oracle().vaeEncoderOutput(VaeEncoderOutput.LATENT_PARAMETERS));
        variants.add(OracleModels.oracle().hiddenSize(768));
        for (TinyModelFolder variant : variants) {
            try (DiffusionModel model = load(variant)) {
                Picture out = new DiffusionPipeline(model).generate(
                        textToImage("a red barn", 6, 2.0, SchedulerKind.DPMPP_2M_KARRAS, 11), JobControl.NONE);
                float[] expected = new float[3];
                for (int c = 0; c < 3; c++) {
                    expected[c] = 2 * CONDITIONAL[c] - UNCONDITIONAL[c];
                }
                // float16 carries ~3 decimal digits through every tensor
                assertColour(out, expected, model.unet().input("sample").isFloat16() ? 2e-2 : TOLERANCE);
            }
        }
    }

    /**
     * Seeds: with Stable Diffusion's {@code set_alpha_to_one: false}, DDIM's result keeps a trace of
     * its starting noise, so the seed shows in the image even with the oracle.
     */
    @Test
    void theSameSeedGivesTheSameImageAndAnotherSeedAnotherOne() {
        try (DiffusionModel model = load(TinyModelFolder.builder()
                .targets(OracleModels.latentFor(UNCONDITIONAL), OracleModels.latentFor(CONDITIONAL)))) {
            DiffusionPipeline pipeline = new DiffusionPipeline(model);
            Picture a = pipeline.generate(textToImage("x", 6, 1, SchedulerKind.DDIM, 42), JobControl.NONE);
            Picture b = pipeline.generate(textToImage("x", 6, 1, SchedulerKind.DDIM, 42), JobControl.NONE);
            Picture other = pipeline.generate(textToImage("x", 6, 1, SchedulerKind.DDIM, 43), JobControl.NONE);
            assertArrayEquals(a.rgb(), b.rgb());
            assertFalse(Arrays.equals(a.rgb(), other.rgb()));
        }
    }

    @Test
    void everyStepReportsProgressAndTheFirstCarriesASmallPreview() {
        try (DiffusionModel model = load(OracleModels.oracle())) {
            List<int[]> steps = new ArrayList<>();
            List<Raster> previews = new ArrayList<>();
            new DiffusionPipeline(model).generate(textToImage("x", 5, 1, SchedulerKind.EULER, 1), new JobControl() {
                @Override
                public void progress(int step, int total, String stage) {
                    steps.add(new int[] {step, total});
                    assertEquals(DiffusionPipeline.STAGE, stage);
                }

                @Override
                public void progress(int step, int total, String stage, Raster preview) {
                    progress(step, total, stage);
                    if (previews.isEmpty()) {
                        assertEquals(1, step);
                    }
                    previews.add(preview);
                }

                @Override
                public void checkCancelled() {
                }
            });
            assertEquals(5, steps.size());
            assertArrayEquals(new int[] {5, 5}, steps.get(4));
            assertFalse(previews.isEmpty());
            Raster first = previews.get(0);
            assertEquals(4, first.width()); // 32×24 px is 4×3 latent pixels
            assertEquals(3, first.height());
        }
    }

    /** With the oracle every step already predicts x₀ exactly, so the very first preview shows the final image. */
    @Test
    void thePreviewShowsThePredictedCleanImageNotTheNoise() {
        try (DiffusionModel model = load(OracleModels.oracle())) {
            List<Raster> previews = new ArrayList<>();
            new DiffusionPipeline(model).generate(textToImage("x", 20, 1, SchedulerKind.EULER, 3), previews(previews::add));
            float[] target = OracleModels.latentFor(CONDITIONAL);
            float[] latents = new float[4 * 4 * 3];
            for (int c = 0; c < 4; c++) {
                Arrays.fill(latents, c * 12, (c + 1) * 12, target[c]);
            }
            byte[] expected = LatentPreview.of(latents, 4, 3, 1f).pixels();
            byte[] first = previews.get(0).pixels();
            for (int i = 0; i < expected.length; i++) {
                assertTrue(Math.abs((first[i] & 255) - (expected[i] & 255)) <= 1,
                        "byte " + i + ": " + (first[i] & 255) + " vs " + (expected[i] & 255));
            }
        }
    }

    @Test
    void cancellingStopsBetweenSteps() {
        try (DiffusionModel model = load(OracleModels.oracle())) {
            int[] evaluated = {0};
            JobControl cancelAfterTwo = new JobControl() {
                @Override
                public void progress(int step, int steps, String stage) {
                    evaluated[0] = step;
                }

                @Override
                public void checkCancelled() {
                    if (evaluated[0] >= 2) {
                        throw new CancelledException();
                    }
                }
            };
            assertThrows(CancelledException.class, () -> new DiffusionPipeline(model)
                    .generate(textToImage("x", 20, 1, SchedulerKind.EULER, 1), cancelAfterTwo));
            assertEquals(2, evaluated[0]);
        }
    }

    @Test
    void imageToImageRunsTheLastStrengthOfTheScheduleAndZeroStrengthChangesNothing() {
        try (DiffusionModel model = load(OracleModels.oracle())) {
            Picture source = blocks(32, 24, UNCONDITIONAL, CONDITIONAL);
            List<int[]> progress = new ArrayList<>();
            Picture out = new DiffusionPipeline(model).generate(new Generation(Generation.Mode.IMAGE_TO_IMAGE, "x", "",
                    32, 24, 10, 1, 0, 0.5, 7, SchedulerKind.DDIM, Optional.of(source), Optional.empty()),
                    steps(progress::add));
            assertEquals(5, progress.size());
            assertColour(out, CONDITIONAL, TOLERANCE); // the single-point distribution pulls everything to x₀
            Picture unchanged = new DiffusionPipeline(model).generate(new Generation(Generation.Mode.IMAGE_TO_IMAGE,
                    "x", "", 32, 24, 10, 1, 0, 0.0, 7, SchedulerKind.DDIM, Optional.of(source), Optional.empty()),
                    JobControl.NONE);
            assertArrayEquals(source.rgb(), unchanged.rgb());
        }
    }

    /** A plain UNet inpaints by latent masking: the unmasked half comes back as it was, the masked half is new. */
    @ParameterizedTest
    @EnumSource(value = SchedulerKind.class, names = {"EULER", "DDIM", "DPMPP_2M_KARRAS", "LCM"})
    void latentMaskInpaintingKeepsTheUnmaskedHalf(SchedulerKind scheduler) {
        try (DiffusionModel model = load(OracleModels.oracle().timestepCond(scheduler == SchedulerKind.LCM))) {
            float[] kept = {0.2f, 0.7f, 0.3f};
            Picture source = blocks(32, 24, kept, kept);
            float[] mask = new float[32 * 24];
            for (int y = 0; y < 24; y++) {
                Arrays.fill(mask, y * 32, y * 32 + 16, 1f); // left half repainted
            }
            Picture out = new DiffusionPipeline(model).generate(new Generation(Generation.Mode.INPAINT, "x", "", 32, 24,
                    8, 1, 0, 1.0, 9, scheduler, Optional.of(source), Optional.of(mask)), JobControl.NONE);
            assertColour(crop(out, 0, 16), CONDITIONAL, TOLERANCE);
            assertColour(crop(out, 16, 32), kept, TOLERANCE);
        }
    }

    @Test
    void aNineChannelInpaintingUnetIsRecognisedAndRuns() {
        try (DiffusionModel model = load(OracleModels.oracle().unetChannels(9))) {
            assertEquals(ModelKind.INPAINT, model.kind());
            Picture source = blocks(32, 24, UNCONDITIONAL, UNCONDITIONAL);
            float[] mask = new float[32 * 24];
            Arrays.fill(mask, 1f);
            Picture out = new DiffusionPipeline(model).generate(new Generation(Generation.Mode.INPAINT, "x", "", 32, 24,
                    6, 1, 0, 1.0, 9, SchedulerKind.EULER, Optional.of(source), Optional.of(mask)), JobControl.NONE);
            assertColour(out, CONDITIONAL, TOLERANCE);
        }
    }

    /**
     * InstructPix2Pix: the oracle adds the (unscaled, mean) image latents to its target, so three-way
     * guidance lands on x₀_u + s_T·(x₀_c − x₀_u) + s_I·image.
     */
    @Test
    void instructPix2PixThreeWayGuidance() {
        double textScale = 1.5;
        double imageScale = 1.2;
        float[] imageColour = {0.52f, 0.5f, 0.49f};
        try (DiffusionModel model = load(OracleModels.oracle().unetChannels(8))) {
            assertEquals(ModelKind.INSTRUCT_PIX2PIX, model.kind());
            Picture source = blocks(32, 24, imageColour, imageColour);
            Picture out = new DiffusionPipeline(model).generate(new Generation(Generation.Mode.INSTRUCT,
                    "make it red", "", 32, 24, 10, textScale, imageScale, 1, 4, SchedulerKind.EULER,
                    Optional.of(source), Optional.empty()), JobControl.NONE);
            float[] u = OracleModels.latentFor(UNCONDITIONAL);
            float[] c = OracleModels.latentFor(CONDITIONAL);
            float[] image = LinearVae.encode(new float[] {imageColour[0] * 2 - 1, imageColour[1] * 2 - 1,
                    imageColour[2] * 2 - 1});
            float[] x0 = new float[4];
            for (int k = 0; k < 4; k++) {
                x0[k] = (float) (u[k] + textScale * (c[k] - u[k]) + imageScale * image[k]) / VAE_SCALE;
            }
            float[] rgb = LinearVae.decode(x0);
            float[] expected = {rgb[0] / 2 + 0.5f, rgb[1] / 2 + 0.5f, rgb[2] / 2 + 0.5f};
            assertColour(out, expected, TOLERANCE);
        }
    }

    @Test
    void theModelKindComesFromTheUnetNotTheIndex() {
        try (DiffusionModel model = load(OracleModels.oracle().unetChannels(9).pipelineClass("OnnxStableDiffusionPipeline"))) {
            assertEquals(ModelKind.INPAINT, model.kind());
        }
    }

    @Test
    void startIsTheDiffusersImageToImageRule() {
        assertEquals(5, DiffusionPipeline.startStep(10, 0.5));
        assertEquals(0, DiffusionPipeline.startStep(10, 1.0));
        assertEquals(10, DiffusionPipeline.startStep(10, 0.0));
        assertEquals(3, DiffusionPipeline.startStep(4, 0.3)); // int(1.2) = 1 step runs
    }

    /** Left columns {@code left}, right columns {@code right}, constant on 8×8 blocks. */
    static Picture blocks(int width, int height, float[] left, float[] right) {
        Picture picture = new Picture(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float[] colour = x < width / 2 ? left : right;
                for (int c = 0; c < 3; c++) {
                    picture.set(c, x, y, colour[c]);
                }
            }
        }
        return picture;
    }

    static Picture crop(Picture picture, int fromX, int toX) {
        Picture out = new Picture(toX - fromX, picture.height());
        for (int y = 0; y < picture.height(); y++) {
            for (int x = fromX; x < toX; x++) {
                for (int c = 0; c < 3; c++) {
                    out.set(c, x - fromX, y, picture.get(c, x, y));
                }
            }
        }
        return out;
    }

    static JobControl previews(Consumer<Raster> sink) {
        return new JobControl() {
            @Override
            public void progress(int step, int steps, String stage) {
            }

            @Override
            public void progress(int step, int steps, String stage, Raster preview) {
                sink.accept(preview);
            }

            @Override
            public void checkCancelled() {
            }
        };
    }

    static JobControl steps(Consumer<int[]> sink) {
        return new JobControl() {
            @Override
            public void progress(int step, int steps, String stage) {
                sink.accept(new int[] {step, steps});
            }

            @Override
            public void checkCancelled() {
            }
        };
    }
}
