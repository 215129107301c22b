package org.easel.server.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a model folder into a {@link ModelStore} with the store's own primitives (stage, manifest,
 * publish), for daemon tests that need an installed model. The installers (module {@code installer})
 * do the same with checks, licences and progress; the daemon only ever reads what they publish.
 */
public final class StoredModels {
    private StoredModels() {
    }

    /** Every file of {@code folder}, as {@code easel models install --from FOLDER} leaves it. */
    public static void installLocal(Path stateDir, String id, Path folder, List<String> capabilities) throws IOException, ModelException {
        publish(new ModelStore(ModelStore.modelsDir(stateDir)), id, folder, false, "", "local", capabilities);
    }

    /**
     * A remote model: the pipeline's small files (no networks) and {@code remote.json}, as
     * {@code easel models add-remote} leaves it.
     */
    public static void installRemote(ModelStore store, String id, Path pipeline, String remoteJson, List<String> capabilities)
            throws IOException, ModelException {
        publish(store, id, pipeline, true, remoteJson, "remote", capabilities);
    }

    private static void publish(ModelStore store, String id, Path folder, boolean remote, String remoteJson, String source,
                                List<String> capabilities) throws IOException, ModelException {
        try (ModelStore.Lock ignored = store.lock(id)) {
            Path staged = store.incoming(id);
            ModelStore.deleteQuietly(staged);
            List<ModelManifest.FileRecord> records = new ArrayList<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    if (!(remote && relative.endsWith(".onnx"))) {
                        records.add(copy(file, staged.resolve(relative), relative));
                    }
                }
            }
            if (remote) {
                Path endpoint = staged.resolve("remote.json");
                Files.writeString(endpoint, remoteJson, StandardCharsets.UTF_8);
                records.add(record(endpoint, "remote.json"));
            }
            store.publish(id, staged, new ModelManifest(id, id, source, "", "", capabilities, Instant.now(), "", records));
        }
    }

    private static ModelManifest.FileRecord copy(Path from, Path to, String relative) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
        return record(to, relative);
    }

    private static ModelManifest.FileRecord record(Path file, String relative) throws IOException {
        return new ModelManifest.FileRecord(relative, Files.size(file), ContentDigest.of(file, false).sha256(), "copied");
    }
}
