package org.easel.server.users;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.easel.server.memory.MemorySchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's users other than the local owner, in the memory's {@code conversations.db}
 * (table {@code users}, see {@link MemorySchema}). {@code easel users} writes it, possibly while
 * the daemon runs; the daemon reads it on every handshake and every request, so a revocation takes
 * effect at the revoked user's next request without restarting anything.
 *
 * <p>Two connections: lookups (on the network threads) never wait behind a write, because SQLite
 * in WAL mode lets a reader go on while another connection writes; "last used" is written on a
 * thread of its own.
 */
public final class UserStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UserStore.class);
    /** The database file inside the memory folder, shared with {@code memory.ConversationStore}. */
    public static final String DATABASE = "conversations.db";

    private final Connection reads;
    private final Connection writes;
    private final ExecutorService lastUsed = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "easel-users");
        thread.setDaemon(true);
        return thread;
    });

    private UserStore(Connection reads, Connection writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** Opens the user list in the memory folder {@code memoryDir}, creating or upgrading the database. */
    public static UserStore open(Path memoryDir) throws UserStoreException {
        try {
            Files.createDirectories(memoryDir);
            Connection writes = connect(memoryDir);
            MemorySchema.migrate(writes);
            return new UserStore(connect(memoryDir), writes);
        } catch (IOException | SQLException e) {
            throw new UserStoreException("Cannot open the user list in " + memoryDir + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path memoryDir) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + memoryDir.resolve(DATABASE));
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA busy_timeout=5000");
        }
        return db;
    }

    /**
     * Adds {@code name} and returns their new token, which is shown once and never stored. A revoked
     * user may be added again: they get a new token and their conversations back.
     */
    public synchronized String add(String name) throws UserStoreException {
        UserName.check(name);
        String token = UserToken.generate();
        String now = Instant.now().toString();
        try (PreparedStatement u = writes.prepareStatement("""
                INSERT INTO users(name, token_sha256, created_at) VALUES (?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET token_sha256 = excluded.token_sha256, created_at = excluded.created_at,
                  last_used_at = NULL, revoked_at = NULL
                WHERE revoked_at IS NOT NULL""")) {
            u.setString(1, name);
            u.setString(2, UserToken.hash(token));
            u.setString(3, now);
            if (u.executeUpdate() == 0) {
                throw new UserStoreException("The user \"" + name + "\" already has a token. To replace it, revoke it "
                        + "first (easel users revoke " + name + "), then add the user again.");
            }
            return token;
        } catch (SQLException e) {
            throw new UserStoreException("Could not add the user: " + e.getMessage(), e);
        }
    }

    /** Revokes {@code name}'s token; false when there is no such active user. Their conversations stay. */
    public synchronized boolean revoke(String name) throws UserStoreException {
        try (PreparedStatement u = writes.prepareStatement(
                "UPDATE users SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
            u.setString(1, Instant.now().toString());
            u.setString(2, name);
            return u.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new UserStoreException("Could not revoke the user: " + e.getMessage(), e);
        }
    }

    public List<User> list() throws UserStoreException {
        synchronized (reads) {
            try (Statement s = reads.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT name, created_at, last_used_at, revoked_at FROM users ORDER BY name")) {
                List<User> users = new ArrayList<>();
                while (r.next()) {
                    users.add(new User(r.getString(1), Instant.parse(r.getString(2)), instant(r.getString(3)),
                            instant(r.getString(4))));
                }
                return users;
            } catch (SQLException e) {
                throw new UserStoreException("Could not read the user list: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The active user whose token this is, if any; notes that they used it. The lookup goes by the
     * token's hash, so the stored hashes are never compared byte by byte with anything a client
     * controls; the found row's hash is still compared in constant time before it counts.
     */
    public Optional<String> authenticate(String token) {
        String hash = UserToken.hash(token);
        Optional<String> name;
        synchronized (reads) {
            try (PreparedStatement q = reads.prepareStatement(
                    "SELECT name, token_sha256 FROM users WHERE token_sha256 = ? AND revoked_at IS NULL")) {
                q.setString(1, hash);
                try (ResultSet r = q.executeQuery()) {
                    name = r.next() && UserToken.sameHash(hash, r.getString(2)) ? Optional.of(r.getString(1))
                            : Optional.empty();
                }
            } catch (SQLException e) {
                log.warn("could not read the user list, refusing the token: {}", e.getMessage());
                return Optional.empty();
            }
        }
        name.ifPresent(this::noteUse);
        return name;
    }

    /** Whether {@code name} is an active user now; false once revoked (or when the list cannot be read). */
    public boolean isActive(String name) {
        synchronized (reads) {
            try (PreparedStatement q = reads.prepareStatement(
                    "SELECT 1 FROM users WHERE name = ? AND revoked_at IS NULL")) {
                q.setString(1, name);
                try (ResultSet r = q.executeQuery()) {
                    return r.next();
                }
            } catch (SQLException e) {
                log.warn("could not read the user list, treating {} as revoked: {}", name, e.getMessage());
                return false;
            }
        }
    }

    private void noteUse(String name) {
        String now = Instant.now().toString();
        lastUsed.execute(() -> {
            synchronized (this) {
                try (PreparedStatement u = writes.prepareStatement("UPDATE users SET last_used_at = ? WHERE name = ?")) {
                    u.setString(1, now);
                    u.setString(2, name);
                    u.executeUpdate();
                } catch (SQLException e) {
                    log.debug("could not note that {} connected: {}", name, e.getMessage());
                }
            }
        });
    }

    private static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text).map(Instant::parse);
    }

    @Override
    public void close() {
        lastUsed.shutdown();
        try {
            lastUsed.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            reads.close();
            writes.close();
        } catch (SQLException ignored) {
            // closing: nothing is left to write
        }
    }
}
