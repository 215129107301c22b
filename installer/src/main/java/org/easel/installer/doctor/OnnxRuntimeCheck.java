package org.easel.installer.doctor;

import java.util.List;
import java.util.Set;

/** The build: CPU or CUDA ONNX Runtime, with a native library for this machine that actually loads. */
public final class OnnxRuntimeCheck implements Check {
    static final String TOPIC = "Build";

    private final OnnxRuntimeProbe probe;

    public OnnxRuntimeCheck(OnnxRuntimeProbe probe) {
        this.probe = probe;
    }

    @Override
    public List<Finding> run() {
        Build build = Build.of(probe);
        String name = build == Build.CUDA ? "CUDA" : "CPU";
        if (!probe.onClasspath()) {
            return List.of(Finding.fix(TOPIC, "ONNX Runtime is missing from this jar: rebuild it (./easel does, or "
                    + "mvn -q -DskipTests package)"));
        }
        if (!probe.hasNativeLibrary()) {
            if (build == Build.CUDA) {
                return List.of(Finding.fix(TOPIC, "CUDA, but it has no ONNX Runtime library for " + probe.nativeFolder()
                        + " (NVIDIA's package covers linux-x64 and win-x64 only): use the CPU build, EASEL_BUILD=cpu ./easel serve"));
            }
            return List.of(Finding.warn(TOPIC, "CPU, but ONNX Runtime's Maven package has no library for "
                    + probe.nativeFolder() + ": the classical engine works, diffusion models cannot run on this machine"));
        }
        Set<String> providers;
        try {
            providers = probe.loadProviders();
        } catch (Exception | LinkageError e) {
            return List.of(Finding.fix(TOPIC, name + ", but ONNX Runtime's native library does not load here (" + e
                    + "): check that this is a " + probe.nativeFolder() + " machine with a recent C++ runtime"));
        }
        if (build == Build.CUDA && !providers.contains("CUDA")) {
            return List.of(Finding.fix(TOPIC, "CUDA, but its ONNX Runtime offers no CUDA provider ("
                    + String.join(", ", providers) + "): rebuild it with EASEL_BUILD=cuda ./easel serve"));
        }
        String declared = probe.declaredBuild().equals("unknown") ? " (not built by Maven; judged by its libraries)" : "";
        return List.of(Finding.ok(TOPIC, name + declared + "; ONNX Runtime loads for " + probe.nativeFolder()
                + " (providers " + String.join(", ", providers) + ")"));
    }
}
