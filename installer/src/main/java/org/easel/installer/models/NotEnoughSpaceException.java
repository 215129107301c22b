package org.easel.installer.models;

import org.easel.server.models.ModelException;

/** The models folder's disk has less free space than an install needs; nothing was downloaded. */
public final class NotEnoughSpaceException extends ModelException {
    private static final long serialVersionUID = 1L;

    public NotEnoughSpaceException(String message) {
        super(message);
    }
}
