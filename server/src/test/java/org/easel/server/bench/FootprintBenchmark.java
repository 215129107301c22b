package org.easel.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged daemon ({@code java -jar easel.jar serve}, as {@code ./easel serve} runs it) from
 * process start to its "listening" line, and its resident memory once idle, each against a bare
 * JVM measured in the same run: {@code easel --version} (a JVM that starts, prints and exits) and
 * an idle JVM that only sleeps.
 */
final class FootprintBenchmark {

    record Result(double daemonStartMs, double jvmVersionMs, double daemonIdleRssMiB, double bareJvmIdleRssMiB, int rounds) {
    }

    static Result run(Path jar, int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> startNanos = new ArrayList<>();
        List<Long> versionNanos = new ArrayList<>();
        List<Long> daemonRss = new ArrayList<>();
        List<Long> bareRss = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            Process version = new ProcessBuilder(java, "-jar", jar.toString(), "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            version.waitFor();
            versionNanos.add(System.nanoTime() - t0);

            Path state = Files.createTempDirectory("easel-bench-state");
            long t1 = System.nanoTime();
            Process daemon = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--state-dir", state.toString())
                    .redirectErrorStream(true).start();
            try {
                awaitLine(daemon, "listening on");
                startNanos.add(System.nanoTime() - t1);
                daemonRss.add(idleRss(daemon));
            } finally {
                stop(daemon);
            }

            Process bare = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IdleJvm.class.getName())
                    .redirectErrorStream(true).start();
            try {
                awaitLine(bare, "idle");
                bareRss.add(idleRss(bare));
            } finally {
                stop(bare);
            }
        }
        return new Result(median(startNanos) / 1e6, median(versionNanos) / 1e6, median(daemonRss) / 1024.0,
                median(bareRss) / 1024.0, rounds);
    }

    /** Resident set size in KiB after two seconds of idling, from /proc (Linux). */
    private static long idleRss(Process p) throws Exception {
        Thread.sleep(2_000);
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for pid " + p.pid());
    }

    private static void awaitLine(Process p, String marker) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.contains(marker)) {
                // keep draining in the background so the process never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // discard
                        }
                    } catch (IOException ended) {
                        // the process is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IOException("the process ended before printing \"" + marker + "\"");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** The baseline process: a JVM that does nothing. */
    static final class IdleJvm {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("idle");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
