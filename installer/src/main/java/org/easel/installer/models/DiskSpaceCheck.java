package org.easel.installer.models;

import org.easel.server.models.Bytes;
import org.easel.server.models.ModelException;

import java.io.IOException;
import java.nio.file.Path;

/** Refuses to start an install whose remaining bytes (plus a margin) do not fit on the disk. */
final class DiskSpaceCheck {
    static final long MIN_MARGIN = 256L << 20;

    private DiskSpaceCheck() {
    }

    /** The margin kept free: 256 MiB or 5% of what is still to be written, whichever is more. */
    static long margin(long remaining) {
        return Math.max(MIN_MARGIN, remaining / 20);
    }

    static void check(FreeSpace freeSpace, Path dir, long remaining, String what) throws ModelException {
        if (remaining <= 0) {
            return;
        }
        long free;
        try {
            free = freeSpace.usableBytes(dir);
        } catch (IOException e) {
            throw new ModelException("Cannot tell how much disk space is free in " + dir + ": " + e.getMessage(), e);
        }
        long margin = margin(remaining);
        if (free < remaining + margin) {
            throw new NotEnoughSpaceException("Not enough free disk space in " + dir + " for " + what + ": it needs "
                    + Bytes.format(remaining) + " more, plus " + Bytes.format(margin) + " to spare, and "
                    + Bytes.format(free) + " is free. Free some space, or put the models on a bigger disk with "
                    + "--state-dir (or EASEL_STATE_DIR).");
        }
    }
}
