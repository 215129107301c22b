package org.easel.server.session;

import java.util.List;

/**
 * What a finished edit hands back: the assistant's reply, the layers, and the canvas after it.
 *
 * @param canvasOffsetX where the old canvas's left edge lands on the new canvas (0 unless the
 *                      edit extended the canvas on the left); layers are in new-canvas coordinates
 * @param canvasOffsetY the same for the top edge
 */
public record EditOutcome(String message, List<ResultLayer> layers, int canvasWidth, int canvasHeight,
                          int canvasOffsetX, int canvasOffsetY) {
    public EditOutcome {
        layers = List.copyOf(layers);
    }

    /** An outcome that leaves the canvas as it was. */
    public EditOutcome(String message, List<ResultLayer> layers, int canvasWidth, int canvasHeight) {
        this(message, layers, canvasWidth, canvasHeight, 0, 0);
    }
}
