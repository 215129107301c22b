package org.easel.protocol.client;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.easel.protocol.tls.CertificateFingerprint;
import org.easel.protocol.tls.PinningTrustManager;

/** Turns a connected socket into a TLS one whose server certificate must carry the pinned fingerprint. */
public final class PinnedTls {
    private PinnedTls() {
    }

    /**
     * Runs the TLS handshake over {@code plain} (closed on failure) and returns the secured socket.
     *
     * @param host how the person named the daemon, for the messages
     * @throws CertificateMismatchException   the daemon presented another certificate than the pinned one
     * @throws CertificateNotPinnedException  no pin was given; carries the presented fingerprint
     * @throws ConnectionLostException        the peer does not speak TLS or broke the handshake
     */
    public static SSLSocket secure(Socket plain, String host, Optional<CertificateFingerprint> pin) throws EaselException {
        PinningTrustManager trust = new PinningTrustManager(pin);
        SSLSocket tls = null;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, plain.getPort(), true);
            tls.setUseClientMode(true);
            tls.startHandshake();
            return tls;
        } catch (GeneralSecurityException e) {
            closeQuietly(plain);
            throw new EaselException("This Java cannot make TLS connections: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(tls == null ? plain : tls);
            Optional<CertificateFingerprint> presented = trust.presented();
            if (presented.isPresent() && pin.isEmpty()) {
                throw new CertificateNotPinnedException(host, presented.get());
            }
            if (presented.isPresent() && !pin.get().matches(presented.get())) {
                throw new CertificateMismatchException(host, presented.get(), pin.get());
            }
            throw new ConnectionLostException("The TLS handshake with the Easel daemon at " + host + " failed ("
                    + e.getMessage() + ")" + (e instanceof SSLException
                    ? ". Is it an Easel daemon listening with TLS (a non-loopback --host)?" : "."));
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already failing: the first error is the one to report
        }
    }
}
