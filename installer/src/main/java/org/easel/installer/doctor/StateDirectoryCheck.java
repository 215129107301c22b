package org.easel.installer.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.easel.server.state.StateDirectory;

/**
 * The state directory: writable, and private, because its token file is the key to the daemon.
 * The daemon refuses a directory others can write to; doctor also wants the token at 0600.
 */
public final class StateDirectoryCheck implements Check {
    static final String TOPIC = "State directory";

    private final Path dir;

    public StateDirectoryCheck(Path dir) {
        this.dir = dir;
    }

    @Override
    public List<Finding> run() {
        if (!Files.exists(dir)) {
            return List.of(Finding.ok(TOPIC, dir + " does not exist yet; ./easel serve creates it (owner-only)"));
        }
        if (!Files.isDirectory(dir)) {
            return List.of(Finding.fix(TOPIC, dir + " is a file, not a folder: move it away, or choose another state "
                    + "directory with EASEL_STATE_DIR"));
        }
        if (!Files.isWritable(dir)) {
            return List.of(Finding.fix(TOPIC, dir + " is not writable by you: give it back to your user (chown) or choose "
                    + "another with EASEL_STATE_DIR"));
        }
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) == null) {
            return List.of(Finding.ok(TOPIC, dir + " (writable)"));
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
            if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
                return List.of(Finding.fix(TOPIC, dir + " can be written by other users (" + PosixFilePermissions.toString(mode)
                        + "), so the daemon refuses it: chmod 700 " + dir));
            }
            Path token = dir.resolve(StateDirectory.TOKEN_FILE);
            if (Files.exists(token)) {
                Set<PosixFilePermission> tokenMode = Files.getPosixFilePermissions(token);
                if (!tokenMode.equals(PosixFilePermissions.fromString("rw-------"))) {
                    return List.of(Finding.fix(TOPIC, "the token file " + token + " has mode " + PosixFilePermissions.toString(tokenMode)
                            + "; anyone who reads it can use the daemon: chmod 600 " + token));
                }
            }
            if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
                return List.of(Finding.warn(TOPIC, dir + " can be listed by other users (" + PosixFilePermissions.toString(mode)
                        + "); your conversations and images are inside: chmod 700 " + dir));
            }
            return List.of(Finding.ok(TOPIC, dir + " (private, writable)"));
        } catch (IOException e) {
            return List.of(Finding.warn(TOPIC, "cannot read the permissions of " + dir + ": " + e.getMessage()));
        }
    }
}
