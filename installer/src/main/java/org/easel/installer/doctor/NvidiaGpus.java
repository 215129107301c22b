package org.easel.installer.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.easel.server.host.CommandRunner;

/** Finds NVIDIA GPUs: {@code nvidia-smi -L}, else the driver's entries in /proc (Linux). */
public final class NvidiaGpus {
    /** Where the Linux driver lists one folder per GPU. */
    public static final Path PROC_GPUS = Path.of("/proc/driver/nvidia/gpus");

    private final CommandRunner runner;
    private final Path procGpus;

    public NvidiaGpus(CommandRunner runner, Path procGpus) {
        this.runner = runner;
        this.procGpus = procGpus;
    }

    /** The GPUs' names ("NVIDIA GeForce RTX 4090"), or a description when only the driver's folder shows one; empty when none. */
    public List<String> find() {
        Optional<CommandRunner.Result> smi = runner.run("nvidia-smi", "-L");
        if (smi.isPresent() && smi.get().succeeded()) {
            // "GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-...)"
            List<String> names = smi.get().output().lines().map(String::strip).filter(l -> l.startsWith("GPU "))
                    .map(l -> l.replaceFirst("^GPU \\d+: ", "").replaceFirst(" \\(UUID: .*\\)$", "")).toList();
            if (!names.isEmpty()) {
                return names;
            }
        }
        try (Stream<Path> gpus = Files.isDirectory(procGpus) ? Files.list(procGpus) : Stream.empty()) {
            long count = gpus.count();
            return count == 0 ? List.of() : List.of(count + " NVIDIA GPU" + (count == 1 ? "" : "s")
                    + " (the driver lists " + (count == 1 ? "it" : "them") + " in " + procGpus + "; nvidia-smi did not answer)");
        } catch (IOException e) {
            return List.of();
        }
    }
}
