package org.easel.server.session;

import java.util.Objects;
import java.util.Optional;
import org.easel.server.imaging.Raster;

/**
 * One validated edit, independent of how it arrived (socket protocol or a scripting gateway).
 *
 * @param image     the pixels the instruction applies to, in canvas coordinates
 * @param selection the a8 selection mask, empty when the artist selected nothing
 */
public record EditRequest(String conversationId, Optional<String> title, String instruction,
                          int canvasWidth, int canvasHeight, Raster image, Optional<Raster> selection,
                          EditOptions options) {
    public EditRequest {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(options, "options");
    }
}
