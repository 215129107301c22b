package org.easel.server.engines.diffusion.onnx;

import java.util.Map;
import java.util.Optional;
import org.easel.server.engines.diffusion.DiffusionException;

/**
 * The seam between the diffusion pipeline and whatever evaluates one of its networks (text
 * encoder, UNet, VAE): an ONNX Runtime session in this process ({@link OnnxModel}) or a model on an
 * inference server ({@code remote.KServeModel}). The pipeline reads the declared inputs and outputs
 * here and fills {@link TensorBuffer}s, so it never knows which one it talks to.
 */
public interface InferenceModel extends AutoCloseable {

    /** How messages name this model, e.g. {@code unet/model.onnx} or {@code unet "sd_unet" on http://gpu1:8000}. */
    String label();

    /** The declared inputs by name (symbolic dimensions are -1). */
    Map<String, TensorSpec> inputs();

    /** The declared outputs by name. */
    Map<String, TensorSpec> outputs();

    /** Runs the model and returns every float output as floats. */
    TensorOutputs run(Map<String, TensorBuffer> feeds);

    /** Runs the model writing the named outputs into buffers the caller owns and reuses every step. */
    void runInto(Map<String, TensorBuffer> feeds, Map<String, TensorBuffer> outputs);

    /** Nanoseconds spent running so far (inside ONNX Runtime, or waiting for the server). */
    long runNanos();

    @Override
    void close();

    default Optional<TensorSpec> optionalInput(String name) {
        return Optional.ofNullable(inputs().get(name));
    }

    /** The declared input; a clear error naming what the model has when it lacks it. */
    default TensorSpec input(String name) {
        TensorSpec spec = inputs().get(name);
        if (spec == null) {
            throw new DiffusionException(label() + " has no input \"" + name + "\" (it has " + inputs().keySet()
                    + "); it is not a diffusers ONNX export Easel can run.");
        }
        return spec;
    }

    /** The first of {@code names} that the model outputs. */
    default TensorSpec output(String... names) {
        for (String name : names) {
            TensorSpec spec = outputs().get(name);
            if (spec != null) {
                return spec;
            }
        }
        throw new DiffusionException(label() + " has none of the outputs " + String.join(", ", names) + " (it has "
                + outputs().keySet() + "); it is not a diffusers ONNX export Easel can run.");
    }
}
