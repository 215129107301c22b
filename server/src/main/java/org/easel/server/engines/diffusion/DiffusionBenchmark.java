package org.easel.server.engines.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.pipeline.DiffusionPipeline;
import org.easel.server.engines.diffusion.pipeline.Generation;
import org.easel.server.engines.diffusion.pipeline.Sampling;

/**
 * Times text-to-image on a model: load time, seconds per step and per image, and how much of each
 * image's wall time is spent inside ONNX Runtime — the rest (tokenising, scheduling, guidance,
 * buffers, previews) is the pipeline's own overhead. Behind {@code easel benchmark} (for owners of
 * real models and GPUs) and the benchmark harness (on generated models).
 */
public final class DiffusionBenchmark {

    /**
     * One image: its steps, wall time and the time inside ONNX Runtime's run calls; and the same
     * two summed over the denoising steps after the first (from one step's progress to the next).
     */
    public record Run(int steps, long wallNanos, long runtimeNanos, long loopWallNanos, long loopRuntimeNanos) {
        public double secondsPerImage() {
            return wallNanos / 1e9;
        }

        public double secondsPerStep() {
            return wallNanos / 1e9 / steps;
        }

        /** Wall time outside ONNX Runtime, per step, in milliseconds (the per-image costs spread over the steps). */
        public double overheadMillisPerStep() {
            return (wallNanos - runtimeNanos) / 1e6 / steps;
        }

        /** The step loop's own time outside ONNX Runtime per denoising step (guidance, scheduler, buffers, previews). */
        public double loopOverheadMillisPerStep() {
            return steps < 2 ? 0 : (loopWallNanos - loopRuntimeNanos) / 1e6 / (steps - 1);
        }

        /** Wall time over ONNX Runtime time (1.0 = no overhead). */
        public double wallOverRuntime() {
            return (double) wallNanos / runtimeNanos;
        }
    }

    public record Result(String device, long loadMillis, List<Run> runs) {
        /** The runs after the first two (which warm ONNX Runtime and the JIT up), or the last one. */
        public List<Run> warm() {
            return runs.subList(Math.min(2, runs.size() - 1), runs.size());
        }

        public Run median() {
            List<Run> sorted = new ArrayList<>(warm());
            sorted.sort((a, b) -> Long.compare(a.wallNanos(), b.wallNanos()));
            return sorted.get(sorted.size() / 2);
        }
    }

    private DiffusionBenchmark() {
    }

    /** Times the step loop from one step's progress report to the next. */
    private static final class StepClock implements JobControl {
        private final DiffusionModel model;
        private long lastWall = -1;
        private long lastRuntime;
        long loopWall;
        long loopRuntime;

        StepClock(DiffusionModel model) {
            this.model = model;
        }

        @Override
        public void progress(int step, int steps, String stage) {
            long now = System.nanoTime();
            long runtime = model.runNanos();
            if (lastWall >= 0) {
                loopWall += now - lastWall;
                loopRuntime += runtime - lastRuntime;
            }
            lastWall = now;
            lastRuntime = runtime;
        }

        @Override
        public void checkCancelled() {
        }
    }

    /**
     * Loads the model in {@code folder} and generates {@code images} images.
     *
     * @param steps 0 for the model's default
     */
    public static Result run(ModelFolder folder, OnnxRuntime runtime, int width, int height, int steps, int images,
                             java.util.function.Consumer<String> log) {
        long loadStart = System.nanoTime();
        try (DiffusionModel model = DiffusionModel.load(folder.root().getFileName().toString(), folder, runtime)) {
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            log.accept("loaded " + folder.root() + " (" + model.kind() + ") on the " + runtime.deviceName() + " in "
                    + loadMillis + " ms");
            return run(model, runtime.deviceName(), loadMillis, width, height, steps, images, log);
        }
    }

    /**
     * Generates {@code images} images on a loaded model, wherever its networks run (the time
     * "inside the runtime" is then the wait for the inference server).
     */
    public static Result run(DiffusionModel model, String device, long loadMillis, int width, int height, int steps,
                             int images, java.util.function.Consumer<String> log) {
        {
            Sampling sampling = Sampling.defaultsFor(model);
            int n = steps > 0 ? steps : sampling.steps();
            DiffusionPipeline pipeline = new DiffusionPipeline(model);
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < images; i++) {
                Generation generation = new Generation(Generation.Mode.TEXT_TO_IMAGE,
                        "a lighthouse on a cliff at sunset, oil painting", "", width, height, n, sampling.guidance(),
                        sampling.imageGuidance(), 1, i, sampling.scheduler(), Optional.empty(), Optional.empty());
                long runtimeBefore = model.runNanos();
                long start = System.nanoTime();
                StepClock clock = new StepClock(model);
                pipeline.generate(generation, clock);
                Run run = new Run(n, System.nanoTime() - start, model.runNanos() - runtimeBefore, clock.loopWall,
                        clock.loopRuntime);
                runs.add(run);
                log.accept(String.format(java.util.Locale.ROOT,
                        "image %d: %d steps (%s, guidance %.1f) in %.2f s = %.3f s/step; ONNX Runtime %.1f%% of it; "
                                + "pipeline overhead %.3f ms per step in the loop, %.2f ms/step in all", i + 1, n,
                        sampling.scheduler().userName(), sampling.guidance(), run.secondsPerImage(),
                        run.secondsPerStep(), 100.0 * run.runtimeNanos() / run.wallNanos(),
                        run.loopOverheadMillisPerStep(), run.overheadMillisPerStep()));
            }
            return new Result(device, loadMillis, runs);
        }
    }
}
