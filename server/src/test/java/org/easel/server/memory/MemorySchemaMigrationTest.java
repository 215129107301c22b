package org.easel.server.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.easel.server.users.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memory written before users existed (schema 1) keeps every conversation when it is upgraded. */
class MemorySchemaMigrationTest {
    @TempDir
    Path dir;

    /** The tables exactly as Easel wrote them at schema version 1, with one conversation of one turn. */
    private void writeVersionOneMemory() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("conversations.db"));
             Statement s = db.createStatement()) {
            s.execute("CREATE TABLE conversations(id TEXT PRIMARY KEY, title TEXT, style TEXT, "
                    + "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)");
            s.execute("CREATE TABLE images(id TEXT PRIMARY KEY, width INTEGER NOT NULL, height INTEGER NOT NULL, "
                    + "format TEXT NOT NULL, pruned INTEGER NOT NULL DEFAULT 0)");
            s.execute("CREATE TABLE turns(conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, "
                    + "number INTEGER NOT NULL, instruction TEXT NOT NULL, plan TEXT NOT NULL, parameters TEXT NOT NULL, "
                    + "status TEXT NOT NULL, job_id TEXT NOT NULL, message TEXT NOT NULL, started_at TEXT NOT NULL, "
                    + "duration_ms INTEGER NOT NULL, canvas_width INTEGER NOT NULL, canvas_height INTEGER NOT NULL, "
                    + "PRIMARY KEY(conversation_id, number))");
            s.execute("CREATE TABLE turn_images(conversation_id TEXT NOT NULL, turn INTEGER NOT NULL, "
                    + "position INTEGER NOT NULL, role TEXT NOT NULL CHECK(role IN ('edited','selection','result')), "
                    + "name TEXT, image_id TEXT NOT NULL REFERENCES images(id), x INTEGER NOT NULL, y INTEGER NOT NULL, "
                    + "PRIMARY KEY(conversation_id, turn, position), FOREIGN KEY(conversation_id, turn) "
                    + "REFERENCES turns(conversation_id, number) ON DELETE CASCADE)");
            s.execute("INSERT INTO conversations VALUES ('krita:old', 'old.kra', 'watercolour', "
                    + "'2026-01-01T10:00:00Z', '2026-01-01T10:05:00Z')");
            s.execute("INSERT INTO turns VALUES ('krita:old', 1, 'make it warmer', '{\"summary\":\"Warmer\"}', '{}', "
                    + "'done', 'j-1', 'Made it warmer.', '2026-01-01T10:05:00Z', 120, 64, 48)");
            s.execute("PRAGMA user_version=1");
        }
    }

    @Test
    void upgradingKeepsTheConversationAndAddsTheUsers() throws Exception {
        writeVersionOneMemory();
        try (ConversationStore store = ConversationStore.open(dir)) {
            ConversationRecord old = store.conversation("krita:old").orElseThrow();
            assertEquals("old.kra", old.title().orElseThrow());
            assertEquals("watercolour", old.style().orElseThrow());
            assertEquals(1, old.turns().size());
            assertEquals("make it warmer", old.turns().get(0).instruction());
            assertEquals(64, old.turns().get(0).canvasWidth());
        }
        try (UserStore users = UserStore.open(dir)) {
            users.add("bob"); // the new table is there and usable
            assertEquals(1, users.list().size());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("conversations.db"));
             Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            assertEquals(MemorySchema.VERSION, r.getInt(1));
        }
        // Opened again (as every daemon start does): nothing runs twice, nothing is lost.
        try (ConversationStore store = ConversationStore.open(dir); UserStore users = UserStore.open(dir)) {
            assertTrue(store.conversation("krita:old").isPresent());
            assertEquals(1, users.list().size());
        }
    }

    @Test
    void aMemoryFromANewerEaselIsRefusedUntouched() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("conversations.db"));
             Statement s = db.createStatement()) {
            s.execute("PRAGMA user_version=" + (MemorySchema.VERSION + 1));
        }
        MemoryException e = org.junit.jupiter.api.Assertions.assertThrows(MemoryException.class,
                () -> ConversationStore.open(dir));
        assertTrue(e.getMessage().contains("newer Easel"), e.getMessage());
    }
}
