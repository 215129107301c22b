package org.easel.server.imaging;

import java.util.Optional;

/**
 * Finds the picture inside a plain border: the white margin a scanner leaves around a page, the
 * black bars of a letterboxed frame, the empty space around a drawing. The border's colour is the
 * one at least two of the canvas's corners share; rows and columns are border from each edge inward
 * while nearly all their pixels are that colour (a scanner's dust specks and JPEG noise stay border).
 * Canvas pixels outside the layer count as transparent.
 */
public final class PlainBorder {
    /** How far a pixel's channels (0..1) may differ from the border colour and still be border: scanner and JPEG noise. */
    static final float TOLERANCE = 0.1f;
    /** The share of a row or column that may differ and still be border (one pixel at least): specks of dust, a stray mark. */
    static final double SPECKS = 0.01;

    private PlainBorder() {
    }

    /** A plain border found: what lies inside it, and its colour (RGBA, 0..1). */
    public record Border(Rect inside, float[] colour) {
        /** See-through: the empty canvas around a drawing on a transparent layer. */
        public boolean clear() {
            return colour[3] < TOLERANCE;
        }

        public boolean white() {
            return !clear() && colour[0] >= 0.85f && colour[1] >= 0.85f && colour[2] >= 0.85f;
        }

        public boolean black() {
            return !clear() && colour[0] <= 0.15f && colour[1] <= 0.15f && colour[2] <= 0.15f;
        }
    }

    /**
     * The plain border around the picture, or empty when there is none: no colour two corners share, or no
     * row or column of it at any edge. A canvas all of one colour has no inside and is empty too.
     */
    public static Optional<Border> find(Raster image, int canvasWidth, int canvasHeight) {
        Canvas canvas = new Canvas(image, canvasWidth, canvasHeight);
        Optional<float[]> border = borderColour(canvas);
        if (border.isEmpty()) {
            return Optional.empty();
        }
        float[] colour = border.get();
        int[] differingInRow = new int[canvasHeight];
        for (int y = 0; y < canvasHeight; y++) {
            float[] row = canvas.row(y);
            for (int x = 0; x < canvasWidth; x++) {
                differingInRow[y] += isBorder(row, x, colour) ? 0 : 1;
            }
        }
        int rowSpecks = Math.max(1, (int) (SPECKS * canvasWidth));
        int top = 0;
        while (top < canvasHeight && differingInRow[top] <= rowSpecks) {
            top++;
        }
        int bottom = canvasHeight;
        while (bottom > top && differingInRow[bottom - 1] <= rowSpecks) {
            bottom--;
        }
        if (top == bottom) {
            return Optional.empty();
        }
        int[] differingInColumn = new int[canvasWidth];
        for (int y = top; y < bottom; y++) {
            float[] row = canvas.row(y);
            for (int x = 0; x < canvasWidth; x++) {
                differingInColumn[x] += isBorder(row, x, colour) ? 0 : 1;
            }
        }
        int columnSpecks = Math.max(1, (int) (SPECKS * (bottom - top)));
        int left = 0;
        while (left < canvasWidth && differingInColumn[left] <= columnSpecks) {
            left++;
        }
        int right = canvasWidth;
        while (right > left && differingInColumn[right - 1] <= columnSpecks) {
            right--;
        }
        Rect inside = Rect.fromEdges(left, top, right, bottom);
        boolean bordered = !inside.isEmpty() && !inside.equals(new Rect(0, 0, canvasWidth, canvasHeight));
        return bordered ? Optional.of(new Border(inside, colour)) : Optional.empty();
    }

    /** The colour at least two corners share (within the tolerance), the first such corner's. */
    private static Optional<float[]> borderColour(Canvas canvas) {
        float[][] corners = {canvas.pixel(0, 0), canvas.pixel(canvas.width - 1, 0), canvas.pixel(0, canvas.height - 1),
                canvas.pixel(canvas.width - 1, canvas.height - 1)};
        for (int i = 0; i < corners.length; i++) {
            for (int j = i + 1; j < corners.length; j++) {
                if (isBorder(corners[j], 0, corners[i])) {
                    return Optional.of(corners[i]);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the pixel at {@code x} of {@code row} is the border colour: both see-through, or the same colour. */
    private static boolean isBorder(float[] row, int x, float[] colour) {
        int i = x * 4;
        boolean clear = row[i + 3] < TOLERANCE;
        if (clear || colour[3] < TOLERANCE) {
            return clear && colour[3] < TOLERANCE;
        }
        return Math.abs(row[i] - colour[0]) <= TOLERANCE && Math.abs(row[i + 1] - colour[1]) <= TOLERANCE
                && Math.abs(row[i + 2] - colour[2]) <= TOLERANCE && Math.abs(row[i + 3] - colour[3]) <= TOLERANCE;
    }

    /** The canvas's pixels row by row, as RGBA floats: the layer's where it lies, transparent elsewhere. */
    private static final class Canvas {
        private final Raster image;
        private final PixelCodec codec;
        private final int width;
        private final int height;
        private final float[] layerRow;
        private final float[] row;

        Canvas(Raster image, int width, int height) {
            this.image = image;
            this.codec = PixelCodec.of(image.format());
            this.width = width;
            this.height = height;
            this.layerRow = new float[image.width() * 4];
            this.row = new float[width * 4];
        }

        float[] row(int y) {
            java.util.Arrays.fill(row, 0f);
            int from = Math.max(0, image.x());
            int to = Math.min(width, image.right());
            if (y >= image.y() && y < image.bottom() && from < to) {
                codec.decode(image.pixels(), (y - image.y()) * image.width(), image.width(), layerRow, 0);
                System.arraycopy(layerRow, (from - image.x()) * 4, row, from * 4, (to - from) * 4);
            }
            return row;
        }

        float[] pixel(int x, int y) {
            return java.util.Arrays.copyOfRange(row(y), x * 4, x * 4 + 4);
        }
    }
}
