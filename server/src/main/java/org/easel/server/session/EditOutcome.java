package org.easel.server.session;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a finished edit hands back: the assistant's reply, the layers, and the canvas after it.
 *
 * @param canvasOffsetX where the old canvas's left edge lands on the new canvas (0 unless the
 *                      edit extended the canvas on the left); layers are in new-canvas coordinates
 * @param canvasOffsetY the same for the top edge
 * @param versions      when the edit made several versions to choose from, which layer is which
 *                      version (then the layers are alternatives, not a stack); empty otherwise
 */
public record EditOutcome(String message, List<ResultLayer> layers, int canvasWidth, int canvasHeight,
                          int canvasOffsetX, int canvasOffsetY, List<Version> versions) {
    public EditOutcome {
        layers = List.copyOf(layers);
        versions = List.copyOf(versions);
    }

    /** An outcome with one result. */
    public EditOutcome(String message, List<ResultLayer> layers, int canvasWidth, int canvasHeight,
                       int canvasOffsetX, int canvasOffsetY) {
        this(message, layers, canvasWidth, canvasHeight, canvasOffsetX, canvasOffsetY, List.of());
    }

    /** An outcome that leaves the canvas as it was. */
    public EditOutcome(String message, List<ResultLayer> layers, int canvasWidth, int canvasHeight) {
        this(message, layers, canvasWidth, canvasHeight, 0, 0);
    }

    /**
     * One version of several: its number from 1, its seed, the conversation turn it was saved as
     * (empty if saving failed) and the index of its layer in {@link #layers()}.
     */
    public record Version(int index, long seed, OptionalInt turn, int layer) {
    }
}
