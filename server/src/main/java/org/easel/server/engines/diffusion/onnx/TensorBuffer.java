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
    private final long[] shape;
    /** Made on first use, so a model served remotely never starts ONNX Runtime. */
    private OnnxTensor tensor;

    private TensorBuffer(OnnxJavaType type, long[] shape) {
        this.type = type;
        this.shape = shape.clone();
        long count = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor shape must be concrete, got a symbolic dimension");
            }
            count = Math.multiplyExact(count, d);
        }
        this.bytes = ByteBuffer.allocateDirect(Math.toIntExact(count * elementSize(type))).order(ByteOrder.nativeOrder());
        this.floats = type == OnnxJavaType.FLOAT ? bytes.asFloatBuffer() : null;
    }

    /** A zero-filled tensor of {@code type} (FLOAT, FLOAT16, DOUBLE, INT32 or INT64) and {@code shape}. */
    public static TensorBuffer of(OnnxJavaType type, long... shape) {
        return new TensorBuffer(type, shape);
    }

    /** The ONNX Runtime tensor over this buffer (no copy), made on first use. */
    public OnnxTensor tensor() {
        if (tensor == null) {
            try {
                tensor = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), bytes, shape.clone(), type);
            } catch (OrtException e) {
                throw new DiffusionException("Could not create a " + type + " tensor: " + e.getMessage(), e);
            }
        }
        return tensor;
    }

    public OnnxJavaType type() {
        return type;
    }

    public long[] shape() {
        return shape.clone();
    }

    /** The size of the contents in bytes. */
    public int byteSize() {
        return bytes.capacity();
    }

    /**
     * The contents as little-endian bytes (the order of the KServe v2 binary tensor extension):
     * one bulk copy on little-endian machines, swapped element by element elsewhere.
     */
    public byte[] littleEndianBytes() {
        byte[] out = new byte[bytes.capacity()];
        bytes.duplicate().order(bytes.order()).get(0, out);
        if (bytes.order() != ByteOrder.LITTLE_ENDIAN) {
            reverseEachElement(out, 0, out.length);
        }
        return out;
    }

    /** Replaces the contents with {@link #byteSize()} little-endian bytes from {@code source} at {@code offset}. */
    public void setLittleEndianBytes(byte[] source, int offset) {
        if (bytes.order() == ByteOrder.LITTLE_ENDIAN) {
            bytes.put(0, source, offset, bytes.capacity());
            return;
        }
        byte[] copy = java.util.Arrays.copyOfRange(source, offset, offset + bytes.capacity());
        reverseEachElement(copy, 0, copy.length);
        bytes.put(0, copy);
    }

    private void reverseEachElement(byte[] data, int from, int to) {
        int size = elementSize(type);
        for (int e = from; e < to; e += size) {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                byte b = data[e + i];
                data[e + i] = data[e + j];
                data[e + j] = b;
            }
        }
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

    public static int elementSize(OnnxJavaType type) {
        return switch (type) {
            case FLOAT, INT32 -> 4;
            case FLOAT16 -> 2;
            case DOUBLE, INT64 -> 8;
            default -> throw new IllegalArgumentException("unsupported element type " + type);
        };
    }

    @Override
    public void close() {
        if (tensor != null) {
            tensor.close();
        }
    }
}
