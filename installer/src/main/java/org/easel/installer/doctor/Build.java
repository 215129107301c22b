package org.easel.installer.doctor;

/** Which ONNX Runtime the jar bundles: the CPU one (the default) or the one with the CUDA provider. */
public enum Build {
    CPU, CUDA;

    /** The build the jar says it is; when it does not say (run from an IDE), what its libraries show. */
    public static Build of(OnnxRuntimeProbe probe) {
        return switch (probe.declaredBuild()) {
            case "cuda" -> CUDA;
            case "cpu" -> CPU;
            default -> probe.hasCudaProvider() ? CUDA : CPU;
        };
    }
}
