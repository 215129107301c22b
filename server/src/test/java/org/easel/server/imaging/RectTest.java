package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RectTest {

    @Test
    void intersectsOverlappingAndDisjointRectangles() {
        Rect a = new Rect(-5, -5, 10, 10);
        assertEquals(new Rect(0, 0, 5, 5), a.intersect(new Rect(0, 0, 20, 20)));
        assertTrue(a.intersect(new Rect(5, 5, 3, 3)).isEmpty());
        assertTrue(a.intersect(Rect.EMPTY).isEmpty());
    }

    @Test
    void growsOnEverySideAndLeavesEmptyAlone() {
        assertEquals(new Rect(7, 5, 16, 14), new Rect(10, 8, 10, 8).grow(3));
        assertTrue(Rect.EMPTY.grow(4).isEmpty());
    }

    @Test
    void containment() {
        Rect outer = new Rect(0, 0, 10, 10);
        assertTrue(outer.contains(new Rect(2, 2, 8, 8)));
        assertFalse(outer.contains(new Rect(2, 2, 9, 8)));
        assertTrue(outer.contains(9, 9));
        assertFalse(outer.contains(10, 9));
        assertTrue(outer.contains(Rect.EMPTY));
    }
}
