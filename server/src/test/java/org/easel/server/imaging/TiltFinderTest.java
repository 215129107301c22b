package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.BiFunction;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.JobControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The measured tilt of synthetic pictures turned by known angles with {@link Straighten}. */
class TiltFinderTest {
    private static final int W = 600;
    private static final int H = 400;
    private static final double MAX = 15;

    /** Grey levels drawn by {@code grey(x, y)} with a little seeded noise, as an opaque rgba8 raster. */
    private static Raster picture(BiFunction<Integer, Integer, Double> grey, double noise) {
        Random random = new Random(7);
        byte[] px = new byte[W * H * 4];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double v = grey.apply(x, y) + noise * (random.nextDouble() - 0.5);
                int b = (int) Math.round(255 * Math.max(0, Math.min(1, v)));
                int i = (y * W + x) * 4;
                px[i] = (byte) b;
                px[i + 1] = (byte) b;
                px[i + 2] = (byte) b;
                px[i + 3] = (byte) 255;
            }
        }
        return new Raster(0, 0, W, H, PixelFormat.RGBA8, px);
    }

    /** Dark sky over bright ground, the horizon at mid-height, with some grain. */
    private static Raster horizon() {
        return picture((x, y) -> y < H / 2 ? 0.25 : 0.75, 0.06);
    }

    /** A building-like pattern: bars of different widths and greys, only vertical edges. */
    private static Raster verticalBars() {
        return picture((x, y) -> {
            int cell = x % 53;
            return cell < 9 ? 0.8 : cell < 30 ? 0.3 : cell < 34 ? 0.9 : 0.5;
        }, 0.06);
    }

    private static OptionalDouble find(Raster image) {
        return TiltFinder.levellingTurn(image, MAX, JobControl.NONE);
    }

    private static double turnOf(Raster image) {
        OptionalDouble turn = find(image);
        assertTrue(turn.isPresent(), "no clear lines found");
        return turn.getAsDouble();
    }

    /** The row (fractional) where column {@code x} first crosses from the dark sky to the bright ground. */
    private static double horizonRow(Raster image, int x) {
        float[] rgba = FloatImage.read(image, Rect.of(image)).data();
        double previous = rgba[x * 4];
        for (int y = 1; y < image.height(); y++) {
            double v = rgba[(y * image.width() + x) * 4];
            if (v >= 0.5 && previous < 0.5) {
                return y - 1 + (0.5 - previous) / (v - previous);
            }
            previous = v;
        }
        throw new AssertionError("no horizon in column " + x);
    }

    /** Averaged over a few neighbouring columns so the grain does not move the crossing. */
    private static double horizonRowNear(Raster image, int x) {
        double sum = 0;
        for (int dx = -3; dx <= 3; dx++) {
            sum += horizonRow(image, x + dx);
        }
        return sum / 7;
    }

    @ParameterizedTest
    @ValueSource(doubles = {3, -1.5})
    void aTiltedHorizonIsMeasuredAndTheTurnLevelsIt(double tilt) {
        Raster tilted = Straighten.clockwise(horizon(), tilt, JobControl.NONE);
        // Turned clockwise, the horizon drops to the right before it is levelled.
        assertEquals(tilt > 0, horizonRowNear(tilted, W - 60) > horizonRowNear(tilted, 60));

        double turn = turnOf(tilted);
        assertEquals(-tilt, turn, 0.2);
        Raster levelled = Straighten.clockwise(tilted, turn, JobControl.NONE);
        assertEquals(horizonRowNear(levelled, 60), horizonRowNear(levelled, W - 60), 1.0);
    }

    @Test
    void verticalLinesAloneAreEnough() {
        Raster tilted = Straighten.clockwise(verticalBars(), 2, JobControl.NONE);
        assertEquals(-2, turnOf(tilted), 0.2);
    }

    @Test
    void aLevelPictureNeedsNoTurn() {
        assertEquals(0, turnOf(horizon()), 0.1);
        assertEquals(0, turnOf(verticalBars()), 0.1);
    }

    @Test
    void aFlatColourHasNoLines() {
        assertTrue(find(picture((x, y) -> 0.4, 0)).isEmpty());
    }

    @Test
    void noiseHasNoLines() {
        assertTrue(find(picture((x, y) -> 0.5, 1)).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"BGRA8", "RGBA16", "RGBAF32"})
    void everyFormatReadsAsRgba8Does(PixelFormat format) {
        Raster tilted = Straighten.clockwise(horizon(), 2.5, JobControl.NONE);
        Raster other = FloatImage.read(tilted, Rect.of(tilted)).encode(format);
        assertEquals(format, other.format());
        assertEquals(turnOf(tilted), turnOf(other), 0.01);
    }

    @Test
    void aTiltBeyondTheLimitIsNeverAnsweredWithATurnBeyondIt() {
        // Only a horizon, so there is no other line in range to find instead.
        Raster steep = Straighten.clockwise(horizon(), 30, JobControl.NONE);
        OptionalDouble turn = find(steep);
        assertTrue(turn.isEmpty() || Math.abs(turn.getAsDouble()) <= MAX, "turn " + turn);
        // The same picture with room for the angle: the limit, not the picture, kept it out.
        assertEquals(-30, TiltFinder.levellingTurn(steep, 40, JobControl.NONE).orElseThrow(), 0.3);
    }

    @Test
    void cancellingStopsTheMeasurement() {
        JobControl cancelled = new JobControl() {
            @Override
            public void progress(int step, int steps, String stage) {
            }

            @Override
            public void checkCancelled() {
                throw new CancelledException();
            }
        };
        assertThrows(CancelledException.class, () -> TiltFinder.levellingTurn(horizon(), MAX, cancelled));
    }
}
