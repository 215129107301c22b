package org.easel.protocol.client;

import org.easel.protocol.tls.CertificateFingerprint;

/**
 * The daemon's certificate is not the pinned one: another machine answers at that address, the
 * daemon's certificate was replaced, or someone is in between. Nothing was sent (not even the token).
 */
public class CertificateMismatchException extends EaselException {
    private final CertificateFingerprint presented;
    private final CertificateFingerprint pinned;

    public CertificateMismatchException(String host, CertificateFingerprint presented, CertificateFingerprint pinned) {
        super("The daemon at " + host + " presented certificate " + presented + " but this connection pins " + pinned
                + ". Nothing was sent. If the daemon's certificate was replaced on purpose, ask its administrator for "
                + "the new fingerprint (`easel status` on that machine) and pin that one.");
        this.presented = presented;
        this.pinned = pinned;
    }

    public CertificateFingerprint presented() {
        return presented;
    }

    public CertificateFingerprint pinned() {
        return pinned;
    }
}
