package org.easel.protocol.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.easel.protocol.Jsons;
import org.easel.protocol.PixelFormat;

/**
 * One {@code edit} request (PROTOCOL.md section 4): the conversation, what to do (an instruction,
 * or the number of an earlier turn to re-apply), the canvas, the image and an optional a8
 * selection mask, and the options ({@code seed}, {@code engine}, {@code model}, …).
 */
public record EditRequest(String conversation, Optional<String> title, Optional<String> instruction, OptionalInt reapply,
                          int canvasWidth, int canvasHeight, WireImage image, Optional<WireImage> selection,
                          JsonObject options) {

    public EditRequest {
        Objects.requireNonNull(conversation, "conversation");
        if (conversation.isEmpty() || conversation.length() > 128) {
            throw new IllegalArgumentException("the conversation id must have 1 to 128 characters, not " + conversation.length());
        }
        if (instruction.isEmpty() && reapply.isEmpty()) {
            throw new IllegalArgumentException("an edit needs an instruction or a turn to re-apply");
        }
        instruction.ifPresent(text -> {
            if (text.isBlank() || text.length() > 4000) {
                throw new IllegalArgumentException("the instruction must have 1 to 4000 characters");
            }
        });
        if (canvasWidth < 1 || canvasHeight < 1) {
            throw new IllegalArgumentException("the canvas must be at least 1×1, not " + canvasWidth + "×" + canvasHeight);
        }
        if (image.format() == PixelFormat.A8) {
            throw new IllegalArgumentException("the image cannot be a8 (a8 is for selection masks)");
        }
        selection.ifPresent(mask -> {
            if (mask.format() != PixelFormat.A8) {
                throw new IllegalArgumentException("the selection must be an a8 mask, not " + mask.format().wireName());
            }
        });
        Objects.requireNonNull(options, "options");
    }

    /** An instruction on a whole image that is the canvas. */
    public static EditRequest of(String conversation, String instruction, WireImage image) {
        return new EditRequest(conversation, Optional.empty(), Optional.of(instruction), OptionalInt.empty(),
                image.width(), image.height(), image, Optional.empty(), JsonObject.EMPTY_JSON_OBJECT);
    }

    public EditRequest withInstruction(String text) {
        return new EditRequest(conversation, title, Optional.of(text), reapply, canvasWidth, canvasHeight, image, selection, options);
    }

    public EditRequest withReapply(int turn) {
        return new EditRequest(conversation, title, instruction, OptionalInt.of(turn), canvasWidth, canvasHeight, image, selection,
                options);
    }

    public EditRequest withTitle(String name) {
        return new EditRequest(conversation, Optional.of(name), instruction, reapply, canvasWidth, canvasHeight, image, selection,
                options);
    }

    public EditRequest withSelection(WireImage mask) {
        return new EditRequest(conversation, title, instruction, reapply, canvasWidth, canvasHeight, image, Optional.of(mask),
                options);
    }

    public EditRequest withOptions(JsonObject newOptions) {
        return new EditRequest(conversation, title, instruction, reapply, canvasWidth, canvasHeight, image, selection, newOptions);
    }

    JsonObject header(String id) {
        JsonObjectBuilder conversationJson = Jsons.createObjectBuilder().add("id", conversation);
        title.ifPresent(t -> conversationJson.add("title", t));
        JsonObjectBuilder h = Jsons.createObjectBuilder().add("type", "edit").add("id", id).add("conversation", conversationJson);
        instruction.ifPresent(text -> h.add("instruction", text));
        reapply.ifPresent(turn -> h.add("reapply", turn));
        h.add("canvas", Jsons.createObjectBuilder().add("width", canvasWidth).add("height", canvasHeight));
        h.add("image", image.descriptor(0));
        selection.ifPresent(mask -> h.add("selection", mask.descriptor(1)));
        if (!options.isEmpty()) {
            h.add("options", options);
        }
        return h.build();
    }

    java.util.List<byte[]> attachments() {
        return selection.map(mask -> java.util.List.of(image.pixels(), mask.pixels())).orElse(java.util.List.of(image.pixels()));
    }
}
