package org.easel.installer.cli.edit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The conversation an image file belongs to when none is named: one per file (its absolute path),
 * so {@code easel edit photo.png "more"} continues what the last edit of photo.png did.
 */
public final class ConversationIds {
    private static final int MAX = 128;

    private ConversationIds() {
    }

    public static String forFile(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        String id = "cli:" + path;
        if (id.length() <= MAX) {
            return id;
        }
        // Too long for the protocol: a digest of the path keeps it unique, the name keeps it readable.
        String name = file.getFileName().toString();
        String digest = sha256(path).substring(0, 16);
        String tail = name.length() > MAX - 22 ? name.substring(name.length() - (MAX - 22)) : name;
        return "cli:" + digest + ":" + tail;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
