package org.easel.server.memory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of {@code conversations.db} and the steps between their versions. The version is
 * SQLite's {@code user_version}; each step runs once, in one transaction with the new version
 * number, so an interrupted upgrade leaves the previous version whole and runs again next time.
 * Steps only add: nothing stored by an older Easel is rewritten or dropped.
 *
 * <p>Both the conversation memory and the user list ({@code users.UserStore}) open this
 * database, possibly from two processes ({@code easel users add} while the daemon runs); whichever
 * opens it first upgrades it.
 */
public final class MemorySchema {
    /** 1: conversations, turns and their images. 2: the daemon's users (issue 18). */
    public static final int VERSION = 2;

    private MemorySchema() {
    }

    public static void migrate(Connection db) throws SQLException {
        // BEGIN IMMEDIATE takes the write lock before the version is read, so two processes
        // opening an old database at once do not both run the same step.
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int version = version(db);
                if (version > VERSION) {
                    throw new SQLException("the memory was written by a newer Easel (schema " + version
                            + "); update Easel or use another state directory");
                }
                if (version < 1) {
                    createConversations(s);
                }
                if (version < 2) {
                    createUsers(s);
                }
                if (version < VERSION) {
                    s.execute("PRAGMA user_version=" + VERSION);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.getInt(1);
        }
    }

    private static void createConversations(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE conversations(
                  id TEXT PRIMARY KEY, title TEXT, style TEXT,
                  created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""");
        s.execute("""
                CREATE TABLE images(
                  id TEXT PRIMARY KEY, width INTEGER NOT NULL, height INTEGER NOT NULL,
                  format TEXT NOT NULL, pruned INTEGER NOT NULL DEFAULT 0)""");
        s.execute("""
                CREATE TABLE turns(
                  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                  number INTEGER NOT NULL, instruction TEXT NOT NULL, plan TEXT NOT NULL,
                  parameters TEXT NOT NULL, status TEXT NOT NULL, job_id TEXT NOT NULL,
                  message TEXT NOT NULL, started_at TEXT NOT NULL, duration_ms INTEGER NOT NULL,
                  canvas_width INTEGER NOT NULL, canvas_height INTEGER NOT NULL,
                  PRIMARY KEY(conversation_id, number))""");
        s.execute("""
                CREATE TABLE turn_images(
                  conversation_id TEXT NOT NULL, turn INTEGER NOT NULL, position INTEGER NOT NULL,
                  role TEXT NOT NULL CHECK(role IN ('edited','selection','result')), name TEXT,
                  image_id TEXT NOT NULL REFERENCES images(id), x INTEGER NOT NULL, y INTEGER NOT NULL,
                  PRIMARY KEY(conversation_id, turn, position),
                  FOREIGN KEY(conversation_id, turn) REFERENCES turns(conversation_id, number) ON DELETE CASCADE)""");
    }

    /**
     * Users other than the local owner. Conversations need no owner column: the owner's keep the
     * ids they always had, and other users' ids are stored in a namespace of their own
     * ({@code transport.ConversationScope}), so every conversation written before users existed
     * belongs to the owner without being touched.
     */
    private static void createUsers(Statement s) throws SQLException {
        s.execute("""
                CREATE TABLE users(
                  name TEXT PRIMARY KEY, token_sha256 TEXT NOT NULL UNIQUE,
                  created_at TEXT NOT NULL, last_used_at TEXT, revoked_at TEXT)""");
    }
}
