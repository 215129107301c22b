package org.easel.installer.models;

import org.easel.server.models.RelativePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder of model files; files reached through symbolic links (Hugging Face's cache) count. */
final class FolderSource implements LocalSource {
    private final Path root;

    FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Map<String, Long> files() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p) && RelativePath.isValidFile(relative)) {
                    files.put(relative, Files.size(p));
                }
            }
        }
        return files;
    }

    @Override
    public void extract(Map<String, Path> wanted, CopyListener listener) throws IOException {
        byte[] buffer = new byte[1 << 20];
        for (Map.Entry<String, Path> e : wanted.entrySet()) {
            try (InputStream in = Files.newInputStream(RelativePath.resolve(root, e.getKey()));
                 OutputStream out = Files.newOutputStream(e.getValue())) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    listener.copied(n);
                }
            }
        }
    }

    @Override
    public void close() {
    }
}
