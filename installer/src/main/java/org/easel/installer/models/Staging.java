package org.easel.installer.models;

import org.easel.server.models.ModelStore;
import org.easel.server.models.RelativePath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder an install is assembled in ({@code .incoming/<id>/}). A marker beside it remembers
 * which repository and revision its partial files belong to, so a catalog update never resumes a
 * file of another revision; before publishing, anything that is not in the plan is deleted.
 */
final class Staging {
    private Staging() {
    }

    /** The staging folder, emptied first when it holds files of another origin. */
    static Path prepare(ModelStore store, String id, String origin) throws IOException {
        Path folder = store.incoming(id);
        Path marker = marker(folder);
        String previous = Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : null;
        if (previous == null || !previous.equals(origin)) {
            ModelStore.deleteQuietly(folder);
        }
        Files.createDirectories(folder);
        Files.writeString(marker, origin + "\n", StandardCharsets.UTF_8);
        return folder;
    }

    /** Forgets the staging folder's origin once its content has been published. */
    static void finished(ModelStore store, String id) throws IOException {
        Files.deleteIfExists(marker(store.incoming(id)));
    }

    /** Deletes files (partial ones, leftovers of another plan) that are not among the plan's paths. */
    static void prune(Path folder, List<PlannedFile> files) throws IOException {
        Set<Path> keep = new HashSet<>();
        for (PlannedFile f : files) {
            keep.add(RelativePath.resolve(folder, f.path()));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!keep.contains(p.normalize())) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Path marker(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".origin");
    }
}
