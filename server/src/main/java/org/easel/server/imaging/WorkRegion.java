package org.easel.server.imaging;

/**
 * Where an engine works for one edit, and at what size: the shared first step of every engine's
 * region pipeline (crop → resize to the working size → run → resize back → colour-match →
 * composite). Everything is derived from the mask bounds, never from the canvas size, so the cost
 * of an edit follows its selection.
 *
 * @param mask the pixels the edit may change: the selection grown by its soft edge (canvas coordinates)
 * @param context the pixels the engine sees: the mask plus surroundings, clamped to what exists
 * @param workWidth the context's width at the engine's working size
 * @param workHeight the context's height at the engine's working size
 * @param touchesCanvasEdge the mask reaches a canvas edge, so filling it continues the image
 *                          outward (outpainting) rather than closing a hole
 */
public record WorkRegion(Rect mask, Rect context, int workWidth, int workHeight, boolean touchesCanvasEdge) {

    /**
     * How an engine wants its region shaped.
     *
     * @param contextFraction surroundings added on every side, as a fraction of the mask's mean side
     * @param minContextPx at least this much surroundings on every side (where the image has them)
     * @param multiple the working size is a multiple of this (a model's latent grid; 1 for none)
     * @param minSide the context is at least this wide and high (where the image is)
     * @param maxWorkSide the working size's longest side; larger contexts are reduced to it
     */
    public record Shape(double contextFraction, int minContextPx, int multiple, int minSide, int maxWorkSide) {
        public Shape {
            if (multiple < 1 || minSide < 1 || maxWorkSide < multiple || minContextPx < 0 || contextFraction < 0) {
                throw new IllegalArgumentException("bad region shape");
            }
        }
    }

    /**
     * @param mask the bounds of the pixels to change
     * @param available the pixels that exist to draw context from (the layer within the canvas)
     * @param canvas the canvas, to tell whether the mask touches its edge
     */
    public static WorkRegion plan(Rect mask, Rect available, Rect canvas, Shape shape) {
        if (mask.isEmpty() || !available.contains(mask)) {
            throw new IllegalArgumentException("mask " + mask + " must be non-empty and inside " + available);
        }
        int meanSide = (mask.width() + mask.height()) / 2;
        int pad = Math.max(shape.minContextPx(), (int) Math.ceil(shape.contextFraction() * meanSide));
        Rect context = mask.grow(pad);
        context = atLeast(context, shape.minSide());
        context = snapOutward(context, shape.multiple());
        return of(mask, context.intersect(available), canvas, shape);
    }

    /** The region for a context the engine chose itself (e.g. a strip beside the canvas); sizes it for work. */
    public static WorkRegion of(Rect mask, Rect context, Rect canvas, Shape shape) {
        if (!context.contains(mask) || mask.isEmpty()) {
            throw new IllegalArgumentException("context " + context + " must contain the mask " + mask);
        }
        double scale = Math.min(1.0, (double) shape.maxWorkSide() / Math.max(context.width(), context.height()));
        int workWidth = roundToMultiple(context.width() * scale, shape.multiple());
        int workHeight = roundToMultiple(context.height() * scale, shape.multiple());
        boolean touches = mask.x() <= canvas.x() || mask.y() <= canvas.y()
                || mask.right() >= canvas.right() || mask.bottom() >= canvas.bottom();
        return new WorkRegion(mask, context, workWidth, workHeight, touches);
    }

    /** True when the engine runs on a reduced copy of the context. */
    public boolean isReduced() {
        return workWidth != context.width() || workHeight != context.height();
    }

    private static Rect atLeast(Rect r, int minSide) {
        int growX = Math.max(0, minSide - r.width());
        int growY = Math.max(0, minSide - r.height());
        return new Rect(r.x() - growX / 2, r.y() - growY / 2, r.width() + growX, r.height() + growY);
    }

    /** Grows the rectangle evenly until its size is a multiple of {@code multiple}. */
    private static Rect snapOutward(Rect r, int multiple) {
        int extraX = (multiple - r.width() % multiple) % multiple;
        int extraY = (multiple - r.height() % multiple) % multiple;
        return new Rect(r.x() - extraX / 2, r.y() - extraY / 2, r.width() + extraX, r.height() + extraY);
    }

    private static int roundToMultiple(double size, int multiple) {
        return Math.max(multiple, (int) Math.round(size / multiple) * multiple);
    }
}
