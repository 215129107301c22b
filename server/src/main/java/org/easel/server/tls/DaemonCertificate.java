package org.easel.server.tls;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import org.easel.protocol.tls.CertificateFingerprint;

/**
 * The certificate and key a non-loopback listener serves TLS with, and the fingerprint clients pin.
 *
 * @param origin where it came from, for the banner ("generated …/tls/daemon.p12", "studio cert.pem")
 */
public record DaemonCertificate(X509Certificate certificate, CertificateFingerprint fingerprint, SslContext sslContext,
                                String origin) {
    /** TLS 1.2 is kept for older Pythons' OpenSSL builds; nothing older is offered. */
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /** The server side of TLS from a key store holding one key entry under {@code alias}. */
    static DaemonCertificate from(KeyStore store, String alias, char[] password, String origin)
            throws CertificateException {
        try {
            if (!(store.getCertificate(alias) instanceof X509Certificate certificate)) {
                throw new CertificateException(origin + " holds no X.509 certificate under '" + alias + "'");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            // The JDK's own TLS (no OpenSSL, no BouncyCastle): nothing new to ship or to keep patched.
            SslContext context = SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK).protocols(PROTOCOLS).build();
            return new DaemonCertificate(certificate, CertificateFingerprint.of(certificate), context, origin);
        } catch (GeneralSecurityException | SSLException e) {
            throw new CertificateException("Cannot use the TLS certificate of " + origin + ": " + e.getMessage(), e);
        }
    }
}
