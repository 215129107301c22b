package org.easel.server.imaging;

/**
 * Mirrors and quarter-turns a layer together with its canvas. Pixels are moved whole, byte for
 * byte, so every format (8-bit, 16-bit, float) keeps its exact values and no resampling happens.
 * The raster's position moves with it: a layer that covers part of the canvas lands where that
 * part of the canvas goes.
 */
public final class CanvasTransform {

    private CanvasTransform() {
    }

    /** Left and right swap: canvas column {@code c} goes to {@code canvasWidth − 1 − c}. */
    public static Raster flipHorizontally(Raster image, int canvasWidth) {
        int w = image.width();
        return remap(image, canvasWidth - image.right(), image.y(), w, image.height(), (i, j) -> j * w + (w - 1 - i));
    }

    /** Top and bottom swap: canvas row {@code r} goes to {@code canvasHeight − 1 − r}. */
    public static Raster flipVertically(Raster image, int canvasHeight) {
        int w = image.width();
        int h = image.height();
        return remap(image, image.x(), canvasHeight - image.bottom(), w, h, (i, j) -> (h - 1 - j) * w + i);
    }

    /**
     * Turns the image {@code degrees} (90, 180 or 270) clockwise with a {@code canvasWidth ×
     * canvasHeight} canvas; the canvas becomes {@code canvasHeight × canvasWidth} for 90 and 270.
     */
    public static Raster rotateClockwise(Raster image, int degrees, int canvasWidth, int canvasHeight) {
        int w = image.width();
        int h = image.height();
        return switch (degrees) {
            // New pixel (i, j) of an h-wide, w-tall raster: 90° clockwise it came from column j, row h−1−i.
            case 90 -> remap(image, canvasHeight - image.bottom(), image.x(), h, w, (i, j) -> (h - 1 - i) * w + j);
            case 180 -> remap(image, canvasWidth - image.right(), canvasHeight - image.bottom(), w, h,
                    (i, j) -> (h - 1 - j) * w + (w - 1 - i));
            case 270 -> remap(image, image.y(), canvasWidth - image.right(), h, w, (i, j) -> i * w + (w - 1 - j));
            default -> throw new IllegalArgumentException("rotations go in quarter turns (90, 180, 270), got " + degrees);
        };
    }

    /** Which source pixel (index into the source's pixels) the new pixel at column i, row j shows. */
    @FunctionalInterface
    private interface Source {
        int index(int i, int j);
    }

    private static Raster remap(Raster image, int x, int y, int width, int height, Source source) {
        int bpp = image.format().bytesPerPixel();
        byte[] from = image.pixels();
        byte[] to = new byte[from.length];
        int out = 0;
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                System.arraycopy(from, source.index(i, j) * bpp, to, out, bpp);
                out += bpp;
            }
        }
        return new Raster(x, y, width, height, image.format(), to);
    }
}
