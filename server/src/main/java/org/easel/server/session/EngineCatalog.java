package org.easel.server.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The engines and models this daemon has, as announced in {@code welcome} and {@code models}.
 * Models are asked for afresh each time, so one installed while the daemon runs shows up.
 */
public final class EngineCatalog {

    public record EngineInfo(String id, boolean available, String description) {
    }

    /**
     * A model the daemon knows: installed ones, and catalog entries that could be installed.
     *
     * @param capabilities what it can do: text-to-image, image-to-image, inpaint, outpaint,
     *                     instruction-edit, variations
     */
    public record ModelInfo(String id, boolean installed, List<String> capabilities, String description) {
        public ModelInfo {
            capabilities = List.copyOf(capabilities);
        }
    }

    static final EngineInfo CLASSICAL = new EngineInfo("classical", true,
            "Remove/fill and extend the canvas (exemplar-based), tonal and colour adjustments, blur, sharpen, "
                    + "vignette, on the CPU; no model needed");

    private final List<EngineInfo> engines;
    private final Supplier<List<ModelInfo>> models;
    private final Supplier<List<String>> unloader;
    private final Supplier<String> compute;
    private final boolean diffusion;

    public EngineCatalog(List<EngineInfo> engines) {
        this(engines, List::of, List::of, () -> "CPU", false);
    }

    private EngineCatalog(List<EngineInfo> engines, Supplier<List<ModelInfo>> models, Supplier<List<String>> unloader,
                          Supplier<String> compute, boolean diffusion) {
        this.engines = List.copyOf(engines);
        this.models = models;
        this.unloader = unloader;
        this.compute = compute;
        this.diffusion = diffusion;
    }

    /** What every daemon has: the classical engine needs no model download. */
    public static EngineCatalog builtIn() {
        return new EngineCatalog(List.of(CLASSICAL));
    }

    /**
     * The classical engine and the diffusion engine, available once one of {@code models} is installed.
     *
     * @param unloader frees the loaded models' memory and says which they were
     * @param compute  where models run, e.g. "CPU" or "CUDA (GPU 0)"
     */
    public static EngineCatalog withDiffusion(Supplier<List<ModelInfo>> models, Supplier<List<String>> unloader,
                                              Supplier<String> compute) {
        return new EngineCatalog(List.of(CLASSICAL), models, unloader, compute, true);
    }

    /** This catalog with {@code more} engines (the configured hosted ones) listed after the built-in ones. */
    public EngineCatalog with(List<EngineInfo> more) {
        List<EngineInfo> all = new ArrayList<>(engines);
        all.addAll(more);
        return new EngineCatalog(all, models, unloader, compute, diffusion);
    }

    /** Where diffusion models run (welcome's {@code compute}). */
    public String compute() {
        return compute.get();
    }

    public List<EngineInfo> engines() {
        return diffusion ? engines(models()) : engines;
    }

    /** The engines, given the models {@link #models()} just returned (it reads the model store). */
    public List<EngineInfo> engines(List<ModelInfo> models) {
        if (!diffusion) {
            return engines;
        }
        List<EngineInfo> all = new ArrayList<>(engines);
        boolean installed = models.stream().anyMatch(ModelInfo::installed);
        all.add(new EngineInfo(DiffusionEditEngine.ENGINE, installed, installed
                ? "New content from text, inpainting, instruction edits (ONNX Runtime)"
                : "New content from text, inpainting, instruction edits; needs a model: ./easel models install sd15-inpainting"));
        return all;
    }

    public List<ModelInfo> models() {
        return models.get();
    }

    /** Unloads every loaded model (one in use as soon as its job ends); returns their ids. */
    public List<String> unloadModels() {
        return unloader.get();
    }

    public boolean isAvailable(String id) {
        return engines().stream().anyMatch(e -> e.id().equals(id) && e.available());
    }

    public List<String> availableIds() {
        return engines().stream().filter(EngineInfo::available).map(EngineInfo::id).toList();
    }
}
