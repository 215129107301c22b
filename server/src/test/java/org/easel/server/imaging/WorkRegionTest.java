package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkRegionTest {
    private static final Rect CANVAS = new Rect(0, 0, 4000, 3000);

    @Test
    void contextSurroundsTheMaskSnappedToTheModelsGrid() {
        WorkRegion.Shape shape = new WorkRegion.Shape(0.5, 32, 8, 64, 1024);
        WorkRegion region = WorkRegion.plan(new Rect(1000, 1000, 101, 99), CANVAS, CANVAS, shape);
        Rect context = region.context();
        assertTrue(context.contains(new Rect(1000, 1000, 101, 99).grow(50)), context.toString());
        assertEquals(0, context.width() % 8, context.toString());
        assertEquals(0, context.height() % 8, context.toString());
        assertFalse(region.isReduced());
        assertFalse(region.touchesCanvasEdge());
    }

    @Test
    void tinyMasksGetAMinimumContextAndEverythingIsClampedToTheImage() {
        WorkRegion.Shape shape = new WorkRegion.Shape(0.5, 0, 8, 256, 1024);
        WorkRegion small = WorkRegion.plan(new Rect(2000, 1500, 4, 4), CANVAS, CANVAS, shape);
        assertTrue(small.context().width() >= 256 && small.context().height() >= 256, small.toString());
        WorkRegion corner = WorkRegion.plan(new Rect(0, 0, 40, 40), CANVAS, CANVAS, shape);
        assertEquals(0, corner.context().x());
        assertEquals(0, corner.context().y());
        assertTrue(corner.touchesCanvasEdge());
    }

    @Test
    void largeContextsAreReducedToTheWorkingSizeOnTheGrid() {
        WorkRegion.Shape shape = new WorkRegion.Shape(0.5, 32, 8, 64, 512);
        WorkRegion region = WorkRegion.plan(new Rect(500, 500, 2000, 1000), CANVAS, CANVAS, shape);
        assertTrue(region.isReduced());
        assertTrue(Math.max(region.workWidth(), region.workHeight()) <= 512 + 8, region.toString());
        assertEquals(0, region.workWidth() % 8);
        double aspect = (double) region.context().width() / region.context().height();
        assertEquals(aspect, (double) region.workWidth() / region.workHeight(), 0.05);
    }
}
