package org.easel.installer.cli;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.protocol.Jsons;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.ModelKind;
import org.easel.server.engines.diffusion.remote.RemoteEndpoint;
import org.easel.server.engines.diffusion.remote.RemoteModelProbe;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelId;
import org.easel.installer.models.RemoteModelAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code easel models add-remote ID --url URL}: a model whose networks run on a KServe v2 / Triton server. */
@Command(name = "add-remote", mixinStandardHelpOptions = true,
        description = {"Add a model whose text encoder, UNet and VAE run on an inference server speaking the Open "
                + "Inference Protocol (KServe v2 REST: NVIDIA Triton, KServe, Seldon MLServer, OpenVINO Model Server).",
                "The server must be ready and serve <prefix>_text_encoder, <prefix>_unet and <prefix>_vae_decoder "
                        + "(and <prefix>_vae_encoder for image edits), as easel models export-triton names them. What the "
                        + "model can do is read from the server's UNet metadata. The tokenizer and scheduler "
                        + "configuration stay local: they are copied from --pipeline.",
                "The daemon then lists and uses it like an installed model; each step's tensors go to the server as "
                        + "raw bytes over one kept-alive connection."})
final class ModelsAddRemoteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The id Easel will know the model by (lower case, digits, . _ -).")
    String id;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The inference server's HTTP endpoint, e.g. http://gpu1:8000 (Triton's HTTP port).")
    URI url;

    @Option(names = "--pipeline", required = true, paramLabel = "DIR",
            description = "A diffusers folder of the same model (an installed model's folder will do): its tokenizer/, "
                    + "scheduler/ and model_index.json are copied; its ONNX files are not needed.")
    Path pipeline;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding a bearer token the server requires (sent as Authorization: Bearer).")
    Path tokenFile;

    @Option(names = "--prefix", paramLabel = "NAME",
            description = "The server's model names are NAME_text_encoder, NAME_unet, … (default: the ID, dots as _).")
    String prefix;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long one step may take on the server before it is retried (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "How many times a step is sent before the edit fails (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Mixin
    ModelsOptions options;

    @Override
    public Integer call() {
        RemoteEndpoint endpoint;
        try {
            ModelId.require(id);
            if (tokenFile != null && !Files.isReadable(tokenFile)) {
                throw new ModelException("The token file " + tokenFile + " cannot be read.");
            }
            endpoint = new RemoteEndpoint(url, Optional.ofNullable(tokenFile).map(Path::toAbsolutePath),
                    RemoteEndpoint.partNames(prefix == null ? id : prefix, true),
                    java.time.Duration.ofSeconds(timeoutSeconds), attempts, RemoteEndpoint.DEFAULT_RETRY_DELAY);
        } catch (ModelException | IllegalArgumentException e) {
            System.err.println("easel models add-remote: " + e.getMessage());
            return ModelsCommand.USAGE;
        }
        try {
            RemoteModelProbe.Found found = RemoteModelProbe.probe(endpoint);
            ModelKind kind = ModelKind.fromUnetChannels(found.unetChannels()).orElseThrow(() -> new DiffusionException(
                    "The server's UNet takes " + found.unetChannels() + " channels; Easel knows 4 (text-to-image), "
                            + "9 (inpainting) and 8 (InstructPix2Pix)."));
            String modelIndex = modelIndex(pipeline, kind);
            new RemoteModelAdder(options.store(), Clock.systemUTC()).add(id, pipeline, modelIndex,
                    found.endpoint().toJson(), endpoint.url().toString(), kind.capabilities());
            System.out.println("Added " + id + ": " + kind.capabilities().size() + " capabilities ("
                    + String.join(", ", kind.capabilities()) + ") on " + endpoint.url() + ", models "
                    + String.join(", ", found.endpoint().parts().values()) + ".");
            if (!found.endpoint().parts().containsKey("vae_encoder")) {
                System.out.println("The server has no " + RemoteEndpoint.serverName(prefix == null ? id : prefix,
                        "vae_encoder") + ", so " + id + " generates from text but cannot edit an image.");
            }
            return 0;
        } catch (DiffusionException | ModelException e) {
            System.err.println("easel models add-remote: " + e.getMessage());
            return ModelsCommand.FAILED;
        }
    }

    /** The pipeline's model_index.json with its class set from what the server's UNet is. */
    private static String modelIndex(Path pipeline, ModelKind kind) throws ModelException {
        String className = switch (kind) {
            case INPAINT -> "StableDiffusionInpaintPipeline";
            case INSTRUCT_PIX2PIX -> "StableDiffusionInstructPix2PixPipeline";
            case TEXT_TO_IMAGE -> "StableDiffusionPipeline";
        };
        Path file = pipeline.resolve("model_index.json");
        try {
            JsonObject index = Files.isRegularFile(file)
                    ? Jsons.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).readObject()
                    : JsonObject.EMPTY_JSON_OBJECT;
            var out = Jsons.createObjectBuilder(index).add("_class_name", className);
            return out.build().toString() + "\n";
        } catch (IOException | JsonException e) {
            throw new ModelException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

}
