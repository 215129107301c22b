package org.easel.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The studio's own certificate, given as PEM files (what openssl, certbot and most CAs hand out):
 * the certificate (chain) and an unencrypted PKCS#8 private key. Read with the JDK alone.
 */
public final class StudioCertificate {
    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    private StudioCertificate() {
    }

    /** Reads and checks the pair; the key must belong to the (first) certificate. */
    public static DaemonCertificate load(Path certFile, Path keyFile) throws CertificateException {
        List<X509Certificate> chain = readChain(certFile);
        PrivateKey key = readKey(keyFile);
        if (!belongTogether(key, chain.get(0))) {
            throw new CertificateException("The key in " + keyFile + " does not belong to the certificate in " + certFile
                    + " (its first certificate must be the daemon's own).");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(GeneratedCertificate.ALIAS, key, IN_MEMORY_PASSWORD, chain.toArray(new Certificate[0]));
            return DaemonCertificate.from(store, GeneratedCertificate.ALIAS, IN_MEMORY_PASSWORD, "studio " + certFile);
        } catch (IOException | GeneralSecurityException e) {
            throw new CertificateException("Cannot use " + certFile + " with " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> readChain(Path file) throws CertificateException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> chain = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (chain.isEmpty()) {
                throw new CertificateException(file + " holds no certificate (expected PEM: -----BEGIN CERTIFICATE-----).");
            }
            return chain;
        } catch (IOException e) {
            throw new CertificateException("Cannot read the certificate " + file + ": " + e.getMessage(), e);
        } catch (java.security.cert.CertificateException e) {
            throw new CertificateException(file + " is not a PEM or DER certificate (" + e.getMessage() + ").", e);
        }
    }

    private static PrivateKey readKey(Path file) throws CertificateException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new CertificateException("Cannot read the key " + file + ": " + e.getMessage(), e);
        }
        Matcher pem = PKCS8.matcher(text);
        if (!pem.find()) {
            throw new CertificateException(file + " holds no unencrypted PKCS#8 key (-----BEGIN PRIVATE KEY-----). "
                    + "Convert it with: openssl pkcs8 -topk8 -nocrypt -in " + file + " -out easel-key.pem");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.group(1));
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // the PKCS#8 wrapper names its algorithm, but the JDK has no factory that reads it for us
            }
        }
        throw new CertificateException(file + " holds a private key that is not RSA, EC or EdDSA.");
    }

    /** Signs a random challenge with the key and verifies it with the certificate's public key. */
    private static boolean belongTogether(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm(); // Ed25519, Ed448 name their own signature
        };
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
