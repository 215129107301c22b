package org.easel.server.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.easel.server.engines.diffusion.DiffusionBenchmark;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.testmodels.OracleModels;

/**
 * The diffusion pipeline's own cost at 512² (64×64 latents), measured against the time spent
 * inside ONNX Runtime in the same runs. On the oracle model (whose UNet is nearly free, so the
 * overhead stands out): the step loop's time outside ONNX Runtime from one step's progress report to
 * the next (guidance, scheduler, buffers, previews), and the rest of the image's (tokenising, noise,
 * VAE input and output conversion). On a heavy UNet (real convolutions): the ratio of wall time to
 * ONNX Runtime time a user would see. Table for BENCHMARKS.md, also written to
 * {@code server/target/benchmarks-issue-5.md}.
 */
public final class DiffusionOverheadBenchmark {
    private static final int SIZE = 512;
    private static final int STEPS = 20;
    private static final int IMAGES = 7;

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
        DiffusionBenchmark.Run oracle = DiffusionBenchmark.run(light, runtime, SIZE, SIZE, STEPS, IMAGES,
                System.out::println).median();
        DiffusionBenchmark.Run conv = DiffusionBenchmark.run(heavy, runtime, SIZE, SIZE, STEPS, 5,
                System.out::println).median();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String table = String.format(Locale.ROOT, """
                | measure (512², %d steps, DPM++ 2M Karras, guidance 7.5: two batch items per UNet call, CPU) | result | baseline (same run) | target |
                |---|---|---|---|
                | pipeline overhead per denoising step, outside ONNX Runtime (oracle UNet) | %.3f ms | the step's ONNX Runtime time: %.3f ms | < 1 ms |
                | pipeline overhead per image outside the step loop (tokenise, noise, VAE input/output conversion) | %.1f ms | — | — |
                | heavy UNet (8 × 64-channel 3×3 convolutions at 64×64): wall per step | %.1f ms | ONNX Runtime per step: %.1f ms | — |
                | heavy UNet: job wall time / sum of ONNX Runtime run times | %.3f | — | ≤ 1.05 |

                Medians of the images after two warm-ups (%d for the oracle, 3 for the heavy UNet); load average %.1f before, %.1f after.
                """, STEPS, oracle.loopOverheadMillisPerStep(), oracle.loopRuntimeNanos() / 1e6 / (STEPS - 1),
                (oracle.wallNanos() - oracle.runtimeNanos() - (oracle.loopWallNanos() - oracle.loopRuntimeNanos())) / 1e6,
                conv.wallNanos() / 1e6 / STEPS, conv.runtimeNanos() / 1e6 / STEPS, conv.wallOverRuntime(),
                IMAGES - 2, loadBefore, loadAfter);
        System.out.println();
        System.out.println(table);
        Files.writeString(Path.of("target", "benchmarks-issue-5.md"), table);
    }
}
