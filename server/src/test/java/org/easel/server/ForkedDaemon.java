package org.easel.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code easel serve} in a separate JVM, so a test can kill it with SIGKILL or start it under a
 * file-size limit, as happens on an artist's machine. Its output is collected through pipes (a
 * file would itself be subject to the file-size limit).
 */
public final class ForkedDaemon implements AutoCloseable {
    private final Process process;
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();

    private ForkedDaemon(Process process) {
        this.process = process;
        collect(process.getInputStream(), stdout);
        collect(process.getErrorStream(), stderr);
    }

    private static void collect(InputStream from, StringBuffer into) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    into.append(line).append('\n');
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "forked-daemon-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the daemon on {@code stateDir} with extra {@code serve} arguments. With
     * {@code maxFileBytes} ≥ 0 it runs under {@code ulimit -f}, so every write past that size fails
     * as on a full disk.
     */
    public static ForkedDaemon start(Path stateDir, long maxFileBytes, String... serveArgs) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "org.easel.server.cli.ServeCommand", "--state-dir", stateDir.toString()));
        java.addAll(List.of(serveArgs));
        List<String> command = new ArrayList<>();
        if (maxFileBytes >= 0) {
            // ulimit -f counts 1024-byte blocks; the JVM ignores SIGXFSZ, so writes fail with EFBIG.
            command.addAll(List.of("bash", "-c", "ulimit -f " + (maxFileBytes / 1024) + " && exec \"$@\"", "bash"));
        }
        command.addAll(java);
        return new ForkedDaemon(new ProcessBuilder(command).start());
    }

    /** Waits until it prints that it listens; false if it exited or took over 30 s. */
    public boolean awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (stdout().contains("listening on")) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Its exit status, after waiting up to 30 s for it to end. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the daemon did not exit; " + safeOutput());
        }
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, nothing is cleaned up. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public String stdout() {
        return stdout.toString();
    }

    /** Everything it wrote to stderr; complete once it has exited. */
    public String stderr() throws InterruptedException {
        if (!process.isAlive()) {
            Thread.sleep(100); // let the reader thread take the last lines from the pipe
        }
        return stderr.toString();
    }

    /** Both outputs, for assertion messages. */
    public String safeOutput() {
        return "stdout: " + stdout + "\nstderr: " + stderr;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}
