package org.easel.server.bench;

import static org.easel.server.bench.RegionBenchmark.median;
import static org.easel.server.bench.RegionBenchmark.texture;

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
 * 0.25, 1, 4 and 16 MP rgba8 sources, timed in one JVM (median of runs after a warm-up; the small
 * sizes run more often, about 64 output MP each, so the machine's load evens out). The baseline,
 * in the same JVM, is the whole-image {@link Lanczos3#resizeLinearLight} the region pipeline uses
 * (float copies of source and result, no sharpening), up to 16 MP of output.
 *
 * <p>Memory: the heap's peak includes garbage not yet collected, so instead each case also runs
 * once in a child JVM whose heap is only the source and result bytes plus 48 MiB; it completes
 * only if the working memory stays under that, whatever the size.
 *
 * <p>Run: {@code mvn -B -q -P bench -pl server -am verify -DskipTests} (with the other benchmarks), or
 * this class alone with the test classpath and {@code -Xmx2g}.
 */
public final class UpscaleBenchmark {
    private static final int[] SIDES = {512, 1024, 2048, 4096};
    private static final int SPARE_MIB = 48;

    private UpscaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            once(args[0], Integer.parseInt(args[1]));
            return;
        }
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.println("| output | source | upscale: ms | ms / output MP | baseline: ms | ms / output MP |");
        System.out.println("|---|---|---|---|---|---|");
        for (int side : SIDES) {
            Raster source = texture(side, side);
            int out = 2 * side;
            double mp = (double) out * out / 1e6;
            int runs = Math.max(3, (int) Math.round(64 / mp));
            double ours = measure(() -> upscale(source), runs);
            String baseline = "—";
            if (out <= 4096) {
                double plain = measure(() -> baseline(source), runs);
                baseline = String.format("%.0f | %.1f", plain, plain / mp);
            }
            System.out.printf("| %.0f MP (%d²) | %.2f MP | %.0f | %.1f | %s |%n", mp, out, (double) side * side / 1e6,
                    ours, ours / mp, baseline);
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

    /** Median milliseconds of {@code runs} after a warm-up. */
    private static double measure(Supplier<Raster> run, int runs) {
        run.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Raster result = run.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (result.width() < 1) {
                throw new AssertionError();
            }
        }
        return median(ms);
    }
}
