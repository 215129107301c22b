package org.easel.server.engines.diffusion.pipeline;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.Half;

/** Reading a model's output as floats, whether it was exported as float32 or float16. */
final class Tensors {
    private Tensors() {
    }

    /** The named output as floats, with its shape in {@code shapeOut} (when not null). */
    static float[] floats(OrtSession.Result result, String name, String label) {
        OnnxValue value = result.get(name).orElseThrow(() -> new DiffusionException(label + " returned no " + name));
        if (!(value instanceof OnnxTensor tensor)) {
            throw new DiffusionException(label + " returned " + name + " as a " + value.getType() + ", not a tensor");
        }
        TensorInfo info = tensor.getInfo();
        if (info.type == OnnxJavaType.FLOAT) {
            FloatBuffer buffer = tensor.getFloatBuffer();
            float[] out = new float[buffer.remaining()];
            buffer.get(out);
            return out;
        }
        if (info.type == OnnxJavaType.FLOAT16) {
            ShortBuffer buffer = tensor.getShortBuffer();
            float[] out = new float[buffer.remaining()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Half.toFloat(buffer.get(i));
            }
            return out;
        }
        throw new DiffusionException(label + " returned " + name + " as " + info.type + "; expected float or float16");
    }

    static long[] shape(OrtSession.Result result, String name) {
        return result.get(name).map(v -> ((TensorInfo) v.getInfo()).getShape()).orElseThrow();
    }
}
