package org.easel.installer.models;

import org.easel.server.models.RelativePath;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small reader of tar archives (POSIX ustar, GNU long names, pax path records), enough for model
 * archives made by tar, 7-Zip or Python's tarfile. Only regular files are returned; a name that is
 * not a safe model path is returned as null (its content is skipped).
 */
final class TarReader implements Closeable {
    private static final int BLOCK = 512;

    private final InputStream in;
    private long remaining;
    private long padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    record Entry(String name, long size) {
    }

    static boolean looksLikeTar(byte[] head, int length) {
        return length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    }

    /** The next regular file, or null at the end of the archive. */
    Entry next() throws IOException {
        skipRest();
        String longName = null;
        byte[] header = new byte[BLOCK];
        while (true) {
            if (!readBlock(header)) {
                return null;
            }
            if (isZero(header)) {
                return null;
            }
            long size = number(header, 124, 12);
            char type = (char) header[156];
            if (type == 'L' || type == 'x') {
                byte[] data = readData(size);
                if (type == 'L') {
                    longName = cString(data, 0, data.length);
                } else {
                    String paxPath = paxPath(data);
                    if (paxPath != null) {
                        longName = paxPath;
                    }
                }
                continue;
            }
            String name = longName != null ? longName : ustarName(header);
            longName = null;
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == '0' || type == '\0' || type == '7') {
                return new Entry(normalise(name), size);
            }
            // directories, links, devices, global pax headers: skipped
            skipRest();
        }
    }

    /** The current entry's content; reading past its end gives -1. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new EOFException("the archive is truncated");
                }
                remaining -= n;
                return n;
            }

            @Override
            public void close() {
                // the archive stays open; next() skips what was not read
            }
        };
    }

    /** A '/'-separated relative model path, or null for anything else ("../x", "/etc/x", "a\\b"). */
    static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String n = name;
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        return RelativePath.isValidFile(n) ? n : null;
    }

    private void skipRest() throws IOException {
        skipFully(remaining + padding);
        remaining = 0;
        padding = 0;
    }

    private byte[] readData(long size) throws IOException {
        if (size > (1 << 20)) {
            throw new IOException("tar header record too large");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length != size) {
            throw new EOFException("the archive is truncated");
        }
        skipFully((BLOCK - size % BLOCK) % BLOCK);
        return data;
    }

    private boolean readBlock(byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n < BLOCK) {
            throw new EOFException("the archive is truncated");
        }
        return true;
    }

    private void skipFully(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the archive is truncated");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String ustarName(byte[] header) {
        String name = cString(header, 0, 100);
        if (new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            String prefix = cString(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        return name;
    }

    private static String cString(byte[] data, int offset, int length) {
        int end = offset;
        while (end < offset + length && data[end] != 0) {
            end++;
        }
        return new String(data, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** Octal, or base-256 (first byte's high bit set) for sizes of 8 GiB and more. */
    private static long number(byte[] header, int offset, int length) throws IOException {
        if ((header[offset] & 0x80) != 0) {
            long value = header[offset] & 0x7f;
            for (int i = 1; i < length; i++) {
                value = (value << 8) | (header[offset + i] & 0xff);
            }
            return value;
        }
        String text = cString(header, offset, length).trim();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (bad size field \"" + text + "\")");
        }
    }

    private static String paxPath(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        int i = 0;
        while (i < text.length()) {
            int space = text.indexOf(' ', i);
            if (space < 0) {
                return null;
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(i, space));
            } catch (NumberFormatException e) {
                return null;
            }
            // length counts bytes; pax records here are ASCII paths in practice
            int end = Math.min(text.length(), i + length);
            String record = text.substring(space + 1, end).strip();
            if (record.startsWith("path=")) {
                return record.substring(5);
            }
            if (length <= 0) {
                return null;
            }
            i = end;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
