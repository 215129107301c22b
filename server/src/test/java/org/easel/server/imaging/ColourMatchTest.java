package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColourMatchTest {

    @Test
    void aFillThatCameOutTooDarkIsBroughtToItsSurroundingsTone() {
        int w = 40;
        int h = 40;
        FloatImage image = new FloatImage(0, 0, w, h);
        boolean[] hole = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean inHole = x >= 10 && x < 30 && y >= 10 && y < 30;
                hole[y * w + x] = inHole;
                float texture = ((x + y) % 2) * 0.1f;
                float base = inHole ? 0.3f : 0.6f;   // the fill came out darker than the surroundings
                int p = image.offset(x, y);
                image.data()[p] = base + texture;
                image.data()[p + 1] = base + texture;
                image.data()[p + 2] = base + texture;
                image.data()[p + 3] = 1f;
            }
        }
        ColourMatch.match(image, hole, 3);
        assertEquals(0.6f, image.get(20, 20, 0), 0.02f);
        assertEquals(0.7f, image.get(21, 20, 0), 0.02f, "the texture's contrast is kept");
        assertEquals(0.6f, image.get(2, 2, 0), 0f, "pixels outside the hole are not touched");
    }
}
