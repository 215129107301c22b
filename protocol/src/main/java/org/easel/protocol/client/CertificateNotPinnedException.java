package org.easel.protocol.client;

import org.easel.protocol.tls.CertificateFingerprint;

/**
 * Trust on first use: the daemon speaks TLS but no fingerprint is pinned for it yet. Carries the
 * presented fingerprint so a program can show it, ask whether it is the daemon's (compare with
 * what {@code easel status} prints there) and connect again with it pinned. Nothing was sent.
 */
public class CertificateNotPinnedException extends EaselException {
    private final CertificateFingerprint presented;

    public CertificateNotPinnedException(String host, CertificateFingerprint presented) {
        super("The daemon at " + host + " presented certificate " + presented + ", and no fingerprint is pinned for it. "
                + "Check that this is the daemon's (its administrator reads it from `easel status` or the daemon's "
                + "start banner) and pin it (--fingerprint, or the plugin's connection settings).");
        this.presented = presented;
    }

    public CertificateFingerprint presented() {
        return presented;
    }
}
