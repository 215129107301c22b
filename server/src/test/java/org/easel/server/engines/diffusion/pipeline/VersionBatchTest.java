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
import org.easel.server.engines.JobControl;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.scheduler.SchedulerKind;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.engines.diffusion.testmodels.TinyModelFolder;
import org.easel.server.imaging.Raster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions of one generation stepped together in one UNet batch: each equals the generation made
 * alone with its seed (DDIM keeps a trace of the seed, so a mixed-up batch shows), each reports
 * its own steps and previews, and fixed-batch exports are not batched.
 */
class VersionBatchTest {
    @TempDir
    Path dir;

    DiffusionModel load(TinyModelFolder folder) {
        Path root = folder.write(dir.resolve("model-" + System.nanoTime()));
        return DiffusionModel.load("tiny", ModelFolder.inspect(root), new OnnxRuntime(OnnxRuntime.Device.CPU, 1));
    }

    static TinyModelFolder ddimOracle() {
        return TinyModelFolder.builder().targets(OracleModels.latentFor(OracleModels.UNCONDITIONAL),
                OracleModels.latentFor(OracleModels.CONDITIONAL));
    }

    /** Counts a version's steps and previews. */
    static final class Steps implements JobControl {
        final List<Integer> steps = new ArrayList<>();
        final List<Raster> previews = new ArrayList<>();

        @Override
        public void progress(int step, int total, String stage) {
            steps.add(step);
        }

        @Override
        public void progress(int step, int total, String stage, Raster preview) {
            steps.add(step);
            previews.add(preview);
        }

        @Override
        public void checkCancelled() {
        }
    }

    @Test
    void eachVersionInTheBatchIsTheImageItsSeedMakesAlone() {
        try (DiffusionModel model = load(ddimOracle())) {
            DiffusionPipeline pipeline = new DiffusionPipeline(model);
            assertTrue(pipeline.batchesVersions(), "the oracle's export leaves the batch free");
            Generation base = DiffusionPipelineTest.textToImage("x", 6, 7.5, SchedulerKind.DDIM, 42);
            List<Generation> versions = List.of(base, base.withSeed(43), base.withSeed(44));
            List<Steps> controls = List.of(new Steps(), new Steps(), new Steps());
            List<Picture> together = pipeline.generateAll(versions, List.copyOf(controls));
            Steps alone = new Steps();
            for (int k = 0; k < versions.size(); k++) {
                Picture single = pipeline.generate(versions.get(k), k == 1 ? alone : JobControl.NONE);
                assertArrayEquals(single.rgb(), together.get(k).rgb(), 1e-5f, "version " + k);
            }
            assertFalse(Arrays.equals(together.get(0).rgb(), together.get(1).rgb()), "another seed, another image");
            for (Steps steps : controls) {
                assertEquals(List.of(1, 2, 3, 4, 5, 6), steps.steps, "each version reports every step");
                assertFalse(steps.previews.isEmpty(), "each version has previews");
            }
            assertArrayEquals(alone.previews.get(0).pixels(), controls.get(1).previews.get(0).pixels(),
                    "a version's preview is its own trajectory's");
        }
    }

    @Test
    void versionsMustDifferOnlyInTheirSeed() {
        try (DiffusionModel model = load(ddimOracle())) {
            Generation a = DiffusionPipelineTest.textToImage("x", 6, 7.5, SchedulerKind.DDIM, 1);
            Generation b = DiffusionPipelineTest.textToImage("y", 6, 7.5, SchedulerKind.DDIM, 2);
            assertThrows(IllegalArgumentException.class, () -> new DiffusionPipeline(model)
                    .generateAll(List.of(a, b), List.of(JobControl.NONE, JobControl.NONE)));
        }
    }

    @Test
    void aFixedBatchExportIsNotBatched() {
        try (DiffusionModel model = load(ddimOracle().unetBatch(2))) {
            DiffusionPipeline pipeline = new DiffusionPipeline(model);
            assertFalse(pipeline.batchesVersions());
            Picture out = pipeline.generate(DiffusionPipelineTest.textToImage("x", 6, 7.5, SchedulerKind.DDIM, 42),
                    JobControl.NONE);
            assertEquals(32 * 24 * 3, out.rgb().length, "a guidance batch of two still runs in one call");
        }
    }
}
