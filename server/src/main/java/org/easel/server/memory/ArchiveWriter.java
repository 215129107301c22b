package org.easel.server.memory;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.easel.protocol.Jsons;

/**
 * Writes a conversation archive: {@code conversation.json} first (so a reader can compare copies
 * before inflating any pixels), then {@code images/<id>.px} for the images whose pixels travel,
 * then {@code previews/<id>.rgba} for result layers that travel without their pixels.
 */
final class ArchiveWriter {
    static final String FORMAT = "easel-conversation";
    static final int VERSION = 1;
    static final String MANIFEST = "conversation.json";
    static final String IMAGES = "images/";
    static final String PREVIEWS = "previews/";

    private final ImageStore images;

    ArchiveWriter(ImageStore images) {
        this.images = images;
    }

    /**
     * @param used     every image the conversation's turns name, each listed once
     * @param withPixels the ids whose pixels go into the file
     * @param previews previews by image id, for images that go without pixels
     */
    byte[] write(ConversationRecord conversation, Collection<StoredImage> used, Set<String> withPixels,
                 Map<String, Preview> previews) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // Pixels are mostly incompressible noise or flat paint: the fastest level keeps most
            // of the gain and is what keeps saving a document quick.
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(conversation, used, previews).toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (StoredImage image : used) {
                if (withPixels.contains(image.id())) {
                    zip.putNextEntry(new ZipEntry(IMAGES + image.id() + ".px"));
                    zip.write(images.read(image));
                    zip.closeEntry();
                }
            }
            for (Map.Entry<String, Preview> preview : previews.entrySet()) {
                zip.putNextEntry(new ZipEntry(PREVIEWS + preview.getKey() + ".rgba"));
                zip.write(preview.getValue().rgba());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static JsonObject manifest(ConversationRecord conversation, Collection<StoredImage> images,
                               Map<String, Preview> previews) {
        JsonArrayBuilder turns = Jsons.createArrayBuilder();
        for (TurnRecord t : conversation.turns()) {
            JsonObjectBuilder turn = Jsons.createObjectBuilder().add("turn", t.number())
                    .add("instruction", t.instruction())
                    .add("plan", Jsons.createReader(new StringReader(t.planJson())).readValue())
                    .add("parameters", Jsons.createReader(new StringReader(t.parametersJson())).readValue())
                    .add("status", t.status()).add("job", t.jobId()).add("message", t.message())
                    .add("startedAt", t.startedAt().toString()).add("durationMs", t.durationMillis())
                    .add("canvas", Jsons.createObjectBuilder().add("width", t.canvasWidth()).add("height", t.canvasHeight()));
            t.edited().ifPresent(e -> turn.add("edited", placedJson(e)));
            t.selection().ifPresent(e -> turn.add("selection", placedJson(e)));
            JsonArrayBuilder results = Jsons.createArrayBuilder();
            t.results().forEach(r -> results.add(placedJson(r)));
            turns.add(turn.add("results", results));
        }
        JsonArrayBuilder imageList = Jsons.createArrayBuilder();
        for (StoredImage image : images) {
            JsonObjectBuilder entry = Jsons.createObjectBuilder().add("id", image.id()).add("width", image.width())
                    .add("height", image.height()).add("format", image.format().wireName());
            Preview preview = previews.get(image.id());
            if (preview != null) {
                entry.add("preview", Jsons.createObjectBuilder().add("width", preview.width()).add("height", preview.height()));
            }
            imageList.add(entry);
        }
        JsonObjectBuilder m = Jsons.createObjectBuilder().add("format", FORMAT).add("version", VERSION)
                .add("id", conversation.id());
        conversation.title().ifPresent(title -> m.add("title", title));
        conversation.style().ifPresent(style -> m.add("style", style));
        return m.add("turns", turns).add("images", imageList).build();
    }

    private static JsonObjectBuilder placedJson(PlacedImage p) {
        JsonObjectBuilder b = Jsons.createObjectBuilder();
        if (p.name() != null) {
            b.add("name", p.name());
        }
        return b.add("image", p.image().id()).add("x", p.x()).add("y", p.y());
    }
}
