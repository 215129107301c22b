package org.easel.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes and decodes protocol frames: a 4-byte big-endian header length, the UTF-8 JSON header,
 * then the raw attachments the header's {@code attachments} member lists (PROTOCOL.md section 2).
 *
 * <p>The blocking stream methods serve Java clients and tests; the daemon's non-blocking decoder
 * reuses {@link #parseHeader} and {@link #attachmentLengths} so both paths parse and delimit frames
 * the same way. (The decoder checks the header length itself: it reads too-short headers and
 * lets them fail to parse, keeping the stream in step, and has a lower limit before {@code hello}.)
 */
public final class FrameCodec {

    private FrameCodec() {
    }

    /** The length prefix and header bytes of a frame; the attachments follow them unchanged on the wire. */
    public static byte[] encodeHeader(Frame frame) {
        JsonObject header = withAttachmentLengths(frame);
        byte[] json = toJsonBytes(header);
        return ByteBuffer.allocate(4 + json.length).putInt(json.length).put(json).array();
    }

    /** A whole frame as one byte array (tests and small messages; large frames should stream). */
    public static byte[] encode(Frame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, frame);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    public static void write(OutputStream out, Frame frame) throws IOException {
        out.write(encodeHeader(frame));
        for (byte[] attachment : frame.attachments()) {
            out.write(attachment);
        }
        out.flush();
    }

    /**
     * Reads one frame, checking every declared size against {@code limits} before reading it.
     *
     * @throws EOFException when the stream ends before the frame is complete
     */
    public static Frame read(InputStream in, FrameLimits limits) throws IOException, ProtocolException {
        DataInputStream data = new DataInputStream(in);
        int headerLength = data.readInt();
        checkHeaderLength(headerLength, limits);
        byte[] headerBytes = new byte[headerLength];
        data.readFully(headerBytes);
        JsonObject header = parseHeader(headerBytes);
        long[] lengths = attachmentLengths(header, limits);
        List<byte[]> attachments = new ArrayList<>(lengths.length);
        for (long length : lengths) {
            byte[] attachment = new byte[(int) length];
            data.readFully(attachment);
            attachments.add(attachment);
        }
        return new Frame(header, attachments);
    }

    /** Rejects a declared header length outside 2 (the smallest object, "{}") … the limit. */
    public static void checkHeaderLength(long headerLength, FrameLimits limits) throws ProtocolException {
        if (headerLength > limits.maxHeaderBytes() || headerLength < 0) {
            throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "The message header declares "
                    + Integer.toUnsignedString((int) headerLength) + " bytes; the limit is "
                    + limits.maxHeaderBytes() + " bytes.");
        }
        if (headerLength < 2) {
            throw new ProtocolException(ErrorCode.BAD_REQUEST,
                    "The message header is " + headerLength + " bytes long; it must hold a JSON object.");
        }
    }

    /** Parses header bytes that must be strict UTF-8 holding one JSON object. */
    public static JsonObject parseHeader(byte[] headerBytes) throws ProtocolException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(headerBytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException(ErrorCode.BAD_REQUEST, "The message header is not valid UTF-8.");
        }
        try (JsonParser parser = Jsons.createParser(new StringReader(text))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT) {
                throw new ProtocolException(ErrorCode.BAD_REQUEST, "The message header must be a JSON object.");
            }
            JsonObject header = parser.getObject();
            if (parser.hasNext()) {
                throw new ProtocolException(ErrorCode.BAD_REQUEST, "The message header has data after its JSON object.");
            }
            return header;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new ProtocolException(ErrorCode.BAD_REQUEST, "The message header is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * The attachment lengths a header declares, validated against the limits: a list of at most
     * {@code maxAttachments} non-negative integers whose sum is at most {@code maxAttachmentBytes}.
     */
    public static long[] attachmentLengths(JsonObject header, FrameLimits limits) throws ProtocolException {
        JsonValue value = header.get(Messages.ATTACHMENTS);
        if (value == null || value == JsonValue.NULL) {
            return new long[0];
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE,
                    "\"attachments\" must be an array of byte lengths; the frame cannot be delimited.");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > limits.maxAttachments()) {
            throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "The message has " + array.size()
                    + " attachments; the limit is " + limits.maxAttachments() + ".");
        }
        long[] lengths = new long[array.size()];
        long total = 0;
        for (int i = 0; i < lengths.length; i++) {
            JsonValue item = array.get(i);
            if (!(item instanceof JsonNumber number) || !number.isIntegral() || number.bigDecimalValue().signum() < 0) {
                throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE,
                        "\"attachments\"[" + i + "] must be a non-negative integer byte length; the frame cannot be delimited.");
            }
            if (number.bigIntegerValue().bitLength() > 62 || (total += number.longValue()) > limits.maxAttachmentBytes()) {
                throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "The message's attachments declare more than "
                        + limits.maxAttachmentBytes() + " bytes in all, the limit (attachment " + i + " declares " + number + ").");
            }
            lengths[i] = number.longValue();
        }
        return lengths;
    }

    /** Compact JSON in UTF-8, members in insertion order. */
    public static byte[] toJsonBytes(JsonObject header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonWriter writer = Jsons.createWriter(out)) {
            writer.writeObject(header);
        }
        return out.toByteArray();
    }

    private static JsonObject withAttachmentLengths(Frame frame) {
        if (frame.attachments().isEmpty() && !frame.header().containsKey(Messages.ATTACHMENTS)) {
            return frame.header();
        }
        JsonObjectBuilder builder = Jsons.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : frame.header().entrySet()) {
            if (!member.getKey().equals(Messages.ATTACHMENTS)) {
                builder.add(member.getKey(), member.getValue());
            }
        }
        if (!frame.attachments().isEmpty()) {
            JsonArrayBuilder lengths = Jsons.createArrayBuilder();
            frame.attachments().forEach(a -> lengths.add(a.length));
            builder.add(Messages.ATTACHMENTS, lengths);
        }
        return builder.build();
    }
}
