package org.easel.server.engines.diffusion.model;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
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
import org.easel.server.engines.diffusion.onnx.InferenceModel;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.onnx.TensorSpec;
import org.easel.server.engines.diffusion.scheduler.SchedulerConfig;
import org.easel.server.engines.diffusion.tokenizer.ClipTokenizer;

/**
 * A model folder loaded into ONNX Runtime: tokenizer, scheduler configuration and one session per
 * network, kept open for reuse until {@link #close()}. The UNet's declared inputs decide the kind
 * (4, 8 or 9 channels), whatever {@code model_index.json} claims.
 */
public final class DiffusionModel implements AutoCloseable {
    /** Stable Diffusion 1.x/2.x's latent scale, used when the VAE config does not give one. */
    static final double DEFAULT_VAE_SCALE = 0.18215;

    private final String id;
    private final ModelFolder folder;
    private final ModelKind kind;
    private final ClipTokenizer tokenizer;
    private final SchedulerConfig schedulerConfig;
    private final double vaeScale;
    private final InferenceModel textEncoder;
    private final InferenceModel unet;
    private final InferenceModel vaeDecoder;
    private final Optional<InferenceModel> vaeEncoder;

    private DiffusionModel(String id, ModelFolder folder, ModelKind kind, ClipTokenizer tokenizer,
                           SchedulerConfig schedulerConfig, double vaeScale, InferenceModel textEncoder, InferenceModel unet,
                           InferenceModel vaeDecoder, Optional<InferenceModel> vaeEncoder) {
        this.id = id;
        this.folder = folder;
        this.kind = kind;
        this.tokenizer = tokenizer;
        this.schedulerConfig = schedulerConfig;
        this.vaeScale = vaeScale;
        this.textEncoder = textEncoder;
        this.unet = unet;
        this.vaeDecoder = vaeDecoder;
        this.vaeEncoder = vaeEncoder;
    }

    /** Opens one network of a model, e.g. {@code unet/model.onnx}, wherever it runs. */
    @FunctionalInterface
    public interface Networks {
        InferenceModel open(String file);
    }

    /** Loads a local model folder into ONNX Runtime. */
    public static DiffusionModel load(String id, ModelFolder folder, OnnxRuntime runtime) {
        return load(id, folder, file -> runtime.open(folder.file(file), file));
    }

    /**
     * Loads every part, opening the networks with {@code networks} (ONNX Runtime sessions, or
     * models on an inference server); on any failure, closes what was opened and explains what is wrong.
     */
    public static DiffusionModel load(String id, ModelFolder folder, Networks networks) {
        ClipTokenizer tokenizer;
        SchedulerConfig schedulerConfig;
        try {
            tokenizer = ClipTokenizer.load(folder.file(ModelFolder.TOKENIZER));
            schedulerConfig = SchedulerConfig.read(folder.file(ModelFolder.SCHEDULER_CONFIG));
        } catch (IOException e) {
            throw new DiffusionException("Model " + id + ": " + e.getMessage(), e);
        }
        double vaeScale = readVaeScale(folder.file("vae_decoder/config.json"));
        List<InferenceModel> opened = new ArrayList<>();
        try {
            InferenceModel textEncoder = open(networks, ModelFolder.TEXT_ENCODER, opened);
            InferenceModel unet = open(networks, ModelFolder.UNET, opened);
            InferenceModel vaeDecoder = open(networks, ModelFolder.VAE_DECODER, opened);
            Optional<InferenceModel> vaeEncoder = folder.hasVaeEncoder()
                    ? Optional.of(open(networks, ModelFolder.VAE_ENCODER, opened)) : Optional.empty();
            ModelKind kind = kindOf(id, unet);
            textEncoder.input("input_ids");
            unet.input("encoder_hidden_states");
            unet.input("timestep");
            vaeDecoder.input("latent_sample");
            return new DiffusionModel(id, folder, kind, tokenizer, schedulerConfig, vaeScale, textEncoder, unet,
                    vaeDecoder, vaeEncoder);
        } catch (RuntimeException e) {
            opened.forEach(InferenceModel::close);
            throw e;
        }
    }

    private static InferenceModel open(Networks networks, String file, List<InferenceModel> opened) {
        InferenceModel model = networks.open(file);
        opened.add(model);
        return model;
    }

    private static ModelKind kindOf(String id, InferenceModel unet) {
        TensorSpec sample = unet.input("sample");
        if (sample.rank() != 4) {
            throw new DiffusionException("Model " + id + ": the UNet's sample input is " + sample
                    + ", not [batch, channels, height, width].");
        }
        return ModelKind.fromUnetChannels(sample.dim(1)).orElseThrow(() -> new DiffusionException("Model " + id
                + ": a UNet with " + sample.dim(1) + " input channels is not one Easel knows (4 text-to-image, "
                + "9 inpainting, 8 InstructPix2Pix)."));
    }

    private static double readVaeScale(Path config) {
        if (!Files.isRegularFile(config)) {
            return DEFAULT_VAE_SCALE;
        }
        try (InputStream in = Files.newInputStream(config); JsonReader reader = Jsons.createReader(in)) {
            JsonObject json = reader.readObject();
            return json.get("scaling_factor") instanceof JsonNumber n ? n.doubleValue() : DEFAULT_VAE_SCALE;
        } catch (IOException | JsonException e) {
            return DEFAULT_VAE_SCALE;
        }
    }

    public String id() {
        return id;
    }

    public ModelFolder folder() {
        return folder;
    }

    public ModelKind kind() {
        return kind;
    }

    public ClipTokenizer tokenizer() {
        return tokenizer;
    }

    public SchedulerConfig schedulerConfig() {
        return schedulerConfig;
    }

    /** Latents the UNet works on are the VAE's times this. */
    public double vaeScale() {
        return vaeScale;
    }

    public InferenceModel textEncoder() {
        return textEncoder;
    }

    public InferenceModel unet() {
        return unet;
    }

    public InferenceModel vaeDecoder() {
        return vaeDecoder;
    }

    /** Present unless the folder has no VAE encoder (then only text-to-image works). */
    public InferenceModel vaeEncoder() {
        return vaeEncoder.orElseThrow(() -> new DiffusionException("Model " + id
                + " has no VAE encoder (vae_encoder/model.onnx), so it can only generate from text, not edit an image."));
    }

    /** Nanoseconds spent running this model's networks (inside ONNX Runtime, or waiting for the inference server). */
    public long runNanos() {
        return textEncoder.runNanos() + unet.runNanos() + vaeDecoder.runNanos()
                + vaeEncoder.map(InferenceModel::runNanos).orElse(0L);
    }

    @Override
    public void close() {
        textEncoder.close();
        unet.close();
        vaeDecoder.close();
        vaeEncoder.ifPresent(InferenceModel::close);
    }
}
