package org.easel.server.engines.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.easel.protocol.ImageLimits;
import org.easel.server.engines.EditRejectedException;

/**
 * How far to extend the canvas on each side: "extend to the right by 300 px", "add 20% on top",
 * "make it wider". Percentages are of the canvas's width (left, right) or height (top, bottom).
 */
public record Extension(Amount left, Amount top, Amount right, Amount bottom) implements Synthesis {

    public enum Unit { PX, PERCENT }

    /** One side's extension; zero for a side that stays. */
    public record Amount(double value, Unit unit) {
        public static final Amount NONE = new Amount(0, Unit.PX);

        public Amount {
            Objects.requireNonNull(unit, "unit");
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("an extension must be zero or more, got " + value);
            }
        }

        public static Amount px(int px) {
            return new Amount(px, Unit.PX);
        }

        public static Amount percent(double percent) {
            return new Amount(percent, Unit.PERCENT);
        }

        /** In pixels, for a canvas side of {@code side} px; any nonzero amount is at least 1 px. */
        public int pixels(int side) {
            double px = unit == Unit.PX ? value : value * side / 100.0;
            return value == 0 ? 0 : (int) Math.max(1, Math.round(Math.min(px, Integer.MAX_VALUE / 2.0)));
        }

        public boolean isZero() {
            return value == 0;
        }

        /** "300 px", "25%". */
        public String describe() {
            String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
            return unit == Unit.PX ? number + " px" : number + "%";
        }
    }

    public Extension {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(bottom, "bottom");
    }

    public boolean isEmpty() {
        return left.isZero() && top.isZero() && right.isZero() && bottom.isZero();
    }

    /** The extension on a canvas: each side in pixels, and the grown canvas's size (long: it may exceed what Easel handles). */
    public record InPixels(int left, int top, int right, int bottom, long width, long height) {
    }

    /** This extension on a {@code canvasWidth} × {@code canvasHeight} canvas, in pixels (its amounts, grown or cut). */
    InPixels inPixels(int canvasWidth, int canvasHeight) {
        int l = left.pixels(canvasWidth);
        int r = right.pixels(canvasWidth);
        int t = top.pixels(canvasHeight);
        int b = bottom.pixels(canvasHeight);
        return new InPixels(l, t, r, b, (long) canvasWidth + l + r, (long) canvasHeight + t + b);
    }

    /**
     * This extension on the canvas in pixels; refused, saying what to ask instead, when the grown canvas is beyond what
     * Easel handles.
     */
    public InPixels inPixelsWithinLimits(int canvasWidth, int canvasHeight) {
        InPixels grown = inPixels(canvasWidth, canvasHeight);
        long newWidth = grown.width();
        long newHeight = grown.height();
        ImageLimits limits = ImageLimits.DEFAULTS;
        if (newWidth > limits.maxImageSide() || newHeight > limits.maxImageSide()
                || newWidth * newHeight > limits.maxImagePixels()) {
            throw new EditRejectedException("Extending by " + describe() + " would make the canvas "
                    + newWidth + "×" + newHeight + " px, larger than Easel handles (at most "
                    + limits.maxImageSide() + " px a side and " + limits.maxImagePixels() / 1_000_000
                    + " megapixels). Ask for a smaller extension.", EditRejectedException.Reason.TOO_LARGE);
        }
        return grown;
    }

    /** Whether every side's amount was said in pixels (none as a share of the side). */
    public boolean inPixelsOnly() {
        return java.util.stream.Stream.of(left, top, right, bottom).allMatch(a -> a.isZero() || a.unit() == Unit.PX);
    }

    /** "300 px to the right", "12.5% on the left and right". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (left.equals(right) && !left.isZero()) {
            parts.add(left.describe() + " on the left and right");
        } else {
            add(parts, left, "on the left");
            add(parts, right, "on the right");
        }
        if (top.equals(bottom) && !top.isZero()) {
            parts.add(top.describe() + " at the top and bottom");
        } else {
            add(parts, top, "at the top");
            add(parts, bottom, "at the bottom");
        }
        return String.join(" and ", parts);
    }

    private static void add(List<String> parts, Amount amount, String where) {
        if (!amount.isZero()) {
            parts.add(amount.describe() + " " + where);
        }
    }
}
