package org.easel.server.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.easel.server.engines.diffusion.DiffusionBenchmark;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.engines.diffusion.testmodels.TinyModelFolder;

/**
 * The diffusion pipeline's own cost per denoising step at 512² (64×64 latents), measured against
 * the time spent inside ONNX Runtime in the same runs: on the oracle model (whose UNet is nearly
 * free, so the overhead stands out) and on a heavy one (real convolutions, so the ratio of wall time
 * to ONNX Runtime time is what a user would see). Table for BENCHMARKS.md, also written to
 * {@code server/target/benchmarks-issue-5.md}.
 */
public final class DiffusionOverheadBenchmark {
    private static final int SIZE = 512;
    private static final int STEPS = 20;
    private static final int IMAGES = 4;

    private DiffusionOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("easel-diffusion-bench-");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // DPM++ 2M Karras with guidance 7.5: the default for Stable Diffusion 1.5 exports (two batch items per step).
        ModelFolder light = ModelFolder.inspect(OracleModels.oracle().hiddenSize(768).write(dir.resolve("oracle")));
        ModelFolder heavy = ModelFolder.inspect(OracleModels.oracle().hiddenSize(768).heavyUnet(8, 64)
                .write(dir.resolve("heavy")));
        OnnxRuntime runtime = new OnnxRuntime(OnnxRuntime.Device.CPU, 0);
        DiffusionBenchmark.Result oracle = DiffusionBenchmark.run(light, runtime, SIZE, SIZE, STEPS, IMAGES, System.out::println);
        DiffusionBenchmark.Result conv = DiffusionBenchmark.run(heavy, runtime, SIZE, SIZE, STEPS, IMAGES, System.out::println);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        DiffusionBenchmark.Run o = oracle.median();
        DiffusionBenchmark.Run h = conv.median();
        String table = String.format(Locale.ROOT, """
                | model (512², %d steps, DPM++ 2M Karras, guidance 7.5, CPU) | wall per step | ONNX Runtime per step (baseline, same runs) | pipeline overhead per step | wall / ONNX Runtime |
                |---|---|---|---|---|
                | oracle UNet (almost no compute: the overhead stands out) | %.2f ms | %.2f ms | %.3f ms (target < 1 ms) | %.3f |
                | heavy UNet (8 × 64-channel 3×3 convolutions at 64×64) | %.1f ms | %.1f ms | %.3f ms | %.4f (target ≤ 1.05) |

                Medians of %d warm images each (one warm-up first); load average %.1f before, %.1f after.
                """, STEPS, o.wallNanos() / 1e6 / STEPS, o.runtimeNanos() / 1e6 / STEPS, o.overheadMillisPerStep(),
                o.wallOverRuntime(), h.wallNanos() / 1e6 / STEPS, h.runtimeNanos() / 1e6 / STEPS,
                h.overheadMillisPerStep(), h.wallOverRuntime(), IMAGES - 1, loadBefore, loadAfter);
        System.out.println();
        System.out.println(table);
        Files.writeString(Path.of("target", "benchmarks-issue-5.md"), table);
    }
}
