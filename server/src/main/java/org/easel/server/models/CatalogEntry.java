package org.easel.server.models;

import java.util.List;
import java.util.OptionalLong;

/**
 * A model the catalog offers: which repository and commit it comes from, its files, licence and
 * capabilities. approximateBytes is for listings before the exact sizes are known.
 */
public record CatalogEntry(String id, String name, String description, String repository, String revision,
        Licence licence, List<String> capabilities, OptionalLong approximateBytes, List<CatalogFile> files) {
    public CatalogEntry {
        capabilities = List.copyOf(capabilities);
        files = List.copyOf(files);
    }

    /** The size the listing shows: the exact sum when the catalog has every size, else the approximation. */
    public OptionalLong displayBytes() {
        if (files.stream().allMatch(f -> !f.isFolder() && f.size().isPresent())) {
            return OptionalLong.of(files.stream().mapToLong(f -> f.size().getAsLong()).sum());
        }
        return approximateBytes;
    }
}
