package org.easel.installer.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.Version;
import org.easel.installer.doctor.Build;
import org.easel.installer.doctor.BundledOnnxRuntime;
import org.easel.installer.doctor.Check;
import org.easel.installer.doctor.CudaLibrariesCheck;
import org.easel.installer.doctor.DaemonCheck;
import org.easel.installer.doctor.DiskSpaceCheck;
import org.easel.installer.doctor.Doctor;
import org.easel.installer.doctor.Finding;
import org.easel.installer.doctor.GpuCheck;
import org.easel.installer.doctor.HostedEnginesCheck;
import org.easel.installer.doctor.JavaCheck;
import org.easel.installer.doctor.ModelsCheck;
import org.easel.installer.doctor.NvidiaGpus;
import org.easel.installer.doctor.OnnxRuntimeCheck;
import org.easel.installer.doctor.OnnxRuntimeProbe;
import org.easel.installer.doctor.PluginsCheck;
import org.easel.installer.doctor.RemoteModelsCheck;
import org.easel.installer.doctor.StateDirectoryCheck;
import org.easel.server.host.CommandRunner;
import org.easel.server.host.Host;
import org.easel.server.host.ProcessCommandRunner;
import org.easel.installer.install.PluginBundle;
import org.easel.installer.install.PluginInstaller;
import org.easel.installer.install.PluginLocations;
import org.easel.installer.service.LoginItems;
import org.easel.installer.service.LoginService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code easel doctor}: checks everything Easel needs on this machine, one line each, with the fix. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check this machine for Easel: Java, the build (CPU or CUDA), the GPU and CUDA libraries, the "
                + "state directory and its disk, the daemon, the plugins, the models and the hosted engines (a free models-list call).",
                "One line per check: OK, NOTE (for your information), WARN (works, but mind it) or FIX (with what to do).",
                "Exit status: 0 when nothing needs fixing, 1 when a line says FIX."})
final class DoctorCommand implements Callable<Integer> {

    @Mixin
    HostOptions hostOptions;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "State directory to check (default: as for easel serve).")
    Path stateDir;

    @Override
    public Integer call() {
        Host host = hostOptions.host();
        Path state = hostOptions.stateDir(Optional.ofNullable(stateDir));
        CommandRunner runner = new ProcessCommandRunner();
        System.out.println("Easel doctor, version " + Version.current());
        List<Finding> findings = Doctor.run(checks(host, state, runner), System.out);
        System.out.println(Doctor.summary(findings));
        return Doctor.exitCode(findings);
    }

    private static List<Check> checks(Host host, Path state, CommandRunner runner) {
        OnnxRuntimeProbe onnxRuntime = new BundledOnnxRuntime();
        Build build = Build.of(onnxRuntime);
        Map<String, String> env = System.getenv();
        List<Check> checks = new ArrayList<>();
        checks.add(JavaCheck.current());
        checks.add(new OnnxRuntimeCheck(onnxRuntime));
        checks.add(new GpuCheck(build, host.platform(), new NvidiaGpus(runner, NvidiaGpus.PROC_GPUS)));
        checks.add(new CudaLibrariesCheck(build, host.platform(), runner, env, CudaLibrariesCheck.linuxLoaderFolders(),
                CudaLibrariesCheck.usualFolders(host.platform(), env)));
        checks.add(new StateDirectoryCheck(state));
        checks.add(DiskSpaceCheck.of(state));
        checks.add(new DaemonCheck(() -> lookForDaemon(state), Version.current()));
        checks.add(pluginsCheck(host));
        checks.add(new ModelsCheck(state));
        checks.add(new HostedEnginesCheck(state, env, Duration.ofSeconds(15)));
        checks.add(new RemoteModelsCheck(state, Duration.ofSeconds(10)));
        checks.add(() -> List.of(startAtLogin(host, runner)));
        return checks;
    }

    private static Check pluginsCheck(Host host) {
        try {
            PluginInstaller installer = new PluginInstaller(PluginBundle.fromClasspath(), Version.current(), host.platform());
            return new PluginsCheck(app -> PluginLocations.all(app, host), installer, Version.current());
        } catch (PluginBundle.MissingBundleException e) {
            return () -> List.of(Finding.fix("Plugins", e.getMessage()));
        }
    }

    private static DaemonCheck.Seen lookForDaemon(Path state) {
        StringBuilder why = new StringBuilder();
        return RunningDaemon.find(state, why)
                .map(d -> DaemonCheck.Seen.running(d.welcome().getJsonObject("server").getString("version", "?"),
                        "listening on " + d.info().host() + ":" + d.info().port() + ", pid " + d.info().pid()))
                .orElseGet(() -> DaemonCheck.Seen.notRunning(why.toString()));
    }

    private static Finding startAtLogin(Host host, CommandRunner runner) {
        LoginService.Summary summary = new LoginService(LoginItems.forHost(host), Optional.of(runner), System.out).summary();
        return switch (summary.state()) {
            case NOT_SET_UP -> Finding.note("Start at login", "not set up (./easel service install starts the daemon at every login)");
            case SET_UP -> Finding.ok("Start at login", summary.file() + " starts " + summary.jar().orElseThrow());
            case JAR_MISSING -> Finding.fix("Start at login", summary.file() + " starts "
                    + summary.jar().map(Path::toString).orElse("an unknown jar") + ", which no longer exists: run ./easel service install again");
        };
    }
}
