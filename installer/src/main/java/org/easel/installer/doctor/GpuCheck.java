package org.easel.installer.doctor;

import java.util.List;
import org.easel.server.host.Platform;

/** Whether the GPU matches the build: the CUDA build needs an NVIDIA GPU; the CPU build needs none. */
public final class GpuCheck implements Check {
    static final String TOPIC = "GPU";

    private final Build build;
    private final Platform platform;
    private final NvidiaGpus gpus;

    public GpuCheck(Build build, Platform platform, NvidiaGpus gpus) {
        this.build = build;
        this.platform = platform;
        this.gpus = gpus;
    }

    @Override
    public List<Finding> run() {
        if (platform == Platform.MACOS) {
            return List.of(build == Build.CUDA
                    ? Finding.fix(TOPIC, "the CUDA build cannot run on macOS: use the CPU build, EASEL_BUILD=cpu ./easel serve")
                    : Finding.ok(TOPIC, "CPU build; no GPU needed"));
        }
        List<String> found = gpus.find();
        if (build == Build.CPU) {
            return List.of(found.isEmpty() ? Finding.ok(TOPIC, "CPU build; no GPU needed")
                    : Finding.note(TOPIC, "CPU build, although " + String.join(", ", found) + " is here: ./easel builds the CUDA "
                            + "one by itself when nvidia-smi works, unless EASEL_BUILD=cpu (EASEL_BUILD=cuda ./easel serve forces it)"));
        }
        if (found.isEmpty()) {
            return List.of(Finding.fix(TOPIC, "CUDA build, but no NVIDIA GPU found (nvidia-smi -L fails or is missing): "
                    + "install the NVIDIA driver, or use the CPU build: EASEL_BUILD=cpu ./easel serve"));
        }
        return List.of(Finding.ok(TOPIC, String.join(", ", found)));
    }
}
