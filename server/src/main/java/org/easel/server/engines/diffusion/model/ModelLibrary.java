package org.easel.server.engines.diffusion.model;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed diffusion models and the ones loaded into memory. The model store is read afresh
 * each time, so a model installed (or removed) while the daemon runs is seen at the next request.
 * Loaded models stay loaded for the next edit; loading another one first unloads the others when
 * free memory would not hold both. ONNX Runtime itself starts only when the first model loads, so a
 * daemon without models starts as fast as before.
 */
public final class ModelLibrary implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModelLibrary.class);

    /** An installed model folder that looks complete, with what it claims to do. */
    public record Installed(String id, ModelFolder folder) {
        public List<String> capabilities() {
            return folder.claimedKind().capabilities();
        }
    }

    private final Supplier<Map<String, Path>> installedFolders;
    private final Supplier<OnnxRuntime> runtimeFactory;
    private final Map<String, DiffusionModel> loaded = new LinkedHashMap<>();
    /** How many jobs use each loaded model; an unloaded model still in use closes when the last lets go. */
    private final Map<DiffusionModel, Integer> users = new IdentityHashMap<>();
    private final Set<DiffusionModel> unloadWhenIdle = Collections.newSetFromMap(new IdentityHashMap<>());
    private OnnxRuntime runtime;

    /**
     * @param installedFolders the model store's complete installs, id → folder
     * @param runtime          makes the ONNX Runtime on first use
     */
    public ModelLibrary(Supplier<Map<String, Path>> installedFolders, Supplier<OnnxRuntime> runtime) {
        this.installedFolders = installedFolders;
        this.runtimeFactory = runtime;
    }

    /** Installed models whose folders are complete; incomplete ones are logged and left out. */
    public List<Installed> installed() {
        List<Installed> models = new ArrayList<>();
        installedFolders.get().forEach((id, folder) -> {
            try {
                models.add(new Installed(id, ModelFolder.inspect(folder)));
            } catch (DiffusionException e) {
                log.warn("model {} is not usable: {}", id, e.getMessage());
            }
        });
        return models;
    }

    /**
     * The model to use for {@code capability}: the one asked for if it can, else the first
     * installed one that can, preferring a model made for the task (an inpainting model to inpaint).
     */
    public Optional<Installed> choose(String capability, Optional<String> requested) {
        List<Installed> models = installed();
        if (requested.isPresent()) {
            return models.stream().filter(m -> m.id().equals(requested.get()) && m.folder().claimedKind().can(capability))
                    .findFirst();
        }
        return models.stream().filter(m -> m.capabilities().get(0).equals(capability)).findFirst()
                .or(() -> models.stream().filter(m -> m.folder().claimedKind().can(capability)).findFirst());
    }

    /**
     * The model loaded and ready for one job, loading it (and unloading others if memory is short)
     * when needed; give it back with {@link #release} when the job ends.
     */
    public synchronized DiffusionModel acquire(Installed model) {
        DiffusionModel ready = load(model);
        users.merge(ready, 1, Integer::sum);
        return ready;
    }

    /** The job using {@code model} is done with it. */
    public synchronized void release(DiffusionModel model) {
        int left = users.merge(model, -1, Integer::sum);
        if (left <= 0) {
            users.remove(model);
            if (unloadWhenIdle.remove(model)) {
                model.close();
            }
        }
    }

    private DiffusionModel load(Installed model) {
        DiffusionModel ready = loaded.get(model.id());
        if (ready != null && ready.folder().root().equals(model.folder().root())) {
            return ready;
        }
        long needed = model.folder().sizeBytes();
        if (!loaded.isEmpty() && freeMemory() < needed + needed / 2) {
            log.info("unloading {} to make room for {}", loaded.keySet(), model.id());
            unloadAll();
        }
        long start = System.nanoTime();
        DiffusionModel fresh;
        String where;
        if (model.folder().remote().isPresent()) {
            // The networks run on the inference server: no ONNX Runtime here, only the pipeline's small files.
            fresh = DiffusionModel.load(model.id(), model.folder(), RemoteNetworks.on(model.folder().remote().get()));
            where = "inference server at " + model.folder().remote().get().url();
        } else {
            if (runtime == null) {
                runtime = runtimeFactory.get();
            }
            fresh = DiffusionModel.load(model.id(), model.folder(), runtime);
            where = runtime.deviceName();
        }
        log.info("loaded model {} ({}, {} MB) on the {} in {} ms", model.id(), fresh.kind(), needed >> 20,
                where, (System.nanoTime() - start) / 1_000_000);
        Optional.ofNullable(loaded.put(model.id(), fresh)).ifPresent(this::unload);
        return fresh;
    }

    /** Frees the memory of every loaded model (of one in use, when its job ends); returns their ids. */
    public synchronized List<String> unloadAll() {
        List<String> ids = List.copyOf(loaded.keySet());
        loaded.values().forEach(this::unload);
        loaded.clear();
        return ids;
    }

    private void unload(DiffusionModel model) {
        if (users.containsKey(model)) {
            unloadWhenIdle.add(model);
        } else {
            model.close();
        }
    }

    /** "CPU" or "CUDA (GPU 0)" once the first model has loaded (only then is it known whether CUDA works). */
    public synchronized Optional<String> deviceName() {
        return runtime == null ? Optional.empty() : Optional.of(runtime.deviceName());
    }

    private static long freeMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getFreeMemorySize();
        }
        return Long.MAX_VALUE;
    }

    @Override
    public void close() {
        unloadAll();
    }
}
