package org.easel.server.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.easel.server.engines.diffusion.DiffusionBenchmark;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.remote.KServeConformanceServer;
import org.easel.server.engines.diffusion.remote.RemoteEndpoint;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.models.ModelStore;
import org.easel.server.models.StoredModels;
import org.easel.server.session.InstalledModels;

/**
 * The cost of running the diffusion networks on a KServe v2 server instead of in-process: the same
 * generated models at 512² (64×64 latents, CLIP hidden size 768, guidance 7.5 = two batch items per
 * UNet call), once with ONNX Runtime in the daemon and once through the conformance server on
 * loopback (ONNX Runtime behind real HTTP and the binary tensor extension). Per denoising step,
 * from one step's progress report to the next. Table for BENCHMARKS.md, also written to
 * {@code server/target/benchmarks-issue-18.md}.
 */
public final class RemoteOverheadBenchmark {
    private static final int SIZE = 512;
    private static final int STEPS = 20;

    private RemoteOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("easel-remote-bench-");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double[] oracle = compare(dir.resolve("oracle"), OracleModels.oracle().hiddenSize(768).write(dir.resolve("oracle-model")), 7);
        double[] heavy = compare(dir.resolve("heavy"), OracleModels.oracle().hiddenSize(768).heavyUnet(8, 64)
                .write(dir.resolve("heavy-model")), 5);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long stepBytesIn = 2L * 4 * 64 * 64 * 4 + 2L * 77 * 768 * 4 + 2 * 8;
        long stepBytesOut = 2L * 4 * 64 * 64 * 4;
        String table = String.format(Locale.ROOT, """
                | measure (512², %d steps, DPM++ 2M Karras, guidance 7.5, CPU; server on loopback) | local ONNX Runtime | remote (KServe v2 REST, binary tensors) | overhead per step |
                |---|---|---|---|
                | oracle UNet: wall per denoising step | %.2f ms | %.2f ms | %.2f ms |
                | heavy UNet (8 × 64-channel 3×3 convolutions at 64×64): wall per denoising step | %.1f ms | %.1f ms | %.1f ms (%.1f%%) |
                | oracle: wall per image (incl. text encoder, VAE decode) | %.0f ms | %.0f ms | — |

                Each step is one request of %d KiB (latents for two batch items, both text embeddings, the timestep)
                and a %d KiB answer. Medians of the images after two warm-ups; load average %.1f before, %.1f after.
                """, STEPS, oracle[0], oracle[1], oracle[1] - oracle[0], heavy[0], heavy[1], heavy[1] - heavy[0],
                100 * (heavy[1] - heavy[0]) / heavy[0], oracle[2], oracle[3], stepBytesIn / 1024, stepBytesOut / 1024,
                loadBefore, loadAfter);
        System.out.println();
        System.out.println(table);
        Files.writeString(Path.of("target", "benchmarks-issue-18.md"), table);
    }

    /** {local ms/step, remote ms/step, local ms/image, remote ms/image}. */
    private static double[] compare(Path dir, Path folder, int images) throws Exception {
        Path repo = dir.resolve("repo");
        for (String part : List.of("text_encoder", "unet", "vae_decoder", "vae_encoder")) {
            Path version = Files.createDirectories(repo.resolve("m_" + part + "/1"));
            Files.copy(folder.resolve(part + "/model.onnx"), version.resolve("model.onnx"));
        }
        ModelStore store = new ModelStore(ModelStore.modelsDir(dir.resolve("state")));
        try (KServeConformanceServer server = new KServeConformanceServer(repo)) {
            RemoteEndpoint endpoint = new RemoteEndpoint(URI.create(server.url().toString()), Optional.empty(),
                    RemoteEndpoint.partNames("m", true), Duration.ofSeconds(120), 1, Duration.ofMillis(10));
            StoredModels.installRemote(store, "remote", folder, endpoint.toJson(), List.of("text-to-image"));
            OnnxRuntime runtime = new OnnxRuntime(OnnxRuntime.Device.CPU, 0);
            DiffusionBenchmark.Run local = DiffusionBenchmark.run(
                    org.easel.server.engines.diffusion.model.ModelFolder.inspect(folder), runtime, SIZE, SIZE, STEPS,
                    images, System.out::println).median();
            try (ModelLibrary library = new ModelLibrary(new InstalledModels(store)::folders, () -> runtime)) {
                ModelLibrary.Installed installed = library.installed().get(0);
                DiffusionModel model = library.acquire(installed);
                try {
                    DiffusionBenchmark.Run remote = DiffusionBenchmark.run(model, "remote", 0, SIZE, SIZE, STEPS, images,
                            System.out::println).median();
                    return new double[] {perStep(local), perStep(remote), local.wallNanos() / 1e6, remote.wallNanos() / 1e6};
                } finally {
                    library.release(model);
                }
            }
        }
    }

    private static double perStep(DiffusionBenchmark.Run run) {
        return run.loopWallNanos() / 1e6 / (STEPS - 1);
    }
}
