package org.easel.server.engines.diffusion.pipeline;

/**
 * An RGB image as the networks see it: planar (all red, then green, then blue), values 0..1.
 *
 * @param rgb {@code 3 · width · height} floats
 */
public record Picture(int width, int height, float[] rgb) {
    public Picture {
        if (rgb.length != 3L * width * height) {
            throw new IllegalArgumentException(width + "×" + height + " RGB needs " + 3L * width * height
                    + " floats, got " + rgb.length);
        }
    }

    public Picture(int width, int height) {
        this(width, height, new float[3 * width * height]);
    }

    public float get(int channel, int x, int y) {
        return rgb[(channel * height + y) * width + x];
    }

    public void set(int channel, int x, int y, float value) {
        rgb[(channel * height + y) * width + x] = value;
    }
}
