package org.easel.server.gateway;

import java.util.List;

/** A finished edit: the assistant's reply, the layers to insert, and the canvas size after it. */
public record ScriptResult(String message, List<ScriptLayer> layers, int canvasWidth, int canvasHeight) {
    public ScriptResult {
        layers = List.copyOf(layers);
    }
}
