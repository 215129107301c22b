package org.easel.server.engines.classical;

import java.util.Objects;

/**
 * An operation on the whole canvas: crop it, turn it by quarter turns, mirror it, or enlarge it. Like an
 * {@link Extension} it stands alone in a plan and its result carries the new canvas.
 */
public sealed interface CanvasOperation extends Synthesis
        permits CanvasOperation.CropToSelection, CanvasOperation.CropToRatio, CanvasOperation.TrimBorder, CanvasOperation.CutSides,
        CanvasOperation.AddBorder, CanvasOperation.Rotate,
        CanvasOperation.Straighten, CanvasOperation.Level, CanvasOperation.Flip, CanvasOperation.Upscale {

    /** "crop to the selection": keep the selection's bounding box. */
    record CropToSelection() implements CanvasOperation {
        @Override
        public String wireName() {
            return "crop";
        }
    }

    /**
     * "crop off the white border", "trim the empty space around the drawing": keep what lies inside a plain
     * border ({@link org.easel.server.imaging.PlainBorder}), of the colour said or of any one colour.
     */
    record TrimBorder(Colour colour) implements CanvasOperation {
        /** The border's colour as said: "white", "black", or not said (any one colour, transparent included). */
        public enum Colour { ANY, WHITE, BLACK }

        public TrimBorder {
            Objects.requireNonNull(colour, "colour");
        }

        @Override
        public String wireName() {
            return "crop";
        }
    }

    /**
     * "cut 200 px off the top", "crop the bottom 10%", "trim the left third": a strip cut off each side by its amount
     * (an {@link Extension}'s amounts, taken away instead of added).
     */
    record CutSides(Extension sides) implements CanvasOperation {
        public CutSides {
            Objects.requireNonNull(sides, "sides");
            if (sides.isEmpty()) {
                throw new IllegalArgumentException("a cut needs at least one side");
            }
        }

        @Override
        public String wireName() {
            return "crop";
        }
    }

    /**
     * "add a white border", "a thin black frame around it", "pad it with white to make it square": the canvas grown by
     * {@code sides}, the new strips one plain colour (no new content painted, as an {@link Extension} paints).
     */
    record AddBorder(Extension sides, Colour colour) implements CanvasOperation {
        /** The border's colour, as RGB in 0..1. */
        public enum Colour {
            WHITE(1, 1, 1), BLACK(0, 0, 0), GREY(0.5f, 0.5f, 0.5f), CREAM(0.96f, 0.93f, 0.85f);

            private final float red;
            private final float green;
            private final float blue;

            Colour(float red, float green, float blue) {
                this.red = red;
                this.green = green;
                this.blue = blue;
            }

            /** Opaque RGBA. */
            public float[] rgba() {
                return new float[] {red, green, blue, 1};
            }
        }

        public AddBorder {
            Objects.requireNonNull(sides, "sides");
            Objects.requireNonNull(colour, "colour");
            if (sides.isEmpty()) {
                throw new IllegalArgumentException("a border needs at least one side");
            }
        }

        @Override
        public String wireName() {
            return "border";
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

    /**
     * "the horizon is tilted, level it", "straighten it": a {@link Straighten} by the tilt measured from
     * the picture's near-horizontal and near-vertical lines when the edit runs. A {@code magnitude}
     * said without a way ("it's crooked by 2°, level it") is kept and only its way is measured.
     */
    record Level(java.util.OptionalDouble magnitude) implements CanvasOperation {
        public Level {
            Objects.requireNonNull(magnitude, "magnitude");
            if (magnitude.isPresent() && !(magnitude.getAsDouble() > 0 && magnitude.getAsDouble() <= Straighten.MAX_DEGREES)) {
                throw new IllegalArgumentException("straightening turns by more than 0° and at most "
                        + Straighten.MAX_DEGREES + "°, got " + magnitude.getAsDouble());
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

    /**
     * "make it twice as big", "upscale to 4000 px wide", "upscale to 4K": the whole picture
     * enlarged, keeping its shape. {@code amount} is the factor for {@link Target#FACTOR} (more than
     * 1, at most {@link #MAX_FACTOR}) and a length in pixels for the other targets; the size it
     * gives is worked out against the canvas when the edit runs ({@link #size}).
     */
    record Upscale(Target target, double amount) implements CanvasOperation {
        /** Beyond this the result is mostly invented softness, and one step of it already reaches 64 MP from 1. */
        public static final double MAX_FACTOR = 8;

        /** What {@code amount} sets: the factor, the new width, height, or longer side in pixels. */
        public enum Target { FACTOR, WIDTH, HEIGHT, LONG_SIDE }

        /** A canvas size in pixels. */
        public record Size(long width, long height) {
        }

        public Upscale {
            Objects.requireNonNull(target, "target");
            if (target == Target.FACTOR ? !(amount > 1 && amount <= MAX_FACTOR) : !(amount >= 1 && amount == Math.rint(amount))) {
                throw new IllegalArgumentException(target == Target.FACTOR
                        ? "upscaling enlarges by more than 1× and at most " + (int) MAX_FACTOR + "×, got " + amount
                        : "a target length is a whole number of pixels, got " + amount);
            }
        }

        /** The enlarged size of a {@code canvasWidth × canvasHeight} canvas, its aspect ratio kept (rounded). */
        public Size size(int canvasWidth, int canvasHeight) {
            Target side = target == Target.LONG_SIDE ? (canvasWidth >= canvasHeight ? Target.WIDTH : Target.HEIGHT) : target;
            return switch (side) {
                case FACTOR -> new Size(Math.round(canvasWidth * amount), Math.round(canvasHeight * amount));
                case WIDTH -> new Size((long) amount, Math.max(1, Math.round(canvasHeight * amount / canvasWidth)));
                default -> new Size(Math.max(1, Math.round(canvasWidth * amount / canvasHeight)), (long) amount);
            };
        }

        /** "2×", "1.5×", "to 4000 px wide", "to 3000 px tall", "to 3840 px on the longer side". */
        public String describe() {
            return switch (target) {
                case FACTOR -> (amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount)) + "×";
                case WIDTH -> "to " + (long) amount + " px wide";
                case HEIGHT -> "to " + (long) amount + " px tall";
                case LONG_SIDE -> "to " + (long) amount + " px on the longer side";
            };
        }

        @Override
        public String wireName() {
            return "upscale";
        }
    }
}
