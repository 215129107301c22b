package org.easel.protocol.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.PixelFormat;

/**
 * A conversation's turns as the {@code history} reply gives them (PROTOCOL.md, history): each turn
 * a JSON object ({@code turn}, {@code instruction}, {@code plan}, {@code status}, {@code message},
 * {@code results}, …), with the previews' bytes kept aside for {@link #thumbnail}.
 */
public record History(String conversation, Optional<String> title, Optional<String> style, List<JsonObject> turns,
                      byte[] previews) {

    /** The rgba8 preview of one of a turn's {@code results}, when the reply carried one. */
    public Optional<WireImage> thumbnail(JsonObject result) {
        if (!(result.get("thumbnail") instanceof JsonObject thumb)) {
            return Optional.empty();
        }
        int width = thumb.getInt("width");
        int height = thumb.getInt("height");
        int offset = thumb.getInt("offset", 0);
        byte[] data = java.util.Arrays.copyOfRange(previews, offset, offset + width * height * 4);
        return Optional.of(new WireImage(0, 0, width, height, PixelFormat.RGBA8, data));
    }

    static History from(org.easel.protocol.Frame frame) {
        JsonObject h = frame.header();
        List<JsonObject> turns = new ArrayList<>();
        if (h.get("turns") != null && h.get("turns").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue turn : h.getJsonArray("turns")) {
                if (turn instanceof JsonObject t) {
                    turns.add(t);
                }
            }
        }
        return new History(h.getString("conversation", ""), Optional.ofNullable(h.getString("title", null)),
                Optional.ofNullable(h.getString("style", null)), turns,
                frame.attachments().isEmpty() ? new byte[0] : frame.attachments().get(0));
    }
}
