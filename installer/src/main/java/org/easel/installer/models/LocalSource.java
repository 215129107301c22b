package org.easel.installer.models;

import org.easel.server.models.ModelException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Model files the user already has: a folder (a Hugging Face snapshot with its symbolic links
 * works too), a .zip, or a .tar / .tar.gz / .tgz archive. Names are '/'-separated and only valid
 * model paths are ever listed, so nothing in an archive can name a place outside the model.
 */
interface LocalSource extends Closeable {
    /** The files it holds, by relative path, with their sizes. */
    Map<String, Long> files() throws IOException;

    /** Writes each wanted file (source path to destination), in whatever order suits the source. */
    void extract(Map<String, Path> wanted, CopyListener listener) throws IOException;

    @FunctionalInterface
    interface CopyListener {
        void copied(long bytes);
    }

    static LocalSource open(Path path) throws ModelException {
        try {
            if (Files.isDirectory(path)) {
                return new FolderSource(path);
            }
            if (!Files.isRegularFile(path)) {
                throw new ModelException(path + " does not exist (--from takes a folder, .zip, .tar, .tar.gz or .tgz).");
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            byte[] head = new byte[512];
            int n;
            try (InputStream in = Files.newInputStream(path)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (name.endsWith(".zip") || (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
                return new ZipSource(path);
            }
            boolean gzip = n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            if (gzip || name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz") || TarReader.looksLikeTar(head, n)) {
                return new TarSource(path, gzip);
            }
            throw new ModelException(path + " is neither a folder nor a .zip, .tar, .tar.gz or .tgz archive.");
        } catch (IOException e) {
            throw new ModelException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
