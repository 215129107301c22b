package org.easel.installer.doctor;

import java.util.Set;

/** What doctor asks about the ONNX Runtime in the jar; {@link BundledOnnxRuntime} answers for real, tests make one up. */
public interface OnnxRuntimeProbe {

    /** {@code cpu}, {@code cuda} or {@code unknown}: the Maven profile the jar was built with. */
    String declaredBuild();

    /** Whether {@code ai.onnxruntime.OrtEnvironment} is on the class path at all. */
    boolean onClasspath();

    /** ONNX Runtime's name for this OS and CPU, the folder of its native libraries: {@code linux-x64}, {@code osx-aarch64}... */
    String nativeFolder();

    /** Whether the jar has ONNX Runtime's native library for {@link #nativeFolder()}. */
    boolean hasNativeLibrary();

    /** Whether the jar has the CUDA execution provider's library for {@link #nativeFolder()} (only the GPU package has). */
    boolean hasCudaProvider();

    /**
     * Loads the native library (slow: it is unpacked first) and returns the execution providers it
     * was built with, e.g. {@code [CPU, CUDA, TENSOR_RT]}.
     *
     * @throws Exception or an {@link Error} such as UnsatisfiedLinkError, when it does not load
     */
    Set<String> loadProviders() throws Exception;
}
