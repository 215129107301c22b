package org.easel.server.memory;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.easel.protocol.PixelFormat;

/**
 * A whole conversation (turns and the images they still have) as one file, so a plugin can keep
 * it inside the document and the conversation travels with it. The file is a zip holding
 * {@code conversation.json} and {@code images/<id>.px} (raw pixels); image ids are content
 * addresses, so an import checks every image against its id.
 */
public final class ConversationArchive {
    static final String FORMAT = "easel-conversation";
    static final int VERSION = 1;
    private static final String MANIFEST = "conversation.json";

    private final ConversationStore store;
    private final long maxImportBytes;

    public ConversationArchive(ConversationStore store, long maxImportBytes) {
        this.store = store;
        this.maxImportBytes = maxImportBytes;
    }

    /** The conversation as an archive; empty when the memory has no such conversation. */
    public Optional<byte[]> export(String conversationId) throws MemoryException {
        Optional<ConversationRecord> found = store.conversation(conversationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConversationRecord conversation = found.get();
        Map<String, StoredImage> used = new LinkedHashMap<>();
        conversation.turns().forEach(t -> {
            t.edited().ifPresent(p -> used.put(p.image().id(), p.image()));
            t.selection().ifPresent(p -> used.put(p.image().id(), p.image()));
            t.results().forEach(p -> used.put(p.image().id(), p.image()));
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(conversation, used.values()).toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (StoredImage image : used.values()) {
                if (!image.pruned() && store.images().contains(image.id())) {
                    zip.putNextEntry(new ZipEntry("images/" + image.id() + ".px"));
                    zip.write(store.images().read(image));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new MemoryException("Could not export the conversation: " + e.getMessage(), e);
        }
        return Optional.of(bytes.toByteArray());
    }

    /**
     * Replaces the conversation {@code asId} (or the archive's own id) with the archive's
     * contents. Nothing changes unless the whole archive is valid.
     */
    public ConversationRecord importArchive(byte[] archive, Optional<String> asId) throws MemoryException {
        JsonObject manifest = null;
        Map<String, byte[]> pixels = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] content = readLimited(zip, maxImportBytes - total);
                total += content.length;
                if (entry.getName().equals(MANIFEST)) {
                    manifest = Json.createReader(new StringReader(new String(content, StandardCharsets.UTF_8))).readObject();
                } else if (entry.getName().matches("images/[0-9a-f]{64}\\.px")) {
                    pixels.put(entry.getName().substring(7, 71), content);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw invalid("it is not a readable conversation archive (" + e.getMessage() + ")");
        }
        if (manifest == null || !FORMAT.equals(manifest.getString("format", "")) || manifest.getInt("version", -1) != VERSION) {
            throw invalid("it is not a version " + VERSION + " Easel conversation archive");
        }
        try {
            Map<String, StoredImage> images = storeImages(manifest, pixels);
            ConversationRecord conversation = conversation(manifest, asId, images);
            store.replace(conversation);
            return store.conversation(conversation.id()).orElseThrow();
        } catch (IOException e) {
            throw new MemoryException("Could not store the imported images: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw invalid("its conversation.json is malformed (" + e.getMessage() + ")");
        }
    }

    private Map<String, StoredImage> storeImages(JsonObject manifest, Map<String, byte[]> pixels)
            throws IOException, MemoryException {
        Map<String, StoredImage> images = new HashMap<>();
        for (JsonValue value : manifest.getJsonArray("images")) {
            JsonObject o = value.asJsonObject();
            String id = o.getString("id");
            int width = o.getInt("width");
            int height = o.getInt("height");
            PixelFormat format = PixelFormat.fromWireName(o.getString("format"))
                    .orElseThrow(() -> new IllegalArgumentException("unknown format " + o.getString("format")));
            byte[] data = pixels.get(id);
            if (data == null) {
                images.put(id, new StoredImage(id, width, height, format, true));
                continue;
            }
            if (!ImageStore.idOf(width, height, format, data).equals(id)) {
                throw invalid("image " + id + " does not match its content (the file is damaged)");
            }
            images.put(id, store.images().put(width, height, format, data));
        }
        return images;
    }

    private static ConversationRecord conversation(JsonObject manifest, Optional<String> asId,
                                                   Map<String, StoredImage> images) {
        List<TurnRecord> turns = new ArrayList<>();
        for (JsonValue value : manifest.getJsonArray("turns")) {
            JsonObject t = value.asJsonObject();
            Optional<PlacedImage> edited = optionalPlaced(t, "edited", images);
            Optional<PlacedImage> selection = optionalPlaced(t, "selection", images);
            List<PlacedImage> results = t.getJsonArray("results").stream()
                    .map(r -> placed(r.asJsonObject(), images)).toList();
            turns.add(new TurnRecord(t.getInt("turn"), t.getString("instruction"), t.get("plan").toString(),
                    t.get("parameters").toString(), t.getString("status"), t.getString("job"),
                    t.getString("message"), Instant.parse(t.getString("startedAt")),
                    t.getJsonNumber("durationMs").longValue(), t.getJsonObject("canvas").getInt("width"),
                    t.getJsonObject("canvas").getInt("height"), edited, selection, results));
        }
        return new ConversationRecord(asId.orElse(manifest.getString("id")), optionalString(manifest, "title"),
                optionalString(manifest, "style"), turns);
    }

    private static Optional<PlacedImage> optionalPlaced(JsonObject turn, String member, Map<String, StoredImage> images) {
        return turn.containsKey(member) && turn.get(member) != JsonValue.NULL
                ? Optional.of(placed(turn.getJsonObject(member), images)) : Optional.empty();
    }

    private static PlacedImage placed(JsonObject o, Map<String, StoredImage> images) {
        StoredImage image = images.get(o.getString("image"));
        if (image == null) {
            throw new IllegalArgumentException("a turn names image " + o.getString("image") + " which the archive does not list");
        }
        return new PlacedImage(optionalString(o, "name").orElse(null), image, o.getInt("x"), o.getInt("y"));
    }

    private static JsonObject manifest(ConversationRecord conversation, Iterable<StoredImage> images) {
        JsonArrayBuilder turns = Json.createArrayBuilder();
        for (TurnRecord t : conversation.turns()) {
            JsonObjectBuilder turn = Json.createObjectBuilder().add("turn", t.number())
                    .add("instruction", t.instruction())
                    .add("plan", Json.createReader(new StringReader(t.planJson())).readValue())
                    .add("parameters", Json.createReader(new StringReader(t.parametersJson())).readValue())
                    .add("status", t.status()).add("job", t.jobId()).add("message", t.message())
                    .add("startedAt", t.startedAt().toString()).add("durationMs", t.durationMillis())
                    .add("canvas", Json.createObjectBuilder().add("width", t.canvasWidth()).add("height", t.canvasHeight()));
            t.edited().ifPresent(e -> turn.add("edited", placedJson(e)));
            t.selection().ifPresent(e -> turn.add("selection", placedJson(e)));
            JsonArrayBuilder results = Json.createArrayBuilder();
            t.results().forEach(r -> results.add(placedJson(r)));
            turns.add(turn.add("results", results));
        }
        JsonArrayBuilder imageList = Json.createArrayBuilder();
        for (StoredImage image : images) {
            imageList.add(Json.createObjectBuilder().add("id", image.id()).add("width", image.width())
                    .add("height", image.height()).add("format", image.format().wireName()));
        }
        JsonObjectBuilder m = Json.createObjectBuilder().add("format", FORMAT).add("version", VERSION)
                .add("id", conversation.id());
        conversation.title().ifPresent(title -> m.add("title", title));
        conversation.style().ifPresent(style -> m.add("style", style));
        return m.add("turns", turns).add("images", imageList).build();
    }

    private static JsonObjectBuilder placedJson(PlacedImage p) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (p.name() != null) {
            b.add("name", p.name());
        }
        return b.add("image", p.image().id()).add("x", p.x()).add("y", p.y());
    }

    private static Optional<String> optionalString(JsonObject o, String member) {
        return o.containsKey(member) && o.get(member).getValueType() == JsonValue.ValueType.STRING
                ? Optional.of(o.getString(member)) : Optional.empty();
    }

    /** Reads one zip entry, refusing to inflate past the budget (a zip bomb stays a small error). */
    private byte[] readLimited(ZipInputStream zip, long budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = zip.read(buffer)) > 0) {
            if (out.size() + n > budget) {
                throw new IOException("it unpacks to more than " + maxImportBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static MemoryException invalid(String why) {
        return new MemoryException("The conversation could not be imported: " + why + ". The memory is unchanged.");
    }
}
