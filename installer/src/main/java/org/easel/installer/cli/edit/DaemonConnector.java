package org.easel.installer.cli.edit;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.client.DaemonEndpoint;
import org.easel.protocol.client.DaemonNotRunningException;
import org.easel.protocol.client.EaselClient;
import org.easel.protocol.client.EaselException;

/**
 * Connects the command line to the daemon of a state directory, starting one when none runs, as
 * the plugins do: {@code easel serve} in its own session (so Ctrl-C here does not stop it), its
 * output in a log, left running for the follow-ups that come next ({@code easel stop} stops it).
 */
public final class DaemonConnector {
    private static final long START_WAIT_MILLIS = 90_000;
    public static final String CLIENT_NAME = "easel-cli";

    private DaemonConnector() {
    }

    public static EaselClient connect(Optional<Path> stateDir, boolean mayStart, PrintStream notes) throws EaselException {
        Path dir = stateDir.map(Path::toAbsolutePath).orElseGet(DaemonEndpoint::defaultStateDirectory);
        try {
            return EaselClient.connect(Optional.of(dir), CLIENT_NAME);
        } catch (DaemonNotRunningException e) {
            if (!mayStart) {
                throw e;
            }
        }
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "easel-daemon-launch-" + ProcessHandle.current().pid() + ".log");
        Process process = start(dir, log);
        notes.println("No Easel daemon was running; started one (pid " + process.pid() + ", state " + dir
                + "). It keeps running for follow-ups; `easel stop` stops it.");
        long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
        while (true) {
            try {
                EaselClient client = EaselClient.connect(Optional.of(dir), CLIENT_NAME);
                deleteQuietly(log);
                return client;
            } catch (DaemonNotRunningException e) {
                if (!process.isAlive()) {
                    throw new EaselException("The Easel daemon started for this call stopped with exit code " + process.exitValue()
                            + ". Its output:\n" + tail(log));
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new EaselException("The Easel daemon started for this call (pid " + process.pid()
                            + ") did not listen within " + START_WAIT_MILLIS / 1000 + " s. Its output so far:\n" + tail(log));
                }
                sleep();
            }
        }
    }

    private static Process start(Path stateDir, Path log) throws EaselException {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid"); // its own session: a terminal's Ctrl-C for this command does not reach it
        }
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String options = System.getenv("EASEL_JAVA_OPTS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.easel.installer.cli.EaselCommand",
                "serve", "--state-dir", stateDir.toString()));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null"))).start();
        } catch (IOException e) {
            throw new EaselException("Could not start the Easel daemon (" + e.getMessage() + "). Start it yourself: easel serve");
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text.isBlank() ? "(no output)" : text;
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path log) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a leftover log in the temp folder is harmless
        }
    }

    private static void sleep() throws EaselException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EaselException("Interrupted while waiting for the Easel daemon to start.");
        }
    }
}
