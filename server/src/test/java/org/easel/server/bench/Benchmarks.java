package org.easel.server.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the issue-10 benchmarks and prints their table for BENCHMARKS.md (also written to
 * {@code server/target/benchmarks-issue-10.md}). Started by {@code mvn -B -Pbench -pl server -am
 * verify -DskipTests}; the argument is the packaged daemon jar.
 */
public final class Benchmarks {
    private static final int ROUND_TRIPS = 15;
    private static final int STARTS = 5;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("round-trip")) { // a quick look while tuning the transport
            RoundTripBenchmark.Result trip = RoundTripBenchmark.run(ROUND_TRIPS);
            System.out.printf(java.util.Locale.ROOT, "round trip: %.0f MiB/s, raw %.0f MiB/s, ratio %.2f, %.2f heap copies%n",
                    trip.protocolMiBs(), trip.rawMiBs(), trip.ratio(), trip.heapCopiesPerTrip());
            return;
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        RoundTripBenchmark.Result trip = RoundTripBenchmark.run(ROUND_TRIPS);
        FootprintBenchmark.Result footprint = FootprintBenchmark.run(jar, STARTS);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        String table = String.format(java.util.Locale.ROOT, """
                | measure | result | baseline (same run) | ratio / target |
                |---|---|---|---|
                | 4096² rgba8 round trip, no-op engine (median of %d) | %.0f MiB/s | raw loopback echo: %.0f MiB/s | %.2f of raw, median of the per-round ratios (target ≥ 0.5) |
                | heap allocated by the daemon per round trip | %.2f × the 64 MiB layer | — | target ≤ 2 extra copies |
                | direct memory in use during a round trip (peak, incl. Netty's pooled chunks) | %.1f MiB | — | bounded by the write buffer, not the layer |
                | start to listening, `java -jar easel.jar serve` (median of %d) | %.0f ms | `java -jar easel.jar --version`: %.0f ms | target < 1000 ms |
                | start to listening with an AppCDS archive (not used by `./easel` yet) | %.0f ms | — | class loading's share of the start |
                | idle RSS, no model (median of %d) | %.0f MiB | idle bare JVM: %.0f MiB | target < 200 MiB |

                Load average (1 min) before / after: %.2f / %.2f; %d cores; Java %s.
                """, trip.rounds(), trip.protocolMiBs(), trip.rawMiBs(), trip.ratio(), trip.heapCopiesPerTrip(),
                trip.directPeakMiB(), footprint.rounds(), footprint.daemonStartMs(), footprint.jvmVersionMs(), footprint.daemonStartWithCdsMs(),
                footprint.rounds(), footprint.daemonIdleRssMiB(), footprint.bareJvmIdleRssMiB(),
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println(table);
        Path out = jar.resolveSibling("benchmarks-issue-10.md");
        Files.writeString(out, table);
        System.out.println("written to " + out);
    }
}
