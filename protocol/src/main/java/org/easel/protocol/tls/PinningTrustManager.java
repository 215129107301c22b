package org.easel.protocol.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one server certificate: the one whose SHA-256 fingerprint is pinned. No
 * certificate authority, name or date is consulted: a studio daemon's certificate is self-signed
 * and reached by whatever address the network gives it, and the pin is a stronger statement than
 * any of those. With no pin nothing is trusted, but the presented fingerprint is kept so the
 * caller can offer it to the person for trust on first use.
 *
 * <p>One instance serves one handshake ({@link #presented()} belongs to it).
 */
public final class PinningTrustManager extends X509ExtendedTrustManager {
    private final Optional<CertificateFingerprint> pin;
    private volatile CertificateFingerprint presented;

    public PinningTrustManager(Optional<CertificateFingerprint> pin) {
        this.pin = pin;
    }

    /** The fingerprint of the leaf certificate the server presented, once the handshake got that far. */
    public Optional<CertificateFingerprint> presented() {
        return Optional.ofNullable(presented);
    }

    public Optional<CertificateFingerprint> pin() {
        return pin;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        CertificateFingerprint leaf = CertificateFingerprint.of(chain[0]);
        presented = leaf;
        if (pin.isEmpty()) {
            throw new CertificateException("no fingerprint is pinned; the server presented " + leaf);
        }
        if (!pin.get().matches(leaf)) {
            throw new CertificateException("the server presented " + leaf + " but " + pin.get() + " is pinned");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
