package org.easel.server.bench;

import static org.easel.server.bench.RegionBenchmark.filled;
import static org.easel.server.bench.RegionBenchmark.interleaved;
import static org.easel.server.bench.RegionBenchmark.median;
import static org.easel.server.bench.RegionBenchmark.squareMask;
import static org.easel.server.bench.RegionBenchmark.texture;
import static org.easel.server.bench.RegionBenchmark.time;

import java.util.List;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.engines.classical.ToneEngine;
import org.easel.server.imaging.Raster;

/**
 * The photo fixes' cost follows the selection (BENCHMARKS.md, "Photo fixes"): each fix on the same
 * 256² selection of a 512² and of an 8192² canvas, interleaved round after round, medians reported.
 * Both with the mask the size of the canvas and with the mask cropped to the selection (which
 * PROTOCOL.md allows), because finding a canvas-sized mask's bounds reads all of it.
 *
 * <p>Run: {@code mvn -B -q -P bench -pl server -am package -DskipTests} (with the region benchmarks).
 */
public final class PhotoFixBenchmark {
    private static final List<Adjustment> FIXES = List.of(
            new Adjustment(AdjustmentKind.EXPOSURE, 0.25), new Adjustment(AdjustmentKind.SHADOWS, 0.25),
            new Adjustment(AdjustmentKind.HIGHLIGHTS, -0.25), new Adjustment(AdjustmentKind.CURVE, 0.25),
            new Adjustment(AdjustmentKind.VIBRANCE, 0.25), new Adjustment(AdjustmentKind.TINT, 0.25),
            new Adjustment(AdjustmentKind.RED_EYE, 1), Adjustment.full(AdjustmentKind.AUTO_LEVELS),
            Adjustment.full(AdjustmentKind.AUTO_CONTRAST), Adjustment.full(AdjustmentKind.AUTO_WHITE_BALANCE),
            new Adjustment(AdjustmentKind.CLARITY, 0.25), new Adjustment(AdjustmentKind.DENOISE, 0.25));

    private PhotoFixBenchmark() {
    }

    public static void main(String[] args) {
        Raster small = texture(512, 512);
        Raster large = texture(8192, 8192);
        Raster smallMask = squareMask(512, 512, 128, 128, 256);
        Raster largeMask = squareMask(8192, 8192, 4000, 4000, 256);
        Raster croppedSmall = new Raster(128, 128, 256, 256, PixelFormat.A8, filled(256 * 256));
        Raster croppedLarge = new Raster(4000, 4000, 256, 256, PixelFormat.A8, filled(256 * 256));
        ToneEngine tone = new ToneEngine();
        System.out.println("| fix | 512² canvas | 8192² canvas | ratio | mask cropped: 512² | 8192² | ratio |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Adjustment fix : FIXES) {
            List<Adjustment> plan = List.of(fix);
            double[][] full = interleaved(
                    () -> time(() -> tone.apply(small, smallMask, 512, 512, plan, 0, JobControl.NONE)),
                    () -> time(() -> tone.apply(large, largeMask, 8192, 8192, plan, 0, JobControl.NONE)));
            double[][] cropped = interleaved(
                    () -> time(() -> tone.apply(small, croppedSmall, 512, 512, plan, 0, JobControl.NONE)),
                    () -> time(() -> tone.apply(large, croppedLarge, 8192, 8192, plan, 0, JobControl.NONE)));
            System.out.printf("| `%s` | %.1f ms | %.1f ms | %.2f | %.1f ms | %.1f ms | %.2f |%n", fix.kind().wireName(),
                    median(full[0]) * 1e3, median(full[1]) * 1e3, median(full[1]) / median(full[0]),
                    median(cropped[0]) * 1e3, median(cropped[1]) * 1e3, median(cropped[1]) / median(cropped[0]));
        }
    }
}
