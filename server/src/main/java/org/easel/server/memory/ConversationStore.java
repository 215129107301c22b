package org.easel.server.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easel.protocol.PixelFormat;

/**
 * Each document's conversation, kept across daemon restarts: metadata in an SQLite database,
 * pixels in an {@link ImageStore}, both under the state directory.
 *
 * <p>A turn is written in one transaction after its images are in place, so a crash or a kill -9
 * leaves either the whole turn or none of it, and never touches earlier turns (WAL mode).
 */
public final class ConversationStore implements AutoCloseable {
    private static final String EDITED = "edited";
    private static final String SELECTION = "selection";
    private static final String RESULT = "result";

    private final Connection db;
    private final ImageStore images;

    private ConversationStore(Connection db, ImageStore images) {
        this.db = db;
        this.images = images;
    }

    /** Opens (creating on first use) the memory in {@code dir}: {@code conversations.db} and {@code images/}. */
    public static ConversationStore open(Path dir) throws MemoryException {
        try {
            Files.createDirectories(dir);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("conversations.db"));
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode: a killed daemon never loses or tears a committed turn; only a
                // power loss may drop the last turns. FULL would fsync on every turn.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            ConversationStore store = new ConversationStore(db, new ImageStore(dir.resolve("images")));
            MemorySchema.migrate(db);
            return store;
        } catch (IOException | SQLException e) {
            throw new MemoryException("Cannot open the conversation memory in " + dir + ": " + e.getMessage()
                    + ". Check that the disk is not full and that the state directory can be written.", e);
        }
    }

    public ImageStore images() {
        return images;
    }

    /**
     * Records a finished turn, numbering it after the conversation's last. Its images must
     * already be in {@link #images()}.
     */
    public synchronized TurnRecord record(String conversationId, Optional<String> title, TurnRecord turn)
            throws MemoryException {
        try {
            return transaction(() -> {
                upsertConversation(conversationId, title);
                int number = nextTurnNumber(conversationId);
                TurnRecord numbered = turn.numbered(number);
                insertTurn(conversationId, numbered);
                return numbered;
            });
        } catch (SQLException e) {
            throw new MemoryException("Could not save the turn to the conversation memory: " + e.getMessage()
                    + ". Earlier turns are intact; check free disk space.", e);
        }
    }

    public synchronized Optional<ConversationRecord> conversation(String conversationId) throws MemoryException {
        try (PreparedStatement q = db.prepareStatement("SELECT title, style FROM conversations WHERE id = ?")) {
            q.setString(1, conversationId);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ConversationRecord(conversationId, Optional.ofNullable(r.getString(1)),
                        Optional.ofNullable(r.getString(2)), turns(conversationId)));
            }
        } catch (SQLException e) {
            throw new MemoryException("Could not read the conversation memory: " + e.getMessage(), e);
        }
    }

    /** Sets or clears (empty) the style that later turns of the conversation keep. */
    public synchronized void setStyle(String conversationId, Optional<String> style) throws MemoryException {
        try {
            transaction(() -> {
                upsertConversation(conversationId, Optional.empty());
                try (PreparedStatement u = db.prepareStatement("UPDATE conversations SET style = ? WHERE id = ?")) {
                    u.setString(1, style.orElse(null));
                    u.setString(2, conversationId);
                    u.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new MemoryException("Could not save the style: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the conversation's stored pixels under {@code maxBytes} by dropping the oldest images
     * first; the turns stay, their images marked pruned. Images another conversation or the
     * latest turn uses are kept. Returns how many images were pruned.
     */
    public synchronized int enforceLimit(String conversationId, long maxBytes) throws MemoryException {
        try {
            Map<String, Integer> firstUse = new LinkedHashMap<>();
            int latest = 0;
            try (PreparedStatement q = db.prepareStatement("""
                    SELECT ti.image_id, ti.turn FROM turn_images ti JOIN images i ON i.id = ti.image_id
                    WHERE ti.conversation_id = ? AND i.pruned = 0 ORDER BY ti.turn, ti.position""")) {
                q.setString(1, conversationId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        firstUse.putIfAbsent(r.getString(1), r.getInt(2));
                        latest = Math.max(latest, r.getInt(2));
                    }
                }
            }
            long total = firstUse.keySet().stream().mapToLong(images::sizeOnDisk).sum();
            int pruned = 0;
            for (Map.Entry<String, Integer> image : firstUse.entrySet()) {
                if (total <= maxBytes) {
                    break;
                }
                if (usedByLatestTurn(conversationId, image.getKey(), latest) || usedElsewhere(conversationId, image.getKey())) {
                    continue;
                }
                long size = images.sizeOnDisk(image.getKey());
                markPruned(image.getKey());
                images.delete(image.getKey());
                total -= size;
                pruned++;
            }
            return pruned;
        } catch (SQLException | IOException e) {
            throw new MemoryException("Could not apply the memory size limit: " + e.getMessage(), e);
        }
    }

    /** Replaces (or creates) a whole conversation in one transaction; used by import. */
    synchronized void replace(ConversationRecord conversation) throws MemoryException {
        try {
            transaction(() -> {
                try (PreparedStatement d = db.prepareStatement("DELETE FROM conversations WHERE id = ?")) {
                    d.setString(1, conversation.id());
                    d.executeUpdate();
                }
                upsertConversation(conversation.id(), conversation.title());
                try (PreparedStatement u = db.prepareStatement("UPDATE conversations SET style = ? WHERE id = ?")) {
                    u.setString(1, conversation.style().orElse(null));
                    u.setString(2, conversation.id());
                    u.executeUpdate();
                }
                for (TurnRecord turn : conversation.turns()) {
                    insertTurn(conversation.id(), turn);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new MemoryException("Could not import the conversation: " + e.getMessage()
                    + ". The memory is unchanged.", e);
        }
    }

    private List<TurnRecord> turns(String conversationId) throws SQLException {
        List<TurnRecord> turns = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT number, instruction, plan, parameters, status, job_id, message, started_at, duration_ms,
                       canvas_width, canvas_height FROM turns WHERE conversation_id = ? ORDER BY number""")) {
            q.setString(1, conversationId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    int number = r.getInt(1);
                    Map<String, List<PlacedImage>> images = turnImages(conversationId, number);
                    turns.add(new TurnRecord(number, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), Instant.parse(r.getString(8)), r.getLong(9), r.getInt(10),
                            r.getInt(11), images.get(EDITED).stream().findFirst(),
                            images.get(SELECTION).stream().findFirst(), images.get(RESULT)));
                }
            }
        }
        return turns;
    }

    /** The turn's images by role, in order. */
    private Map<String, List<PlacedImage>> turnImages(String conversationId, int turn) throws SQLException {
        Map<String, List<PlacedImage>> byRole = Map.of(EDITED, new ArrayList<>(), SELECTION, new ArrayList<>(),
                RESULT, new ArrayList<>());
        try (PreparedStatement q = db.prepareStatement("""
                SELECT ti.role, ti.name, ti.x, ti.y, i.id, i.width, i.height, i.format, i.pruned
                FROM turn_images ti JOIN images i ON i.id = ti.image_id
                WHERE ti.conversation_id = ? AND ti.turn = ? ORDER BY ti.position""")) {
            q.setString(1, conversationId);
            q.setInt(2, turn);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    StoredImage image = new StoredImage(r.getString(5), r.getInt(6), r.getInt(7),
                            PixelFormat.fromWireName(r.getString(8)).orElseThrow(), r.getInt(9) != 0);
                    byRole.get(r.getString(1)).add(new PlacedImage(r.getString(2), image, r.getInt(3), r.getInt(4)));
                }
            }
        }
        return byRole;
    }

    private void upsertConversation(String id, Optional<String> title) throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement u = db.prepareStatement("""
                INSERT INTO conversations(id, title, created_at, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = COALESCE(excluded.title, title), updated_at = excluded.updated_at""")) {
            u.setString(1, id);
            u.setString(2, title.orElse(null));
            u.setString(3, now);
            u.setString(4, now);
            u.executeUpdate();
        }
    }

    private int nextTurnNumber(String conversationId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM turns WHERE conversation_id = ?")) {
            q.setString(1, conversationId);
            try (ResultSet r = q.executeQuery()) {
                return r.getInt(1);
            }
        }
    }

    private void insertTurn(String conversationId, TurnRecord turn) throws SQLException {
        try (PreparedStatement t = db.prepareStatement("""
                INSERT INTO turns(conversation_id, number, instruction, plan, parameters, status, job_id, message,
                                  started_at, duration_ms, canvas_width, canvas_height)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            t.setString(1, conversationId);
            t.setInt(2, turn.number());
            t.setString(3, turn.instruction());
            t.setString(4, turn.planJson());
            t.setString(5, turn.parametersJson());
            t.setString(6, turn.status());
            t.setString(7, turn.jobId());
            t.setString(8, turn.message());
            t.setString(9, turn.startedAt().toString());
            t.setLong(10, turn.durationMillis());
            t.setInt(11, turn.canvasWidth());
            t.setInt(12, turn.canvasHeight());
            t.executeUpdate();
        }
        int position = 0;
        if (turn.edited().isPresent()) {
            insertTurnImage(conversationId, turn.number(), position++, EDITED, turn.edited().get());
        }
        if (turn.selection().isPresent()) {
            insertTurnImage(conversationId, turn.number(), position++, SELECTION, turn.selection().get());
        }
        for (PlacedImage result : turn.results()) {
            insertTurnImage(conversationId, turn.number(), position++, RESULT, result);
        }
    }

    private void insertTurnImage(String conversationId, int turn, int position, String role, PlacedImage placed)
            throws SQLException {
        StoredImage image = placed.image();
        boolean pruned = !images.contains(image.id());
        try (PreparedStatement i = db.prepareStatement("""
                INSERT INTO images(id, width, height, format, pruned) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET pruned = excluded.pruned""")) {
            i.setString(1, image.id());
            i.setInt(2, image.width());
            i.setInt(3, image.height());
            i.setString(4, image.format().wireName());
            i.setInt(5, pruned ? 1 : 0);
            i.executeUpdate();
        }
        try (PreparedStatement ti = db.prepareStatement("""
                INSERT INTO turn_images(conversation_id, turn, position, role, name, image_id, x, y)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ti.setString(1, conversationId);
            ti.setInt(2, turn);
            ti.setInt(3, position);
            ti.setString(4, role);
            ti.setString(5, placed.name());
            ti.setString(6, image.id());
            ti.setInt(7, placed.x());
            ti.setInt(8, placed.y());
            ti.executeUpdate();
        }
    }

    private boolean usedByLatestTurn(String conversationId, String imageId, int latest) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT 1 FROM turn_images WHERE conversation_id = ? AND turn = ? AND image_id = ?")) {
            q.setString(1, conversationId);
            q.setInt(2, latest);
            q.setString(3, imageId);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    private boolean usedElsewhere(String conversationId, String imageId) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT 1 FROM turn_images WHERE conversation_id <> ? AND image_id = ? LIMIT 1")) {
            q.setString(1, conversationId);
            q.setString(2, imageId);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    private void markPruned(String imageId) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("UPDATE images SET pruned = 1 WHERE id = ?")) {
            u.setString(1, imageId);
            u.executeUpdate();
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(SqlWork<T> work) throws SQLException {
        db.setAutoCommit(false);
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing at shutdown: WAL replay on the next open covers anything unflushed
        }
    }
}
