package org.easel.server.engines.diffusion.onnx;

import ai.onnxruntime.OnnxJavaType;
import java.util.Arrays;

/**
 * One input or output of a model as the session declares it: exporters differ in dtypes and
 * shapes (int32 or int64 ids; an int64, float, float16 or 0-d timestep), so the pipeline reads
 * them here instead of assuming. Symbolic dimensions are -1.
 */
public record TensorSpec(String name, OnnxJavaType type, long[] shape) {

    public TensorSpec {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The declared size of dimension {@code axis}, or -1 when it is symbolic. */
    public long dim(int axis) {
        return shape[axis];
    }

    public boolean isFloat16() {
        return type == OnnxJavaType.FLOAT16;
    }

    @Override
    public String toString() {
        return name + " " + type + Arrays.toString(shape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorSpec t && t.name.equals(name) && t.type == type && Arrays.equals(t.shape, shape);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }
}
