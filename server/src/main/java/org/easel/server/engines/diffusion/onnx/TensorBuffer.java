package org.easel.server.engines.diffusion.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.easel.server.engines.diffusion.DiffusionException;

/**
 * A tensor backed by a direct, native-order buffer that this class owns. ONNX Runtime reads
 * inputs from such a buffer and writes pinned outputs into it without copying, so the step loop
 * creates its tensors once and only rewrites their contents each step. Values are read and written
 * as floats (or longs for ids) whatever the declared element type.
 */
public final class TensorBuffer implements AutoCloseable {
    private final OnnxJavaType type;
    private final ByteBuffer bytes;
    /** A float view of {@code bytes} for float32 tensors, made once: the step loop's fast path. */
    private final FloatBuffer floats;
    private final OnnxTensor tensor;

    private TensorBuffer(OrtEnvironment env, OnnxJavaType type, long[] shape) {
        this.type = type;
        long count = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor shape must be concrete, got a symbolic dimension");
            }
            count = Math.multiplyExact(count, d);
        }
        this.bytes = ByteBuffer.allocateDirect(Math.toIntExact(count * elementSize(type))).order(ByteOrder.nativeOrder());
        this.floats = type == OnnxJavaType.FLOAT ? bytes.asFloatBuffer() : null;
        try {
            this.tensor = OnnxTensor.createTensor(env, bytes, shape.clone(), type);
        } catch (OrtException e) {
            throw new DiffusionException("Could not create a " + type + " tensor: " + e.getMessage(), e);
        }
    }

    /** A zero-filled tensor of {@code type} (FLOAT, FLOAT16, DOUBLE, INT32 or INT64) and {@code shape}. */
    public static TensorBuffer of(OrtEnvironment env, OnnxJavaType type, long... shape) {
        return new TensorBuffer(env, type, shape);
    }

    public OnnxTensor tensor() {
        return tensor;
    }

    public int size() {
        return bytes.capacity() / elementSize(type);
    }

    public void set(int index, float value) {
        switch (type) {
            case FLOAT -> bytes.putFloat(index * 4, value);
            case FLOAT16 -> bytes.putShort(index * 2, Half.fromFloat(value));
            case DOUBLE -> bytes.putDouble(index * 8, value);
            case INT32 -> bytes.putInt(index * 4, Math.round(value));
            case INT64 -> bytes.putLong(index * 8, Math.round((double) value));
            default -> throw new IllegalStateException("unsupported element type " + type);
        }
    }

    public float get(int index) {
        return switch (type) {
            case FLOAT -> bytes.getFloat(index * 4);
            case FLOAT16 -> Half.toFloat(bytes.getShort(index * 2));
            case DOUBLE -> (float) bytes.getDouble(index * 8);
            case INT32 -> bytes.getInt(index * 4);
            case INT64 -> bytes.getLong(index * 8);
            default -> throw new IllegalStateException("unsupported element type " + type);
        };
    }

    /** Exact integers for token ids (a float cannot hold every int64). */
    public void setLong(int index, long value) {
        switch (type) {
            case INT32 -> bytes.putInt(index * 4, Math.toIntExact(value));
            case INT64 -> bytes.putLong(index * 8, value);
            default -> set(index, value);
        }
    }

    /** Writes {@code values} from element {@code offset} on. */
    public void set(int offset, float[] values) {
        if (floats != null) {
            floats.put(offset, values);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            set(offset + i, values[i]);
        }
    }

    /** Writes {@code values · scale} from element {@code offset} on. */
    public void setScaled(int offset, float[] values, float scale) {
        if (floats != null) {
            for (int i = 0; i < values.length; i++) {
                floats.put(offset + i, values[i] * scale);
            }
            return;
        }
        for (int i = 0; i < values.length; i++) {
            set(offset + i, values[i] * scale);
        }
    }

    /** Reads {@code out.length} elements from element {@code offset} on. */
    public void get(int offset, float[] out) {
        if (floats != null) {
            floats.get(offset, out);
            return;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = get(offset + i);
        }
    }

    static int elementSize(OnnxJavaType type) {
        return switch (type) {
            case FLOAT, INT32 -> 4;
            case FLOAT16 -> 2;
            case DOUBLE, INT64 -> 8;
            default -> throw new IllegalArgumentException("unsupported element type " + type);
        };
    }

    @Override
    public void close() {
        tensor.close();
    }
}
