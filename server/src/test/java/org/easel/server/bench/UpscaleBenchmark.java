package org.easel.server.bench;

import static org.easel.server.bench.RegionBenchmark.median;
import static org.easel.server.bench.RegionBenchmark.texture;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Lanczos3;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.TiledUpscale;

/**
 * Upscaling's cost per output megapixel is flat from 1 to 64 MP (BENCHMARKS.md, "Upscaling"): 2× of
 * 0.25, 1, 4 and 16 MP rgba8 sources, timed in one JVM, interleaved over rounds, medians. The baseline,
 * in the same JVM, is the whole-image {@link Lanczos3#resizeLinearLight} the region pipeline uses
 * (float copies of source and result, no sharpening), up to 16 MP of output.
 *
 * <p>Memory: the heap's peak includes garbage not yet collected, so instead each case also runs
 * once in a child JVM whose heap is only the source and result bytes plus 96 MiB; it completes
 * only if the working memory stays under that, whatever the size.
 *
 * <p>Run: {@code mvn -B -q -P bench -pl server -am verify -DskipTests} (with the other benchmarks), or
 * this class alone with the test classpath and {@code -Xmx2g} ({@code timing}: the times only).
 */
public final class UpscaleBenchmark {
    private static final int[] SIDES = {512, 1024, 2048, 4096};
    private static final int SPARE_MIB = 96;
    private static final int ROUNDS = 5;

    private UpscaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            once(args[0], Integer.parseInt(args[1]));
            return;
        }
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        // Interleaved: every round times every size once (the small ones repeated up to about 16 output MP and
        // averaged), so a burst of load elsewhere on the machine lands on all sizes alike. CPU time (all
        // threads of this process) is reported beside wall time: it is what load elsewhere disturbs least.
        Raster[] sources = new Raster[SIDES.length];
        for (int i = 0; i < SIDES.length; i++) {
            sources[i] = texture(SIDES[i], SIDES[i]);
        }
        double[][][] ours = new double[SIDES.length][2][ROUNDS];
        double[][][] plain = new double[SIDES.length][2][ROUNDS];
        for (int round = -1; round < ROUNDS; round++) {   // round -1 warms up
            for (int i = 0; i < SIDES.length; i++) {
                Raster source = sources[i];
                int repeats = Math.max(1, 16 * 1024 * 1024 / (4 * SIDES[i] * SIDES[i]));
                double[] t = time(() -> upscale(source), repeats);
                double[] b = 2 * SIDES[i] <= 4096 ? time(() -> baseline(source), repeats) : new double[] {0, 0};
                if (round >= 0) {
                    for (int k = 0; k < 2; k++) {
                        ours[i][k][round] = t[k];
                        plain[i][k][round] = b[k];
                    }
                }
            }
        }
        System.out.println("| output | source | upscale: wall ms | wall ms / output MP | CPU ms / output MP "
                + "| baseline: wall ms | wall ms / output MP | CPU ms / output MP |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < SIDES.length; i++) {
            int out = 2 * SIDES[i];
            double mp = (double) out * out / 1e6;
            String baseline = out <= 4096 ? String.format("%.0f | %.1f | %.1f", median(plain[i][0]),
                    median(plain[i][0]) / mp, median(plain[i][1]) / mp) : "— | — | —";
            System.out.printf("| %.0f MP (%d²) | %.2f MP | %.0f | %.1f | %.1f | %s |%n", mp, out,
                    (double) SIDES[i] * SIDES[i] / 1e6, median(ours[i][0]), median(ours[i][0]) / mp,
                    median(ours[i][1]) / mp, baseline);
        }
        if (args.length == 1 && args[0].equals("timing")) {
            return;
        }
        System.out.println();
        System.out.println("| output | heap: source + result + " + SPARE_MIB + " MiB | upscale | baseline |");
        System.out.println("|---|---|---|---|");
        for (int side : SIDES) {
            long mib = ((long) side * side * 4 + 4L * side * side * 4 >> 20) + SPARE_MIB;
            System.out.printf("| %d² | %d MiB | %s | %s |%n", 2 * side, mib, child("upscale", side, mib),
                    child("baseline", side, mib));
        }
    }

    private static Raster upscale(Raster source) {
        return TiledUpscale.enlarge(source, Rect.of(source), 2 * source.width(), 2 * source.height(),
                TiledUpscale.Settings.DEFAULT, JobControl.NONE);
    }

    private static Raster baseline(Raster source) {
        return Lanczos3.resizeLinearLight(FloatImage.read(source, Rect.of(source)), 2 * source.width(),
                2 * source.height()).encode(PixelFormat.RGBA8);
    }

    /** One case in this JVM (the child's side of {@link #child}). */
    private static void once(String which, int side) {
        Raster source = texture(side, side);
        Raster result = which.equals("upscale") ? upscale(source) : baseline(source);
        System.out.println(result.width() + "x" + result.height());
    }

    /** Runs one case in a JVM with {@code mib} of heap: "completes" or "out of memory". */
    private static String child(String which, int side, long mib) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + mib + "m", "-cp", System.getProperty("java.class.path"), UpscaleBenchmark.class.getName(),
                which, String.valueOf(side)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int code = process.waitFor();
        return code == 0 ? "completes" : output.contains("OutOfMemoryError") ? "out of memory" : "failed (" + code + ")";
    }

    /** Wall and CPU milliseconds of one run, averaged over {@code repeats}. */
    private static double[] time(Supplier<Raster> run, int repeats) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            if (run.get().width() < 1) {
                throw new AssertionError();
            }
        }
        return new double[] {(System.nanoTime() - start) / 1e6 / repeats, (os.getProcessCpuTime() - cpu) / 1e6 / repeats};
    }
}
