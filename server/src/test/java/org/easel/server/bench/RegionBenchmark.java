package org.easel.server.bench;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.engines.classical.ToneEngine;
import org.easel.server.engines.classical.fill.DiffusionFill;
import org.easel.server.engines.classical.fill.FillEngine;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Lanczos3;
import org.easel.server.imaging.Raster;

/**
 * The region pipeline's benchmarks (BENCHMARKS.md, "Region pipeline and classical engine"). Each
 * measurement runs interleaved with its baseline, round after round, and reports medians, so a
 * busy machine slows both alike and the ratios stay meaningful.
 *
 * <p>Run: {@code mvn -B -q -P bench -pl server -am package -DskipTests}
 */
public final class RegionBenchmark {
    private static final int ROUNDS = 5;

    private RegionBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", rounds: " + ROUNDS);
        fillOfATenPercentHole();
        costFollowsTheSelection();
        resamplingThroughput();
    }

    /** A 1024² textured image with a centred square hole of 10% of its area. */
    private static void fillOfATenPercentHole() {
        int n = 1024;
        int side = (int) Math.round(Math.sqrt(0.1 * n * n));
        Raster image = texture(n, n);
        Raster mask = squareMask(n, n, (n - side) / 2, (n - side) / 2, side);
        FloatImage decoded = FloatImage.read(image, new org.easel.server.imaging.Rect(0, 0, n, n));
        boolean[] hole = new boolean[n * n];
        for (int y = (n - side) / 2; y < (n - side) / 2 + side; y++) {
            Arrays.fill(hole, y * n + (n - side) / 2, y * n + (n - side) / 2 + side, true);
        }
        double[] cpu = new double[ROUNDS];
        int[] round = {0};
        double[][] t = interleaved(
                () -> time(() -> {
                    long cpuStart = processCpuNanos();
                    new FillEngine().fill(image, mask, n, n, 4, 1, JobControl.NONE);
                    cpu[round[0]++ % ROUNDS] = (processCpuNanos() - cpuStart) / 1e9;
                }),
                () -> time(() -> DiffusionFill.fill(decoded.data().clone(), hole, n, n)));
        System.out.printf("fill 10%% hole (%d² of 1024²), PatchMatch pipeline: %.2f s wall, %.2f s CPU (all threads) "
                + "| baseline diffusion fill: %.2f s wall%n", side, median(t[0]), median(cpu), median(t[1]));
    }

    /** The same 256² selection blurred and filled on a 512² and on an 8192² canvas. */
    private static void costFollowsTheSelection() {
        Raster small = texture(512, 512);
        Raster large = texture(8192, 8192);
        Raster smallMask = squareMask(512, 512, 128, 128, 256);
        Raster largeMask = squareMask(8192, 8192, 4000, 4000, 256);
        List<Adjustment> blur = List.of(new Adjustment(AdjustmentKind.BLUR, 0.25));
        ToneEngine tone = new ToneEngine();
        double[][] blurTimes = interleaved(
                () -> time(() -> tone.apply(small, smallMask, 512, 512, blur, 4, JobControl.NONE)),
                () -> time(() -> tone.apply(large, largeMask, 8192, 8192, blur, 4, JobControl.NONE)));
        double[][] fillTimes = interleaved(
                () -> time(() -> new FillEngine().fill(small, smallMask, 512, 512, 4, 1, JobControl.NONE)),
                () -> time(() -> new FillEngine().fill(large, largeMask, 8192, 8192, 4, 1, JobControl.NONE)));
        // Clients may send the mask cropped to the selection's bounds (PROTOCOL.md); then not even
        // the mask scales with the canvas.
        Raster croppedMask = new Raster(4000, 4000, 256, 256, PixelFormat.A8, filled(256 * 256));
        Raster croppedSmallMask = new Raster(128, 128, 256, 256, PixelFormat.A8, filled(256 * 256));
        double[][] croppedTimes = interleaved(
                () -> time(() -> tone.apply(small, croppedSmallMask, 512, 512, blur, 4, JobControl.NONE)),
                () -> time(() -> tone.apply(large, croppedMask, 8192, 8192, blur, 4, JobControl.NONE)));
        System.out.printf("blur of a 256² selection, canvas-sized mask: 512² canvas %.3f s | 8192² canvas %.3f s "
                + "| ratio %.2f%n", median(blurTimes[0]), median(blurTimes[1]),
                median(blurTimes[1]) / median(blurTimes[0]));
        System.out.printf("blur of a 256² selection, mask cropped to the selection: 512² canvas %.3f s | 8192² "
                + "canvas %.3f s | ratio %.2f%n", median(croppedTimes[0]), median(croppedTimes[1]),
                median(croppedTimes[1]) / median(croppedTimes[0]));
        System.out.printf("fill of a 256² selection: 512² canvas %.3f s | 8192² canvas %.3f s | ratio %.2f%n",
                median(fillTimes[0]), median(fillTimes[1]), median(fillTimes[1]) / median(fillTimes[0]));
    }

    /** Output megapixels per second, Lanczos-3 against java.awt's bicubic on the same sizes. */
    private static void resamplingThroughput() {
        int[][] cases = {{2048, 1024}, {512, 1024}};
        for (int[] c : cases) {
            int from = c[0];
            int to = c[1];
            FloatImage source = FloatImage.read(texture(from, from), new org.easel.server.imaging.Rect(0, 0, from, from));
            BufferedImage awtSource = awtImage(texture(from, from));
            double scale = (double) to / from;
            AffineTransformOp bicubic = new AffineTransformOp(AffineTransform.getScaleInstance(scale, scale),
                    AffineTransformOp.TYPE_BICUBIC);
            double[][] t = interleaved(
                    () -> time(() -> Lanczos3.resize(source, to, to)),
                    () -> time(() -> bicubic.filter(awtSource, new BufferedImage(to, to, BufferedImage.TYPE_INT_ARGB))));
            double megapixels = to * (double) to / 1e6;
            System.out.printf("resample %d² → %d²: Lanczos-3 (float RGBA) %.1f Mpx/s | baseline java.awt bicubic "
                    + "(8-bit ARGB) %.1f Mpx/s%n", from, to, megapixels / median(t[0]), megapixels / median(t[1]));
        }
    }

    static double[][] interleaved(LongSupplier a, LongSupplier b) {
        a.getAsLong();   // warm-up: JIT and caches
        b.getAsLong();
        double[][] out = new double[2][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            out[0][r] = a.getAsLong() / 1e9;
            out[1][r] = b.getAsLong() / 1e9;
        }
        return out;
    }

    /** CPU time of the whole process, so a busy machine's waiting does not count. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long time(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Bricks with fine detail, rgba8: a texture the fill has to continue. */
    static Raster texture(int width, int height) {
        byte[] px = new byte[width * height * 4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int row = y / 24;
                boolean mortar = y % 24 < 3 || (x + (row % 2) * 16) % 32 < 3;
                int detail = (int) (12 * Math.sin(x * 0.7) * Math.cos(y * 1.1));
                int i = (y * width + x) * 4;
                px[i] = (byte) (mortar ? 215 : 150 + detail);
                px[i + 1] = (byte) (mortar ? 210 : 70 + detail);
                px[i + 2] = (byte) (mortar ? 200 : 40);
                px[i + 3] = (byte) 255;
            }
        }
        return new Raster(0, 0, width, height, PixelFormat.RGBA8, px);
    }

    static Raster squareMask(int width, int height, int x0, int y0, int side) {
        byte[] m = new byte[width * height];
        for (int y = y0; y < y0 + side; y++) {
            Arrays.fill(m, y * width + x0, y * width + x0 + side, (byte) 255);
        }
        return new Raster(0, 0, width, height, PixelFormat.A8, m);
    }

    static byte[] filled(int length) {
        byte[] m = new byte[length];
        Arrays.fill(m, (byte) 255);
        return m;
    }

    private static BufferedImage awtImage(Raster rgba) {
        BufferedImage image = new BufferedImage(rgba.width(), rgba.height(), BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[rgba.width() * rgba.height()];
        byte[] p = rgba.pixels();
        for (int i = 0; i < argb.length; i++) {
            argb[i] = (p[i * 4 + 3] & 0xFF) << 24 | (p[i * 4] & 0xFF) << 16 | (p[i * 4 + 1] & 0xFF) << 8 | (p[i * 4 + 2] & 0xFF);
        }
        image.setRGB(0, 0, rgba.width(), rgba.height(), argb, 0, rgba.width());
        return image;
    }
}
