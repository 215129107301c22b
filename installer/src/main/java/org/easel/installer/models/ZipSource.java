package org.easel.installer.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A .zip of model files. Entries with unsafe names (absolute, "..") are never listed, so never written. */
final class ZipSource implements LocalSource {
    private final ZipFile zip;

    ZipSource(Path path) throws IOException {
        this.zip = new ZipFile(path.toFile());
    }

    @Override
    public Map<String, Long> files() {
        Map<String, Long> files = new TreeMap<>();
        zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
            String name = TarReader.normalise(e.getName());
            if (name != null && e.getSize() >= 0) {
                files.put(name, e.getSize());
            }
        });
        return files;
    }

    @Override
    public void extract(Map<String, Path> wanted, CopyListener listener) throws IOException {
        byte[] buffer = new byte[1 << 20];
        Map<String, ZipEntry> byName = new TreeMap<>();
        zip.stream().filter(e -> !e.isDirectory()).forEach(e -> {
            String name = TarReader.normalise(e.getName());
            if (name != null) {
                byName.put(name, e);
            }
        });
        for (Map.Entry<String, Path> w : wanted.entrySet()) {
            ZipEntry entry = byName.get(w.getKey());
            if (entry == null) {
                throw new IOException(w.getKey() + " is not in the archive");
            }
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(w.getValue())) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    listener.copied(n);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
