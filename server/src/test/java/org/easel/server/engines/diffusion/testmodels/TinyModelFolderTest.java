package org.easel.server.engines.diffusion.testmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.TensorInfo;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinyModelFolderTest {
    @TempDir
    Path dir;

    private static JsonObject json(Path file) throws Exception {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static TensorInfo info(Map<String, NodeInfo> infos, String name) {
        return (TensorInfo) infos.get(name).getInfo();
    }

    @Test
    void writesEveryFileOfADiffusersOnnxFolder() throws Exception {
        TinyModelFolder.builder().write(dir);
        for (String file : TinyModelFolder.FILES) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }

        JsonObject index = json(dir.resolve("model_index.json"));
        assertEquals("OnnxStableDiffusionPipeline", index.getString("_class_name"));
        assertEquals(List.of("diffusers", "OnnxRuntimeModel"),
                index.getJsonArray("unet").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals("PNDMScheduler", index.getJsonArray("scheduler").getString(1));
        assertEquals("CLIPTokenizer", index.getJsonArray("tokenizer").getString(1));

        JsonObject scheduler = json(dir.resolve("scheduler/scheduler_config.json"));
        assertEquals("PNDMScheduler", scheduler.getString("_class_name"));
        assertEquals(0.00085, scheduler.getJsonNumber("beta_start").doubleValue());
        assertEquals(0.012, scheduler.getJsonNumber("beta_end").doubleValue());
        assertEquals("scaled_linear", scheduler.getString("beta_schedule"));
        assertEquals(1000, scheduler.getInt("num_train_timesteps"));
        assertEquals(1, scheduler.getInt("steps_offset"));
        assertFalse(scheduler.containsKey("prediction_type"));
        assertFalse(scheduler.containsKey("timestep_spacing"));

        JsonObject vocab = json(dir.resolve("tokenizer/vocab.json"));
        assertEquals(ClipVocab.SIZE, vocab.size());
        assertEquals(0, vocab.getInt("!"));
        assertEquals(64, vocab.getInt("a"));
        assertEquals(256, vocab.getInt("!</w>"));
        assertEquals(256 + 64, vocab.getInt("a</w>"));
        assertEquals(255, vocab.getInt("\u0143")); // byte 0xad, the last byte mapped above 255
        assertEquals(ClipVocab.id("cat</w>"), vocab.getInt("cat</w>"));
        assertEquals(ClipVocab.BOS_ID, vocab.getInt("<|startoftext|>"));
        assertEquals(ClipVocab.EOS_ID, vocab.getInt("<|endoftext|>"));
        assertEquals(ClipVocab.SIZE - 1, ClipVocab.EOS_ID);
        List<String> merges = Files.readAllLines(dir.resolve("tokenizer/merges.txt"));
        assertEquals("#version: 0.2", merges.get(0));
        assertEquals(ClipVocab.MERGES, merges.subList(1, merges.size()));
        JsonObject special = json(dir.resolve("tokenizer/special_tokens_map.json"));
        assertEquals("<|endoftext|>", special.getString("pad_token"));
        assertEquals(ClipVocab.EOS_ID, TinyModelFolder.builder().padId());

        try (OrtModel text = new OrtModel(Files.readAllBytes(dir.resolve("text_encoder/model.onnx")));
                OrtModel unet = new OrtModel(Files.readAllBytes(dir.resolve("unet/model.onnx")));
                OrtModel encoder = new OrtModel(Files.readAllBytes(dir.resolve("vae_encoder/model.onnx")));
                OrtModel decoder = new OrtModel(Files.readAllBytes(dir.resolve("vae_decoder/model.onnx")))) {
            assertEquals(OnnxJavaType.INT32, info(text.inputs(), "input_ids").type);
            assertArrayEquals(new long[] {-1, -1, 32}, info(text.outputs(), "last_hidden_state").getShape());
            assertArrayEquals(new long[] {-1, 4, -1, -1}, info(unet.inputs(), "sample").getShape());
            assertEquals(OnnxJavaType.INT64, info(unet.inputs(), "timestep").type);
            assertArrayEquals(new long[] {-1, -1, 32}, info(unet.inputs(), "encoder_hidden_states").getShape());
            assertEquals(List.of("sample", "timestep", "encoder_hidden_states"), List.copyOf(unet.inputs().keySet()));
            assertTrue(encoder.outputs().containsKey("latent_sample"));
            assertTrue(decoder.inputs().containsKey("latent_sample"));
        }
    }

    @Test
    void optionsReachEveryModelAndConfig() throws Exception {
        TinyModelFolder folder = TinyModelFolder.builder()
                .unetChannels(9).ids(IdsType.INT64).timestep(TimestepInput.FLOAT16_ONE).fp16(true)
                .vaeEncoderOutput(VaeEncoderOutput.LATENT_PARAMETERS).hiddenSize(768)
                .prediction(Prediction.V_PREDICTION).timestepCond(true)
                .scheduler("EulerDiscreteScheduler").timestepSpacing("trailing").stepsOffset(0)
                .schedulerOption("use_karras_sigmas", true).padWithExclamation(true);
        folder.write(dir);
        assertEquals(ClipVocab.EXCLAMATION_ID, folder.padId());
        assertEquals("OnnxStableDiffusionInpaintPipeline", json(dir.resolve("model_index.json")).getString("_class_name"));
        assertEquals("EulerDiscreteScheduler", json(dir.resolve("model_index.json")).getJsonArray("scheduler").getString(1));
        JsonObject scheduler = json(dir.resolve("scheduler/scheduler_config.json"));
        assertEquals("EulerDiscreteScheduler", scheduler.getString("_class_name"));
        assertEquals("v_prediction", scheduler.getString("prediction_type"));
        assertEquals("trailing", scheduler.getString("timestep_spacing"));
        assertEquals(0, scheduler.getInt("steps_offset"));
        assertTrue(scheduler.getBoolean("use_karras_sigmas"));
        assertEquals("!", json(dir.resolve("tokenizer/special_tokens_map.json")).getString("pad_token"));

        try (OrtModel text = new OrtModel(Files.readAllBytes(dir.resolve("text_encoder/model.onnx")));
                OrtModel unet = new OrtModel(Files.readAllBytes(dir.resolve("unet/model.onnx")));
                OrtModel encoder = new OrtModel(Files.readAllBytes(dir.resolve("vae_encoder/model.onnx")));
                OrtModel decoder = new OrtModel(Files.readAllBytes(dir.resolve("vae_decoder/model.onnx")))) {
            assertEquals(OnnxJavaType.INT64, info(text.inputs(), "input_ids").type);
            assertEquals(OnnxJavaType.FLOAT16, info(text.outputs(), "last_hidden_state").type);
            assertArrayEquals(new long[] {-1, -1, 768}, info(text.outputs(), "last_hidden_state").getShape());
            assertArrayEquals(new long[] {-1, 9, -1, -1}, info(unet.inputs(), "sample").getShape());
            assertEquals(OnnxJavaType.FLOAT16, info(unet.inputs(), "sample").type);
            assertEquals(OnnxJavaType.FLOAT16, info(unet.inputs(), "timestep").type);
            assertArrayEquals(new long[] {1}, info(unet.inputs(), "timestep").getShape());
            assertEquals(OnnxJavaType.FLOAT16, info(unet.inputs(), "timestep_cond").type);
            assertEquals(OnnxJavaType.FLOAT16, info(unet.outputs(), "out_sample").type);
            assertArrayEquals(new long[] {-1, 8, -1, -1}, info(encoder.outputs(), "latent_parameters").getShape());
            assertEquals(OnnxJavaType.FLOAT16, info(encoder.inputs(), "sample").type);
            assertEquals(OnnxJavaType.FLOAT16, info(decoder.outputs(), "sample").type);
        }
    }

    @Test
    void instructPix2PixFolderIsNamedForIt() throws Exception {
        TinyModelFolder.builder().unetChannels(8).write(dir);
        assertEquals("OnnxStableDiffusionInstructPix2PixPipeline",
                json(dir.resolve("model_index.json")).getString("_class_name"));
        TinyModelFolder.builder().pipelineClass("OnnxStableDiffusionImg2ImgPipeline").write(dir.resolve("custom"));
        assertEquals("OnnxStableDiffusionImg2ImgPipeline",
                json(dir.resolve("custom/model_index.json")).getString("_class_name"));
    }

    @Test
    void omitLeavesOutAFileOrAFolder() throws Exception {
        TinyModelFolder.builder().omit("unet/model.onnx").omit("tokenizer").write(dir);
        assertFalse(Files.exists(dir.resolve("unet/model.onnx")));
        assertFalse(Files.exists(dir.resolve("tokenizer")));
        for (String file : TinyModelFolder.FILES) {
            if (!file.equals("unet/model.onnx") && !file.startsWith("tokenizer/")) {
                assertTrue(Files.isRegularFile(dir.resolve(file)), file);
            }
        }
    }
}
