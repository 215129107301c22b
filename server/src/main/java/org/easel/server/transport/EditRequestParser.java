package org.easel.server.transport;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageDescriptor;
import org.easel.protocol.ImageLimits;
import org.easel.protocol.PixelFormat;
import org.easel.protocol.ProtocolException;
import org.easel.server.imaging.Raster;
import org.easel.server.session.EditOptions;
import org.easel.server.session.EditRequest;

/**
 * Validates an {@code edit} frame member by member and turns it into an {@link EditRequest}. The
 * scripting gateway builds the same message from its arguments and validates it here too, so both
 * front ends accept and reject exactly the same edits with the same messages.
 */
public final class EditRequestParser {
    static final int MAX_CONVERSATION_ID = 128;
    static final int MAX_INSTRUCTION = 4000;
    private static final int MAX_STEPS = 200;

    private final FrameLimits frameLimits;
    private final ImageLimits imageLimits;

    public EditRequestParser(FrameLimits frameLimits, ImageLimits imageLimits) {
        this.frameLimits = frameLimits;
        this.imageLimits = imageLimits;
    }

    public EditRequest parse(Frame frame) throws ProtocolException {
        JsonObject h = frame.header();
        JsonObject conversation = object(h, "conversation", true).orElseThrow();
        String conversationId = string(conversation, "conversation.id", "id", 1, MAX_CONVERSATION_ID).orElseThrow(() ->
                bad("\"conversation.id\" is required: a stable id for the document's conversation"));
        Optional<String> title = string(conversation, "conversation.title", "title", 0, 1000);
        String instruction = string(h, "instruction", "instruction", 1, MAX_INSTRUCTION)
                .or(() -> reapplyInstruction(h))
                .orElseThrow(() -> bad("\"instruction\" is required: what the artist asked for"));
        if (instruction.isBlank()) {
            throw bad("\"instruction\" is empty; type what you would like Easel to do");
        }
        JsonObject canvas = object(h, "canvas", true).orElseThrow();
        int canvasWidth = dimension(canvas, "canvas.width", "width");
        int canvasHeight = dimension(canvas, "canvas.height", "height");

        long[] lengths = FrameCodec.attachmentLengths(h, frameLimits);
        ImageDescriptor image = ImageDescriptor.parse(h, "image", lengths, imageLimits);
        if (!image.format().isColour()) {
            throw new ProtocolException(ErrorCode.BAD_IMAGE, "image: format a8 is for selection masks; "
                    + "send the layer as rgba8, bgra8, rgba16 or rgbaf32.");
        }
        Optional<Raster> selection = Optional.empty();
        if (h.containsKey("selection") && h.get("selection") != JsonValue.NULL) {
            ImageDescriptor mask = ImageDescriptor.parse(h, "selection", lengths, imageLimits);
            if (mask.format() != PixelFormat.A8) {
                throw new ProtocolException(ErrorCode.BAD_IMAGE, "selection: format must be a8 (one coverage byte per pixel), not "
                        + mask.format().wireName() + ".");
            }
            selection = Optional.of(raster(mask, frame));
        }
        return new EditRequest(conversationId, title, instruction, canvasWidth, canvasHeight,
                raster(image, frame), selection, options(h));
    }

    /**
     * An edit may name a turn to re-apply instead of typing it: {@code "reapply": 3} reads as the
     * instruction "re-apply #3", so it is interpreted and remembered like one.
     */
    private static Optional<String> reapplyInstruction(JsonObject h) {
        JsonValue value = h.get("reapply");
        if (value instanceof JsonNumber n && n.isIntegral() && n.doubleValue() >= 1 && n.doubleValue() <= 9999) {
            return Optional.of("re-apply #" + n.intValue());
        }
        return Optional.empty();
    }

    private EditOptions options(JsonObject h) throws ProtocolException {
        Optional<JsonObject> o = object(h, "options", false);
        if (o.isEmpty()) {
            return EditOptions.DEFAULTS;
        }
        JsonObject options = o.get();
        OptionalLong seed = OptionalLong.empty();
        Optional<JsonNumber> sd = optionalNumber(options, "seed");
        if (sd.isPresent()) {
            if (!sd.get().isIntegral() || sd.get().bigIntegerValue().bitLength() > 63) {
                throw bad("\"options.seed\" must be an integer that fits 64 bits, got " + sd.get());
            }
            seed = OptionalLong.of(sd.get().longValue());
        }
        OptionalDouble strength = OptionalDouble.empty();
        Optional<JsonNumber> s = optionalNumber(options, "strength");
        if (s.isPresent()) {
            double value = s.get().doubleValue();
            if (!(value >= 0 && value <= 1)) {
                throw bad("\"options.strength\" must be between 0 and 1, got " + s.get());
            }
            strength = OptionalDouble.of(value);
        }
        OptionalInt steps = OptionalInt.empty();
        Optional<JsonNumber> st = optionalNumber(options, "steps");
        if (st.isPresent()) {
            if (!st.get().isIntegral() || st.get().doubleValue() < 1 || st.get().doubleValue() > MAX_STEPS) {
                throw bad("\"options.steps\" must be an integer from 1 to " + MAX_STEPS + ", got " + st.get());
            }
            steps = OptionalInt.of(st.get().intValue());
        }
        int feather = EditOptions.DEFAULT_FEATHER_PX;
        Optional<JsonNumber> f = optionalNumber(options, "feather");
        if (f.isPresent()) {
            if (!f.get().isIntegral() || f.get().doubleValue() < 0 || f.get().doubleValue() > EditOptions.MAX_FEATHER_PX) {
                throw bad("\"options.feather\" must be an integer from 0 to " + EditOptions.MAX_FEATHER_PX + " px, got " + f.get());
            }
            feather = f.get().intValue();
        }
        int variations = EditOptions.MIN_VARIATIONS;
        Optional<JsonNumber> v = optionalNumber(options, "variations");
        if (v.isPresent()) {
            if (!v.get().isIntegral() || v.get().doubleValue() < EditOptions.MIN_VARIATIONS
                    || v.get().doubleValue() > EditOptions.MAX_VARIATIONS) {
                throw bad("\"options.variations\" must be an integer from " + EditOptions.MIN_VARIATIONS + " to "
                        + EditOptions.MAX_VARIATIONS + ", got " + v.get());
            }
            variations = v.get().intValue();
        }
        return new EditOptions(seed, strength, steps,
                string(options, "options.engine", "engine", 1, 64),
                string(options, "options.model", "model", 1, 128), feather,
                string(options, "options.negative", "negative", 1, 1000), variations);
    }

    private static Raster raster(ImageDescriptor d, Frame frame) {
        return new Raster(d.x(), d.y(), d.width(), d.height(), d.format(), frame.attachments().get(d.attachment()));
    }

    private int dimension(JsonObject json, String path, String member) throws ProtocolException {
        JsonValue value = json.get(member);
        if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.doubleValue() < 1 || n.doubleValue() > imageLimits.maxImageSide()) {
            throw new ProtocolException(ErrorCode.BAD_IMAGE, "\"" + path + "\" must be an integer from 1 to "
                    + imageLimits.maxImageSide() + ", got " + value + ".");
        }
        return n.intValue();
    }

    private static Optional<JsonObject> object(JsonObject json, String member, boolean required) throws ProtocolException {
        JsonValue value = json.get(member);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw bad("\"" + member + "\" is required");
            }
            return Optional.empty();
        }
        if (!(value instanceof JsonObject object)) {
            throw bad("\"" + member + "\" must be an object");
        }
        return Optional.of(object);
    }

    /** A string member that may be absent or null; present but of another type or length is an error. */
    private static Optional<String> string(JsonObject json, String path, String member, int minLength, int maxLength)
            throws ProtocolException {
        JsonValue value = json.get(member);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString s)) {
            throw bad("\"" + path + "\" must be a string");
        }
        int length = s.getString().length();
        if (length < minLength || length > maxLength) {
            throw bad("\"" + path + "\" must be " + minLength + " to " + maxLength + " characters long, got " + length);
        }
        return Optional.of(s.getString());
    }

    private static Optional<JsonNumber> optionalNumber(JsonObject json, String member) throws ProtocolException {
        JsonValue value = json.get(member);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber n)) {
            throw bad("\"options." + member + "\" must be a number");
        }
        return Optional.of(n);
    }

    private static ProtocolException bad(String problem) {
        return new ProtocolException(ErrorCode.BAD_REQUEST, problem + ".");
    }
}
