package org.easel.server.engines.diffusion.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.easel.server.engines.diffusion.DiffusionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's ONNX Runtime: one environment, and the session options every model is opened with.
 * Chooses the execution provider: CUDA when asked for (or on {@code auto}) and usable, else the
 * CPU. The CUDA build lists CUDA as available even when the CUDA or cuDNN libraries are missing;
 * only adding the provider tells, so a failure there is logged once and the CPU used from then on.
 */
public final class OnnxRuntime {
    private static final Logger log = LoggerFactory.getLogger(OnnxRuntime.class);

    /** Which execution provider the user wants. */
    public enum Device {
        AUTO, CPU, CUDA;

        public static Device parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown device \"" + name + "\": use auto, cpu or cuda");
            }
        }
    }

    private final OrtEnvironment env;
    private final Device wanted;
    private final int threads;
    private volatile boolean cudaUnusable;

    /**
     * @param threads intra-op threads for the CPU provider; 0 lets ONNX Runtime choose (one per core)
     */
    public OnnxRuntime(Device wanted, int threads) {
        this.env = OrtEnvironment.getEnvironment();
        this.wanted = wanted;
        this.threads = threads;
    }

    /** Whether models open on the GPU: CUDA asked for or allowed, present in this build, and not failed yet. */
    public boolean usesCuda() {
        return wanted != Device.CPU && !cudaUnusable && OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    }

    /** "CUDA (GPU 0)" or "CPU": for logs, {@code models} and {@code easel status}. */
    public String deviceName() {
        return usesCuda() ? "CUDA (GPU 0)" : "CPU";
    }

    /**
     * Opens a model file.
     *
     * @param label how messages name it, e.g. {@code unet/model.onnx}
     */
    public OnnxModel open(Path file, String label) {
        if (!Files.isRegularFile(file)) {
            throw new DiffusionException(label + " is missing (" + file + "); reinstall the model.");
        }
        if (wanted == Device.CUDA && !OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
            log.warn("CUDA was asked for, but this is the CPU build of Easel; running on the CPU. "
                    + "Build the CUDA one with: mvn -Dcuda package (./easel does when it finds an NVIDIA GPU)");
        }
        if (usesCuda()) {
            try (OrtSession.SessionOptions options = options()) {
                options.addCUDA(0);
                return OnnxModel.open(env, file, label, options);
            } catch (OrtException | RuntimeException e) {
                cudaUnusable = true;
                log.warn("CUDA is not usable ({}); running on the CPU. The GPU needs CUDA 12 and cuDNN 9 libraries: "
                        + "./easel doctor says which are missing.", e.getMessage());
            }
        }
        try (OrtSession.SessionOptions options = options()) {
            return OnnxModel.open(env, file, label, options);
        } catch (OrtException e) {
            throw new DiffusionException("Could not load " + label + ": " + e.getMessage()
                    + ". The file may be damaged (./easel models verify checks it) or need more memory.", e);
        }
    }

    private OrtSession.SessionOptions options() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setMemoryPatternOptimization(true);
        if (threads > 0) {
            options.setIntraOpNumThreads(threads);
        }
        return options;
    }
}
