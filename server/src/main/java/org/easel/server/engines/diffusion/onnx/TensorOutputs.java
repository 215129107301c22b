package org.easel.server.engines.diffusion.onnx;

import java.util.Arrays;
import java.util.Map;
import org.easel.server.engines.diffusion.DiffusionException;

/**
 * A model's outputs read as floats (float32 and float16 alike), with their shapes: what the
 * pipeline needs from the text encoder and the VAE, whichever {@link InferenceModel} ran them.
 */
public final class TensorOutputs {
    /** One output: its shape and values. */
    public record Output(long[] shape, float[] values) {
    }

    private final String label;
    private final Map<String, Output> outputs;

    public TensorOutputs(String label, Map<String, Output> outputs) {
        this.label = label;
        this.outputs = Map.copyOf(outputs);
    }

    public float[] floats(String name) {
        return get(name).values();
    }

    public long[] shape(String name) {
        return get(name).shape().clone();
    }

    private Output get(String name) {
        Output output = outputs.get(name);
        if (output == null) {
            throw new DiffusionException(label + " returned no float output " + name + " (it returned "
                    + outputs.keySet() + ")");
        }
        return output;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(label).append(':');
        outputs.forEach((name, o) -> s.append(' ').append(name).append(Arrays.toString(o.shape())));
        return s.toString();
    }
}
