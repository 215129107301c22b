package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryMaskTest {

    @Test
    void dilationGrowsASquareByTheRadiusAndErosionShrinksIt() {
        int w = 20;
        boolean[] mask = new boolean[w * w];
        for (int y = 8; y < 12; y++) {
            for (int x = 8; x < 12; x++) {
                mask[y * w + x] = true;
            }
        }
        boolean[] grown = BinaryMask.dilate(mask, w, w, 2);
        assertEquals(8 * 8, BinaryMask.count(grown));
        assertTrue(grown[6 * w + 6]);
        assertFalse(grown[5 * w + 6]);
        boolean[] back = BinaryMask.erode(grown, w, w, 2);
        assertEquals(16, BinaryMask.count(back));
        assertTrue(back[8 * w + 8]);
    }
}
