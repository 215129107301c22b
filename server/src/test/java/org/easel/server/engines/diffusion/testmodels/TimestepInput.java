package org.easel.server.engines.diffusion.testmodels;

/**
 * The type and shape of the UNet's {@code timestep} input, as real exports declare it. With the
 * builder's fp16 option every float variant is float16 (Olive exports), the int64 ones stay int64.
 */
public enum TimestepInput {
    /** int64 {@code [batch]} */
    INT64_BATCH(OnnxGraph.INT64, "batch"),
    /** int64 {@code [1]} */
    INT64_ONE(OnnxGraph.INT64, 1),
    /** float {@code [batch]} (diffusers' convert_stable_diffusion_checkpoint_to_onnx.py) */
    FLOAT_BATCH(OnnxGraph.FLOAT, "batch"),
    /** float {@code [1]} */
    FLOAT_ONE(OnnxGraph.FLOAT, 1),
    /** float16 {@code [1]} even without the fp16 option (Olive fp16 exports) */
    FLOAT16_ONE(OnnxGraph.FLOAT16, 1),
    /** a 0-d float scalar, shape {@code []} */
    FLOAT_SCALAR(OnnxGraph.FLOAT);

    private final int elemType;
    final Object[] dims;

    TimestepInput(int elemType, Object... dims) {
        this.elemType = elemType;
        this.dims = dims;
    }

    /** The ONNX element type of the input in a model built with or without the fp16 option. */
    int elemType(boolean fp16) {
        return fp16 && elemType == OnnxGraph.FLOAT ? OnnxGraph.FLOAT16 : elemType;
    }

    /** Whether the input is float16 in a model built with or without the fp16 option. */
    public boolean isFloat16(boolean fp16) {
        return elemType(fp16) == OnnxGraph.FLOAT16;
    }

    /** Whether the input is int64. */
    public boolean isInt64() {
        return elemType == OnnxGraph.INT64;
    }

    /** The input's shape for a batch of {@code batch}: {@code [batch]}, {@code [1]} or {@code []}. */
    public long[] shape(int batch) {
        if (dims.length == 0) {
            return new long[0];
        }
        return new long[] {dims[0] instanceof String ? batch : 1};
    }
}
