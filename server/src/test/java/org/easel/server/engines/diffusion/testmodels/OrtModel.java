package org.easel.server.engines.diffusion.testmodels;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs a test model in ONNX Runtime (CPU) and reads its outputs as float arrays, float16 included. */
public final class OrtModel implements AutoCloseable {
    public static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private final OrtSession session;

    public OrtModel(byte[] model) {
        try {
            session = ENV.createSession(model, new OrtSession.SessionOptions());
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One output: its values as floats, its shape and its element type. */
    public record Output(float[] values, long[] shape, OnnxJavaType type) {
    }

    public Map<String, NodeInfo> inputs() throws OrtException {
        return session.getInputInfo();
    }

    public Map<String, NodeInfo> outputs() throws OrtException {
        return session.getOutputInfo();
    }

    /** Runs the model on {@code inputs} (which it closes) and returns every output. */
    public Map<String, Output> run(Map<String, OnnxTensor> inputs) throws OrtException {
        try (OrtSession.Result result = session.run(inputs)) {
            Map<String, Output> out = new LinkedHashMap<>();
            for (Map.Entry<String, OnnxValue> entry : result) {
                OnnxTensor tensor = (OnnxTensor) entry.getValue();
                TensorInfo info = tensor.getInfo();
                out.put(entry.getKey(), new Output(floats(tensor), info.getShape(), info.type));
            }
            return out;
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }

    private static float[] floats(OnnxTensor tensor) {
        if (tensor.getInfo().type == OnnxJavaType.FLOAT16) {
            ShortBuffer buffer = tensor.getShortBuffer();
            short[] bits = new short[buffer.remaining()];
            buffer.get(bits);
            return Half.toFloats(bits);
        }
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    /** A float32 tensor, or float16 (the values rounded) with {@code fp16}. */
    public static OnnxTensor floats(float[] values, long[] shape, boolean fp16) throws OrtException {
        if (fp16) {
            return OnnxTensor.createTensor(ENV, ShortBuffer.wrap(Half.fromFloats(values)), shape, OnnxJavaType.FLOAT16);
        }
        return OnnxTensor.createTensor(ENV, FloatBuffer.wrap(values), shape);
    }

    /** An input_ids tensor of type {@code type}. */
    public static OnnxTensor ids(long[] ids, long[] shape, IdsType type) throws OrtException {
        if (type == IdsType.INT64) {
            return OnnxTensor.createTensor(ENV, LongBuffer.wrap(ids), shape);
        }
        int[] narrow = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            narrow[i] = Math.toIntExact(ids[i]);
        }
        return OnnxTensor.createTensor(ENV, IntBuffer.wrap(narrow), shape);
    }

    /** A timestep tensor for {@code variant} in a model built with or without fp16, every element {@code t}. */
    public static OnnxTensor timestep(double t, TimestepInput variant, int batch, boolean fp16) throws OrtException {
        long[] shape = variant.shape(batch);
        int n = shape.length == 0 ? 1 : (int) shape[0];
        if (variant.isInt64()) {
            long[] values = new long[n];
            java.util.Arrays.fill(values, Math.round(t));
            return OnnxTensor.createTensor(ENV, LongBuffer.wrap(values), shape);
        }
        float[] values = new float[n];
        java.util.Arrays.fill(values, (float) t);
        return floats(values, shape, variant.isFloat16(fp16));
    }
}
