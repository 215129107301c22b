package org.easel.server.users;

/** The user list could not be read or changed; the message says what to do. */
public final class UserStoreException extends Exception {
    public UserStoreException(String message) {
        super(message);
    }

    public UserStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
