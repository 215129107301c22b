package org.easel.server.session;

import java.util.List;

/** What a finished edit hands back: the assistant's reply, the layers, and the canvas size after it. */
public record EditOutcome(String message, List<ResultLayer> layers, int canvasWidth, int canvasHeight) {
    public EditOutcome {
        layers = List.copyOf(layers);
    }
}
