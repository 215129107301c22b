package org.easel.installer.models;

import org.easel.server.models.CatalogEntry;

import java.util.List;

/** Exactly what installing a catalog entry means: every file with its size and hash. */
public record InstallPlan(CatalogEntry entry, List<PlannedFile> files) {
    public InstallPlan {
        files = List.copyOf(files);
    }

    public long totalBytes() {
        return files.stream().mapToLong(PlannedFile::size).sum();
    }

    public boolean verified() {
        return files.stream().allMatch(f -> f.hash().isPresent());
    }
}
