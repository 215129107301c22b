package org.easel.server.engines.diffusion.pipeline;

import java.util.Arrays;
import java.util.Map;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.onnx.InferenceModel;
import org.easel.server.engines.diffusion.onnx.TensorBuffer;
import org.easel.server.engines.diffusion.onnx.TensorOutputs;
import org.easel.server.engines.diffusion.onnx.TensorSpec;
import org.easel.server.engines.diffusion.tokenizer.ClipTokenizer;

/** Text → the embeddings the UNet is conditioned on ({@code [77, D]} per prompt). */
final class PromptEncoder {
    private final DiffusionModel model;

    PromptEncoder(DiffusionModel model) {
        this.model = model;
    }

    /** The embedding of one prompt. */
    Embedding encode(String prompt) {
        InferenceModel encoder = model.textEncoder();
        TensorSpec ids = encoder.input("input_ids");
        int[] tokens = model.tokenizer().encode(prompt);
        String output = encoder.output("last_hidden_state").name();
        // int32 (diffusers' script, Olive) or int64 (Optimum): whatever the session declares.
        try (TensorBuffer input = TensorBuffer.of(ids.type(), 1, ClipTokenizer.MAX_LENGTH)) {
            for (int i = 0; i < tokens.length; i++) {
                input.setLong(i, tokens[i]);
            }
            TensorOutputs result = encoder.run(Map.of(ids.name(), input));
            long[] shape = result.shape(output);
            if (shape.length != 3 || shape[1] != ClipTokenizer.MAX_LENGTH) {
                throw new DiffusionException(encoder.label() + " returned " + output + " of shape "
                        + Arrays.toString(shape) + "; expected [1, 77, hidden size]");
            }
            return new Embedding(result.floats(output), (int) shape[2]);
        }
    }

    /** {@code values} is {@code [77, hiddenSize]}. */
    record Embedding(float[] values, int hiddenSize) {
    }
}
