package org.easel.installer.cli.edit;

/** A file that cannot be read or written as an image; the message says which file and why. */
public final class ImageFileException extends Exception {
    public ImageFileException(String message) {
        super(message);
    }
}
