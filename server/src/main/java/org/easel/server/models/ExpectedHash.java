package org.easel.server.models;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a file's content must hash to, and where that came from. Large files in a Hugging Face
 * repository are stored through Git LFS, whose pointer records the content's SHA-256; small ones
 * are plain Git blobs, identified by the SHA-1 of "blob SIZE\0" and the content. Both are fixed by
 * the pinned commit.
 */
public record ExpectedHash(Source source, String hex) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-f]{40}");

    public enum Source {
        /** SHA-256 written in the catalog. */
        CATALOG_SHA256("catalog sha256"),
        /** SHA-256 of the Git LFS object, from the repository's file listing at the pinned commit. */
        LFS_SHA256("repository LFS sha256"),
        /** Git blob SHA-1, from the repository's file listing at the pinned commit. */
        GIT_BLOB_SHA1("repository git blob sha1");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isSha256() {
            return this != GIT_BLOB_SHA1;
        }
    }

    public ExpectedHash {
        hex = hex.toLowerCase(Locale.ROOT);
        if (!(source.isSha256() ? SHA256 : SHA1).matcher(hex).matches()) {
            throw new IllegalArgumentException("not a " + source.label() + ": " + hex);
        }
    }

    public static boolean isSha256(String hex) {
        return hex != null && SHA256.matcher(hex.toLowerCase(Locale.ROOT)).matches();
    }

    public static boolean isSha1(String hex) {
        return hex != null && SHA1.matcher(hex.toLowerCase(Locale.ROOT)).matches();
    }
}
