package org.easel.server.imaging;

/**
 * How much each pixel is selected, 0..1, over a bounded area in canvas coordinates; 0 outside
 * {@link #bounds()}. Stored as 16-bit fixed point rather than floats to halve the memory of large
 * selections.
 */
public final class Coverage {

    /** The fixed-point value of full coverage. */
    static final int ONE = 65535;

    private static final Coverage NOTHING = new Coverage(Rect.EMPTY, null, Rect.EMPTY);

    private final Rect bounds;
    private final char[] values;     // null: every pixel of bounds is fully covered
    private final Rect valuesRect;   // where values lie; contains bounds

    private Coverage(Rect bounds, char[] values, Rect valuesRect) {
        this.bounds = bounds;
        this.values = values;
        this.valuesRect = valuesRect;
    }

    /** Nothing is selected. */
    public static Coverage nothing() {
        return NOTHING;
    }

    /** Every pixel of {@code bounds} is fully selected. */
    public static Coverage full(Rect bounds) {
        return bounds.isEmpty() ? NOTHING : new Coverage(bounds, null, bounds);
    }

    /** Coverage read from fixed-point {@code values} laid over {@code valuesRect}, limited to {@code bounds}. */
    static Coverage of(Rect bounds, char[] values, Rect valuesRect) {
        if (!valuesRect.contains(bounds) || values.length != valuesRect.area()) {
            throw new IllegalArgumentException("coverage values over " + valuesRect + " do not cover " + bounds);
        }
        return bounds.isEmpty() ? NOTHING : new Coverage(bounds, values, valuesRect);
    }

    /** The smallest area outside which coverage is 0; empty when nothing is selected. */
    public Rect bounds() {
        return bounds;
    }

    public boolean isEmpty() {
        return bounds.isEmpty();
    }

    /** True when every pixel of {@link #bounds()} is fully covered (there was no selection to honour). */
    public boolean isFull() {
        return !isEmpty() && values == null;
    }

    public float at(int canvasX, int canvasY) {
        if (!bounds.contains(canvasX, canvasY)) {
            return 0f;
        }
        if (values == null) {
            return 1f;
        }
        return toFloat(values[index(canvasX, canvasY)]);
    }

    /** Writes the coverage of {@code count} pixels of row {@code canvasY}, starting at {@code canvasX}, into {@code dst}. */
    public void readRow(int canvasY, int canvasX, int count, float[] dst) {
        if (canvasY < bounds.y() || canvasY >= bounds.bottom()) {
            java.util.Arrays.fill(dst, 0, count, 0f);
            return;
        }
        int from = Math.max(canvasX, bounds.x());
        int to = Math.min(canvasX + count, bounds.right());
        for (int i = 0; i < count; i++) {
            int x = canvasX + i;
            if (x < from || x >= to) {
                dst[i] = 0f;
            } else {
                dst[i] = values == null ? 1f : toFloat(values[index(x, canvasY)]);
            }
        }
    }

    private int index(int canvasX, int canvasY) {
        return (canvasY - valuesRect.y()) * valuesRect.width() + (canvasX - valuesRect.x());
    }

    private static float toFloat(char fixed) {
        // Division, so full coverage is exactly 1f and keeps alpha bit-exact when multiplied.
        return fixed / (float) ONE;
    }
}
