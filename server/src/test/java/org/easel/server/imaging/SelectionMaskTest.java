package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.easel.protocol.PixelFormat;
import org.junit.jupiter.api.Test;

class SelectionMaskTest {

    private static final int CANVAS_W = 60;
    private static final int CANVAS_H = 40;
    private static final Rect CANVAS = new Rect(0, 0, CANVAS_W, CANVAS_H);

    @Test
    void noSelectionCoversTheWholeArea() {
        Coverage coverage = SelectionMask.coverage(null, CANVAS_W, CANVAS_H, CANVAS, 4);
        assertTrue(coverage.isFull());
        assertEquals(CANVAS, coverage.bounds());
        assertEquals(1f, coverage.at(0, 0));
        assertEquals(0f, coverage.at(CANVAS_W, 0));
    }

    @Test
    void aFullySelectedCanvasCountsAsNoSelection() {
        Rect layer = new Rect(-10, -10, 80, 60);   // the layer pokes out beyond the canvas
        Raster everything = Masks.rectangle(new Rect(-5, -5, 70, 50), new Rect(-5, -5, 70, 50), 255);
        Coverage coverage = SelectionMask.coverage(everything, CANVAS_W, CANVAS_H, layer, 4);
        assertTrue(coverage.isFull());
        assertEquals(layer, coverage.bounds());
    }

    @Test
    void aCanvasSelectionWithOnePartlySelectedPixelIsARealSelection() {
        Raster almost = Masks.rectangle(CANVAS, CANVAS, 255);
        almost.pixels()[5 * CANVAS_W + 5] = (byte) 254;
        assertTrue(SelectionMask.coversWholeCanvas(Masks.rectangle(CANVAS, CANVAS, 255), CANVAS_W, CANVAS_H));
        assertFalse(SelectionMask.coversWholeCanvas(almost, CANVAS_W, CANVAS_H));
        assertFalse(SelectionMask.coverage(almost, CANVAS_W, CANVAS_H, CANVAS, 4).isFull());
    }

    @Test
    void anAllZeroMaskSelectsNothing() {
        Raster none = Masks.rectangle(CANVAS, Rect.EMPTY, 0);
        assertTrue(SelectionMask.coverage(none, CANVAS_W, CANVAS_H, CANVAS, 4).isEmpty());
    }

    @Test
    void aSelectionBesideTheLayerSelectsNothingEvenWhenTheFeatherWouldReachIt() {
        Rect layer = new Rect(30, 0, 30, 40);
        Raster leftHalf = Masks.rectangle(CANVAS, new Rect(0, 0, 28, 40), 255);
        assertTrue(SelectionMask.coverage(leftHalf, CANVAS_W, CANVAS_H, layer, 4).isEmpty());
        Raster elsewhere = Masks.rectangle(new Rect(0, 0, 10, 10), new Rect(0, 0, 10, 10), 255);
        assertTrue(SelectionMask.coverage(elsewhere, CANVAS_W, CANVAS_H, layer, 4).isEmpty());
    }

    @Test
    void boundsAreTheSelectedPixelsGrownByTheFeatherAndClippedToTheArea() {
        // The mask raster is bigger than what is selected in it: only nonzero pixels count.
        Raster mask = Masks.rectangle(new Rect(0, 0, 50, 40), new Rect(10, 8, 15, 12), 200);
        assertEquals(new Rect(10, 8, 15, 12), SelectionMask.selectedBounds(mask));
        assertEquals(new Rect(7, 5, 21, 18), SelectionMask.coverage(mask, CANVAS_W, CANVAS_H, CANVAS, 3).bounds());

        Raster nearCorner = Masks.rectangle(CANVAS, new Rect(1, 1, 5, 5), 255);
        assertEquals(new Rect(0, 0, 10, 10), SelectionMask.coverage(nearCorner, CANVAS_W, CANVAS_H, CANVAS, 4).bounds());
    }

    @Test
    void featherGivesAMonotonicSoftEdgeAndFullCoverageInside() {
        Rect selected = new Rect(20, 10, 20, 20);
        int feather = 4;
        Coverage coverage = SelectionMask.coverage(Masks.rectangle(CANVAS, selected, 255), CANVAS_W, CANVAS_H, CANVAS, feather);
        int y = 20;
        boolean sawPartial = false;
        float previous = -1f;
        for (int x = selected.x() - feather - 2; x <= selected.x() + 10; x++) {
            float c = coverage.at(x, y);
            assertTrue(c >= previous, "coverage falls at x=" + x);
            sawPartial |= c > 0f && c < 1f;
            previous = c;
        }
        assertTrue(sawPartial, "no soft edge");
        assertEquals(0f, coverage.at(selected.x() - feather - 1, y));
        assertTrue(coverage.at(selected.x() - feather, y) > 0f, "feather reaches featherPx out");
        assertEquals(1f, coverage.at(selected.x() + feather, y));
        assertEquals(1f, coverage.at(30, 20));
        assertTrue(coverage.at(selected.x() - 1, y) < 0.5f && coverage.at(selected.x(), y) > 0.5f);
    }

    @Test
    void withoutFeatherCoverageIsTheMaskItself() {
        Raster mask = Masks.rectangle(CANVAS, new Rect(5, 5, 4, 4), 255);
        mask.pixels()[6 * CANVAS_W + 6] = 51;
        Coverage coverage = SelectionMask.coverage(mask, CANVAS_W, CANVAS_H, CANVAS, 0);
        assertEquals(new Rect(5, 5, 4, 4), coverage.bounds());
        assertEquals(0.2f, coverage.at(6, 6), 1e-6f);
        assertEquals(1f, coverage.at(5, 5));
        assertEquals(0f, coverage.at(4, 5));
    }

    @Test
    void selectionHangingOffALayerAtNegativeCoordinates() {
        Rect layer = new Rect(-10, -6, 30, 20);
        // The mask starts even further out; selected (-14,-8)..(4,6) overlaps the layer's top left.
        Raster mask = Masks.rectangle(new Rect(-20, -20, 40, 40), new Rect(-14, -8, 18, 14), 255);
        Coverage coverage = SelectionMask.coverage(mask, CANVAS_W, CANVAS_H, layer, 2);
        assertEquals(Rect.fromEdges(-10, -6, 6, 8), coverage.bounds());
        assertEquals(1f, coverage.at(-10, -6));   // selected beyond the layer's edge too, so no fade there
        assertEquals(1f, coverage.at(0, 0));
        assertTrue(coverage.at(4, 0) > 0f && coverage.at(4, 0) < 1f);
        assertEquals(0f, coverage.at(-11, 0));
    }

    @Test
    void readRowMatchesAt() {
        Coverage coverage = SelectionMask.coverage(Masks.rectangle(CANVAS, new Rect(10, 10, 10, 10), 255),
                CANVAS_W, CANVAS_H, CANVAS, 3);
        float[] row = new float[30];
        coverage.readRow(12, 2, row.length, row);
        for (int i = 0; i < row.length; i++) {
            assertEquals(coverage.at(2 + i, 12), row[i]);
        }
    }

    @Test
    void refusesAColourRasterAsSelection() {
        Raster colour = new Raster(0, 0, 2, 2, PixelFormat.RGBA8, new byte[16]);
        assertThrows(IllegalArgumentException.class,
                () -> SelectionMask.coverage(colour, CANVAS_W, CANVAS_H, CANVAS, 4));
    }
}
