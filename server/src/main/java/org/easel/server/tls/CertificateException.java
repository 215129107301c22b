package org.easel.server.tls;

/** The daemon's TLS certificate cannot be made, read or used; the message says which file and what to do. */
public final class CertificateException extends Exception {
    public CertificateException(String message) {
        super(message);
    }

    public CertificateException(String message, Throwable cause) {
        super(message, cause);
    }
}
