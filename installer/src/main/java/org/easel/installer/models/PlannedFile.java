package org.easel.installer.models;

import org.easel.server.models.ExpectedHash;
import org.easel.server.models.RelativePath;

import java.util.Optional;

/**
 * One file an install will put in the model's folder: its path, exact size, and the hash it must
 * have (absent only for an install the user allowed to be unverified).
 */
public record PlannedFile(String path, long size, Optional<ExpectedHash> hash) {
    public PlannedFile {
        if (!RelativePath.isValidFile(path)) {
            throw new IllegalArgumentException("not a valid model file path: " + path);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + path);
        }
    }

    /** How the file was checked, as the manifest records it. */
    String verifiedBy() {
        return hash.map(h -> h.source().label()).orElse("unverified");
    }
}
