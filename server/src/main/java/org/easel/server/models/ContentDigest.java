package org.easel.server.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file's content and, when asked for, its Git blob SHA-1, computed in one read. */
public final class ContentDigest {
    private static final int BUFFER = 1 << 20;

    private final String sha256;
    private final String gitBlobSha1;
    private final long size;

    private ContentDigest(String sha256, String gitBlobSha1, long size) {
        this.sha256 = sha256;
        this.gitBlobSha1 = gitBlobSha1;
        this.size = size;
    }

    /** Reads the file once; the Git blob SHA-1 only when withGitSha1. */
    public static ContentDigest of(Path file, boolean withGitSha1) throws IOException {
        long size = Files.size(file);
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest sha1 = withGitSha1 ? digest("SHA-1") : null;
        if (sha1 != null) {
            sha1.update(("blob " + size + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        byte[] buffer = new byte[BUFFER];
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                if (sha1 != null) {
                    sha1.update(buffer, 0, n);
                }
                read += n;
            }
        }
        if (read != size) {
            throw new IOException(file + " changed while it was being read");
        }
        HexFormat hex = HexFormat.of();
        return new ContentDigest(hex.formatHex(sha256.digest()), sha1 == null ? null : hex.formatHex(sha1.digest()), size);
    }

    public static ContentDigest of(Path file, ExpectedHash expected) throws IOException {
        return of(file, expected != null && expected.source() == ExpectedHash.Source.GIT_BLOB_SHA1);
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    /** The hash of the same kind as expected. */
    public String actual(ExpectedHash expected) {
        return expected.source().isSha256() ? sha256 : gitBlobSha1;
    }

    public boolean matches(ExpectedHash expected) {
        return expected.hex().equals(actual(expected));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
