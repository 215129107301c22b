package org.easel.installer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.host.CommandRunner;
import org.easel.server.host.Host;
import org.easel.server.host.ProcessCommandRunner;
import org.easel.installer.service.DaemonLaunch;
import org.easel.installer.service.LoginItems;
import org.easel.installer.service.LoginService;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code easel service install|uninstall|status}: start the daemon at login. */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = {"Start the Easel daemon at every login: a systemd user service (Linux), a launchd agent "
                + "(macOS) or a script in the Startup folder (Windows)."},
        subcommands = {ServiceCommand.Install.class, ServiceCommand.Uninstall.class, ServiceCommand.Status.class})
final class ServiceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static LoginService loginService(HostOptions hostOptions) {
        Optional<CommandRunner> runner = hostOptions.isThisMachine() ? Optional.of(new ProcessCommandRunner()) : Optional.empty();
        return new LoginService(LoginItems.forHost(hostOptions.host()), runner, System.out);
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Set up the daemon to start at login, and start it now: ~/.config/systemd/user/easel.service "
                    + "(then systemctl --user enable --now easel), ~/Library/LaunchAgents/org.easel.daemon.plist (then "
                    + "launchctl load -w), or %%APPDATA%%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\easel.cmd.",
                    "It runs this jar with this Java (absolute paths), with EASEL_JAVA_OPTS and EASEL_STATE_DIR as they "
                            + "are now. Arguments after -- go to easel serve, e.g. -- --planner-url http://localhost:11434 "
                            + "--planner-model llama3.1:8b.",
                    "Exit status: 0 set up, 1 the service manager did not take it (the message says what to run)."})
    static final class Install implements Callable<Integer> {
        @Mixin
        HostOptions hostOptions;

        @Option(names = "--jar", paramLabel = "JAR", description = "The daemon jar to start (default: this one).")
        Path jar;

        @Option(names = "--java", paramLabel = "JAVA", description = "The java to start it with (default: this one).")
        Path java;

        @Parameters(paramLabel = "SERVE_ARGUMENTS", arity = "0..*", description = "Options for easel serve (after --).")
        List<String> serveArguments = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            Host host = hostOptions.host();
            Optional<Path> chosenJar = Optional.ofNullable(jar).map(Path::toAbsolutePath).or(DaemonLaunch::runningJar);
            if (chosenJar.isEmpty()) {
                System.err.println("easel service install: this is not running from the daemon jar; run it as "
                        + "./easel service install, or name the jar with --jar");
                return 2;
            }
            List<String> serve = new ArrayList<>(serveArguments);
            String stateFromEnv = host.env().get(StateDirectoryLocator.ENV_VAR);
            if (stateFromEnv != null && !stateFromEnv.isBlank() && stateDirIn(serve).isEmpty()) {
                // The login session will not have this variable; the plugins must find the same directory.
                serve.addAll(List.of("--state-dir", Path.of(stateFromEnv).toAbsolutePath().toString()));
            }
            List<String> javaOptions = Arrays.stream(host.env().getOrDefault("EASEL_JAVA_OPTS", "").trim().split("\\s+"))
                    .filter(s -> !s.isEmpty()).toList();
            DaemonLaunch launch = new DaemonLaunch(java == null ? DaemonLaunch.runningJava(host.platform()) : java.toAbsolutePath(),
                    javaOptions, chosenJar.get(), serve);
            int exit = loginService(hostOptions).install(launch);
            if (hostOptions.isThisMachine()) {
                Path state = hostOptions.stateDir(stateDirIn(serve));
                RunningDaemon.find(state, new StringBuilder()).ifPresent(d -> System.out.println("A daemon started by hand "
                        + "is running already (pid " + d.info().pid() + "); the service's own takes over when it stops "
                        + "(./easel stop), and at every login."));
            }
            return exit;
        }
    }

    /** The --state-dir among serve's arguments, in either of picocli's spellings. */
    static Optional<Path> stateDirIn(List<String> serve) {
        for (int i = 0; i < serve.size(); i++) {
            if (serve.get(i).equals("--state-dir") && i + 1 < serve.size()) {
                return Optional.of(Path.of(serve.get(i + 1)));
            }
            if (serve.get(i).startsWith("--state-dir=")) {
                return Optional.of(Path.of(serve.get(i).substring("--state-dir=".length())));
            }
        }
        return Optional.empty();
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            description = {"Stop starting the daemon at login: unload and remove what easel service install wrote. "
                    + "A daemon it started is stopped (systemd, launchd); on Windows stop it with easel stop."})
    static final class Uninstall implements Callable<Integer> {
        @Mixin
        HostOptions hostOptions;

        @Override
        public Integer call() throws IOException {
            return loginService(hostOptions).uninstall();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Say whether the daemon is set up to start at login, which jar it starts, and what the "
                    + "service manager says.", "Exit status: 0 set up, 1 set up but its jar is gone, 3 not set up."})
    static final class Status implements Callable<Integer> {
        @Mixin
        HostOptions hostOptions;

        @Override
        public Integer call() {
            return loginService(hostOptions).status();
        }
    }
}
