package org.easel.protocol.client;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.easel.protocol.Frame;

/**
 * A finished edit: layers to place above the source, and the canvas after it. {@code offsetX},
 * {@code offsetY} are where the old canvas's top-left lands in the new one (non-zero after an
 * extension on the left or top, negative when one is undone).
 */
public record EditResult(String job, String message, JsonObject plan, int canvasWidth, int canvasHeight,
                         int offsetX, int offsetY, List<Layer> layers, List<Variation> variations) {

    public EditResult {
        layers = List.copyOf(layers);
        variations = List.copyOf(variations);
    }

    /** Whether the canvas changed size or moved (an extension, or an extension undone). */
    public boolean canvasChanged(int oldWidth, int oldHeight) {
        return canvasWidth != oldWidth || canvasHeight != oldHeight || offsetX != 0 || offsetY != 0;
    }

    static EditResult from(Frame frame) throws ProtocolViolation {
        JsonObject h = frame.header();
        if (!(h.get("canvas") instanceof JsonObject canvas) || !(canvas.get("width") instanceof JsonNumber)
                || !(canvas.get("height") instanceof JsonNumber)) {
            throw new ProtocolViolation("the daemon sent a result without a valid canvas size");
        }
        int offsetX = 0;
        int offsetY = 0;
        if (canvas.get("offset") instanceof JsonObject offset) {
            offsetX = offset.getInt("x", 0);
            offsetY = offset.getInt("y", 0);
        }
        List<Layer> layers = new ArrayList<>();
        if (h.get("layers") != null) {
            for (JsonValue value : h.getJsonArray("layers")) {
                if (!(value instanceof JsonObject descriptor)) {
                    throw new ProtocolViolation("the daemon sent a result layer that is not an object");
                }
                layers.add(new Layer(descriptor.getString("name", "Easel"),
                        WireImage.from(descriptor, frame.attachments(), "result layer " + layers.size())));
            }
        }
        List<Variation> variations = new ArrayList<>();
        if (h.get("variations") != null) {
            for (JsonValue value : h.getJsonArray("variations")) {
                JsonObject v = (JsonObject) value;
                int layer = v.getInt("layer", -1);
                if (layer < 0 || layer >= layers.size()) {
                    throw new ProtocolViolation("the daemon sent a variation pointing at layer " + layer
                            + ", but the result has " + layers.size());
                }
                OptionalInt turn = v.get("turn") instanceof JsonNumber n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
                long seed = v.get("seed") instanceof JsonNumber n ? n.longValue() : 0;
                variations.add(new Variation(v.getInt("variation", variations.size() + 1), seed, turn, layers.get(layer)));
            }
        }
        JsonObject plan = h.get("plan") instanceof JsonObject p ? p : JsonObject.EMPTY_JSON_OBJECT;
        return new EditResult(h.getString("job", ""), h.getString("message", ""), plan, canvas.getInt("width"),
                canvas.getInt("height"), offsetX, offsetY, layers, variations);
    }
}
