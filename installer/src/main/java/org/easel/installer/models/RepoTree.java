package org.easel.installer.models;

import org.easel.server.models.ExpectedHash;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A repository's files at one commit, as its file listing (Hugging Face's tree API) gives them:
 * size, Git blob id and, for LFS files, the content's SHA-256.
 */
public record RepoTree(Map<String, Entry> files) {
    public RepoTree {
        files = new TreeMap<>(files);
    }

    public record Entry(String path, long size, String gitOid, Optional<String> lfsSha256) {
        /** The hash that identifies the content at the pinned commit. */
        ExpectedHash hash() {
            return lfsSha256.map(h -> new ExpectedHash(ExpectedHash.Source.LFS_SHA256, h))
                    .orElseGet(() -> new ExpectedHash(ExpectedHash.Source.GIT_BLOB_SHA1, gitOid));
        }
    }

    Optional<Entry> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The files under a folder ("unet/"), in path order. */
    List<Entry> under(String folder) {
        return files.values().stream().filter(e -> e.path().startsWith(folder)).toList();
    }
}
