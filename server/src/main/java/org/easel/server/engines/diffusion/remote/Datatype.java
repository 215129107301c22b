package org.easel.server.engines.diffusion.remote;

import ai.onnxruntime.OnnxJavaType;
import java.util.Optional;

/** The Open Inference Protocol's tensor datatypes the diffusion pipeline uses, and their ONNX element types. */
enum Datatype {
    FP32(OnnxJavaType.FLOAT),
    FP16(OnnxJavaType.FLOAT16),
    FP64(OnnxJavaType.DOUBLE),
    INT32(OnnxJavaType.INT32),
    INT64(OnnxJavaType.INT64);

    private final OnnxJavaType type;

    Datatype(OnnxJavaType type) {
        this.type = type;
    }

    OnnxJavaType type() {
        return type;
    }

    static Optional<Datatype> named(String name) {
        for (Datatype d : values()) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static Datatype of(OnnxJavaType type) {
        for (Datatype d : values()) {
            if (d.type == type) {
                return d;
            }
        }
        throw new IllegalArgumentException("no Open Inference Protocol datatype for " + type);
    }
}
