package org.easel.server.engines.diffusion.model;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.Jsons;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.remote.RemoteEndpoint;

/**
 * A model folder in the diffusers ONNX layout, checked before anything is loaded: which files are
 * there, which pipeline {@code model_index.json} names, and so which kind of model it claims to be.
 * The UNet's input channels confirm the kind when the model is loaded.
 */
public record ModelFolder(Path root, String pipelineClass, ModelKind claimedKind, boolean hasVaeEncoder,
                          Optional<RemoteEndpoint> remote) {

    public static final String MODEL_INDEX = "model_index.json";
    public static final String SCHEDULER_CONFIG = "scheduler/scheduler_config.json";
    public static final String TOKENIZER = "tokenizer";
    public static final String TEXT_ENCODER = "text_encoder/model.onnx";
    public static final String UNET = "unet/model.onnx";
    public static final String VAE_ENCODER = "vae_encoder/model.onnx";
    public static final String VAE_DECODER = "vae_decoder/model.onnx";

    /** What the pipeline reads itself, local or remote: the tokenizer and the scheduler's configuration. */
    public static final List<String> PIPELINE_FILES = List.of(MODEL_INDEX, SCHEDULER_CONFIG, TOKENIZER + "/vocab.json",
            TOKENIZER + "/merges.txt");
    private static final List<String> NETWORKS = List.of(TEXT_ENCODER, UNET, VAE_DECODER);

    /**
     * Checks the folder. The VAE encoder is optional: without it the model only generates from text.
     * A remote model's folder ({@code remote.json} beside the pipeline files) has no networks: they
     * run on the inference server it names.
     *
     * @throws DiffusionException naming every missing file, or an unreadable model_index.json
     */
    public static ModelFolder inspect(Path root) {
        if (!Files.isDirectory(root)) {
            throw new DiffusionException("The model folder " + root + " does not exist.");
        }
        Path remoteFile = root.resolve(RemoteEndpoint.FILE);
        Optional<RemoteEndpoint> remote = Files.isRegularFile(remoteFile) ? Optional.of(RemoteEndpoint.read(remoteFile))
                : Optional.empty();
        List<String> required = new ArrayList<>(PIPELINE_FILES);
        if (remote.isEmpty()) {
            required.addAll(NETWORKS);
        }
        List<String> missing = new ArrayList<>();
        for (String file : required) {
            if (!Files.isRegularFile(root.resolve(file))) {
                missing.add(file);
            }
        }
        if (!missing.isEmpty()) {
            throw new DiffusionException("The model folder " + root + " is incomplete: " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing. Reinstall the model (./easel models install).");
        }
        String pipelineClass = readPipelineClass(root.resolve(MODEL_INDEX));
        boolean vaeEncoder = remote.map(r -> r.parts().containsKey(part(VAE_ENCODER)))
                .orElseGet(() -> Files.isRegularFile(root.resolve(VAE_ENCODER)));
        return new ModelFolder(root, pipelineClass, ModelKind.fromPipelineClass(pipelineClass), vaeEncoder, remote);
    }

    /** The part a network file belongs to: {@code unet/model.onnx} → {@code unet}. */
    public static String part(String networkFile) {
        return networkFile.substring(0, networkFile.indexOf('/'));
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    /** Sum of the folder's file sizes: roughly the memory its sessions will take. */
    public long sizeBytes() {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String readPipelineClass(Path modelIndex) {
        try (InputStream in = Files.newInputStream(modelIndex); JsonReader reader = Jsons.createReader(in)) {
            JsonObject index = reader.readObject();
            return index.getString("_class_name", "");
        } catch (IOException | JsonException | ClassCastException e) {
            throw new DiffusionException(modelIndex + " cannot be read (" + e.getMessage()
                    + "); reinstall the model (./easel models install).", e);
        }
    }
}
