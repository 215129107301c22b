package org.easel.server.memory;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.easel.protocol.PixelFormat;

/**
 * Image pixels as content-addressed files: the same image is stored once however many turns use
 * it. A file appears complete or not at all (written aside, then renamed), so a killed daemon never
 * leaves a half image under a real name. Files are not fsynced — that cost a turn tens of
 * milliseconds per image on a busy disk; after a power loss (not a process crash) the last turns'
 * pixels may be missing, which {@link #read} detects and reports instead of returning garbage. Pixels are deflated at the fastest level: painted layers
 * often halve, and it costs far less than the disk it saves.
 */
public final class ImageStore {
    private final Path dir;

    public ImageStore(Path dir) {
        this.dir = dir;
    }

    /** The content address of an image: sha256 over its size, format and pixels. */
    public static String idOf(int width, int height, PixelFormat format, byte[] pixels) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((width + "x" + height + " " + format.wireName() + "\n").getBytes(StandardCharsets.US_ASCII));
            sha.update(pixels);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Stores the pixels unless an identical image is already there; returns its description. */
    public StoredImage put(int width, int height, PixelFormat format, byte[] pixels) throws IOException {
        if (pixels.length != format.byteLength(width, height)) {
            throw new IllegalArgumentException("pixels do not match " + width + "x" + height + " " + format.wireName());
        }
        String id = idOf(width, height, format, pixels);
        Path file = fileOf(id);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), id, ".tmp");
            try {
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                     DeflaterOutputStream out = new DeflaterOutputStream(Channels.newOutputStream(channel), deflater, 1 << 16)) {
                    out.write(pixels);
                    out.finish();
                } finally {
                    deflater.end();
                }
                moveAtomically(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return new StoredImage(id, width, height, format, false);
    }

    /** Reads an image's pixels, checking they are complete. */
    public byte[] read(StoredImage image) throws IOException {
        Path file = fileOf(image.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(image.byteLength(), Integer.MAX_VALUE - 8));
        Inflater inflater = new Inflater();
        try (InputStream in = new InflaterInputStream(Files.newInputStream(file), inflater, 1 << 16)) {
            in.transferTo(out);
        } finally {
            inflater.end();
        }
        byte[] pixels = out.toByteArray();
        if (pixels.length != image.byteLength()) {
            throw new IOException("stored image " + image.id() + " is damaged (" + pixels.length + " of "
                    + image.byteLength() + " bytes)");
        }
        return pixels;
    }

    public boolean contains(String id) {
        return Files.exists(fileOf(id));
    }

    /** Bytes the image takes on disk (0 when it is not stored). */
    public long sizeOnDisk(String id) {
        try {
            return Files.size(fileOf(id));
        } catch (IOException e) {
            return 0;
        }
    }

    public void delete(String id) throws IOException {
        Files.deleteIfExists(fileOf(id));
    }

    /**
     * Keeps a small preview for an image whose pixels are not stored (an imported conversation
     * whose document capped its size), so the history can still show what that turn made.
     */
    public void putPreview(String imageId, Preview preview) throws IOException {
        Path file = previewOf(imageId);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), imageId, ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(Files.newOutputStream(temp)))) {
                out.writeInt(preview.width());
                out.writeInt(preview.height());
                out.write(preview.rgba());
            }
            moveAtomically(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The preview kept for an image without pixels; empty when there is none or it is unreadable. */
    public Optional<Preview> preview(String imageId) {
        Path file = previewOf(imageId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(Files.newInputStream(file)))) {
            int width = in.readInt();
            int height = in.readInt();
            if (!Preview.fits(width, height)) {
                return Optional.empty();
            }
            return Optional.of(new Preview(width, height, in.readNBytes(Preview.byteLength(width, height))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Path previewOf(String id) {
        return fileOf(id).resolveSibling(id + ".preview");
    }

    private Path fileOf(String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            // ids come from our own hashing or from an import; anything else must never become a path
            throw new IllegalArgumentException("not an image id: " + id);
        }
        return dir.resolve(id.substring(0, 2)).resolve(id + ".px");
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
