package org.easel.protocol;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Where an image sits on the canvas, its size and pixel layout, and which attachment holds its
 * bytes (PROTOCOL.md, "Image descriptors").
 */
public record ImageDescriptor(int x, int y, int width, int height, PixelFormat format, int attachment) {

    public JsonObject toJson() {
        return Jsons.createObjectBuilder()
                .add("x", x).add("y", y).add("width", width).add("height", height)
                .add("format", format.wireName()).add("attachment", attachment)
                .build();
    }

    /**
     * Reads and validates the descriptor in member {@code field} of a header: every member present
     * and of the right type, a known format, size within the limits, and the attachment it names
     * present with exactly width × height × bytes-per-pixel bytes.
     */
    public static ImageDescriptor parse(JsonObject header, String field, long[] attachmentLengths,
                                        ImageLimits limits) throws ProtocolException {
        JsonValue value = header.get(field);
        if (!(value instanceof JsonObject json)) {
            throw bad(field, "must be an image descriptor object {x, y, width, height, format, attachment}");
        }
        int x = integer(json, field, "x");
        int y = integer(json, field, "y");
        int width = integer(json, field, "width");
        int height = integer(json, field, "height");
        int attachment = integer(json, field, "attachment");
        JsonValue formatValue = json.get("format");
        if (!(formatValue instanceof JsonString formatName)) {
            throw bad(field, "needs a string \"format\" (rgba8, bgra8, rgba16, rgbaf32 or a8)");
        }
        PixelFormat format = PixelFormat.fromWireName(formatName.getString()).orElseThrow(() ->
                bad(field, "has unknown format \"" + formatName.getString() + "\"; use rgba8, bgra8, rgba16, rgbaf32 or a8"));
        if (width < 1 || height < 1) {
            throw bad(field, "is " + width + "×" + height + "; width and height must be at least 1");
        }
        if (width > limits.maxImageSide() || height > limits.maxImageSide()
                || (long) width * height > limits.maxImagePixels()) {
            throw bad(field, "is " + width + "×" + height + "; the daemon accepts at most "
                    + limits.maxImageSide() + " px a side and " + limits.maxImagePixels() + " pixels in all");
        }
        if (attachment < 0 || attachment >= attachmentLengths.length) {
            throw bad(field, "names attachment " + attachment + " but the message has "
                    + attachmentLengths.length + " attachment(s)");
        }
        long expected = format.byteLength(width, height);
        if (attachmentLengths[attachment] != expected) {
            throw bad(field, "attachment " + attachment + " has " + attachmentLengths[attachment] + " bytes but "
                    + width + "×" + height + " " + format.wireName() + " needs " + expected);
        }
        return new ImageDescriptor(x, y, width, height, format, attachment);
    }

    private static int integer(JsonObject json, String field, String member) throws ProtocolException {
        JsonValue value = json.get(member);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw bad(field, "needs an integer \"" + member + "\"");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw bad(field, "has \"" + member + "\" = " + number + ", out of range");
        }
    }

    private static ProtocolException bad(String field, String problem) {
        return new ProtocolException(ErrorCode.BAD_IMAGE, field + ": " + problem + ".");
    }
}
