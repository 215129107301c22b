package org.easel.server.imaging;

import org.easel.protocol.PixelFormat;

/**
 * Turns the selection that came with an edit (an optional {@code a8} raster anywhere on the
 * canvas) into feathered {@link Coverage} over the area an edit may touch.
 *
 * <p>Rules, from the protocol: canvas pixels outside the mask's rectangle are unselected; a mask
 * that is fully selected over the whole canvas is the same as no selection. Feathering softens the
 * edge on both sides and spreads coverage outward by at most {@code featherPx}, so the affected
 * bounds are the bounding box of the selected pixels grown by the feather, clipped to the area.
 */
public final class SelectionMask {
    private static final java.lang.invoke.VarHandle LONG = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private SelectionMask() {
    }

    /**
     * @param selection an {@code a8} mask, or null for no selection
     * @param area the pixels an edit may change (usually the layer's rectangle), canvas coordinates
     * @return full coverage of {@code area} when nothing was selected in particular;
     *         {@link Coverage#nothing()} when no selected pixel lies inside {@code area}
     */
    public static Coverage coverage(Raster selection, int canvasWidth, int canvasHeight, Rect area, int featherPx) {
        if (featherPx < 0) {
            throw new IllegalArgumentException("feather must not be negative, got " + featherPx);
        }
        if (canvasWidth < 1 || canvasHeight < 1) {
            throw new IllegalArgumentException("canvas must be at least 1x1, got " + canvasWidth + "x" + canvasHeight);
        }
        if (selection == null || coversWholeCanvas(selection, canvasWidth, canvasHeight)) {
            return Coverage.full(area);
        }
        requireMask(selection);
        Rect selected = selectedBounds(selection);
        if (!anySelectedInside(selection, selected.intersect(area))) {
            return Coverage.nothing();
        }
        Rect affected = selected.grow(featherPx).intersect(area);
        // Blurring needs the mask beyond the affected bounds as far as the feather reaches.
        Rect sampled = affected.grow(featherPx);
        char[] values = sample(selection, sampled);
        Feather.blur(values, sampled.width(), sampled.height(), featherPx);
        return Coverage.of(affected, values, sampled);
    }

    /** True when the mask covers every canvas pixel with full selection. */
    public static boolean coversWholeCanvas(Raster selection, int canvasWidth, int canvasHeight) {
        requireMask(selection);
        Rect canvas = new Rect(0, 0, canvasWidth, canvasHeight);
        if (!Rect.of(selection).contains(canvas)) {
            return false;
        }
        byte[] mask = selection.pixels();
        for (int y = 0; y < canvasHeight; y++) {
            int offset = (y - selection.y()) * selection.width() - selection.x();
            for (int x = 0; x < canvasWidth; x++) {
                if (mask[offset + x] != (byte) 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The bounding box of the mask's nonzero pixels in canvas coordinates; empty when all are zero. */
    public static Rect selectedBounds(Raster selection) {
        requireMask(selection);
        byte[] mask = selection.pixels();
        int width = selection.width();
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < selection.height(); y++) {
            int offset = y * width;
            int first = firstNonZero(mask, offset, width);
            if (first < 0) {
                continue;
            }
            int last = first;
            for (int x = width - 1; x > first; x--) {
                if (mask[offset + x] != 0) {
                    last = x;
                    break;
                }
            }
            left = Math.min(left, first);
            right = Math.max(right, last + 1);
            if (top < 0) {
                top = y;
            }
            bottom = y + 1;
        }
        if (top < 0) {
            return Rect.EMPTY;
        }
        return Rect.fromEdges(selection.x() + left, selection.y() + top, selection.x() + right, selection.y() + bottom);
    }

    /** The index (from {@code offset}) of the first nonzero byte of the run, or -1; reads eight bytes at a time. */
    private static int firstNonZero(byte[] mask, int offset, int length) {
        int x = 0;
        // Most of a large mask is unselected; skipping zero words makes the scan several times faster.
        while (x + 8 <= length && (long) LONG.get(mask, offset + x) == 0L) {
            x += 8;
        }
        for (; x < length; x++) {
            if (mask[offset + x] != 0) {
                return x;
            }
        }
        return -1;
    }

    private static boolean anySelectedInside(Raster selection, Rect region) {
        Rect inside = region.intersect(Rect.of(selection));
        byte[] mask = selection.pixels();
        for (int y = inside.y(); y < inside.bottom(); y++) {
            int offset = (y - selection.y()) * selection.width() - selection.x();
            for (int x = inside.x(); x < inside.right(); x++) {
                if (mask[offset + x] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mask over {@code region} as fixed-point coverage, 0 where the mask has no pixels. */
    private static char[] sample(Raster selection, Rect region) {
        char[] values = new char[Math.toIntExact(region.area())];
        Rect overlap = region.intersect(Rect.of(selection));
        byte[] mask = selection.pixels();
        for (int y = overlap.y(); y < overlap.bottom(); y++) {
            int from = (y - selection.y()) * selection.width() - selection.x();
            int to = (y - region.y()) * region.width() - region.x();
            for (int x = overlap.x(); x < overlap.right(); x++) {
                // 255 * 257 = 65535: byte coverage scaled onto the fixed-point range exactly.
                values[to + x] = (char) ((mask[from + x] & 0xFF) * 257);
            }
        }
        return values;
    }

    private static void requireMask(Raster selection) {
        if (selection.format() != PixelFormat.A8) {
            throw new IllegalArgumentException("a selection must be an a8 mask, got " + selection.format().wireName());
        }
    }
}
