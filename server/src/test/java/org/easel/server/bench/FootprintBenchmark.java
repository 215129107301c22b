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

    record Result(double daemonStartMs, double jvmVersionMs, double daemonStartWithCdsMs, double daemonIdleRssMiB,
                  double bareJvmIdleRssMiB, int rounds) {
    }

    static Result run(Path jar, int rounds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path archive = classArchive(java, jar);
        List<Long> startNanos = new ArrayList<>();
        List<Long> cdsStartNanos = new ArrayList<>();
        List<Long> versionNanos = new ArrayList<>();
        List<Long> daemonRss = new ArrayList<>();
        List<Long> bareRss = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            Process version = new ProcessBuilder(java, "-jar", jar.toString(), "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            version.waitFor();
            versionNanos.add(System.nanoTime() - t0);

            long t1 = System.nanoTime();
            Process daemon = serve(java, jar);
            try {
                awaitLine(daemon, "listening on");
                startNanos.add(System.nanoTime() - t1);
                daemonRss.add(idleRss(daemon));
            } finally {
                stop(daemon);
            }

            long t2 = System.nanoTime();
            Process withCds = serve(java, jar, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
            try {
                awaitLine(withCds, "listening on");
                cdsStartNanos.add(System.nanoTime() - t2);
            } finally {
                stop(withCds);
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
        return new Result(median(startNanos) / 1e6, median(versionNanos) / 1e6, median(cdsStartNanos) / 1e6,
                median(daemonRss) / 1024.0, median(bareRss) / 1024.0, rounds);
    }

    /** {@code easel serve} on a fresh state directory, with extra JVM options. */
    private static Process serve(String java, Path jar, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toString(), "serve", "--state-dir",
                Files.createTempDirectory("easel-bench-state").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /**
     * An application class-data-sharing archive of what the daemon loads until it listens
     * (Java 17: written when a JVM started with ArchiveClassesAtExit exits), to measure how much
     * of the start-up is class loading.
     */
    private static Path classArchive(String java, Path jar) throws Exception {
        Path archive = Files.createTempDirectory("easel-bench-cds").resolve("easel.jsa");
        Process p = serve(java, jar, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off");
        awaitLine(p, "listening on");
        p.destroy();
        p.waitFor(60, TimeUnit.SECONDS);
        if (!Files.exists(archive)) {
            throw new IOException("the JVM wrote no class archive");
        }
        return archive;
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
