package org.easel.server.engines.diffusion.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.server.engines.diffusion.DiffusionException;

/**
 * One ONNX model file with its session, opened once and reused for every run. Knows its declared
 * inputs and outputs, and counts the time spent inside ONNX Runtime so the pipeline's own overhead
 * can be measured against it.
 */
public final class OnnxModel implements AutoCloseable {
    private final String label;
    private final OrtSession session;
    private final Map<String, TensorSpec> inputs;
    private final Map<String, TensorSpec> outputs;
    private final AtomicLong runNanos = new AtomicLong();

    OnnxModel(String label, OrtSession session) throws OrtException {
        this.label = label;
        this.session = session;
        this.inputs = specs(session.getInputInfo());
        this.outputs = specs(session.getOutputInfo());
    }

    /** E.g. {@code unet/model.onnx}: how messages name this model. */
    public String label() {
        return label;
    }

    public Map<String, TensorSpec> inputs() {
        return inputs;
    }

    public Map<String, TensorSpec> outputs() {
        return outputs;
    }

    public Optional<TensorSpec> optionalInput(String name) {
        return Optional.ofNullable(inputs.get(name));
    }

    /** The declared input; a clear error naming what the file has when it lacks it. */
    public TensorSpec input(String name) {
        TensorSpec spec = inputs.get(name);
        if (spec == null) {
            throw new DiffusionException(label + " has no input \"" + name + "\" (it has " + inputs.keySet()
                    + "); it is not a diffusers ONNX export Easel can run.");
        }
        return spec;
    }

    /** The first of {@code names} that the model outputs. */
    public TensorSpec output(String... names) {
        for (String name : names) {
            TensorSpec spec = outputs.get(name);
            if (spec != null) {
                return spec;
            }
        }
        throw new DiffusionException(label + " has none of the outputs " + String.join(", ", names) + " (it has "
                + outputs.keySet() + "); it is not a diffusers ONNX export Easel can run.");
    }

    /** Runs the model; the caller closes the result. */
    public OrtSession.Result run(Map<String, ? extends OnnxTensorLike> feeds) {
        long start = System.nanoTime();
        try {
            return session.run(feeds);
        } catch (OrtException e) {
            throw failed(e);
        } finally {
            runNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** Runs the model writing its outputs into tensors the caller owns (no output copy). */
    public void runInto(Map<String, ? extends OnnxTensorLike> feeds, Map<String, OnnxTensor> pinnedOutputs) {
        long start = System.nanoTime();
        try (OrtSession.Result ignored = session.run(feeds, pinnedOutputs)) {
            // the outputs are in the pinned tensors
        } catch (OrtException e) {
            throw failed(e);
        } finally {
            runNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** Nanoseconds spent inside ONNX Runtime's run so far. */
    public long runNanos() {
        return runNanos.get();
    }

    private DiffusionException failed(OrtException e) {
        return new DiffusionException("Running " + label + " failed: " + e.getMessage(), e);
    }

    private static Map<String, TensorSpec> specs(Map<String, NodeInfo> nodes) {
        Map<String, TensorSpec> specs = new LinkedHashMap<>();
        for (NodeInfo node : nodes.values()) {
            if (node.getInfo() instanceof TensorInfo info) {
                specs.put(node.getName(), new TensorSpec(node.getName(), info.type, info.getShape()));
            }
        }
        return Map.copyOf(specs);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new DiffusionException("Closing " + label + " failed: " + e.getMessage(), e);
        }
    }

    /** Opens {@code file} for {@code label} with the given options (used by {@link OnnxRuntime}). */
    static OnnxModel open(ai.onnxruntime.OrtEnvironment env, Path file, String label, OrtSession.SessionOptions options)
            throws OrtException {
        return new OnnxModel(label, env.createSession(file.toString(), options));
    }
}
