package org.easel.installer.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.easel.installer.doctor.FakeMachine.OnnxRuntime;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.host.CommandRunner;
import org.easel.server.host.Platform;
import org.easel.installer.models.DownloadProgress;
import org.easel.installer.models.FreeSpace;
import org.easel.installer.models.LocalInstaller;
import org.easel.server.models.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each doctor check on a made-up machine, with and without the piece it checks. */
class DoctorChecksTest {

    @TempDir
    Path dir;

    private static Finding only(Check check) {
        List<Finding> findings = check.run();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    private static void assertFinding(Status status, String text, Finding finding) {
        assertEquals(status, finding.status(), finding.line());
        assertTrue(finding.text().contains(text), "expected \"" + text + "\" in: " + finding.line());
    }

    @Test
    void java() {
        assertFinding(Status.OK, "17.0.2", only(new JavaCheck(Runtime.Version.parse("17.0.2"), "Acme", "/opt/java")));
        assertFinding(Status.FIX, "needs Java 17", only(new JavaCheck(Runtime.Version.parse("11.0.20"), "Acme", "/opt/java")));
    }

    @Test
    void onnxRuntimeBuilds() {
        assertFinding(Status.OK, "CPU; ONNX Runtime loads for linux-x64 (providers CPU)", only(new OnnxRuntimeCheck(OnnxRuntime.cpu())));
        assertFinding(Status.OK, "CUDA; ONNX Runtime loads", only(new OnnxRuntimeCheck(OnnxRuntime.cuda())));
        OnnxRuntime missing = new OnnxRuntime("cpu", false, "linux-x64", false, false, Set.of(), null);
        assertFinding(Status.FIX, "missing from this jar", only(new OnnxRuntimeCheck(missing)));
        OnnxRuntime mac = new OnnxRuntime("cpu", true, "osx-aarch64", false, false, Set.of(), null);
        assertFinding(Status.WARN, "no library for osx-aarch64", only(new OnnxRuntimeCheck(mac)));
        OnnxRuntime cudaOnArm = new OnnxRuntime("cuda", true, "linux-aarch64", false, false, Set.of(), null);
        assertFinding(Status.FIX, "EASEL_BUILD=cpu", only(new OnnxRuntimeCheck(cudaOnArm)));
        assertFinding(Status.FIX, "does not load", only(new OnnxRuntimeCheck(
                OnnxRuntime.cpu().failingToLoad(new UnsatisfiedLinkError("libstdc++.so.6: version GLIBCXX_3.4.29 not found")))));
        OnnxRuntime noCudaProvider = new OnnxRuntime("cuda", true, "linux-x64", true, true, Set.of("CPU"), null);
        assertFinding(Status.FIX, "no CUDA provider", only(new OnnxRuntimeCheck(noCudaProvider)));
        OnnxRuntime fromIde = new OnnxRuntime("unknown", true, "linux-x64", true, true, Set.of("CPU", "CUDA"), null);
        assertEquals(Build.CUDA, Build.of(fromIde));
        assertFinding(Status.OK, "judged by its libraries", only(new OnnxRuntimeCheck(fromIde)));
    }

    @Test
    void gpuForEachBuild() {
        Path noProc = dir.resolve("no-proc");
        NvidiaGpus none = new NvidiaGpus(FakeMachine.noPrograms(), noProc);
        NvidiaGpus h100 = new NvidiaGpus(FakeMachine.withGpu("NVIDIA H100 80GB HBM3"), noProc);
        assertEquals(List.of("NVIDIA H100 80GB HBM3"), h100.find());
        assertFinding(Status.OK, "CPU build; no GPU needed", only(new GpuCheck(Build.CPU, Platform.LINUX, none)));
        assertFinding(Status.NOTE, "EASEL_BUILD=cuda", only(new GpuCheck(Build.CPU, Platform.LINUX, h100)));
        assertFinding(Status.OK, "NVIDIA H100 80GB HBM3", only(new GpuCheck(Build.CUDA, Platform.LINUX, h100)));
        assertFinding(Status.FIX, "install the NVIDIA driver", only(new GpuCheck(Build.CUDA, Platform.LINUX, none)));
        assertFinding(Status.FIX, "cannot run on macOS", only(new GpuCheck(Build.CUDA, Platform.MACOS, none)));
        assertFinding(Status.OK, "no GPU needed", only(new GpuCheck(Build.CPU, Platform.MACOS, none)));
    }

    @Test
    void aGpuTheDriverListsIsFoundWithoutNvidiaSmi() throws IOException {
        Path proc = Files.createDirectories(dir.resolve("gpus/0000:01:00.0"));
        List<String> found = new NvidiaGpus(FakeMachine.noPrograms(), proc.getParent()).find();
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("1 NVIDIA GPU"), found.toString());
        CommandRunner broken = FakeMachine.noPrograms().answer(new CommandRunner.Result(9, "NVIDIA-SMI has failed"), "nvidia-smi", "-L");
        assertEquals(List.of(), new NvidiaGpus(broken, dir.resolve("none")).find());
    }

    private CudaLibrariesCheck cudaCheck(CommandRunner runner, Map<String, String> env, List<Path> usual) {
        return new CudaLibrariesCheck(Build.CUDA, Platform.LINUX, runner, env, List.of(), usual);
    }

    private static String ldconfigListing(List<String> libraries) {
        StringBuilder out = new StringBuilder("42 libs found in cache `/etc/ld.so.cache'\n");
        libraries.forEach(l -> out.append("\t").append(l).append(" (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/").append(l).append("\n"));
        return out.toString();
    }

    @Test
    void cudaLibrariesThroughLdconfigLdLibraryPathOrNot() throws IOException {
        List<String> all = List.copyOf(CudaLibrariesCheck.LINUX.keySet());
        assertFinding(Status.OK, "not needed (CPU build)",
                only(new CudaLibrariesCheck(Build.CPU, Platform.LINUX, FakeMachine.noPrograms(), Map.of(), List.of(), List.of())));

        CommandRunner everything = FakeMachine.noPrograms().answer(new CommandRunner.Result(0, ldconfigListing(all)), "/sbin/ldconfig", "-p");
        assertFinding(Status.OK, "CUDA 12 and cuDNN 9 found", only(cudaCheck(everything, Map.of(), List.of())));

        List<String> withoutCudnn = all.stream().filter(l -> !l.contains("cudnn")).toList();
        CommandRunner noCudnn = FakeMachine.noPrograms().answer(new CommandRunner.Result(0, ldconfigListing(withoutCudnn)), "ldconfig", "-p");
        Finding missing = only(cudaCheck(noCudnn, Map.of(), List.of()));
        assertFinding(Status.FIX, "missing libcudnn.so.9 (cuDNN 9)", missing);
        assertTrue(!missing.text().contains("libcudart"), missing.line());

        Path cudnnHome = Files.createDirectories(dir.resolve("cudnn/lib"));
        Files.writeString(cudnnHome.resolve("libcudnn.so.9"), "");
        assertFinding(Status.FIX, "export LD_LIBRARY_PATH=" + cudnnHome, only(cudaCheck(noCudnn, Map.of(), List.of(cudnnHome))));
        assertFinding(Status.OK, "found", only(cudaCheck(noCudnn, Map.of("LD_LIBRARY_PATH", "/nowhere:" + cudnnHome), List.of())));

        Finding nothing = only(cudaCheck(FakeMachine.noPrograms(), Map.of(), List.of()));
        assertFinding(Status.FIX, "install CUDA 12 and cuDNN 9", nothing);
        assertTrue(nothing.text().contains("libcudart.so.12 (CUDA 12)"), nothing.line());
    }

    @Test
    void cudaLibrariesOnWindowsComeFromPath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("CUDA/bin"));
        for (String dll : CudaLibrariesCheck.WINDOWS.keySet()) {
            Files.writeString(bin.resolve(dll), "");
        }
        CudaLibrariesCheck onPath = new CudaLibrariesCheck(Build.CUDA, Platform.WINDOWS, FakeMachine.noPrograms(),
                Map.of("Path", "C:\\Windows;" + bin), List.of(), List.of());
        assertFinding(Status.OK, "cudnn64_9.dll", only(onPath));
        CudaLibrariesCheck notOnPath = new CudaLibrariesCheck(Build.CUDA, Platform.WINDOWS, FakeMachine.noPrograms(),
                Map.of("Path", "C:\\Windows"), List.of(), List.of(bin));
        assertFinding(Status.FIX, "to PATH", only(notOnPath));
    }

    @Test
    void stateDirectory() throws IOException {
        Path state = dir.resolve("state");
        assertFinding(Status.OK, "does not exist yet", only(new StateDirectoryCheck(state)));
        Files.createDirectories(state);
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwx------"));
        assertFinding(Status.OK, "(private, writable)", only(new StateDirectoryCheck(state)));
        Path token = Files.writeString(state.resolve("token"), "ab");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        assertFinding(Status.FIX, "chmod 600 " + token, only(new StateDirectoryCheck(state)));
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertFinding(Status.WARN, "chmod 700", only(new StateDirectoryCheck(state)));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertFinding(Status.FIX, "the daemon refuses it: chmod 700", only(new StateDirectoryCheck(state)));
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertFinding(Status.FIX, "is a file", only(new StateDirectoryCheck(file)));
    }

    @Test
    void diskSpace() {
        Path state = dir.resolve("not/yet/there");
        assertFinding(Status.OK, "50.0 GB free", only(new DiskSpaceCheck(state, folder -> 50_000_000_000L)));
        assertFinding(Status.WARN, "only 3.0 GB free", only(new DiskSpaceCheck(state, folder -> 3_000_000_000L)));
        assertFinding(Status.WARN, "cannot tell", only(new DiskSpaceCheck(state, folder -> {
            throw new IOException("gone");
        })));
    }

    @Test
    void daemon() {
        assertFinding(Status.OK, "running, version 1.0, listening on 127.0.0.1:4000",
                only(new DaemonCheck(() -> DaemonCheck.Seen.running("1.0", "listening on 127.0.0.1:4000, pid 7"), "1.0")));
        assertFinding(Status.WARN, "restart it", only(new DaemonCheck(() -> DaemonCheck.Seen.running("0.9", "pid 7"), "1.0")));
        assertFinding(Status.NOTE, "./easel serve", only(new DaemonCheck(() -> DaemonCheck.Seen.notRunning("no daemon.json"), "1.0")));
    }

    @Test
    void models() throws Exception {
        Path state = dir.resolve("state");
        assertFinding(Status.NOTE, "no diffusion model installed", only(new ModelsCheck(state)));
        LocalInstaller installer = new LocalInstaller(new ModelStore(ModelStore.modelsDir(state)), FreeSpace.DISK,
                new DownloadProgress() {
                }, Clock.systemUTC());
        installer.installOwn("tiny", OracleModels.oracle().write(dir.resolve("tiny")), List.of("inpaint"));
        Files.createDirectories(state.resolve("models/.incoming/half-downloaded"));
        assertFinding(Status.OK, "1 installed (tiny)", only(new ModelsCheck(state)));

        installer.installOwn("broken", OracleModels.oracle().write(dir.resolve("broken")), List.of("inpaint"));
        Files.delete(state.resolve("models/broken/unet/model.onnx")); // damaged after installing
        List<Finding> findings = new ModelsCheck(state).run();
        assertEquals(2, findings.size(), findings.toString());
        assertFinding(Status.FIX, "unet/model.onnx is missing", findings.get(1));
    }

    @Test
    void doctorExitsWithOneOnlyWhenSomethingNeedsFixing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<Finding> fine = Doctor.run(List.of(() -> List.of(Finding.ok("A", "fine")), () -> List.of(Finding.warn("B", "mind it"))), print);
        assertEquals(0, Doctor.exitCode(fine));
        List<Finding> broken = Doctor.run(List.of(() -> List.of(Finding.fix("C", "do this")), () -> {
            throw new IllegalStateException("boom");
        }), print);
        assertEquals(1, Doctor.exitCode(broken));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("OK    A: fine\n") && text.contains("FIX   C: do this\n") && text.contains("could not check"), text);
        assertTrue(Doctor.summary(broken).startsWith("1 thing to fix"));
        assertEquals(Optional.of("Everything is in order."), Optional.of(Doctor.summary(List.of())));
    }
}
