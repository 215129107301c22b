package org.easel.installer.models;

import org.easel.server.models.ContentDigest;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelId;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore;
import org.easel.server.models.RelativePath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.easel.server.models.ModelStore.InstalledModel;

/**
 * Adds a model whose networks run on an inference server ({@code easel models add-remote}): a
 * folder in the model store like an installed model's, holding only the pipeline's small files
 * (tokenizer, scheduler configuration, model index, the VAE's config), {@code remote.json} naming
 * the server and the manifest, published by the same one rename as an install. The caller has
 * read the server first; this class only stores what it found.
 */
public final class RemoteModelAdder {
    /** The small files a remote model keeps locally, relative to a diffusers folder. */
    public static final List<String> PIPELINE_FOLDERS = List.of("tokenizer", "scheduler");
    public static final List<String> PIPELINE_FILES = List.of("model_index.json", "vae_decoder/config.json",
            "vae_encoder/config.json", "text_encoder/config.json", "unet/config.json");

    private final ModelStore store;
    private final Clock clock;

    public RemoteModelAdder(ModelStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param pipeline     a diffusers folder (an installed model's, or the small files of the one the
     *                     server runs) to take the tokenizer and scheduler configuration from
     * @param modelIndex   the model_index.json to write: the pipeline's, its class set from the server's UNet
     * @param remoteJson   the endpoint as {@code remote.json}
     * @param capabilities what the server's UNet can do
     */
    public InstalledModel add(String id, Path pipeline, String modelIndex, String remoteJson, String url,
                              List<String> capabilities) throws ModelException {
        ModelId.require(id);
        if (!Files.isDirectory(pipeline.resolve("tokenizer")) || !Files.isRegularFile(pipeline.resolve("scheduler/scheduler_config.json"))) {
            throw new ModelException(pipeline + " has no tokenizer/ and scheduler/scheduler_config.json; give --pipeline "
                    + "the diffusers folder of the model the server runs (only its small files are copied).");
        }
        try (ModelStore.Lock ignored = store.lock(id)) {
            Path staged = store.incoming(id + ".remote");
            ModelStore.deleteQuietly(staged);
            Files.createDirectories(staged);
            List<String> copied = new ArrayList<>();
            for (String folder : PIPELINE_FOLDERS) {
                try (Stream<Path> files = Files.walk(pipeline.resolve(folder))) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        copied.add(copy(pipeline, staged, pipeline.relativize(file).toString().replace('\\', '/')));
                    }
                }
            }
            for (String file : PIPELINE_FILES) {
                if (!file.equals("model_index.json") && Files.isRegularFile(pipeline.resolve(file))) {
                    copied.add(copy(pipeline, staged, file));
                }
            }
            Files.writeString(staged.resolve("model_index.json"), modelIndex, StandardCharsets.UTF_8);
            Files.writeString(staged.resolve("remote.json"), remoteJson, StandardCharsets.UTF_8);
            copied.add("model_index.json");
            copied.add("remote.json");
            List<ModelManifest.FileRecord> records = new ArrayList<>();
            for (String path : copied) {
                ContentDigest digest = ContentDigest.of(staged.resolve(path), false);
                records.add(new ModelManifest.FileRecord(path, Files.size(staged.resolve(path)), digest.sha256(), "copied"));
            }
            ModelManifest manifest = new ModelManifest(id, id + " on " + url, "remote", "", "", capabilities,
                    clock.instant(), url, records);
            return store.publish(id, staged, manifest);
        } catch (IOException e) {
            throw new ModelException("Cannot add the remote model " + id + ": " + e.getMessage(), e);
        }
    }

    private static String copy(Path from, Path to, String relative) throws IOException {
        if (!RelativePath.isValidFile(relative)) {
            throw new IOException("refusing the file name " + relative);
        }
        Path target = to.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(from.resolve(relative), target);
        return relative;
    }
}
