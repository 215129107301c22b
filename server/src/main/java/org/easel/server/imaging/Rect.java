package org.easel.server.imaging;

/**
 * An axis-aligned rectangle in canvas coordinates. Width or height 0 means empty; every empty
 * rectangle behaves the same, whatever its position.
 */
public record Rect(int x, int y, int width, int height) {

    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("rectangle size must not be negative, got " + width + "x" + height);
        }
    }

    public static Rect of(Raster raster) {
        return new Rect(raster.x(), raster.y(), raster.width(), raster.height());
    }

    /** The rectangle spanning {@code [left, right) × [top, bottom)}, or {@link #EMPTY} when that is empty. */
    public static Rect fromEdges(int left, int top, int right, int bottom) {
        if (right <= left || bottom <= top) {
            return EMPTY;
        }
        return new Rect(left, top, right - left, bottom - top);
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public long area() {
        return (long) width * height;
    }

    public boolean contains(int px, int py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    /** True when every pixel of {@code other} lies inside this rectangle (an empty one always does). */
    public boolean contains(Rect other) {
        return other.isEmpty()
                || (!isEmpty() && other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom());
    }

    public Rect intersect(Rect other) {
        if (isEmpty() || other.isEmpty()) {
            return EMPTY;
        }
        return fromEdges(Math.max(x, other.x), Math.max(y, other.y),
                Math.min(right(), other.right()), Math.min(bottom(), other.bottom()));
    }

    /** This rectangle with {@code px} pixels added on every side; an empty one stays empty. */
    public Rect grow(int px) {
        if (px < 0) {
            throw new IllegalArgumentException("grow amount must not be negative, got " + px);
        }
        if (isEmpty() || px == 0) {
            return this;
        }
        return new Rect(x - px, y - px, width + 2 * px, height + 2 * px);
    }
}
