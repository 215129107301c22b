package org.easel.installer.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.engines.diffusion.DiffusionBenchmark;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.models.ModelStore;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code easel benchmark}: seconds per step and per image of an installed model, for reports from real hardware. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Time text-to-image on an installed model (or any diffusers ONNX folder): load time, seconds "
                + "per step and per image, and the pipeline's overhead outside ONNX Runtime.",
                "The daemon need not run; a running daemon is not disturbed but shares the machine."})
final class BenchmarkCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--model", paramLabel = "ID", description = "An installed model (./easel models list).")
        String model;

        @Option(names = "--folder", paramLabel = "DIR", description = "A model folder in the diffusers ONNX layout.")
        Path folder;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--size", defaultValue = "512", paramLabel = "PX", description = "Image width and height (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--steps", defaultValue = "0", paramLabel = "N", description = "Denoising steps (default: the model's own).")
    int steps;

    @Option(names = "--images", defaultValue = "4", paramLabel = "N",
            description = "Images to generate; the first two warm up and are not in the summary (default: ${DEFAULT-VALUE}).")
    int images;

    @Option(names = "--device", defaultValue = "${env:EASEL_DEVICE:-auto}", paramLabel = "auto|cpu|cuda",
            description = "Where to run (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "State directory holding the models (as for serve).")
    Path stateDir;

    @Override
    public Integer call() {
        if (size < 64 || size % 64 != 0 || images < 1 || steps < 0) {
            System.err.println("easel benchmark: --size must be a multiple of 64 (at least 64), --images at least 1, "
                    + "--steps 0 or more");
            return 2;
        }
        try {
            Path folder = which.folder != null ? which.folder : installed(which.model);
            DiffusionBenchmark.Result result = DiffusionBenchmark.run(ModelFolder.inspect(folder),
                    new OnnxRuntime(OnnxRuntime.Device.parse(device), 0), size, size, steps, images, System.out::println);
            DiffusionBenchmark.Run median = result.median();
            System.out.printf(Locale.ROOT, "%nsummary (%s, %d×%d, median of %d): %.3f s/step, %.2f s/image, "
                            + "load %.1f s, pipeline overhead %.2f ms/step (wall / ONNX Runtime = %.3f)%n",
                    result.device(), size, size, result.warm().size(), median.secondsPerStep(),
                    median.secondsPerImage(), result.loadMillis() / 1000.0, median.overheadMillisPerStep(),
                    median.wallOverRuntime());
            return 0;
        } catch (DiffusionException | IllegalArgumentException e) {
            System.err.println("easel benchmark: " + e.getMessage());
            return 1;
        }
    }

    private Path installed(String id) {
        Path state = StateDirectoryLocator.locate(Optional.ofNullable(stateDir));
        return new ModelStore(ModelStore.modelsDir(state)).find(id).map(m -> m.folder())
                .orElseThrow(() -> new IllegalArgumentException("no installed model \"" + id
                        + "\" in " + ModelStore.modelsDir(state) + " (./easel models list shows them)"));
    }
}
