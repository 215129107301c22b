package org.easel.installer.models;

import org.easel.server.models.ModelException;

/** A file's content is not what the catalog or the pinned repository says; the file was discarded. */
public final class ChecksumMismatchException extends ModelException {
    private static final long serialVersionUID = 1L;

    public ChecksumMismatchException(String message) {
        super(message);
    }
}
