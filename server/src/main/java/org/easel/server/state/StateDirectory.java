package org.easel.server.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The daemon's directory of per-user state: the access token, the lock that keeps one daemon per
 * directory, and {@code daemon.json} that tells clients where it listens.
 */
public final class StateDirectory {
    public static final String TOKEN_FILE = "token";
    public static final String DAEMON_FILE = "daemon.json";
    private static final String LOCK_FILE = "daemon.lock";
    private static final int TOKEN_BYTES = 32;

    private final Path dir;
    private final boolean posix;

    private StateDirectory(Path dir) {
        this.dir = dir;
        this.posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    }

    /** Creates the directory (owner-only) if needed and refuses one that other users could write to. */
    public static StateDirectory open(Path dir) throws StateDirectoryException {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                StateDirectory created = new StateDirectory(dir);
                if (created.posix) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new StateDirectoryException("Cannot create the state directory " + dir + ": " + e.getMessage()
                    + ". Choose another with --state-dir or EASEL_STATE_DIR.", e);
        }
        StateDirectory state = new StateDirectory(dir);
        state.refuseIfOthersCanWrite();
        return state;
    }

    public Path path() {
        return dir;
    }

    private void refuseIfOthersCanWrite() throws StateDirectoryException {
        if (!posix) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (permissions.contains(PosixFilePermission.OTHERS_WRITE) || permissions.contains(PosixFilePermission.GROUP_WRITE)) {
                throw new StateDirectoryException("The state directory " + dir + " can be written by other users ("
                        + PosixFilePermissions.toString(permissions) + "), so they could replace the token or daemon.json. "
                        + "Fix it with: chmod 700 " + dir);
            }
        } catch (IOException e) {
            throw new StateDirectoryException("Cannot read the permissions of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads the token, creating a new random one (mode 0600) on first use. */
    public String tokenOrCreate() throws StateDirectoryException {
        Path file = dir.resolve(TOKEN_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[TOKEN_BYTES];
                new SecureRandom().nextBytes(random);
                try {
                    writeAtomically(file, HexFormat.of().formatHex(random) + "\n", false);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first; use theirs
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!token.matches("[0-9a-f]{64,}")) {
                throw new StateDirectoryException("The token file " + file + " is damaged. Delete it and restart the "
                        + "daemon; a new token is created (plugins read it on their next connection).");
            }
            return token;
        } catch (IOException e) {
            throw new StateDirectoryException("Cannot read or create the token file " + file + ": " + e.getMessage()
                    + ". Check that the disk is not full and the directory is writable.", e);
        }
    }

    /**
     * Takes the directory's lock, held until the process exits (the OS releases it even after a
     * kill -9, so a crashed daemon never blocks the next start).
     */
    public FileLock lock() throws StateDirectoryException {
        Path file = dir.resolve(LOCK_FILE);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StateDirectoryException(alreadyRunningMessage());
            }
            return lock;
        } catch (IOException e) {
            throw new StateDirectoryException("Cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private String alreadyRunningMessage() {
        Optional<DaemonInfo> info = readDaemonInfo();
        String where = info.map(i -> " (pid " + i.pid() + ", listening on " + i.host() + ":" + i.port() + ")").orElse("");
        return "Another Easel daemon" + where + " is already running with the state directory " + dir
                + ". Use it, stop it first, or start this one with another --state-dir.";
    }

    public Optional<DaemonInfo> readDaemonInfo() {
        try {
            return DaemonInfo.parse(Files.readString(dir.resolve(DAEMON_FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes daemon.json so that a reader sees either the old file or the whole new one. */
    public void writeDaemonInfo(DaemonInfo info) throws StateDirectoryException {
        try {
            writeAtomically(dir.resolve(DAEMON_FILE), info.toJson().toString() + "\n", true);
        } catch (IOException e) {
            throw new StateDirectoryException("Cannot write " + dir.resolve(DAEMON_FILE) + ": " + e.getMessage()
                    + ". Check that the disk is not full and the directory is writable.", e);
        }
    }

    public void removeDaemonInfo() {
        try {
            Files.deleteIfExists(dir.resolve(DAEMON_FILE));
        } catch (IOException ignored) {
            // a stale daemon.json is harmless: clients find nothing listening and say so
        }
    }

    private void writeAtomically(Path target, String content, boolean replace) throws IOException {
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            if (posix) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.SYNC);
            if (!replace && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
