package org.easel.server.imaging;

import org.easel.protocol.PixelFormat;

/**
 * How pixels an engine creates (a fill, an inpainted or outpainted area) meet the picture: the
 * selection is made binary, grown by {@link #GROW_PX} so an object's anti-aliased outline goes
 * too, and feathered by {@link #FEATHER_PX} on both sides of that grown border, an
 * {@code 2 × FEATHER_PX} px wide soft edge, so new texture blends into the old as peers do.
 *
 * <p>Adjustments never come here: they honour the host's coverage exactly
 * ({@link SelectionMask#coverage} with no feather unless one was asked for), as a filter applied
 * to a selection in Krita or GIMP does.
 */
public final class CreatedPixelsEdge {
    /** The selection grows by this much before feathering. */
    public static final int GROW_PX = 2;
    /** The feather (on each side of the grown border): an 8 px wide soft edge. */
    public static final int FEATHER_PX = 4;

    private CreatedPixelsEdge() {
    }

    /**
     * @param selection an {@code a8} mask, or null for no selection (then full coverage of {@code area})
     * @param featherPx the feather to blend with: {@link #featherPx(int)} of what the person asked for
     */
    public static Coverage coverage(Raster selection, int canvasWidth, int canvasHeight, Rect area, int featherPx) {
        Raster grown = selection == null ? null
                : grow(selection, GROW_PX, new Rect(0, 0, canvasWidth, canvasHeight));
        return SelectionMask.coverage(grown, canvasWidth, canvasHeight, area, featherPx);
    }

    /**
     * The feather created pixels get when {@code askedFeatherPx} was asked for (the {@code feather}
     * option, "with a soft edge"; 0 when nothing was): {@link #FEATHER_PX} unless asked otherwise.
     */
    public static int featherPx(int askedFeatherPx) {
        return askedFeatherPx > 0 ? askedFeatherPx : FEATHER_PX;
    }

    /** How the plan's summary says it: "grown by 2 px, 8 px soft edge". */
    public static String describe(int askedFeatherPx) {
        return "grown by " + GROW_PX + " px, " + 2 * featherPx(askedFeatherPx) + " px soft edge";
    }

    /** The selection made binary and grown by {@code px}, as an a8 mask within the canvas. */
    public static Raster grow(Raster selection, int px, Rect canvas) {
        // Only around what is selected: a canvas-sized mask must not cost a canvas-sized copy.
        Rect area = SelectionMask.selectedBounds(selection).grow(px).intersect(canvas);
        if (area.isEmpty()) {
            return selection;
        }
        boolean[] selected = new boolean[area.width() * area.height()];
        byte[] mask = selection.pixels();
        Rect overlap = area.intersect(Rect.of(selection));
        for (int y = overlap.y(); y < overlap.bottom(); y++) {
            for (int x = overlap.x(); x < overlap.right(); x++) {
                selected[(y - area.y()) * area.width() + (x - area.x())] =
                        mask[(y - selection.y()) * selection.width() + (x - selection.x())] != 0;
            }
        }
        boolean[] grown = BinaryMask.dilate(selected, area.width(), area.height(), px);
        byte[] out = new byte[grown.length];
        for (int i = 0; i < grown.length; i++) {
            out[i] = grown[i] ? (byte) 255 : 0;
        }
        return new Raster(area.x(), area.y(), area.width(), area.height(), PixelFormat.A8, out);
    }
}
