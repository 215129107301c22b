package org.easel.server.engines.diffusion.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.server.engines.diffusion.DiffusionException;

/**
 * One ONNX model file with its session in this process, opened once and reused for every run: the
 * local {@link InferenceModel}. Knows its declared inputs and outputs, and counts the time spent
 * inside ONNX Runtime so the pipeline's own overhead can be measured against it.
 */
public final class OnnxModel implements InferenceModel {
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
    @Override
    public String label() {
        return label;
    }

    @Override
    public Map<String, TensorSpec> inputs() {
        return inputs;
    }

    @Override
    public Map<String, TensorSpec> outputs() {
        return outputs;
    }

    @Override
    public TensorOutputs run(Map<String, TensorBuffer> feeds) {
        long start = System.nanoTime();
        try (OrtSession.Result result = session.run(tensors(feeds))) {
            Map<String, TensorOutputs.Output> outputs = new LinkedHashMap<>();
            for (Map.Entry<String, OnnxValue> entry : result) {
                if (entry.getValue() instanceof OnnxTensor tensor) {
                    floats(tensor).ifPresent(values -> outputs.put(entry.getKey(),
                            new TensorOutputs.Output(tensor.getInfo().getShape(), values)));
                }
            }
            return new TensorOutputs(label, outputs);
        } catch (OrtException e) {
            throw failed(e);
        } finally {
            runNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** Runs the model with ONNX Runtime writing into the callers' buffers (no output copy). */
    @Override
    public void runInto(Map<String, TensorBuffer> feeds, Map<String, TensorBuffer> outputs) {
        long start = System.nanoTime();
        try (OrtSession.Result ignored = session.run(tensors(feeds), tensors(outputs))) {
            // the outputs are in the pinned tensors
        } catch (OrtException e) {
            throw failed(e);
        } finally {
            runNanos.addAndGet(System.nanoTime() - start);
        }
    }

    private static Map<String, OnnxTensor> tensors(Map<String, TensorBuffer> buffers) {
        Map<String, OnnxTensor> tensors = new HashMap<>();
        buffers.forEach((name, buffer) -> tensors.put(name, buffer.tensor()));
        return tensors;
    }

    /** A float or float16 tensor's values as floats; empty for other element types. */
    private static Optional<float[]> floats(OnnxTensor tensor) {
        TensorInfo info = tensor.getInfo();
        if (info.type == OnnxJavaType.FLOAT) {
            FloatBuffer buffer = tensor.getFloatBuffer();
            float[] out = new float[buffer.remaining()];
            buffer.get(out);
            return Optional.of(out);
        }
        if (info.type == OnnxJavaType.FLOAT16) {
            ShortBuffer buffer = tensor.getShortBuffer();
            float[] out = new float[buffer.remaining()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Half.toFloat(buffer.get(i));
            }
            return Optional.of(out);
        }
        return Optional.empty();
    }

    /** Nanoseconds spent inside ONNX Runtime's run so far. */
    @Override
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
