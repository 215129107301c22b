package org.easel.installer.models;

import org.easel.server.models.ContentDigest;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.RelativePath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Re-reads an installed model's files and compares them with its manifest. */
public final class ModelVerifier {
    private ModelVerifier() {
    }

    /** What is wrong with one file: missing, wrong size, wrong hash. */
    public record Problem(String path, String what) {
    }

    public record Result(String id, int files, long bytes, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result verify(Path folder, ModelManifest manifest, DownloadProgress progress) throws InterruptedException {
        List<Problem> problems = new ArrayList<>();
        progress.begin(manifest.id(), manifest.totalBytes(), 0);
        for (ModelManifest.FileRecord f : manifest.files()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            progress.file(f.path(), f.size());
            Path file = RelativePath.resolve(folder, f.path());
            try {
                if (!Files.isRegularFile(file)) {
                    problems.add(new Problem(f.path(), "missing"));
                    continue;
                }
                long size = Files.size(file);
                if (size != f.size()) {
                    problems.add(new Problem(f.path(), "is " + size + " bytes, should be " + f.size()));
                    continue;
                }
                String sha256 = ContentDigest.of(file, false).sha256();
                if (!sha256.equals(f.sha256())) {
                    problems.add(new Problem(f.path(), "sha256 is " + sha256 + ", should be " + f.sha256()));
                }
            } catch (IOException e) {
                problems.add(new Problem(f.path(), "cannot be read: " + e.getMessage()));
            } finally {
                progress.advance(f.size());
            }
        }
        progress.end();
        return new Result(manifest.id(), manifest.files().size(), manifest.totalBytes(), problems);
    }
}
