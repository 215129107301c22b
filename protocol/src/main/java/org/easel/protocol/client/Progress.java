package org.easel.protocol.client;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.easel.protocol.Frame;

/**
 * A step of a running edit. {@code step} of {@code steps} counts within {@code stage}; a later
 * stage may start again at 0. {@code variation} of {@code variations} is 0 of 0 unless the edit
 * makes several versions.
 */
public record Progress(String job, int step, int steps, String stage, int variation, int variations,
                       Optional<WireImage> preview) {

    /** From 0 to 1 (0 while the number of steps is unknown). */
    public double fraction() {
        return steps > 0 ? Math.min(1.0, (double) step / steps) : 0.0;
    }

    static Progress from(Frame frame) throws ProtocolViolation {
        JsonObject h = frame.header();
        Optional<WireImage> preview = Optional.empty();
        if (h.get("preview") instanceof JsonObject descriptor) {
            preview = Optional.of(WireImage.from(descriptor, frame.attachments(), "progress preview"));
        }
        return new Progress(h.getString("job", ""), h.getInt("step", 0), h.getInt("steps", 0), h.getString("stage", ""),
                h.getInt("variation", 0), h.getInt("variations", 0), preview);
    }
}
