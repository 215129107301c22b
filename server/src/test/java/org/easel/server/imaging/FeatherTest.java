package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeatherTest {

    @Test
    void boxRadiiAddUpToTheFeather() {
        for (int feather = 0; feather <= 64; feather++) {
            assertEquals(feather, Arrays.stream(Feather.boxRadii(feather)).sum(), "feather " + feather);
        }
        assertArrayEquals(new int[] {2, 1, 1}, Feather.boxRadii(4));
    }

    @Test
    void aSinglePointSpreadsExactlyAsFarAsTheFeather() {
        int size = 31;
        int centre = 15;
        int feather = 5;
        char[] values = new char[size * size];
        values[centre * size + centre] = 65535;
        Feather.blur(values, size, size, feather);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean withinReach = Math.abs(x - centre) <= feather && Math.abs(y - centre) <= feather;
                if (!withinReach) {
                    assertEquals(0, values[y * size + x], "beyond reach at " + x + "," + y);
                }
            }
        }
        assertTrue(values[centre * size + centre] > 0);
        // Symmetric, and falling off from the centre.
        assertEquals(values[centre * size + centre - 3], values[centre * size + centre + 3]);
        assertEquals(values[(centre - 2) * size + centre], values[(centre + 2) * size + centre]);
        assertTrue(values[centre * size + centre] > values[centre * size + centre + 2]);
    }

    @Test
    void constantAreasStayExactlyConstant() {
        int size = 20;
        char[] values = new char[size * size];
        Arrays.fill(values, (char) 65535);
        Feather.blur(values, size, size, 4);
        // The array border sees zeros beyond it; at least the feather's width in, nothing changed.
        for (int y = 4; y < size - 4; y++) {
            for (int x = 4; x < size - 4; x++) {
                assertEquals(65535, values[y * size + x]);
            }
        }
    }

    @Test
    void zeroFeatherChangesNothing() {
        char[] values = {0, 100, 65535, 7};
        Feather.blur(values, 2, 2, 0);
        assertArrayEquals(new char[] {0, 100, 65535, 7}, values);
    }
}
