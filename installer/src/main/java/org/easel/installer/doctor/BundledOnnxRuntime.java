package org.easel.installer.doctor;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.easel.server.Version;

/** The ONNX Runtime this jar bundles, looked at through its resources (cheap) and by loading it (not). */
public final class BundledOnnxRuntime implements OnnxRuntimeProbe {
    private static final String ENVIRONMENT_CLASS = "ai.onnxruntime.OrtEnvironment";
    private static final String NATIVE_ROOT = "ai/onnxruntime/native/";

    @Override
    public String declaredBuild() {
        return Version.onnxRuntimeBuild();
    }

    @Override
    public boolean onClasspath() {
        try {
            // initialize=false: finding the class must not load the native library yet
            Class.forName(ENVIRONMENT_CLASS, false, getClass().getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The same names ONNX Runtime's own loader (ai.onnxruntime.OnnxRuntime) uses. */
    @Override
    public String nativeFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osPart = os.startsWith("windows") ? "win" : os.startsWith("mac") ? "osx" : "linux";
        String archPart = switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return osPart + "-" + archPart;
    }

    @Override
    public boolean hasNativeLibrary() {
        return resourceExists(libraryName("onnxruntime"));
    }

    @Override
    public boolean hasCudaProvider() {
        return resourceExists(libraryName("onnxruntime_providers_cuda"));
    }

    @Override
    public Set<String> loadProviders() {
        Set<String> names = new TreeSet<>();
        ai.onnxruntime.OrtEnvironment.getAvailableProviders().forEach(p -> names.add(p.name()));
        return names;
    }

    private String libraryName(String base) {
        String folder = nativeFolder();
        if (folder.startsWith("win")) {
            return base + ".dll";
        }
        return "lib" + base + (folder.startsWith("osx") ? ".dylib" : ".so");
    }

    private boolean resourceExists(String library) {
        return getClass().getClassLoader().getResource(NATIVE_ROOT + nativeFolder() + "/" + library) != null;
    }
}
