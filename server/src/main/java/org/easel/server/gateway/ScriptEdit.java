package org.easel.server.gateway;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.Jsons;
import org.easel.protocol.Messages;
import org.easel.protocol.ProtocolException;
import org.easel.server.session.ClarificationNeeded;
import org.easel.server.session.EditRejected;
import org.easel.server.session.EditRequest;
import org.easel.server.session.EditService;
import org.easel.server.transport.EditRequestParser;

/**
 * An edit a script is putting together, one call per part ({@code image(...)},
 * {@code selection(...)}, {@code feather(...)}, …; each returns this edit so calls chain), then
 * {@link #start()}. It assembles exactly the {@code edit} message of the socket protocol, with the
 * image and the mask as its attachments 0 and 1, and validates it with the socket's own parser:
 * a script's edit is accepted or refused with the same words as a plugin's.
 */
public final class ScriptEdit {

    /** An image or mask as the script handed it over: placement, format and bytes. */
    private record Placed(int x, int y, int width, int height, String format, byte[] bytes) {
        JsonObject descriptor(int attachment) {
            JsonObjectBuilder d = Jsons.createObjectBuilder().add("x", x).add("y", y)
                    .add("width", width).add("height", height).add("attachment", attachment);
            addIfPresent(d, "format", format);
            return d.build();
        }
    }

    private final EditService edits;
    private final EditRequestParser parser;
    private final Object owner;
    private final String conversationId;
    private final String instruction;
    private String title;
    private Integer canvasWidth;
    private Integer canvasHeight;
    private Placed image;
    private Placed selection;
    private final Map<String, JsonValue> options = new LinkedHashMap<>();

    ScriptEdit(EditService edits, EditRequestParser parser, Object owner, String conversationId, String instruction) {
        this.edits = edits;
        this.parser = parser;
        this.owner = owner;
        this.conversationId = conversationId;
        this.instruction = instruction;
    }

    /** A human name for the conversation, usually the file name. */
    public ScriptEdit title(String title) {
        this.title = title;
        return this;
    }

    /** The document's size; defaults to the image's right and bottom edge (its size when it sits at 0,0). */
    public ScriptEdit canvas(int width, int height) {
        this.canvasWidth = width;
        this.canvasHeight = height;
        return this;
    }

    /** The pixels to edit, at 0,0 of the canvas. */
    public ScriptEdit image(int width, int height, String format, byte[] pixels) {
        return image(0, 0, width, height, format, pixels);
    }

    /** The pixels to edit: position on the canvas, size, format (rgba8, bgra8, rgba16, rgbaf32), bytes. */
    public ScriptEdit image(int x, int y, int width, int height, String format, byte[] pixels) {
        this.image = new Placed(x, y, width, height, format, pixels);
        return this;
    }

    /** The selection: an a8 mask (one coverage byte per pixel, 255 = selected) placed on the canvas. */
    public ScriptEdit selection(int x, int y, int width, int height, byte[] mask) {
        this.selection = new Placed(x, y, width, height, "a8", mask);
        return this;
    }

    /** Soft edge of the selection in pixels, 0 to 64 (default 4). */
    public ScriptEdit feather(int pixels) {
        options.put("feather", Jsons.createValue(pixels));
        return this;
    }

    public ScriptEdit seed(long seed) {
        options.put("seed", Jsons.createValue(seed));
        return this;
    }

    /** 0 to 1. */
    public ScriptEdit strength(double strength) {
        options.put("strength", Jsons.createValue(strength));
        return this;
    }

    /** 1 to 200. */
    public ScriptEdit steps(int steps) {
        options.put("steps", Jsons.createValue(steps));
        return this;
    }

    public ScriptEdit engine(String engine) {
        options.put("engine", engine == null ? JsonValue.NULL : Jsons.createValue(engine));
        return this;
    }

    public ScriptEdit model(String model) {
        options.put("model", model == null ? JsonValue.NULL : Jsons.createValue(model));
        return this;
    }

    /** What generated content should not show (the negative prompt). */
    public ScriptEdit negative(String negative) {
        options.put("negative", negative == null ? JsonValue.NULL : Jsons.createValue(negative));
        return this;
    }

    /**
     * Validates and queues the edit; returns at once with the job (whose {@code plan()} says what
     * Easel understood). Raises a {@link ScriptError} saying what to fix when the edit is refused;
     * nothing is queued then. May be called again to run the same edit once more.
     */
    public ScriptJob start() {
        EditRequest request = toRequest();
        ScriptJob job = new ScriptJob(edits, owner);
        try {
            edits.submit(request, owner, job);
        } catch (EditRejected e) {
            throw new ScriptError(e.code(), e.getMessage());
        } catch (ClarificationNeeded e) {
            throw ScriptError.clarify(e);
        }
        return job;
    }

    private EditRequest toRequest() {
        if (image == null || image.bytes() == null) {
            throw new ScriptError(ErrorCode.BAD_REQUEST, "The edit has no image: call image(width, height, format, "
                    + "pixels) or image(x, y, width, height, format, pixels) before start().");
        }
        if (selection != null && selection.bytes() == null) {
            throw new ScriptError(ErrorCode.BAD_REQUEST, "The selection has no mask bytes: pass one byte per pixel "
                    + "(0 = unselected, 255 = selected), or leave selection(...) out to edit the whole image.");
        }
        try {
            return parser.parse(message());
        } catch (ProtocolException e) {
            throw new ScriptError(e.code(), e.getMessage());
        }
    }

    /** The socket protocol's edit message for this edit (PROTOCOL.md, "edit"). */
    private Frame message() {
        List<byte[]> attachments = new ArrayList<>();
        JsonObjectBuilder conversation = Jsons.createObjectBuilder();
        addIfPresent(conversation, "id", conversationId);
        addIfPresent(conversation, "title", title);
        JsonObjectBuilder header = Jsons.createObjectBuilder()
                .add(Messages.TYPE, Messages.EDIT).add(Messages.ID, "script")
                .add("conversation", conversation);
        addIfPresent(header, "instruction", instruction);
        header.add("canvas", Jsons.createObjectBuilder()
                .add("width", canvasWidth != null ? canvasWidth : image.x() + image.width())
                .add("height", canvasHeight != null ? canvasHeight : image.y() + image.height()));
        header.add("image", image.descriptor(attachments.size()));
        attachments.add(image.bytes());
        if (selection != null) {
            header.add("selection", selection.descriptor(attachments.size()));
            attachments.add(selection.bytes());
        }
        JsonObjectBuilder optionValues = Jsons.createObjectBuilder();
        options.forEach(optionValues::add);
        header.add("options", optionValues);
        JsonArrayBuilder lengths = Jsons.createArrayBuilder();
        attachments.forEach(a -> lengths.add(a.length));
        header.add(Messages.ATTACHMENTS, lengths);
        return new Frame(header.build(), attachments);
    }

    /** Py4J passes Python's None as null; a missing member gets the parser's "is required" message. */
    private static void addIfPresent(JsonObjectBuilder json, String member, String value) {
        if (value != null) {
            json.add(member, value);
        }
    }
}
