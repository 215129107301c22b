package org.easel.server.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.Messages;
import org.easel.protocol.client.CertificateMismatchException;
import org.easel.protocol.client.CertificateNotPinnedException;
import org.easel.protocol.client.ConnectionLostException;
import org.easel.protocol.client.DaemonEndpoint;
import org.easel.protocol.client.EaselClient;
import org.easel.protocol.tls.CertificateFingerprint;
import org.easel.server.Daemon;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-loopback listener (here the wildcard address, reached through loopback) speaks TLS only,
 * with a certificate whose fingerprint clients pin; loopback stays plain.
 */
class TlsListenerTest {
    private static final String ANY_ADDRESS = "0.0.0.0";

    @TempDir
    Path stateDir;

    @TempDir
    Path studio;

    private static Daemon startRemote(Path stateDir) throws Exception {
        return Daemon.start(new Daemon.Config(ANY_ADDRESS, 0, stateDir));
    }

    private static DaemonInfo published(Path stateDir) throws Exception {
        return StateDirectory.open(stateDir).readDaemonInfo().orElseThrow();
    }

    private static DaemonEndpoint pinned(Daemon daemon, Optional<CertificateFingerprint> pin) throws Exception {
        String token = DaemonEndpoint.discover(daemon.stateDir()).token();
        return DaemonEndpoint.remote("127.0.0.1", daemon.address().getPort(), token, pin);
    }

    @Test
    void theRightPinConnectsAndServes() throws Exception {
        try (Daemon daemon = startRemote(stateDir)) {
            CertificateFingerprint served = daemon.certificate().orElseThrow().fingerprint();
            assertEquals(Optional.of(served.toString()), published(stateDir).tlsFingerprint(), "daemon.json names it");
            try (EaselClient client = EaselClient.connect(pinned(daemon, Optional.of(served)), "test", Messages.PROTOCOL_VERSION)) {
                client.ping();
                assertEquals("0.1.0", client.serverVersion());
            }
            // a local client finds the pin in daemon.json with no configuration
            try (EaselClient client = EaselClient.connect(Optional.of(stateDir), "test")) {
                client.ping();
            }
        }
    }

    @Test
    void aWrongPinIsRefusedBeforeTheTokenIsSentWithBothFingerprintsNamed() throws Exception {
        try (Daemon daemon = startRemote(stateDir)) {
            CertificateFingerprint served = daemon.certificate().orElseThrow().fingerprint();
            CertificateFingerprint wrong = CertificateFingerprint.ofDer(new byte[] {1, 2, 3});
            CertificateMismatchException e = assertThrows(CertificateMismatchException.class,
                    () -> EaselClient.connect(pinned(daemon, Optional.of(wrong)), "test", Messages.PROTOCOL_VERSION));
            assertTrue(e.getMessage().startsWith("The daemon at 127.0.0.1 presented certificate " + served
                    + " but this connection pins " + wrong), e.getMessage());
            assertEquals(served, e.presented());
            assertEquals(wrong, e.pinned());
        }
    }

    @Test
    void noPinIsTrustOnFirstUseCarryingThePresentedFingerprint() throws Exception {
        try (Daemon daemon = startRemote(stateDir)) {
            CertificateNotPinnedException e = assertThrows(CertificateNotPinnedException.class,
                    () -> EaselClient.connect(pinned(daemon, Optional.empty()), "test", Messages.PROTOCOL_VERSION));
            assertEquals(daemon.certificate().orElseThrow().fingerprint(), e.presented());
            assertTrue(e.getMessage().contains(e.presented().toString()), e.getMessage());
        }
    }

    @Test
    void plainTcpToTheRemoteListenerGetsNoFrames() throws Exception {
        try (Daemon daemon = startRemote(stateDir);
             Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress("127.0.0.1", daemon.address().getPort()), 5000);
            plain.setSoTimeout(15_000);
            String token = Files.readString(stateDir.resolve(StateDirectory.TOKEN_FILE)).strip();
            FrameCodec.write(plain.getOutputStream(), Frame.of(Json.createObjectBuilder().add("type", Messages.HELLO)
                    .add("protocol", Messages.PROTOCOL_VERSION).add("token", token).build()));
            // The TLS handler sees a non-TLS record and closes; whatever comes back is at most a TLS
            // alert (record type 21), never the 4-byte length of a welcome frame.
            byte[] answer = readUntilClosed(plain.getInputStream());
            assertTrue(answer.length == 0 || answer[0] == 21, "no frame, at most a TLS alert; got " + answer.length + " bytes");
            assertFalse(new String(answer, java.nio.charset.StandardCharsets.ISO_8859_1).contains("welcome"));
        }
    }

    @Test
    void loopbackStaysPlainAndAPinnedClientSaysTheHandshakeFailed() throws Exception {
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir))) {
            assertTrue(daemon.certificate().isEmpty());
            assertEquals(Optional.empty(), published(stateDir).tlsFingerprint());
            assertFalse(Files.exists(GeneratedCertificate.file(stateDir)), "no certificate is made for loopback");
            try (EaselClient client = EaselClient.connect(Optional.of(stateDir), "test")) {
                client.ping();
            }
            CertificateFingerprint any = CertificateFingerprint.ofDer(new byte[] {9});
            ConnectionLostException e = assertThrows(ConnectionLostException.class,
                    () -> EaselClient.connect(pinned(daemon, Optional.of(any)), "test", Messages.PROTOCOL_VERSION));
            assertTrue(e.getMessage().contains("TLS handshake"), e.getMessage());
        }
    }

    @Test
    void theGeneratedCertificateIsKeptAcrossRestarts() throws Exception {
        CertificateFingerprint first;
        try (Daemon daemon = startRemote(stateDir)) {
            first = daemon.certificate().orElseThrow().fingerprint();
        }
        byte[] keyStore = Files.readAllBytes(GeneratedCertificate.file(stateDir));
        try (Daemon daemon = startRemote(stateDir)) {
            assertEquals(first, daemon.certificate().orElseThrow().fingerprint());
            assertEquals(Optional.of(first.toString()), published(stateDir).tlsFingerprint());
        }
        assertArrayEquals(keyStore, Files.readAllBytes(GeneratedCertificate.file(stateDir)), "the key store is not rewritten");
    }

    @Test
    void theStudiosOwnCertificateIsServedWhenGiven() throws Exception {
        StudioPem pem = StudioPem.make(studio, "studio");
        try (Daemon daemon = Daemon.start(new Daemon.Config(ANY_ADDRESS, 0, stateDir,
                Daemon.Config.DEFAULT_MAX_CONVERSATION_BYTES, Optional.empty(), OptionalInt.empty(), OnnxRuntime.Device.CPU,
                Optional.of(new CertificateFiles(pem.certificate(), pem.key()))))) {
            assertEquals(pem.fingerprint(), daemon.certificate().orElseThrow().fingerprint());
            assertEquals(Optional.of(pem.fingerprint().toString()), published(stateDir).tlsFingerprint());
            assertFalse(Files.exists(GeneratedCertificate.file(stateDir)), "no certificate of its own is made");
            try (EaselClient client = EaselClient.connect(pinned(daemon, Optional.of(pem.fingerprint())), "test",
                    Messages.PROTOCOL_VERSION)) {
                client.ping();
            }
        }
    }

    @Test
    void aKeyOfAnotherCertificateIsRefusedAtStartNamingTheFiles() throws Exception {
        StudioPem one = StudioPem.make(studio, "one");
        StudioPem other = StudioPem.make(studio, "other");
        CertificateException e = assertThrows(CertificateException.class, () -> StudioCertificate.load(one.certificate(), other.key()));
        assertTrue(e.getMessage().contains("does not belong to the certificate in " + one.certificate()), e.getMessage());
    }

    @Test
    void aPkcs1KeyIsRefusedWithTheCommandThatConvertsIt() throws Exception {
        StudioPem pem = StudioPem.make(studio, "studio");
        Path pkcs1 = studio.resolve("rsa.pem");
        Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        CertificateException e = assertThrows(CertificateException.class, () -> StudioCertificate.load(pem.certificate(), pkcs1));
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8 -nocrypt"), e.getMessage());
    }

    private static byte[] readUntilClosed(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                got.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the daemon kept a plain-TCP connection open without closing it", e);
        } catch (IOException reset) {
            // a reset is as good a refusal as a close
        }
        return got.toByteArray();
    }
}
