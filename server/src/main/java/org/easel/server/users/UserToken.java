package org.easel.server.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A user's token: 256 random bits as 64 hex digits (the same shape as the daemon's own token, so
 * every client accepts it), stored only as its SHA-256.
 *
 * <p>Why a plain hash and no slow KDF (bcrypt, scrypt, Argon2): a slow KDF exists to make guessing
 * a low-entropy password from its stolen hash expensive. A token drawn from 2^256 values cannot be
 * guessed however fast each guess is, so a fast hash protects it just as well, and the daemon can
 * check a token on every handshake without spending tens of milliseconds of CPU on it.
 */
public final class UserToken {
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The stored form: SHA-256 of the token's UTF-8 bytes, in hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares two hashes in constant time, so timing tells nothing about how much of a guess was right. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
