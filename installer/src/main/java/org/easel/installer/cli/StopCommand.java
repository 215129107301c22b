package org.easel.installer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.easel.server.state.StateDirectory;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code easel stop}: asks the daemon to shut down cleanly (SIGTERM: running edits are stopped,
 * daemon.json removed). Only a process that answered the handshake with this state directory's
 * token is signalled, never a pid merely named in a stale file.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop the Easel daemon of this state directory cleanly.",
                "Exit status: 0 stopped, 3 not running, 1 it did not stop in time."})
final class StopCommand implements Callable<Integer> {
    private static final int STOP_WAIT_SECONDS = 20;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory of the daemon to stop (default: as for easel serve).")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        Path dir = StateDirectoryLocator.locate(Optional.ofNullable(stateDir));
        StringBuilder why = new StringBuilder();
        Optional<RunningDaemon> daemon = RunningDaemon.find(dir, why);
        if (daemon.isEmpty()) {
            System.out.println("Easel daemon: not running (" + why + "); nothing to stop.");
            return StatusCommand.NOT_RUNNING;
        }
        long pid = daemon.get().info().pid();
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().destroy()) {
            System.err.println("easel stop: the daemon (pid " + pid + ") answers but cannot be signalled from "
                    + "this user; stop it where it runs (Ctrl-C).");
            return 1;
        }
        try {
            process.get().onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("easel stop: the daemon (pid " + pid + ") is still finishing after "
                    + STOP_WAIT_SECONDS + " s; it stops at its next step. Check again with easel status.");
            return 1;
        }
        boolean clean = !Files.exists(dir.resolve(StateDirectory.DAEMON_FILE));
        System.out.println("Easel daemon (pid " + pid + ") stopped" + (clean ? "." : ", leaving a stale daemon.json."));
        return 0;
    }
}
