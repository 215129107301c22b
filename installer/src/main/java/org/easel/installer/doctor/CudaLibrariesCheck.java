package org.easel.installer.doctor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easel.server.host.CommandRunner;
import org.easel.server.host.Platform;

/**
 * The CUDA build's libraries: ONNX Runtime's CUDA provider links CUDA 12 (cudart, cuBLAS, cuBLASLt,
 * cuFFT, cuRAND) and cuDNN 9 (the NEEDED entries of libonnxruntime_providers_cuda.so 1.24.1; ONNX
 * Runtime's CUDA provider page: "built with CUDA 12.x", "cuDNN 8.x is not compatible with 9.x").
 * Without them it falls back to the CPU. Only what the system loader can see counts: on Linux the
 * ldconfig cache, LD_LIBRARY_PATH and the default folders; on Windows the PATH.
 */
public final class CudaLibrariesCheck implements Check {
    static final String TOPIC = "CUDA libraries";

    /** Linux file name to what provides it. */
    static final Map<String, String> LINUX = libraries("libcudart.so.12", "libcublas.so.12", "libcublasLt.so.12",
            "libcufft.so.11", "libcurand.so.10", "libcudnn.so.9");
    static final Map<String, String> WINDOWS = libraries("cudart64_12.dll", "cublas64_12.dll", "cublasLt64_12.dll",
            "cufft64_11.dll", "curand64_10.dll", "cudnn64_9.dll");

    private final Build build;
    private final Platform platform;
    private final CommandRunner runner;
    private final Map<String, String> env;
    private final List<Path> loaderFolders;
    private final List<Path> usualInstallFolders;

    /**
     * @param loaderFolders folders the loader always searches (Linux: /lib, /usr/lib...; Windows: System32)
     * @param usualInstallFolders where CUDA and cuDNN installers put them, searched only to say "found, but not visible"
     */
    public CudaLibrariesCheck(Build build, Platform platform, CommandRunner runner, Map<String, String> env,
            List<Path> loaderFolders, List<Path> usualInstallFolders) {
        this.build = build;
        this.platform = platform;
        this.runner = runner;
        this.env = env;
        this.loaderFolders = loaderFolders;
        this.usualInstallFolders = usualInstallFolders;
    }

    @Override
    public List<Finding> run() {
        if (build == Build.CPU) {
            return List.of(Finding.ok(TOPIC, "not needed (CPU build)"));
        }
        if (platform == Platform.MACOS) {
            return List.of(Finding.fix(TOPIC, "CUDA does not exist on macOS: use the CPU build, EASEL_BUILD=cpu ./easel serve"));
        }
        Map<String, String> wanted = platform == Platform.WINDOWS ? WINDOWS : LINUX;
        String cache = platform == Platform.LINUX ? ldconfigCache() : "";
        List<String> missing = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (String library : wanted.keySet()) {
            if (inCache(cache, library) || findIn(visibleFolders(), library).isPresent()) {
                continue;
            }
            Optional<Path> elsewhere = findIn(usualInstallFolders, library);
            if (elsewhere.isPresent()) {
                hidden.add(elsewhere.get().toString());
            } else {
                missing.add(library + " (" + wanted.get(library) + ")");
            }
        }
        if (missing.isEmpty() && hidden.isEmpty()) {
            return List.of(Finding.ok(TOPIC, "CUDA 12 and cuDNN 9 found (" + String.join(", ", wanted.keySet()) + ")"));
        }
        List<String> advice = new ArrayList<>();
        if (!missing.isEmpty()) {
            advice.add("missing " + String.join(", ", missing) + ": install CUDA 12 and cuDNN 9 from NVIDIA"
                    + (platform == Platform.LINUX ? " (e.g. apt install cuda-libraries-12-8 libcudnn9-cuda-12 from NVIDIA's repository)" : "")
                    + "; until then the CUDA build runs on the CPU");
        }
        if (!hidden.isEmpty()) {
            List<String> folders = hidden.stream().map(p -> Path.of(p).getParent().toString()).distinct().toList();
            advice.add(String.join(", ", hidden) + (hidden.size() == 1 ? " is" : " are") + " installed but not on the loader's path: "
                    + (platform == Platform.LINUX ? "export LD_LIBRARY_PATH=" + String.join(":", folders) + " (or list the folder in "
                            + "/etc/ld.so.conf.d/ and run sudo ldconfig)" : "add " + String.join(";", folders) + " to PATH"));
        }
        return List.of(Finding.fix(TOPIC, String.join("; ", advice)));
    }

    private List<Path> visibleFolders() {
        List<Path> folders = new ArrayList<>();
        String variable = platform == Platform.WINDOWS ? pathVariable() : env.getOrDefault("LD_LIBRARY_PATH", "");
        String separator = platform == Platform.WINDOWS ? ";" : ":";
        for (String part : variable.split(separator)) {
            if (!part.isBlank()) {
                folders.add(Path.of(part));
            }
        }
        folders.addAll(loaderFolders);
        return folders;
    }

    private String pathVariable() {
        return env.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("PATH")).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }

    /** {@code ldconfig -p}, which users often have only in /sbin, outside their PATH. */
    private String ldconfigCache() {
        for (String ldconfig : List.of("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig")) {
            Optional<CommandRunner.Result> result = runner.run(ldconfig, "-p");
            if (result.isPresent() && result.get().succeeded()) {
                return result.get().output();
            }
        }
        return "";
    }

    /** ldconfig -p lines look like "\tlibcudnn.so.9 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libcudnn.so.9". */
    private static boolean inCache(String cache, String library) {
        return cache.lines().map(String::strip).anyMatch(l -> l.startsWith(library + " "));
    }

    private static Optional<Path> findIn(List<Path> folders, String library) {
        return folders.stream().map(f -> f.resolve(library)).filter(Files::exists).findFirst();
    }

    private static Map<String, String> libraries(String... names) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : names) {
            map.put(name, name.contains("cudnn") ? "cuDNN 9" : "CUDA 12");
        }
        return map;
    }

    /** The folders the Linux loader searches by default, and where NVIDIA's installers usually put the libraries. */
    public static List<Path> linuxLoaderFolders() {
        return List.of(Path.of("/lib"), Path.of("/usr/lib"), Path.of("/lib64"), Path.of("/usr/lib64"));
    }

    public static List<Path> usualFolders(Platform platform, Map<String, String> env) {
        List<Path> folders = new ArrayList<>();
        if (platform == Platform.WINDOWS) {
            Optional.ofNullable(env.get("CUDA_PATH")).ifPresent(p -> folders.add(Path.of(p, "bin")));
            return folders;
        }
        folders.add(Path.of("/usr/local/cuda/lib64"));
        folders.add(Path.of("/usr/local/cuda/targets/x86_64-linux/lib"));
        File[] versions = new File("/usr/local").listFiles((dir, name) -> name.startsWith("cuda-12"));
        if (versions != null) {
            for (File version : versions) {
                folders.add(version.toPath().resolve("lib64"));
            }
        }
        return folders;
    }
}
