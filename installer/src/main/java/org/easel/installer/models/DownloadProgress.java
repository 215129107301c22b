package org.easel.installer.models;

/**
 * Told how an install advances; the command line draws it on stderr. Calls come from the installing
 * thread, in order: begin, then per file (file, advance/rewind...), note at any time, end.
 */
public interface DownloadProgress {
    DownloadProgress NONE = new DownloadProgress() {
    };

    /** The install needs totalBytes, of which alreadyHave are on disk from an earlier try. */
    default void begin(String modelId, long totalBytes, long alreadyHave) {
    }

    /** Now fetching (or copying, or checking) this file. */
    default void file(String path, long size) {
    }

    /** Bytes received. */
    default void advance(long bytes) {
    }

    /** Bytes thrown away (a file restarted from zero). */
    default void rewind(long bytes) {
    }

    /** Something worth a line of its own: a retry, a restart, a server that ignored Range. */
    default void note(String message) {
    }

    default void end() {
    }
}
