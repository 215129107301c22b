package org.easel.installer.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Free space where the state directory is: diffusion models take 2 to 5 GB each, conversations grow too. */
public final class DiskSpaceCheck implements Check {
    static final String TOPIC = "Disk space";
    static final long ENOUGH_BYTES = 10L * 1024 * 1024 * 1024;

    /** Usable bytes on the disk holding a folder; a seam so tests can pretend a full disk. */
    @FunctionalInterface
    public interface FreeSpace {
        long usableBytes(Path existingFolder) throws IOException;
    }

    private final Path stateDir;
    private final FreeSpace freeSpace;

    public DiskSpaceCheck(Path stateDir, FreeSpace freeSpace) {
        this.stateDir = stateDir;
        this.freeSpace = freeSpace;
    }

    public static DiskSpaceCheck of(Path stateDir) {
        return new DiskSpaceCheck(stateDir, folder -> Files.getFileStore(folder).getUsableSpace());
    }

    @Override
    public List<Finding> run() {
        Path existing = stateDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return List.of(Finding.warn(TOPIC, "no part of " + stateDir + " exists, cannot tell"));
        }
        long free;
        try {
            free = freeSpace.usableBytes(existing);
        } catch (IOException e) {
            return List.of(Finding.warn(TOPIC, "cannot tell how much is free at " + existing + ": " + e.getMessage()));
        }
        String amount = gigabytes(free) + " free for " + stateDir;
        if (free < ENOUGH_BYTES) {
            return List.of(Finding.warn(TOPIC, "only " + amount + "; a diffusion model takes 2 to 5 GB: free some space "
                    + "or move the state directory to a bigger disk (EASEL_STATE_DIR)"));
        }
        return List.of(Finding.ok(TOPIC, amount));
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
