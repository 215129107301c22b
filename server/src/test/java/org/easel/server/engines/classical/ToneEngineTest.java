package org.easel.server.engines.classical;

import static org.easel.server.engines.classical.TestImages.pixel;
import static org.easel.server.engines.classical.TestImages.pixelBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToneEngineTest {

    private static final int W = 48;
    private static final int H = 36;
    private static final Rect CANVAS = new Rect(0, 0, W, H);
    private static final List<Adjustment> GRAY = List.of(Adjustment.full(AdjustmentKind.GRAYSCALE));

    private final ToneEngine engine = new ToneEngine();

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void grayscaleInsideARectangularSelection(PixelFormat format) {
        Raster image = TestImages.colourful(0, 0, W, H, format);
        Rect selected = new Rect(12, 10, 20, 14);
        int feather = 3;
        Raster patch = engine.apply(image, TestImages.mask(CANVAS, selected), W, H, GRAY, feather, JobControl.NONE);

        assertEquals(format, patch.format());
        assertEquals(selected.grow(feather), Rect.of(patch));
        assertEquals(format.byteLength(patch.width(), patch.height()), patch.pixels().length);

        Rect deepInside = Rect.fromEdges(selected.x() + feather, selected.y() + feather,
                selected.right() - feather, selected.bottom() - feather);
        for (int y = deepInside.y(); y < deepInside.bottom(); y++) {
            for (int x = deepInside.x(); x < deepInside.right(); x++) {
                byte[] bytes = pixelBytes(patch, x, y);
                int channel = format.bytesPerPixel() / 4;
                // R, G and B equal in the image's own encoding (bgra8's order does not matter here).
                assertArrayEquals(slice(bytes, 0, channel), slice(bytes, channel, channel), "at " + x + "," + y);
                assertArrayEquals(slice(bytes, 0, channel), slice(bytes, 2 * channel, channel), "at " + x + "," + y);
                // Fully selected: exactly the original alpha.
                assertArrayEquals(slice(pixelBytes(image, x, y), 3 * channel, channel), slice(bytes, 3 * channel, channel));
            }
        }
        float[] before = pixel(image, 20, 15);
        float[] after = pixel(patch, 20, 15);
        float luma = 0.2126f * before[0] + 0.7152f * before[1] + 0.0722f * before[2];
        assertEquals(luma, after[0], format == PixelFormat.RGBA8 || format == PixelFormat.BGRA8 ? 1 / 255f : 1e-4f);
    }

    @Test
    void patchPixelsFartherThanTheFeatherFromTheSelectionAreTransparent() {
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.RGBA8);
        // Two small squares far apart: their bounding box holds a wide unselected gap.
        Raster mask = TestImages.mask(CANVAS, new Rect(4, 4, 6, 6));
        Rect second = new Rect(36, 24, 6, 6);
        for (int y = second.y(); y < second.bottom(); y++) {
            for (int x = second.x(); x < second.right(); x++) {
                mask.pixels()[y * W + x] = (byte) 255;
            }
        }
        int feather = 2;
        Raster patch = engine.apply(image, mask, W, H, GRAY, feather, JobControl.NONE);
        assertEquals(Rect.fromEdges(2, 2, 44, 32), Rect.of(patch));
        for (int y = patch.y(); y < patch.bottom(); y++) {
            for (int x = patch.x(); x < patch.right(); x++) {
                boolean nearFirst = x >= 4 - feather && x < 10 + feather && y >= 4 - feather && y < 10 + feather;
                boolean nearSecond = x >= 36 - feather && x < 42 + feather && y >= 24 - feather && y < 30 + feather;
                if (!nearFirst && !nearSecond) {
                    assertEquals(0f, pixel(patch, x, y)[3], "alpha at " + x + "," + y);
                }
            }
        }
        assertTrue(pixel(patch, 6, 6)[3] > 0f);
    }

    @Test
    void featheredEdgeAlphaRisesMonotonicallyFromZeroToTheOriginal() {
        Raster image = TestImages.image(0, 0, W, H, PixelFormat.RGBA16, (x, y) -> new float[] {0.8f, 0.3f, 0.1f, 1f});
        Rect selected = new Rect(20, 8, 20, 20);
        int feather = 6;
        Raster patch = engine.apply(image, TestImages.mask(CANVAS, selected), W, H, GRAY, feather, JobControl.NONE);
        int y = 18;
        float previous = -1f;
        int partial = 0;
        for (int x = patch.x(); x < selected.x() + feather + 2; x++) {
            float alpha = pixel(patch, x, y)[3];
            assertTrue(alpha >= previous, "alpha falls at x=" + x);
            if (alpha > 0f && alpha < 1f) {
                partial++;
            }
            previous = alpha;
        }
        assertTrue(partial >= feather, "soft edge has only " + partial + " partial pixels");
        assertEquals(1f, pixel(patch, selected.x() + feather, y)[3]);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void noSelectionEditsTheWholeImageKeepingItsAlpha(PixelFormat format) {
        Raster image = TestImages.colourful(-5, 3, 30, 20, format);
        Raster patch = engine.apply(image, null, W, H, GRAY, 4, JobControl.NONE);
        assertEquals(Rect.of(image), Rect.of(patch));
        int channel = format.bytesPerPixel() / 4;
        for (int y = image.y(); y < image.bottom(); y++) {
            for (int x = image.x(); x < image.right(); x++) {
                assertArrayEquals(slice(pixelBytes(image, x, y), 3 * channel, channel),
                        slice(pixelBytes(patch, x, y), 3 * channel, channel));
            }
        }
    }

    @Test
    void aWholeCanvasSelectionIsTheSameAsNone() {
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.BGRA8);
        Raster all = TestImages.mask(CANVAS, CANVAS);
        List<Adjustment> warmer = List.of(new Adjustment(AdjustmentKind.WARMTH, 0.25));
        Raster withSelection = engine.apply(image, all, W, H, warmer, 4, JobControl.NONE);
        Raster without = engine.apply(image, null, W, H, warmer, 4, JobControl.NONE);
        assertEquals(Rect.of(without), Rect.of(withSelection));
        assertArrayEquals(without.pixels(), withSelection.pixels());
    }

    @Test
    void anEmptyOrFarAwaySelectionIsRejectedWithAnExplanation() {
        Raster image = TestImages.colourful(0, 0, 20, 20, PixelFormat.RGBA8);
        Raster empty = TestImages.mask(CANVAS, Rect.EMPTY);
        EditRejectedException rejected = assertThrows(EditRejectedException.class,
                () -> engine.apply(image, empty, W, H, GRAY, 4, JobControl.NONE));
        assertTrue(rejected.getMessage().contains("does not overlap the layer"), rejected.getMessage());

        Raster elsewhere = TestImages.mask(CANVAS, new Rect(30, 25, 10, 10));
        assertThrows(EditRejectedException.class, () -> engine.apply(image, elsewhere, W, H, GRAY, 4, JobControl.NONE));
    }

    @Test
    void refusesAMaskAsImageAndAColourRasterAsSelection() {
        Raster mask = TestImages.mask(CANVAS, CANVAS);
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.RGBA8);
        assertThrows(IllegalArgumentException.class, () -> engine.apply(mask, null, W, H, GRAY, 4, JobControl.NONE));
        assertThrows(IllegalArgumentException.class, () -> engine.apply(image, image, W, H, GRAY, 4, JobControl.NONE));
    }

    @Test
    void selectionPartlyOffALayerThatSitsAtNegativeCoordinates() {
        Raster image = TestImages.colourful(-10, -6, 30, 20, PixelFormat.RGBA8);
        Raster mask = TestImages.mask(new Rect(-20, -20, 40, 40), new Rect(-14, -8, 18, 14));
        Raster patch = engine.apply(image, mask, W, H, GRAY, 2, JobControl.NONE);
        assertEquals(Rect.fromEdges(-10, -6, 6, 8), Rect.of(patch));
        float[] before = pixel(image, -10, -6);
        float[] after = pixel(patch, -10, -6);
        assertEquals(after[0], after[1]);
        assertEquals(after[1], after[2]);
        assertEquals(before[3], after[3]);   // selected past the layer's edge, so no fade at it
        assertEquals(0.2126f * before[0] + 0.7152f * before[1] + 0.0722f * before[2], after[0], 1 / 255f);
    }

    @Test
    void brighterRaisesAndDarkerLowersTheMean() {
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.RGBA8);
        double mean = stats(image).mean;
        assertTrue(stats(adjust(image, AdjustmentKind.BRIGHTNESS, 0.25)).mean > mean + 0.03);
        assertTrue(stats(adjust(image, AdjustmentKind.BRIGHTNESS, -0.25)).mean < mean - 0.03);
        assertTrue(stats(adjust(image, AdjustmentKind.BRIGHTNESS, 0.5)).mean > stats(adjust(image, AdjustmentKind.BRIGHTNESS, 0.1)).mean);
    }

    @Test
    void moreContrastSpreadsValuesAndLessNarrowsThem() {
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.RGBA16);
        double spread = stats(image).deviation;
        assertTrue(stats(adjust(image, AdjustmentKind.CONTRAST, 0.25)).deviation > spread * 1.1);
        assertTrue(stats(adjust(image, AdjustmentKind.CONTRAST, -0.25)).deviation < spread * 0.9);
    }

    @Test
    void warmthRaisesRedAgainstBlue() {
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.BGRA8);
        double redMinusBlue = stats(image).redMinusBlue;
        assertTrue(stats(adjust(image, AdjustmentKind.WARMTH, 0.25)).redMinusBlue > redMinusBlue + 0.03);
        assertTrue(stats(adjust(image, AdjustmentKind.WARMTH, -0.25)).redMinusBlue < redMinusBlue - 0.03);
    }

    @Test
    void saturationRaisesAndLowersChroma() {
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.RGBAF32);
        double chroma = stats(image).chroma;
        assertTrue(stats(adjust(image, AdjustmentKind.SATURATION, 0.25)).chroma > chroma * 1.1);
        assertTrue(stats(adjust(image, AdjustmentKind.SATURATION, -0.25)).chroma < chroma * 0.9);
        assertEquals(0.0, stats(adjust(image, AdjustmentKind.SATURATION, -1)).chroma, 1e-6);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16"})
    void invertingTwiceGivesBackTheSameBytes(PixelFormat format) {
        Raster image = TestImages.colourful(0, 0, W, H, format);
        Raster once = adjust(image, AdjustmentKind.INVERT, 1);
        assertNotEquals(stats(image).mean, stats(once).mean);
        assertArrayEquals(image.pixels(), adjust(once, AdjustmentKind.INVERT, 1).pixels());
    }

    @Test
    void floatImagesKeepHdrValuesUnclamped() {
        Raster image = TestImages.image(0, 0, 4, 4, PixelFormat.RGBAF32, (x, y) -> new float[] {2f, 0.5f, -0.5f, 1f});
        float[] inverted = pixel(adjust(image, AdjustmentKind.INVERT, 1), 1, 1);
        assertArrayEquals(new float[] {-1f, 0.5f, 1.5f, 1f}, inverted);
        float[] brighter = pixel(adjust(image, AdjustmentKind.BRIGHTNESS, 0.5), 1, 1);
        assertEquals(2f, brighter[0]);
        assertTrue(brighter[1] > 0.5f);
    }

    @Test
    void operationsApplyInListOrder() {
        Raster image = TestImages.colourful(0, 0, 8, 8, PixelFormat.RGBA8);
        Adjustment gray = Adjustment.full(AdjustmentKind.GRAYSCALE);
        Adjustment warm = new Adjustment(AdjustmentKind.WARMTH, 0.5);
        float[] grayThenWarm = pixel(engine.apply(image, null, W, H, List.of(gray, warm), 0, JobControl.NONE), 3, 3);
        float[] warmThenGray = pixel(engine.apply(image, null, W, H, List.of(warm, gray), 0, JobControl.NONE), 3, 3);
        assertTrue(grayThenWarm[0] > grayThenWarm[2]);
        assertEquals(warmThenGray[0], warmThenGray[2]);
    }

    @Test
    void partialGrayscaleLiesBetweenTheOriginalAndFullGray() {
        Raster image = TestImages.colourful(0, 0, 8, 8, PixelFormat.RGBAF32);
        float[] original = pixel(image, 2, 5);
        float[] full = pixel(adjust(image, AdjustmentKind.GRAYSCALE, 1), 2, 5);
        float[] half = pixel(adjust(image, AdjustmentKind.GRAYSCALE, 0.5), 2, 5);
        for (int c = 0; c < 3; c++) {
            assertEquals((original[c] + full[c]) / 2, half[c], 1e-6f);
        }
    }

    @Test
    void progressRisesStepByStepToTheEnd() {
        RecordingControl control = new RecordingControl(Integer.MAX_VALUE);
        engine.apply(TestImages.colourful(0, 0, W, H, PixelFormat.RGBA8), null, W, H, GRAY, 4, control);
        assertIncreasing(control.steps);
        assertEquals(0, control.steps.get(0));
        assertEquals(control.total, control.steps.get(control.steps.size() - 1));
        assertTrue(control.total >= 2);
        assertTrue(control.checks > control.total, "cancellation is checked every band");
    }

    @Test
    void tinyImagesReportNoMoreStepsThanRows() {
        RecordingControl control = new RecordingControl(Integer.MAX_VALUE);
        engine.apply(TestImages.colourful(0, 0, 5, 3, PixelFormat.RGBA8), null, W, H, GRAY, 4, control);
        assertEquals(3, control.total);
        assertEquals(List.of(0, 1, 2, 3), control.steps);
    }

    @Test
    void cancellationStopsTheJobPartWay() {
        RecordingControl control = new RecordingControl(3);
        Raster image = TestImages.colourful(0, 0, W, H, PixelFormat.RGBA8);
        assertThrows(CancelledException.class, () -> engine.apply(image, null, W, H, GRAY, 4, control));
        assertIncreasing(control.steps);
        assertTrue(control.steps.get(control.steps.size() - 1) < control.total, "ran to the end despite cancel");
    }

    @Test
    void adjustmentAmountsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Adjustment(AdjustmentKind.BRIGHTNESS, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Adjustment(AdjustmentKind.CONTRAST, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Adjustment(AdjustmentKind.GRAYSCALE, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adjustment(AdjustmentKind.INVERT, -0.5));
        assertEquals(-1.0, new Adjustment(AdjustmentKind.WARMTH, -1).amount());
        assertEquals("saturation", AdjustmentKind.SATURATION.wireName());
    }

    private Raster adjust(Raster image, AdjustmentKind kind, double amount) {
        return engine.apply(image, null, W, H, List.of(new Adjustment(kind, amount)), 0, JobControl.NONE);
    }

    private static byte[] slice(byte[] bytes, int from, int length) {
        byte[] part = new byte[length];
        System.arraycopy(bytes, from, part, 0, length);
        return part;
    }

    private static void assertIncreasing(List<Integer> steps) {
        assertTrue(steps.size() >= 1);
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i) > steps.get(i - 1), "steps not increasing: " + steps);
        }
    }

    /** Channel statistics over a whole raster, RGB only. */
    private record Stats(double mean, double deviation, double redMinusBlue, double chroma) {
    }

    private static Stats stats(Raster raster) {
        double sum = 0;
        double sumSquares = 0;
        double redMinusBlue = 0;
        double chroma = 0;
        int pixels = 0;
        for (int y = raster.y(); y < raster.bottom(); y++) {
            for (int x = raster.x(); x < raster.right(); x++) {
                float[] p = pixel(raster, x, y);
                for (int c = 0; c < 3; c++) {
                    sum += p[c];
                    sumSquares += p[c] * p[c];
                }
                redMinusBlue += p[0] - p[2];
                chroma += Math.max(p[0], Math.max(p[1], p[2])) - Math.min(p[0], Math.min(p[1], p[2]));
                pixels++;
            }
        }
        double mean = sum / (3.0 * pixels);
        double deviation = Math.sqrt(sumSquares / (3.0 * pixels) - mean * mean);
        return new Stats(mean, deviation, redMinusBlue / pixels, chroma / pixels);
    }

    /** Records progress and throws once {@code checkCancelled} has been called {@code cancelAfter} times. */
    private static final class RecordingControl implements JobControl {
        final List<Integer> steps = new ArrayList<>();
        final int cancelAfter;
        int total;
        int checks;

        RecordingControl(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void progress(int step, int steps, String stage) {
            assertEquals("adjusting", stage);
            this.steps.add(step);
            total = steps;
        }

        @Override
        public void checkCancelled() {
            checks++;
            if (checks >= cancelAfter) {
                throw new CancelledException();
            }
        }
    }
}
