package org.easel.server.engines.diffusion.testmodels;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a complete tiny model folder in the diffusers ONNX layout:
 * <pre>
 * model_index.json
 * scheduler/scheduler_config.json
 * tokenizer/vocab.json, merges.txt, special_tokens_map.json, tokenizer_config.json
 * text_encoder/model.onnx   ({@link TinyTextEncoder})
 * unet/model.onnx           ({@link OracleUnet})
 * vae_encoder/model.onnx    ({@link LinearVae#encoder})
 * vae_decoder/model.onnx    ({@link LinearVae#decoder})
 * </pre>
 * The tokenizer is {@link ClipVocab} (BOS {@link ClipVocab#BOS_ID}, EOS {@link ClipVocab#EOS_ID}, pad
 * {@link #padId()}); the text encoder's eosId is {@link ClipVocab#EOS_ID}. model_index.json's
 * {@code _class_name} follows the UNet's channels (OnnxStableDiffusionPipeline, …InstructPix2PixPipeline
 * for 8, …InpaintPipeline for 9) unless {@link #pipelineClass} sets it. The scheduler config defaults
 * to Stable Diffusion 1.5's PNDM config (scaled_linear 0.00085–0.012, 1000 steps, steps_offset 1,
 * skip_prk_steps, set_alpha_to_one false).
 */
public final class TinyModelFolder {
    /** The files written, relative to the folder. */
    public static final List<String> FILES = List.of(
            "model_index.json",
            "scheduler/scheduler_config.json",
            "tokenizer/vocab.json",
            "tokenizer/merges.txt",
            "tokenizer/special_tokens_map.json",
            "tokenizer/tokenizer_config.json",
            "text_encoder/model.onnx",
            "unet/model.onnx",
            "vae_encoder/model.onnx",
            "vae_decoder/model.onnx");

    /** The tokenizer's {@code <|startoftext|>} id ({@link ClipVocab#BOS_ID}). */
    public static final int BOS_ID = ClipVocab.BOS_ID;
    /** The tokenizer's {@code <|endoftext|>} id ({@link ClipVocab#EOS_ID}), also the text encoder's eosId. */
    public static final int EOS_ID = ClipVocab.EOS_ID;

    private final OracleUnet unet = new OracleUnet();
    private int channels = 4;
    private IdsType ids = IdsType.INT32;
    private TimestepInput timestep = TimestepInput.INT64_BATCH;
    private boolean fp16;
    private VaeEncoderOutput vaeEncoderOutput = VaeEncoderOutput.LATENT_SAMPLE;
    private int hiddenSize = 32;
    private Prediction prediction = Prediction.EPSILON;
    private String pipelineClass;
    private String schedulerClass = "PNDMScheduler";
    private String timestepSpacing;
    private int stepsOffset = 1;
    private final Map<String, Object> schedulerOptions = new LinkedHashMap<>();
    private boolean padWithExclamation;
    private final List<String> omitted = new ArrayList<>();

    public static TinyModelFolder builder() {
        return new TinyModelFolder();
    }

    /** UNet input channels: 4 (default), 8 (InstructPix2Pix) or 9 (inpainting). */
    public TinyModelFolder unetChannels(int c) {
        unet.channels(c);
        this.channels = c;
        return this;
    }

    /** The text encoder's input_ids type (default INT32). */
    public TinyModelFolder ids(IdsType ids) {
        this.ids = ids;
        return this;
    }

    /** The UNet's timestep variant (default INT64_BATCH). */
    public TinyModelFolder timestep(TimestepInput variant) {
        this.timestep = variant;
        return this;
    }

    /** float16 float inputs and outputs in every model, as Olive fp16 exports (default false). */
    public TinyModelFolder fp16(boolean fp16) {
        this.fp16 = fp16;
        return this;
    }

    /** The VAE encoder's output (default LATENT_SAMPLE). */
    public TinyModelFolder vaeEncoderOutput(VaeEncoderOutput output) {
        this.vaeEncoderOutput = output;
        return this;
    }

    /** Hidden size D (default 32; 768 as SD 1.5, 1024 as SD 2). */
    public TinyModelFolder hiddenSize(int d) {
        this.hiddenSize = d;
        return this;
    }

    /** The oracle UNet's targets x0_u and x0_c (defaults as {@link OracleUnet}). */
    public TinyModelFolder targets(float[] x0Uncond, float[] x0Cond) {
        unet.targets(x0Uncond, x0Cond);
        return this;
    }

    /** The UNet's prediction, also written as the scheduler's prediction_type when not EPSILON. */
    public TinyModelFolder prediction(Prediction prediction) {
        this.prediction = prediction;
        return this;
    }

    /** Adds the LCM input timestep_cond [batch, 256] to the UNet (default false). */
    public TinyModelFolder timestepCond(boolean timestepCond) {
        unet.timestepCond(timestepCond);
        return this;
    }

    /** Declares the UNet's sample channels as symbolic "channels", as diffusers' exporter does. */
    public TinyModelFolder symbolicUnetChannels(boolean symbolic) {
        unet.symbolicChannels(symbolic);
        return this;
    }

    /** A UNet exported with a fixed batch: {@link OracleUnet#batch}. */
    public TinyModelFolder unetBatch(int size) {
        unet.batch(size);
        return this;
    }

    /** A heavy UNet: {@link OracleUnet#heavy}. */
    public TinyModelFolder heavyUnet(int layers, int convChannels) {
        unet.heavy(layers, convChannels);
        return this;
    }

    /** model_index.json's _class_name (default from the UNet channels). */
    public TinyModelFolder pipelineClass(String className) {
        this.pipelineClass = className;
        return this;
    }

    /** scheduler_config.json's _class_name (default PNDMScheduler), also in model_index.json. */
    public TinyModelFolder scheduler(String className) {
        this.schedulerClass = className;
        return this;
    }

    /** scheduler_config.json's timestep_spacing ("leading", "trailing", "linspace"; default absent). */
    public TinyModelFolder timestepSpacing(String spacing) {
        this.timestepSpacing = spacing;
        return this;
    }

    /** scheduler_config.json's steps_offset (default 1). */
    public TinyModelFolder stepsOffset(int offset) {
        this.stepsOffset = offset;
        return this;
    }

    /**
     * Sets (or with a null value, writes null for) any other scheduler_config.json key, e.g.
     * {@code use_karras_sigmas}, {@code beta_schedule}; String, Number or Boolean values.
     */
    public TinyModelFolder schedulerOption(String key, Object value) {
        schedulerOptions.put(key, value);
        return this;
    }

    /** Pads with "!" (id {@link ClipVocab#EXCLAMATION_ID}, SD 2.x) instead of {@code <|endoftext|>} (SD 1.5, default). */
    public TinyModelFolder padWithExclamation(boolean exclamation) {
        this.padWithExclamation = exclamation;
        return this;
    }

    /** Leaves out the file at {@code relativePath} (e.g. "unet/model.onnx"), or every file under a folder ("unet"). */
    public TinyModelFolder omit(String relativePath) {
        omitted.add(relativePath);
        return this;
    }

    /** The id of the pad token: {@link ClipVocab#EOS_ID}, or {@link ClipVocab#EXCLAMATION_ID} with padWithExclamation. */
    public int padId() {
        return padWithExclamation ? ClipVocab.EXCLAMATION_ID : ClipVocab.EOS_ID;
    }

    /** The UNet builder this folder uses, e.g. for {@link OracleUnet#target}. */
    public OracleUnet unet() {
        return unet;
    }

    /** Writes the folder into {@code dir} (created if needed) and returns it. */
    public Path write(Path dir) {
        createDirectories(dir);
        write(dir, "model_index.json", () -> json(modelIndex()));
        write(dir, "scheduler/scheduler_config.json", () -> json(schedulerConfig()));
        write(dir, "tokenizer/vocab.json", () -> json(vocab()));
        write(dir, "tokenizer/merges.txt", () -> ClipVocab.mergesTxt().getBytes(StandardCharsets.UTF_8));
        write(dir, "tokenizer/special_tokens_map.json", () -> json(specialTokens()));
        write(dir, "tokenizer/tokenizer_config.json", () -> json(tokenizerConfig()));
        write(dir, "text_encoder/model.onnx", () -> new TinyTextEncoder()
                .hiddenSize(hiddenSize).eosId(ClipVocab.EOS_ID).ids(ids).fp16(fp16).build());
        write(dir, "unet/model.onnx", () -> unet
                .hiddenSize(hiddenSize).timestep(timestep).fp16(fp16).prediction(prediction).build());
        write(dir, "vae_encoder/model.onnx", () -> LinearVae.encoder(vaeEncoderOutput, fp16));
        write(dir, "vae_decoder/model.onnx", () -> LinearVae.decoder(fp16));
        return dir;
    }

    private void write(Path dir, String relativePath, Supplier<byte[]> content) {
        for (String omit : omitted) {
            if (relativePath.equals(omit) || relativePath.startsWith(omit + "/")) {
                return;
            }
        }
        OnnxGraph.write(content.get(), dir.resolve(relativePath));
    }

    private String defaultPipelineClass() {
        return switch (channels) {
            case 8 -> "OnnxStableDiffusionInstructPix2PixPipeline";
            case 9 -> "OnnxStableDiffusionInpaintPipeline";
            default -> "OnnxStableDiffusionPipeline";
        };
    }

    private JsonObject modelIndex() {
        JsonArrayBuilder none = Json.createArrayBuilder().addNull().addNull();
        return Json.createObjectBuilder()
                .add("_class_name", pipelineClass != null ? pipelineClass : defaultPipelineClass())
                .add("_diffusers_version", "0.6.0")
                .add("feature_extractor", none)
                .add("requires_safety_checker", false)
                .add("safety_checker", Json.createArrayBuilder().addNull().addNull())
                .add("scheduler", pair("diffusers", schedulerClass))
                .add("text_encoder", pair("diffusers", "OnnxRuntimeModel"))
                .add("tokenizer", pair("transformers", "CLIPTokenizer"))
                .add("unet", pair("diffusers", "OnnxRuntimeModel"))
                .add("vae_decoder", pair("diffusers", "OnnxRuntimeModel"))
                .add("vae_encoder", pair("diffusers", "OnnxRuntimeModel"))
                .build();
    }

    private static JsonArrayBuilder pair(String library, String className) {
        return Json.createArrayBuilder().add(library).add(className);
    }

    private JsonObject schedulerConfig() {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("_class_name", schedulerClass)
                .add("_diffusers_version", "0.6.0")
                .add("beta_end", NoiseSchedule.BETA_END)
                .add("beta_schedule", "scaled_linear")
                .add("beta_start", NoiseSchedule.BETA_START)
                .add("clip_sample", false)
                .add("num_train_timesteps", NoiseSchedule.TRAIN_TIMESTEPS)
                .add("set_alpha_to_one", false)
                .add("skip_prk_steps", true)
                .add("steps_offset", stepsOffset)
                .addNull("trained_betas");
        if (prediction != Prediction.EPSILON) {
            b.add("prediction_type", prediction.configValue);
        }
        if (timestepSpacing != null) {
            b.add("timestep_spacing", timestepSpacing);
        }
        for (Map.Entry<String, Object> option : schedulerOptions.entrySet()) {
            b.add(option.getKey(), jsonValue(option.getValue()));
        }
        return b.build();
    }

    private static JsonValue jsonValue(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return Json.createValue(number.doubleValue());
        }
        return Json.createValue(value.toString());
    }

    private static JsonObject vocab() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        List<String> tokens = ClipVocab.tokens();
        for (int id = 0; id < tokens.size(); id++) {
            b.add(tokens.get(id), id);
        }
        return b.build();
    }

    private JsonObject specialTokens() {
        return Json.createObjectBuilder()
                .add("bos_token", addedToken(ClipVocab.BOS))
                .add("eos_token", addedToken(ClipVocab.EOS))
                .add("pad_token", padWithExclamation ? "!" : ClipVocab.EOS)
                .add("unk_token", addedToken(ClipVocab.EOS))
                .build();
    }

    private static JsonObjectBuilder addedToken(String content) {
        return Json.createObjectBuilder().add("content", content).add("lstrip", false).add("normalized", true)
                .add("rstrip", false).add("single_word", false);
    }

    private JsonObject tokenizerConfig() {
        return Json.createObjectBuilder()
                .add("add_prefix_space", false)
                .add("bos_token", addedToken(ClipVocab.BOS))
                .add("do_lower_case", true)
                .add("eos_token", addedToken(ClipVocab.EOS))
                .add("errors", "replace")
                .add("model_max_length", 77)
                .add("pad_token", padWithExclamation ? "!" : ClipVocab.EOS)
                .add("tokenizer_class", "CLIPTokenizer")
                .add("unk_token", addedToken(ClipVocab.EOS))
                .build();
    }

    private static byte[] json(JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(object);
        }
        return (out.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
