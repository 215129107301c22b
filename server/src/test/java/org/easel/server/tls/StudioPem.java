package org.easel.server.tls;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.easel.protocol.tls.CertificateFingerprint;

/** A studio's certificate and key as PEM files, made for a test with keytool (as an administrator might). */
record StudioPem(Path certificate, Path key, CertificateFingerprint fingerprint) {

    static StudioPem make(Path dir, String name) throws Exception {
        Path store = dir.resolve(name + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-noprompt", "-alias", "studio", "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=studio " + name, "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "secret", "-keypass", "secret")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "secret".toCharArray());
        }
        X509Certificate certificate = (X509Certificate) keys.getCertificate("studio");
        PrivateKey key = (PrivateKey) keys.getKey("studio", "secret".toCharArray());
        Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes());
        Path certFile = dir.resolve(name + "-cert.pem");
        Path keyFile = dir.resolve(name + "-key.pem");
        Files.writeString(certFile, "-----BEGIN CERTIFICATE-----\n" + pem.encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n" + pem.encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        return new StudioPem(certFile, keyFile, CertificateFingerprint.of(certificate));
    }
}
