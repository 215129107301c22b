package org.easel.server.engines.classical;

import java.util.Optional;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.CanvasTransform;
import org.easel.server.imaging.PixelCodec;
import org.easel.server.imaging.PlainBorder;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.SelectionMask;
import org.easel.server.imaging.Straighten;
import org.easel.server.imaging.TiltFinder;

/**
 * Carries out a {@link CanvasOperation}. A crop only moves the canvas: the host keeps the layers'
 * pixels outside it (as its own canvas resize does), so it needs no layer and undoing it only
 * gives the canvas back. Flips, quarter turns and straightening return the whole layer
 * transformed, on a canvas that turns with it; they need an opaque layer covering the canvas (see {@link #requireOpaqueCanvas}).
 * Upscaling is {@link UpscaleEngine}'s.
 */
public final class CanvasEngine {
    private final UpscaleEngine upscaleEngine;

    public CanvasEngine() {
        this(new UpscaleEngine());
    }

    public CanvasEngine(UpscaleEngine upscaleEngine) {
        this.upscaleEngine = upscaleEngine;
    }

    /**
     * The canvas after the operation, where the old canvas's top-left corner lands in it, and the
     * layer to place (none for a crop).
     */
    public record Result(int canvasWidth, int canvasHeight, int offsetX, int offsetY, Optional<Raster> layer, String note) {
        public Result(int canvasWidth, int canvasHeight, int offsetX, int offsetY, Optional<Raster> layer) {
            this(canvasWidth, canvasHeight, offsetX, offsetY, layer, "");
        }
    }

    public Result apply(CanvasOperation operation, Raster image, Optional<Raster> selection, int canvasWidth,
                        int canvasHeight) {
        return apply(operation, image, selection, canvasWidth, canvasHeight, JobControl.NONE);
    }

    public Result apply(CanvasOperation operation, Raster image, Optional<Raster> selection, int canvasWidth,
                        int canvasHeight, JobControl control) {
        if (operation instanceof CanvasOperation.CropToSelection) {
            return crop(selectionBounds(selection, canvasWidth, canvasHeight));
        }
        if (operation instanceof CanvasOperation.CropToRatio ratio) {
            return crop(centredRatio(ratio, canvasWidth, canvasHeight));
        }
        if (operation instanceof CanvasOperation.TrimBorder trim) {
            Rect inside = insideTheBorder(trim, image, canvasWidth, canvasHeight);
            return crop(inside, "Cut " + bordersCut(inside, canvasWidth, canvasHeight) + ".");
        }
        if (operation instanceof CanvasOperation.CutSides cut) {
            Rect kept = keptAfterCut(cut, canvasWidth, canvasHeight);
            // the plan already says the pixels asked for; a share of a side is said again in pixels
            return crop(kept, cut.sides().inPixelsOnly() ? "" : "Cut " + bordersCut(kept, canvasWidth, canvasHeight) + ".");
        }
        if (operation instanceof CanvasOperation.AddBorder border) {
            return border(border, image.format(), canvasWidth, canvasHeight);
        }
        if (operation instanceof CanvasOperation.Upscale upscale) {
            return upscaleEngine.apply(upscale, image, canvasWidth, canvasHeight, control);
        }
        requireOpaqueCanvas(image, canvasWidth, canvasHeight);
        if (operation instanceof CanvasOperation.Flip flip) {
            return new Result(canvasWidth, canvasHeight, 0, 0, Optional.of(
                    flip.axis() == CanvasOperation.Flip.Axis.HORIZONTAL
                            ? CanvasTransform.flipHorizontally(image, canvasWidth)
                            : CanvasTransform.flipVertically(image, canvasHeight)));
        }
        if (operation instanceof CanvasOperation.Straighten straighten) {
            return new Result(canvasWidth, canvasHeight, 0, 0,
                    Optional.of(Straighten.clockwise(image, straighten.degrees(), control)));
        }
        if (operation instanceof CanvasOperation.Level level) {
            double turn = levellingTurn(level, image, control);
            String way = String.format(java.util.Locale.ROOT, "%.1f° %s", Math.abs(turn), turn < 0 ? "anticlockwise" : "clockwise");
            return new Result(canvasWidth, canvasHeight, 0, 0, Optional.of(Straighten.clockwise(image, turn, control)),
                    level.magnitude().isPresent() ? "Turned it " + way + "." : "Measured a tilt of " + way.replaceFirst(
                            " (?:anti)?clockwise", "") + ": turned it " + way + ".");
        }
        CanvasOperation.Rotate rotate = (CanvasOperation.Rotate) operation;
        boolean quarter = rotate.degrees() != 180;
        // A quarter turn has no fixed corner: the canvas turns as a whole, so no offset applies.
        return new Result(quarter ? canvasHeight : canvasWidth, quarter ? canvasWidth : canvasHeight, 0, 0,
                Optional.of(CanvasTransform.rotateClockwise(image, rotate.degrees(), canvasWidth, canvasHeight)));
    }

    /** How far a tilt said without an angle is looked for. */
    static final double UNSAID_RANGE_DEGREES = 8;
    /** Below this the picture's lines are level already: turning it would only soften it. */
    static final double LEVEL_ENOUGH_DEGREES = 0.1;

    /**
     * The clockwise turn that levels the picture: the measured one, or the magnitude said turned the
     * measured way. Refused, saying what to type instead, when the picture shows no lines to measure
     * by or is level already.
     */
    private static double levellingTurn(CanvasOperation.Level level, Raster image, JobControl control) {
        // Searched no wider than the words allow: a said magnitude within a degree and a half, else the few
        // degrees photographs are tilted by. A strong diagonal further out (a roof, a road) is no horizon.
        double range = level.magnitude().isPresent()
                ? Math.min(CanvasOperation.Straighten.MAX_DEGREES, level.magnitude().getAsDouble() + 1.5) : UNSAID_RANGE_DEGREES;
        java.util.OptionalDouble measured = TiltFinder.levellingTurn(image, range, control);
        if (measured.isEmpty()) {
            throw new EditRejectedException("Easel found no horizon or upright lines in this picture to measure its tilt "
                    + "by. Say the angle and the way instead, for example “straighten by 2° clockwise”.",
                    EditRejectedException.Reason.UNSUPPORTED);
        }
        double turn = measured.getAsDouble();
        if (Math.abs(turn) < LEVEL_ENOUGH_DEGREES) {
            throw new EditRejectedException("This picture already looks level: its horizon and upright lines are within "
                    + LEVEL_ENOUGH_DEGREES + "° of straight, so nothing was turned. To turn it anyway, say the angle "
                    + "and the way, for example “straighten by 1° clockwise”.", EditRejectedException.Reason.UNSUPPORTED);
        }
        return level.magnitude().isPresent() ? Math.copySign(level.magnitude().getAsDouble(), turn) : turn;
    }

    /**
     * A flipped or turned layer goes above the source layer, so it only looks right when it hides
     * the source completely: a layer that covers the whole canvas with no transparent pixel (a
     * photo). Anything else would show the original through the gaps, so it is refused.
     */
    static void requireOpaqueCanvas(Raster image, int canvasWidth, int canvasHeight) {
        requireOpaqueCanvas(image, canvasWidth, canvasHeight, "flipped or turned",
                "Image ▸ Mirror / Rotate (Krita) or Image ▸ Transform (GIMP)");
    }

    /** The same rule for any whole-layer result: {@code done} says what Easel did, {@code instead} the host's own command. */
    static void requireOpaqueCanvas(Raster image, int canvasWidth, int canvasHeight, String done, String instead) {
        if (!Rect.of(image).contains(new Rect(0, 0, canvasWidth, canvasHeight)) || !opaque(image)) {
            throw new EditRejectedException("This layer has transparent parts or does not cover the canvas, and the "
                    + "original would show through Easel's " + done + " layer: use your painting program's own "
                    + instead + " for it.", EditRejectedException.Reason.UNSUPPORTED);
        }
    }

    private static boolean opaque(Raster image) {
        PixelCodec codec = PixelCodec.of(image.format());
        float[] row = new float[image.width() * 4];
        for (int y = 0; y < image.height(); y++) {
            codec.decode(image.pixels(), y * image.width(), image.width(), row, 0);
            for (int i = 3; i < row.length; i += 4) {
                if (!(row[i] >= 1f)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Result crop(Rect kept) {
        return crop(kept, "");
    }

    /** The canvas cut to {@code kept}, no layer, and what to say of it. */
    private static Result crop(Rect kept, String note) {
        return new Result(kept.width(), kept.height(), -kept.x(), -kept.y(), Optional.empty(), note);
    }

    /**
     * What lies inside the layer's plain border, of the colour said (or see-through). Refused, saying what to do instead,
     * when the layer has no plain border or its border is another colour than the one said.
     */
    static Rect insideTheBorder(CanvasOperation.TrimBorder trim, Raster image, int canvasWidth, int canvasHeight) {
        PlainBorder.Border border = PlainBorder.find(image, canvasWidth, canvasHeight).orElseThrow(() -> new EditRejectedException(
                "Easel found no plain border around this layer to crop away: its edges are not one even colour. Select the "
                        + "part to keep and say “crop to the selection”.", EditRejectedException.Reason.UNSUPPORTED));
        CanvasOperation.TrimBorder.Colour said = trim.colour();
        // A see-through border is whatever colour shows below this layer (the white of a border added as a layer of its own)
        if (!border.clear() && (said == CanvasOperation.TrimBorder.Colour.WHITE && !border.white()
                || said == CanvasOperation.TrimBorder.Colour.BLACK && !border.black())) {
            String found = border.white() ? "white" : border.black() ? "black" : "another colour";
            throw new EditRejectedException("The plain border around this layer is " + found + ", not "
                    + said.name().toLowerCase(java.util.Locale.ROOT) + ", so nothing was cropped. Say “crop away the border” "
                    + "to crop it anyway, or select the part to keep and say “crop to the selection”.",
                    EditRejectedException.Reason.UNSUPPORTED);
        }
        return border.inside();
    }

    /**
     * The canvas grown by the border's sides and a layer over all of it: the border's colour in the new strips,
     * transparent over the old canvas, so the picture shows through on any host.
     */
    static Result border(CanvasOperation.AddBorder border, org.easel.protocol.PixelFormat format, int canvasWidth, int canvasHeight) {
        Extension.InPixels grown = border.sides().inPixelsWithinLimits(canvasWidth, canvasHeight);
        int left = grown.left();
        int top = grown.top();
        long width = grown.width();
        long height = grown.height();
        PixelCodec codec = PixelCodec.of(format);
        float[] colour = border.colour().rgba();
        float[] colourRow = new float[(int) width * 4];
        for (int x = 0; x < width; x++) {
            System.arraycopy(colour, 0, colourRow, x * 4, 4);
        }
        float[] ringRow = colourRow.clone();
        java.util.Arrays.fill(ringRow, left * 4, (left + canvasWidth) * 4, 0f);   // the picture shows through
        byte[] pixels = new byte[(int) (width * height * format.bytesPerPixel())];
        for (int y = 0; y < height; y++) {
            boolean besideThePicture = y >= top && y < top + canvasHeight;
            codec.encode(besideThePicture ? ringRow : colourRow, 0, (int) width, pixels, (int) (y * width));
        }
        return new Result((int) width, (int) height, left, top,
                Optional.of(new Raster(0, 0, (int) width, (int) height, format, pixels)));
    }

    /** What stays when each side's strip is cut off; refused, saying so, when the strips would meet. */
    static Rect keptAfterCut(CanvasOperation.CutSides cut, int canvasWidth, int canvasHeight) {
        Extension.InPixels strips = cut.sides().inPixels(canvasWidth, canvasHeight);
        long width = (long) canvasWidth - strips.left() - strips.right();
        long height = (long) canvasHeight - strips.top() - strips.bottom();
        if (width < 1 || height < 1) {
            throw new EditRejectedException("Cutting " + cut.sides().describe() + " off would leave nothing of this " + canvasWidth
                    + "×" + canvasHeight + " px canvas: ask for a smaller cut.", EditRejectedException.Reason.UNSUPPORTED);
        }
        return new Rect(strips.left(), strips.top(), (int) width, (int) height);
    }

    /** "40 px at the top, 12 px on the left": each side cut. */
    private static String bordersCut(Rect inside, int canvasWidth, int canvasHeight) {
        java.util.List<String> sides = new java.util.ArrayList<>();
        int[] cut = {inside.y(), canvasHeight - inside.bottom(), inside.x(), canvasWidth - inside.right()};
        String[] where = {"at the top", "at the bottom", "on the left", "on the right"};
        for (int i = 0; i < cut.length; i++) {
            if (cut[i] > 0) {
                sides.add(cut[i] + " px " + where[i]);
            }
        }
        return String.join(", ", sides);
    }

    /** The selection's bounding box on the canvas. */
    static Rect selectionBounds(Optional<Raster> selection, int canvasWidth, int canvasHeight) {
        if (selection.isEmpty()) {
            throw new EditRejectedException("Nothing is selected to crop to: select the part to keep, or say a shape "
                    + "(“square crop”, “crop to 16:9”).");
        }
        Rect kept = SelectionMask.selectedBounds(selection.get()).intersect(new Rect(0, 0, canvasWidth, canvasHeight));
        if (kept.isEmpty()) {
            throw new EditRejectedException("The selection is empty or outside the canvas: select the part to keep.");
        }
        return kept;
    }

    /** The largest rectangle of {@code ratio}'s shape that fits the canvas, centred (odd pixels go right and down). */
    static Rect centredRatio(CanvasOperation.CropToRatio ratio, int canvasWidth, int canvasHeight) {
        long wide = (long) canvasWidth * ratio.height();
        long tall = (long) canvasHeight * ratio.width();
        int width = canvasWidth;
        int height = canvasHeight;
        if (wide > tall) {
            width = (int) Math.max(1, Math.round((double) canvasHeight * ratio.width() / ratio.height()));
        } else if (wide < tall) {
            height = (int) Math.max(1, Math.round((double) canvasWidth * ratio.height() / ratio.width()));
        }
        return new Rect((canvasWidth - width) / 2, (canvasHeight - height) / 2, width, height);
    }
}
