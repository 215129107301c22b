package org.easel.server.transport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.server.Images;
import org.easel.server.TestClient;

/**
 * Seeded mutations of valid protocol messages for the fuzz tests: wrong types and values in the
 * JSON, attachments that disagree with their descriptors, sizes past every limit and past 2³¹,
 * invalid UTF-8, and byte-level damage (flips, truncation, insertions, lying length prefixes).
 * The same seed always produces the same cases, so a failure can be replayed.
 */
final class Mutator {
    private static final int[] INTERESTING_INTS = {0, 1, -1, 2, 255, 256, 4095, 4096, 16383, 16384, 16385, 65535, 65536,
            46341, 1 << 24, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 3};
    private static final long[] INTERESTING_LONGS = {1L << 31, 1L << 32, (1L << 31) + 1, Long.MAX_VALUE, -(1L << 31) - 1,
            (long) FrameLimits.DEFAULTS.maxAttachmentBytes() + 1};
    private static final String[] FORMATS = {"rgba8", "bgra8", "rgba16", "rgbaf32", "a8", "RGBA8", "", "rgb8"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A valid request of a random kind, on a tiny image, with its attachments. */
    Frame validRequest(String id) {
        int w = 1 + random.nextInt(8);
        int h = 1 + random.nextInt(8);
        return switch (random.nextInt(6)) {
            case 0 -> Frame.of(TestClient.message("ping", id).build());
            case 1 -> Frame.of(TestClient.message("history", id).add("conversation", "doc-1").build());
            case 2 -> Frame.of(TestClient.message("cancel", id).add(random.nextBoolean() ? "job" : "edit", "j-1").build());
            case 3 -> Frame.of(TestClient.message("models", id).build());
            case 4 -> new Frame(Images.edit(id, "make it a bit warmer", w, h).build(), List.of(Images.colourfulRgba8(w, h)));
            default -> new Frame(Images.edit(id, "make the selection black and white", w, h)
                    .add("selection", Images.descriptor(0, 0, w, h, "a8", 1))
                    .add("options", Json.createObjectBuilder().add("feather", 1).add("seed", 7)).build(),
                    List.of(Images.colourfulRgba8(w, h), Images.rectangleMask(w, h, 0, 0, Math.max(1, w / 2), h)));
        };
    }

    /** The request with one to three of its JSON members or attachments damaged; framing stays consistent. */
    Frame mutateMessage(Frame frame) {
        JsonObject header = frame.header();
        List<byte[]> attachments = new ArrayList<>(frame.attachments());
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            if (random.nextInt(5) == 0) {
                mutateAttachments(attachments);
            } else {
                header = (JsonObject) mutateValue(header, 0);
            }
        }
        return new Frame(header, attachments);
    }

    private void mutateAttachments(List<byte[]> attachments) {
        switch (random.nextInt(4)) {
            case 0 -> {
                if (!attachments.isEmpty()) {
                    attachments.remove(random.nextInt(attachments.size()));
                }
            }
            case 1 -> attachments.add(new byte[random.nextInt(300)]);
            case 2 -> {
                if (!attachments.isEmpty()) {
                    int i = random.nextInt(attachments.size());
                    attachments.set(i, Arrays.copyOf(attachments.get(i), Math.max(0, attachments.get(i).length + random.nextInt(9) - 4)));
                }
            }
            default -> {
                if (attachments.size() > 1) {
                    attachments.add(attachments.remove(0)); // image and mask swapped
                }
            }
        }
    }

    /** Replaces, removes or adds one member somewhere inside {@code value}. */
    private JsonValue mutateValue(JsonValue value, int depth) {
        if (depth == 0 && value instanceof JsonObject object && object.isEmpty()) {
            return Json.createObjectBuilder().add("type", randomValue()).build();
        }
        if (value instanceof JsonObject object && !object.isEmpty() && (depth == 0 || random.nextInt(3) > 0)) {
            List<String> keys = new ArrayList<>(object.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            JsonObjectBuilder b = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                if (!e.getKey().equals(key)) {
                    b.add(e.getKey(), e.getValue());
                }
            }
            switch (random.nextInt(6)) {
                case 0 -> { } // removed
                case 1 -> b.add(key + (random.nextBoolean() ? "" : "x"), randomValue());
                default -> b.add(key, mutateValue(object.get(key), depth + 1));
            }
            return b.build();
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER && random.nextBoolean()) {
            return random.nextBoolean() ? Json.createValue(INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)])
                    : Json.createValue(INTERESTING_LONGS[random.nextInt(INTERESTING_LONGS.length)]);
        }
        if (value.getValueType() == JsonValue.ValueType.STRING && random.nextBoolean()) {
            return Json.createValue(random.nextBoolean() ? FORMATS[random.nextInt(FORMATS.length)] : randomString());
        }
        return randomValue();
    }

    private JsonValue randomValue() {
        return switch (random.nextInt(10)) {
            case 0 -> JsonValue.NULL;
            case 1 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 2 -> Json.createValue(INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)]);
            case 3 -> Json.createValue(INTERESTING_LONGS[random.nextInt(INTERESTING_LONGS.length)]);
            case 4 -> Json.createValue(random.nextDouble() * 1e12 - 5e11);
            case 5 -> Json.createValue(new java.math.BigDecimal("1e400"));
            case 6 -> Json.createValue(randomString());
            case 7 -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)]);
                }
                yield a.build();
            }
            case 8 -> Json.createObjectBuilder().add("x", randomString()).build();
            default -> Json.createValue(FORMATS[random.nextInt(FORMATS.length)]);
        };
    }

    private String randomString() {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "x".repeat(random.nextInt(5000));
            case 2 -> "\u0000\uFFFF\uD83C\uDFA8 ../../etc/passwd";
            case 3 -> "make it brighter";
            default -> Long.toString(random.nextLong(), 36);
        };
    }

    /** The frame's bytes with byte-level damage; the result may not even be framed correctly. */
    byte[] mutateBytes(byte[] encoded) {
        byte[] b = encoded.clone();
        switch (random.nextInt(7)) {
            case 0 -> {
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                ByteBuffer out = ByteBuffer.allocate(b.length + noise.length);
                b = out.put(b, 0, at).put(noise).put(b, at, b.length - at).array();
            }
            case 3 -> ByteBuffer.wrap(b).putInt(INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)]);
            case 4 -> b = withInvalidUtf8(b);
            case 5 -> {
                int at = 4 + random.nextInt(Math.max(1, b.length - 4));
                b[Math.min(at, b.length - 1)] = (byte) new int[] {0x00, 0xFF, 0x7F, 0x80, 0xC0, 0x22, 0x5C}[random.nextInt(7)];
            }
            default -> b = withAttachmentsMember(b);
        }
        return b;
    }

    /** Replaces one header byte with a byte that can never occur in UTF-8. */
    private byte[] withInvalidUtf8(byte[] encoded) {
        int headerLength = ByteBuffer.wrap(encoded).getInt();
        if (headerLength < 3 || 4 + headerLength > encoded.length) {
            return encoded;
        }
        encoded[4 + 1 + random.nextInt(headerLength - 2)] = (byte) (0xF8 + random.nextInt(8));
        return encoded;
    }

    /** Re-frames the header with an "attachments" member that lies about the bytes that follow. */
    private byte[] withAttachmentsMember(byte[] encoded) {
        int headerLength = ByteBuffer.wrap(encoded).getInt();
        if (4 + headerLength > encoded.length) {
            return encoded;
        }
        JsonObject header;
        try {
            header = FrameCodec.parseHeader(Arrays.copyOfRange(encoded, 4, 4 + headerLength));
        } catch (Exception e) {
            return encoded;
        }
        JsonArrayBuilder lengths = Json.createArrayBuilder();
        for (int i = random.nextInt(10); i > 0; i--) {
            if (random.nextInt(4) == 0) {
                lengths.add(INTERESTING_LONGS[random.nextInt(INTERESTING_LONGS.length)]);
            } else {
                lengths.add(random.nextInt(64));
            }
        }
        JsonObject lying = Json.createObjectBuilder(header).add("attachments", lengths).build();
        byte[] json = lying.toString().getBytes(StandardCharsets.UTF_8);
        byte[] rest = Arrays.copyOfRange(encoded, 4 + headerLength, encoded.length);
        return ByteBuffer.allocate(4 + json.length + rest.length).putInt(json.length).put(json).put(rest).array();
    }
}
