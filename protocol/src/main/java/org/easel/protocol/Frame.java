package org.easel.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One protocol message: the JSON header and its binary attachments. When a frame is encoded the
 * header's {@code attachments} member is written from {@link #attachments()}; a decoded frame's
 * header still contains it.
 */
public record Frame(JsonObject header, List<byte[]> attachments) {

    public Frame {
        Objects.requireNonNull(header, "header");
        attachments = List.copyOf(attachments);
    }

    public static Frame of(JsonObject header) {
        return new Frame(header, List.of());
    }

    /** The message type, or empty when the header has no string {@code type}. */
    public Optional<String> type() {
        return stringMember(Messages.TYPE);
    }

    /** The request id, or empty when the header has no string {@code id}. */
    public Optional<String> id() {
        return stringMember(Messages.ID);
    }

    private Optional<String> stringMember(String name) {
        JsonValue value = header.get(name);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
