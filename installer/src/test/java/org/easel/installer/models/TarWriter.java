package org.easel.installer.models;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes simple tar archives for tests: ustar headers, GNU 'L' records for names over 100 bytes. */
final class TarWriter {
    private TarWriter() {
    }

    static void write(OutputStream out, Map<String, byte[]> entries) throws IOException {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            if (name.length > 100) {
                byte[] longName = (e.getKey() + "\0").getBytes(StandardCharsets.UTF_8);
                out.write(header("././@LongLink", longName.length, 'L'));
                body(out, longName);
            }
            out.write(header(e.getKey(), e.getValue().length, '0'));
            body(out, e.getValue());
        }
        out.write(new byte[1024]);
    }

    private static void body(OutputStream out, byte[] data) throws IOException {
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static byte[] header(String name, long size, char type) {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(100, n.length));
        put(h, 100, "0000644\0");
        put(h, 108, "0000000\0");
        put(h, 116, "0000000\0");
        put(h, 124, String.format("%011o\0", size));
        put(h, 136, String.format("%011o\0", 0));
        put(h, 148, "        ");
        h[156] = (byte) type;
        put(h, 257, "ustar\0");
        put(h, 263, "00");
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o\0 ", sum));
        return h;
    }

    private static void put(byte[] h, int offset, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, offset, b.length);
    }
}
