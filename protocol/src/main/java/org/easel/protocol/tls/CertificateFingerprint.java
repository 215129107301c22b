package org.easel.protocol.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 digest of a certificate's DER encoding, the identity a client pins instead of
 * trusting a certificate authority: a studio daemon's certificate is self-signed, and the
 * fingerprint is what its administrator reads out to the artists.
 *
 * <p>Written {@code SHA256:AB:CD:…} (colon-separated upper-case hex, as {@code keytool -list -v}
 * and {@code openssl x509 -fingerprint -sha256} print it, so either can confirm it). Read
 * leniently: with or without the prefix, colons or spaces, any case.
 */
public final class CertificateFingerprint {
    public static final String PREFIX = "SHA256:";
    private static final int SHA256_BYTES = 32;

    private final byte[] digest;

    private CertificateFingerprint(byte[] digest) {
        this.digest = digest;
    }

    /** The fingerprint of a DER-encoded certificate. */
    public static CertificateFingerprint ofDer(byte[] der) {
        try {
            return new CertificateFingerprint(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e); // every Java SE has it
        }
    }

    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            return ofDer(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /** Reads a fingerprint as a person typed or pasted it; a clear IllegalArgumentException when it is not one. */
    public static CertificateFingerprint parse(String text) {
        String hex = text.strip();
        if (hex.toUpperCase(Locale.ROOT).startsWith(PREFIX)) {
            hex = hex.substring(PREFIX.length());
        } else if (hex.toUpperCase(Locale.ROOT).startsWith("SHA-256:")) {
            hex = hex.substring("SHA-256:".length());
        }
        hex = hex.replaceAll("[:\\s]", "");
        if (!hex.matches("[0-9a-fA-F]{" + SHA256_BYTES * 2 + "}")) {
            throw new IllegalArgumentException("'" + text + "' is not a SHA-256 certificate fingerprint: expected 32 "
                    + "bytes in hex, like SHA256:3F:A1:…, as `easel status` on the daemon's machine prints it");
        }
        return new CertificateFingerprint(HexFormat.of().parseHex(hex));
    }

    /** Compares in constant time, so a network peer learns nothing from how long a refusal takes. */
    public boolean matches(CertificateFingerprint other) {
        return MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateFingerprint f && matches(f);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return PREFIX + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
