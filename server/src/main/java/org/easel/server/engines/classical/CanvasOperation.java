package org.easel.server.engines.classical;

import java.util.Objects;

/**
 * An operation on the whole canvas: crop it, turn it by quarter turns, or mirror it. Like an
 * {@link Extension} it stands alone in a plan and its result carries the new canvas.
 */
public sealed interface CanvasOperation extends Synthesis
        permits CanvasOperation.CropToSelection, CanvasOperation.CropToRatio, CanvasOperation.Rotate,
        CanvasOperation.Straighten, CanvasOperation.Flip {

    /** "crop to the selection": keep the selection's bounding box. */
    record CropToSelection() implements CanvasOperation {
        @Override
        public String wireName() {
            return "crop";
        }
    }

    /** "crop to 16:9", "square crop": the largest centred rectangle of that shape. */
    record CropToRatio(int width, int height) implements CanvasOperation {
        public CropToRatio {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("an aspect ratio needs two positive sides, got " + width + ":" + height);
            }
        }

        @Override
        public String wireName() {
            return "crop";
        }
    }

    /** "rotate 90° clockwise", "turn it upside down": {@code degrees} is 90, 180 or 270, clockwise. */
    record Rotate(int degrees) implements CanvasOperation {
        public Rotate {
            if (degrees != 90 && degrees != 180 && degrees != 270) {
                throw new IllegalArgumentException("rotations go in quarter turns (90, 180, 270), got " + degrees);
            }
        }

        @Override
        public String wireName() {
            return "rotate";
        }
    }

    /**
     * "straighten by 2° clockwise", "rotate 1.5 degrees left": a small turn about the centre that
     * keeps the canvas size, the picture enlarged just enough to leave no empty corner.
     * {@code degrees} is clockwise (negative: anticlockwise), at most {@link #MAX_DEGREES} either way.
     */
    record Straighten(double degrees) implements CanvasOperation {
        /** Beyond this the enlargement costs too much of the picture (about 35% of each side of a 3:2 one). */
        public static final double MAX_DEGREES = 15;

        public Straighten {
            if (!(Math.abs(degrees) > 0 && Math.abs(degrees) <= MAX_DEGREES)) {
                throw new IllegalArgumentException("straightening turns by more than 0° and at most " + MAX_DEGREES
                        + "°, got " + degrees);
            }
        }

        @Override
        public String wireName() {
            return "straighten";
        }
    }

    /** "flip it horizontally" (left and right swap) or vertically (top and bottom swap). */
    record Flip(Axis axis) implements CanvasOperation {
        public enum Axis { HORIZONTAL, VERTICAL }

        public Flip {
            Objects.requireNonNull(axis, "axis");
        }

        @Override
        public String wireName() {
            return "flip";
        }
    }
}
