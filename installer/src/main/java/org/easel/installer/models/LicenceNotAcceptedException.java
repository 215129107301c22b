package org.easel.installer.models;

import org.easel.server.models.ModelException;

/** The model's licence needs an explicit yes (--accept-license or the prompt) and did not get one. */
public final class LicenceNotAcceptedException extends ModelException {
    private static final long serialVersionUID = 1L;

    public LicenceNotAcceptedException(String message) {
        super(message);
    }
}
