package org.easel.protocol.client;

import jakarta.json.JsonObject;
import java.util.Objects;
import org.easel.protocol.ImageDescriptor;
import org.easel.protocol.PixelFormat;

/**
 * Pixels as they cross the wire: position on the canvas, size, format and the raw bytes (rows top
 * to bottom, no padding, straight alpha; PROTOCOL.md "Image descriptors").
 */
public record WireImage(int x, int y, int width, int height, PixelFormat format, byte[] pixels) {

    public WireImage {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pixels, "pixels");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs a width and height of at least 1, not " + width + "×" + height);
        }
        long expected = format.byteLength(width, height);
        if (pixels.length != expected) {
            throw new IllegalArgumentException(width + "×" + height + " " + format.wireName() + " needs " + expected
                    + " bytes, not " + pixels.length);
        }
    }

    JsonObject descriptor(int attachment) {
        return new ImageDescriptor(x, y, width, height, format, attachment).toJson();
    }

    /** The image a descriptor names in a received frame. */
    static WireImage from(JsonObject descriptor, java.util.List<byte[]> attachments, String what) throws ProtocolViolation {
        try {
            PixelFormat format = PixelFormat.fromWireName(descriptor.getString("format", ""))
                    .orElseThrow(() -> new IllegalArgumentException("unknown format " + descriptor.get("format")));
            int index = descriptor.getInt("attachment");
            if (index < 0 || index >= attachments.size()) {
                throw new IllegalArgumentException("it names attachment " + index + " of " + attachments.size());
            }
            return new WireImage(descriptor.getInt("x", 0), descriptor.getInt("y", 0), descriptor.getInt("width"),
                    descriptor.getInt("height"), format, attachments.get(index));
        } catch (RuntimeException e) {
            throw new ProtocolViolation("the daemon sent an invalid " + what + ": " + e.getMessage());
        }
    }
}
