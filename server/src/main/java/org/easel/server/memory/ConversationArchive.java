package org.easel.server.memory;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.easel.protocol.Jsons;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;

/**
 * A whole conversation (turns and the images they still have) as one file, so a plugin can keep
 * it inside the document and the conversation travels with it. The file is a zip holding
 * {@code conversation.json}, {@code images/<id>.px} (raw pixels) and {@code previews/<id>.rgba}
 * (small previews of result layers whose pixels were left out to respect a size cap); image ids
 * are content addresses, so an import checks every image against its id.
 */
public final class ConversationArchive {
    /** Zip bookkeeping per entry (local header, central directory, name), generously. */
    private static final int ENTRY_OVERHEAD = 200;

    private final ConversationStore store;
    private final long maxImportBytes;
    private final UnaryOperator<Raster> thumbnails;
    private final ArchiveWriter writer;

    /**
     * @param thumbnails makes the rgba8 preview of a result layer that travels without its pixels
     */
    public ConversationArchive(ConversationStore store, long maxImportBytes, UnaryOperator<Raster> thumbnails) {
        this.store = store;
        this.maxImportBytes = maxImportBytes;
        this.thumbnails = thumbnails;
        this.writer = new ArchiveWriter(store.images());
    }

    /** An archive and the turns whose pixels it left out (their plans and previews are in). */
    public record Exported(byte[] archive, List<Integer> turnsWithoutPixels) {
    }

    /**
     * What an import did: the conversation as the daemon now has it, how the copies compared
     * (empty for an unconditional import), and why it was or was not replaced.
     */
    public record ImportOutcome(ConversationRecord conversation, boolean imported,
                                Optional<CopyComparison.Verdict> verdict, String reason) {
    }

    /** The whole conversation as an archive; empty when the memory has no such conversation. */
    public Optional<byte[]> export(String conversationId) throws MemoryException {
        return export(conversationId, Long.MAX_VALUE).map(Exported::archive);
    }

    /**
     * The conversation as an archive of at most {@code maxBytes}: the newest turns keep their
     * pixels whole, older ones keep their plans and previews of their results. Empty when the
     * memory has no such conversation; a MemoryException when even the turns alone exceed it.
     */
    public Optional<Exported> export(String conversationId, long maxBytes) throws MemoryException {
        return export(conversationId, maxBytes, conversationId);
    }

    /**
     * As {@link #export(String, long)}, writing {@code idInArchive} as the conversation's id: the id
     * its user knows, where the memory keeps it under another key (a user's namespace).
     */
    public Optional<Exported> export(String conversationId, long maxBytes, String idInArchive) throws MemoryException {
        Optional<ConversationRecord> found = store.conversation(conversationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConversationRecord conversation = new ConversationRecord(idInArchive, found.get().title(), found.get().style(),
                found.get().turns());
        List<StoredImage> used = usedImages(conversation.turns());
        try {
            int keep = turnsThatFit(conversation, used, maxBytes);
            boolean withPreviews = true;
            while (true) {
                Set<String> withPixels = pixelsOfNewest(conversation.turns(), keep);
                Map<String, Preview> previews = withPreviews ? previews(conversation.turns(), withPixels) : Map.of();
                byte[] archive = writer.write(conversation, used, withPixels, previews);
                if (archive.length <= maxBytes) {
                    return Optional.of(new Exported(archive, turnsWithoutPixels(conversation.turns(), withPixels)));
                }
                // The estimate was a little optimistic: one turn fewer, then no previews.
                if (keep > 0) {
                    keep--;
                } else if (withPreviews) {
                    withPreviews = false;
                } else {
                    throw new MemoryException("The conversation's " + conversation.turns().size() + " turns take "
                            + archive.length + " bytes even without any pixels, more than the " + maxBytes
                            + " allowed; raise the limit.");
                }
            }
        } catch (IOException e) {
            throw new MemoryException("Could not export the conversation: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the conversation {@code asId} (or the archive's own id) with the archive's
     * contents. Nothing changes unless the whole archive is valid.
     */
    public ConversationRecord importArchive(byte[] archive, Optional<String> asId) throws MemoryException {
        return importArchive(archive, asId, UnaryOperator.identity());
    }

    /**
     * As {@link #importArchive(byte[], Optional)}, storing the conversation under {@code key} of
     * the id it gets (a user's namespace); {@code key} throws IllegalArgumentException for an id
     * it refuses, which refuses the archive.
     */
    public ConversationRecord importArchive(byte[] archive, Optional<String> asId, UnaryOperator<String> key)
            throws MemoryException {
        Contents contents = read(archive);
        return store(contents, asId, key);
    }

    /**
     * Imports the archive only when it is newer than the daemon's copy (see {@link CopyComparison}):
     * the daemon does not know the conversation, or the archive continues it. Otherwise nothing
     * changes and the outcome says why. A damaged or foreign archive is refused whole.
     */
    public ImportOutcome importIfNewer(byte[] archive, Optional<String> asId) throws MemoryException {
        return importIfNewer(archive, asId, UnaryOperator.identity());
    }

    /** As {@link #importIfNewer(byte[], Optional)}, in the namespace {@code key} maps ids into. */
    public ImportOutcome importIfNewer(byte[] archive, Optional<String> asId, UnaryOperator<String> key)
            throws MemoryException {
        Contents contents = read(archive);
        ConversationRecord documentCopy;
        try {
            documentCopy = conversation(contents.manifest(), asId, placeholders(contents.manifest()), key);
        } catch (RuntimeException e) {
            throw malformed(e);
        }
        Optional<ConversationRecord> daemonCopy = store.conversation(documentCopy.id());
        List<TurnRecord> here = daemonCopy.map(ConversationRecord::turns).orElse(List.of());
        int there = documentCopy.turns().size();
        CopyComparison.Verdict verdict = CopyComparison.compare(here, documentCopy.turns());
        String reason = switch (verdict) {
            case UNKNOWN_HERE -> "This daemon did not know the conversation; imported its " + there
                    + " turns from the document.";
            case DOCUMENT_NEWER -> "The document's copy has " + (there - here.size())
                    + " more turns than this daemon's; imported it.";
            case SAME -> "This daemon already has the same " + here.size() + " turns; nothing changed.";
            case DAEMON_NEWER -> "This daemon's copy has " + (here.size() - there)
                    + " more turns than the document's; kept it, nothing changed.";
            case DIVERGED -> "The document's conversation and this daemon's went separate ways (edited on two "
                    + "machines); kept this daemon's, nothing changed.";
        };
        boolean newer = verdict == CopyComparison.Verdict.UNKNOWN_HERE || verdict == CopyComparison.Verdict.DOCUMENT_NEWER;
        return new ImportOutcome(newer ? store(contents, asId, key) : daemonCopy.get(), newer, Optional.of(verdict), reason);
    }

    // ---------------------------------------------------------------- export

    private static List<StoredImage> usedImages(List<TurnRecord> turns) {
        Map<String, StoredImage> used = new LinkedHashMap<>();
        turns.forEach(t -> imagesOf(t).forEach(i -> used.putIfAbsent(i.id(), i)));
        return List.copyOf(used.values());
    }

    private static List<StoredImage> imagesOf(TurnRecord turn) {
        List<StoredImage> images = new ArrayList<>();
        turn.edited().ifPresent(p -> images.add(p.image()));
        turn.selection().ifPresent(p -> images.add(p.image()));
        turn.results().forEach(p -> images.add(p.image()));
        return images;
    }

    private boolean hasPixels(StoredImage image) {
        return !image.pruned() && store.images().contains(image.id());
    }

    /**
     * How many of the newest turns can keep their pixels within {@code maxBytes}, estimated from
     * the stored (deflated, fastest level, as in the archive) sizes; the write checks the result.
     */
    private int turnsThatFit(ConversationRecord conversation, List<StoredImage> used, long maxBytes) {
        long total = ArchiveWriter.manifest(conversation, used, Map.of()).toString().length() + ENTRY_OVERHEAD;
        for (TurnRecord turn : conversation.turns()) {
            total += previewCost(turn);  // until the turn is found to keep its pixels
        }
        Set<String> counted = new HashSet<>();
        List<TurnRecord> turns = conversation.turns();
        int keep = 0;
        for (int i = turns.size() - 1; i >= 0; i--) {
            long cost = -previewCost(turns.get(i));
            for (StoredImage image : imagesOf(turns.get(i))) {
                if (hasPixels(image) && !counted.contains(image.id())) {
                    cost += store.images().sizeOnDisk(image.id()) + ENTRY_OVERHEAD;
                }
            }
            if (total + cost > maxBytes) {
                break;
            }
            total += cost;
            imagesOf(turns.get(i)).forEach(image -> counted.add(image.id()));
            keep++;
        }
        return keep;
    }

    /**
     * Previews are counted at half their raw size (painted previews deflate at least that well
     * as a rule); when the guess is short, the write finds out and keeps one turn fewer.
     */
    private static long previewCost(TurnRecord turn) {
        long cost = 0;
        for (PlacedImage result : turn.results()) {
            double scale = Math.min(1.0, 128.0 / Math.max(result.image().width(), result.image().height()));
            cost += (long) Math.ceil(result.image().width() * scale + 1) * (long) Math.ceil(result.image().height() * scale + 1) * 2
                    + ENTRY_OVERHEAD + 64;
        }
        return cost;
    }

    private Set<String> pixelsOfNewest(List<TurnRecord> turns, int keep) {
        Set<String> ids = new HashSet<>();
        for (int i = turns.size() - keep; i < turns.size(); i++) {
            imagesOf(turns.get(i)).stream().filter(this::hasPixels).forEach(image -> ids.add(image.id()));
        }
        return ids;
    }

    /** Previews of the result layers that travel without pixels, made now or kept from an earlier import. */
    private Map<String, Preview> previews(List<TurnRecord> turns, Set<String> withPixels) throws IOException {
        Map<String, Preview> previews = new LinkedHashMap<>();
        for (TurnRecord turn : turns) {
            for (PlacedImage result : turn.results()) {
                StoredImage image = result.image();
                if (withPixels.contains(image.id()) || previews.containsKey(image.id())) {
                    continue;
                }
                if (hasPixels(image)) {
                    Raster small = thumbnails.apply(new Raster(0, 0, image.width(), image.height(), image.format(),
                            store.images().read(image)));
                    previews.put(image.id(), new Preview(small.width(), small.height(), small.pixels()));
                } else {
                    store.images().preview(image.id()).ifPresent(p -> previews.put(image.id(), p));
                }
            }
        }
        return previews;
    }

    private static List<Integer> turnsWithoutPixels(List<TurnRecord> turns, Set<String> withPixels) {
        return turns.stream().filter(t -> imagesOf(t).stream().anyMatch(i -> !withPixels.contains(i.id())))
                .map(TurnRecord::number).toList();
    }

    // ---------------------------------------------------------------- import

    /** An archive's parts, read and bounded but not yet checked against their ids. */
    private record Contents(JsonObject manifest, Map<String, byte[]> pixels, Map<String, byte[]> previews) {
    }

    private Contents read(byte[] archive) throws MemoryException {
        JsonObject manifest = null;
        Map<String, byte[]> pixels = new HashMap<>();
        Map<String, byte[]> previews = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] content = readLimited(zip, maxImportBytes - total);
                total += content.length;
                String name = entry.getName();
                if (name.equals(ArchiveWriter.MANIFEST)) {
                    manifest = Jsons.createReader(new StringReader(new String(content, StandardCharsets.UTF_8))).readObject();
                } else if (name.matches("images/[0-9a-f]{64}\\.px")) {
                    pixels.put(name.substring(7, 71), content);
                } else if (name.matches("previews/[0-9a-f]{64}\\.rgba")) {
                    previews.put(name.substring(9, 73), content);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw invalid("it is not a readable conversation archive (" + e.getMessage() + ")");
        }
        if (manifest == null || !ArchiveWriter.FORMAT.equals(manifest.getString("format", ""))
                || manifest.getInt("version", -1) != ArchiveWriter.VERSION) {
            throw invalid("it is not a version " + ArchiveWriter.VERSION + " Easel conversation archive");
        }
        return new Contents(manifest, pixels, previews);
    }

    private ConversationRecord store(Contents contents, Optional<String> asId, UnaryOperator<String> key)
            throws MemoryException {
        try {
            Map<String, StoredImage> images = storeImages(contents);
            ConversationRecord conversation = conversation(contents.manifest(), asId, images, key);
            store.replace(conversation);
            return store.conversation(conversation.id()).orElseThrow();
        } catch (IOException e) {
            throw new MemoryException("Could not store the imported images: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    private Map<String, StoredImage> storeImages(Contents contents) throws IOException, MemoryException {
        Map<String, StoredImage> declared = placeholders(contents.manifest());
        // Every image is checked before any is stored: a damaged file stores nothing.
        for (StoredImage image : declared.values()) {
            byte[] data = contents.pixels().get(image.id());
            if (data != null && !ImageStore.idOf(image.width(), image.height(), image.format(), data).equals(image.id())) {
                throw invalid("image " + image.id() + " does not match its content (the file is damaged)");
            }
        }
        Map<String, Preview> previews = previews(contents);
        Map<String, StoredImage> images = new HashMap<>();
        for (StoredImage image : declared.values()) {
            byte[] data = contents.pixels().get(image.id());
            if (data != null) {
                images.put(image.id(), store.images().put(image.width(), image.height(), image.format(), data));
                continue;
            }
            if (previews.containsKey(image.id())) {
                store.images().putPreview(image.id(), previews.get(image.id()));
            }
            images.put(image.id(), image);
        }
        return images;
    }

    /** The previews the manifest announces, checked against their sizes. */
    private Map<String, Preview> previews(Contents contents) throws MemoryException {
        Map<String, Preview> previews = new HashMap<>();
        for (JsonValue value : contents.manifest().getJsonArray("images")) {
            JsonObject o = value.asJsonObject();
            byte[] rgba = contents.previews().get(o.getString("id"));
            if (rgba == null || !o.containsKey("preview")) {
                continue;
            }
            JsonObject size = o.getJsonObject("preview");
            try {
                previews.put(o.getString("id"), new Preview(size.getInt("width"), size.getInt("height"), rgba));
            } catch (IllegalArgumentException e) {
                throw invalid("the preview of image " + o.getString("id") + " is damaged (" + e.getMessage() + ")");
            }
        }
        return previews;
    }

    /** The images the manifest lists, all marked as without pixels until stored. */
    private static Map<String, StoredImage> placeholders(JsonObject manifest) {
        Map<String, StoredImage> images = new LinkedHashMap<>();
        for (JsonValue value : manifest.getJsonArray("images")) {
            JsonObject o = value.asJsonObject();
            PixelFormat format = PixelFormat.fromWireName(o.getString("format"))
                    .orElseThrow(() -> new IllegalArgumentException("unknown format " + o.getString("format")));
            String id = o.getString("id");
            if (!id.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not an image id: " + id);
            }
            images.put(id, new StoredImage(id, o.getInt("width"), o.getInt("height"), format, true));
        }
        return images;
    }

    private static ConversationRecord conversation(JsonObject manifest, Optional<String> asId,
                                                   Map<String, StoredImage> images, UnaryOperator<String> key) {
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
        return new ConversationRecord(key.apply(asId.orElse(manifest.getString("id"))), optionalString(manifest, "title"),
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

    private static MemoryException malformed(RuntimeException e) {
        return invalid("its conversation.json is malformed (" + e.getMessage() + ")");
    }

    private static MemoryException invalid(String why) {
        return new MemoryException("The conversation could not be imported: " + why + ". The memory is unchanged.");
    }
}
