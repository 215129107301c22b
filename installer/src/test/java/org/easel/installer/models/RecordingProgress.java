package org.easel.installer.models;

import java.util.ArrayList;
import java.util.List;

/** Keeps what an install reported, for assertions. */
final class RecordingProgress implements DownloadProgress {
    final List<String> notes = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    long total;
    long done;
    long alreadyHad = -1;

    @Override
    public void begin(String modelId, long totalBytes, long alreadyHave) {
        total = totalBytes;
        done = alreadyHave;
        alreadyHad = alreadyHave;
    }

    @Override
    public void file(String path, long size) {
        files.add(path);
    }

    @Override
    public void advance(long bytes) {
        done += bytes;
    }

    @Override
    public void rewind(long bytes) {
        done -= bytes;
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }
}
