package org.easel.installer.models;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** A .tar, .tar.gz or .tgz of model files: read once to list it, once more to extract what is wanted. */
final class TarSource implements LocalSource {
    private final Path path;
    private final boolean gzip;

    TarSource(Path path, boolean gzip) {
        this.path = path;
        this.gzip = gzip;
    }

    private TarReader open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return new TarReader(gzip ? new GZIPInputStream(in, 1 << 16) : in);
    }

    @Override
    public Map<String, Long> files() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (TarReader tar = open()) {
            for (TarReader.Entry e; (e = tar.next()) != null; ) {
                if (e.name() != null) {
                    files.put(e.name(), e.size());
                }
            }
        }
        return files;
    }

    @Override
    public void extract(Map<String, Path> wanted, CopyListener listener) throws IOException {
        byte[] buffer = new byte[1 << 20];
        int found = 0;
        try (TarReader tar = open()) {
            for (TarReader.Entry e; found < wanted.size() && (e = tar.next()) != null; ) {
                Path destination = e.name() == null ? null : wanted.get(e.name());
                if (destination == null) {
                    continue;
                }
                try (InputStream in = tar.content(); OutputStream out = Files.newOutputStream(destination)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                        listener.copied(n);
                    }
                }
                found++;
            }
        }
        if (found < wanted.size()) {
            throw new IOException("the archive ended before all files were found");
        }
    }

    @Override
    public void close() {
    }
}
