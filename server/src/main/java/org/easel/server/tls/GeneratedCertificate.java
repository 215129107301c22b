package org.easel.server.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The daemon's own self-signed certificate: made at the first start that needs TLS and kept in
 * the state directory, so its fingerprint (what artists pin) stays the same across restarts.
 *
 * <p>Made by the JDK's {@code keytool}, run as a process: the JDK has no public API to create a
 * certificate, and the alternatives are a new crypto dependency (BouncyCastle, which Netty's
 * SelfSignedCertificate wants) or JDK internals that Java 17 closes off. keytool ships with every
 * JDK and jlink'd runtime (it is part of java.base).
 *
 * <p>The key store's password protects nothing the file permissions do not: the state directory
 * is the owner's alone (checked at start), as for the token next to it. It is a constant so the
 * file is all there is to keep.
 */
public final class GeneratedCertificate {
    public static final String DIR = "tls";
    public static final String FILE = "daemon.p12";
    static final String ALIAS = "easel";
    private static final char[] PASSWORD = "easel-daemon".toCharArray();
    private static final long KEYTOOL_WAIT_SECONDS = 60;
    /** Pinning ignores dates; a long validity only keeps other tools from calling it expired. */
    private static final String VALIDITY_DAYS = "3650";

    private GeneratedCertificate() {
    }

    public static Path file(Path stateDir) {
        return stateDir.resolve(DIR).resolve(FILE);
    }

    /** The certificate kept in {@code stateDir}, made now when there is none. */
    public static DaemonCertificate loadOrCreate(Path stateDir) throws CertificateException {
        Path file = file(stateDir);
        if (!Files.exists(file)) {
            create(file);
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
        } catch (IOException | GeneralSecurityException e) {
            throw new CertificateException("The daemon's certificate " + file + " cannot be read (" + e.getMessage()
                    + "). Move it away and start again to make a new one; every client must then pin the new "
                    + "fingerprint.", e);
        }
        return DaemonCertificate.from(store, ALIAS, PASSWORD, "generated " + file);
    }

    private static void create(Path file) throws CertificateException {
        Path partial = file.resolveSibling(FILE + ".partial");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new CertificateException("Cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        String password = new String(PASSWORD);
        List<String> command = List.of(keytool().toString(), "-genkeypair", "-noprompt",
                "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-validity", VALIDITY_DAYS, "-dname", "CN=Easel daemon",
                "-keystore", partial.toString(), "-storetype", "PKCS12",
                "-storepass", password, "-keypass", password);
        try {
            Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
            keytool.getOutputStream().close();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!keytool.waitFor(KEYTOOL_WAIT_SECONDS, TimeUnit.SECONDS)) {
                keytool.destroyForcibly();
                throw new CertificateException("keytool did not finish making the daemon's certificate within "
                        + KEYTOOL_WAIT_SECONDS + " s");
            }
            if (keytool.exitValue() != 0 || !Files.isRegularFile(partial)) {
                throw new CertificateException("keytool could not make the daemon's certificate (exit "
                        + keytool.exitValue() + "): " + output);
            }
            // Published whole or not at all: a crash mid-way must not leave a half key store behind.
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file);
            }
        } catch (IOException e) {
            throw new CertificateException("Cannot run keytool (" + keytool() + ") to make the daemon's certificate: "
                    + e.getMessage() + ". Give the studio's own with --tls-cert and --tls-key instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CertificateException("Interrupted while making the daemon's certificate", e);
        }
    }

    /** The keytool of the Java running the daemon (not whatever is first on PATH). */
    private static Path keytool() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "keytool.exe" : "keytool");
    }
}
