package org.easel.server.models;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a catalog entry's file list: a file, or a folder (path ending in '/') meaning every
 * file under it at the pinned commit. Size and sha256 are optional; what is missing comes from the
 * repository's file listing at that commit.
 */
public record CatalogFile(String path, OptionalLong size, Optional<String> sha256) {
    public boolean isFolder() {
        return path.endsWith("/");
    }
}
