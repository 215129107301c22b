package org.easel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    private static final FrameLimits SMALL = new FrameLimits(64, 2, 100);

    private static byte[] frame(String json, byte[]... attachments) {
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(4 + header.length + Arrays.stream(attachments).mapToInt(a -> a.length).sum());
        buffer.putInt(header.length).put(header);
        for (byte[] a : attachments) {
            buffer.put(a);
        }
        return buffer.array();
    }

    private static Frame read(byte[] bytes, FrameLimits limits) throws Exception {
        return FrameCodec.read(new ByteArrayInputStream(bytes), limits);
    }

    private static ErrorCode readError(byte[] bytes, FrameLimits limits) {
        return assertThrows(ProtocolException.class, () -> read(bytes, limits)).code();
    }

    @Test
    void roundTripsAFrameWithAttachments() throws Exception {
        Frame sent = new Frame(Json.createObjectBuilder().add("type", "x").build(),
                List.of(new byte[] {1, 2, 3}, new byte[0], new byte[] {9}));
        Frame received = read(FrameCodec.encode(sent), FrameLimits.DEFAULTS);
        assertEquals("x", received.type().orElseThrow());
        assertEquals(3, received.attachments().size());
        assertArrayEquals(new byte[] {1, 2, 3}, received.attachments().get(0));
        assertArrayEquals(new byte[0], received.attachments().get(1));
        assertArrayEquals(new byte[] {9}, received.attachments().get(2));
    }

    @Test
    void aStaleAttachmentsMemberIsReplacedByTheRealLengths() throws Exception {
        Frame sent = new Frame(Json.createObjectBuilder().add("attachments", Json.createArrayBuilder().add(99)).add("type", "x").build(),
                List.of(new byte[] {7, 7}));
        Frame received = read(FrameCodec.encode(sent), FrameLimits.DEFAULTS);
        assertEquals(2, received.header().getJsonArray("attachments").getInt(0));
    }

    @Test
    void rejectsOversizedHeaderBeforeReadingIt() {
        byte[] huge = ByteBuffer.allocate(4).putInt(65).array(); // declares 65 bytes, sends none
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(huge, SMALL));
        byte[] negative = ByteBuffer.allocate(4).putInt(-1).array();
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(negative, SMALL));
    }

    @Test
    void rejectsOversizedOrTooManyAttachmentsBeforeReadingThem() {
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(frame("{\"attachments\":[101]}"), SMALL));
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(frame("{\"attachments\":[1,1,1]}"), SMALL));
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(frame("{\"attachments\":[60,41]}"), SMALL), "the sum counts");
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(frame("{\"attachments\":[-1]}"), SMALL));
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(frame("{\"attachments\":[1.5]}"), SMALL));
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(frame("{\"attachments\":\"lots\"}"), SMALL));
        assertEquals(ErrorCode.FRAME_TOO_LARGE, readError(frame("{\"attachments\":[99999999999999999999999]}"), SMALL));
    }

    @Test
    void rejectsHeadersThatAreNotUtf8JsonObjects() {
        assertEquals(ErrorCode.BAD_REQUEST, readError(frame("[1,2]"), SMALL));
        assertEquals(ErrorCode.BAD_REQUEST, readError(frame("{\"type\":"), SMALL));
        assertEquals(ErrorCode.BAD_REQUEST, readError(frame("{}{}"), SMALL));
        assertEquals(ErrorCode.BAD_REQUEST, readError(frame("\"x\""), SMALL));
        assertEquals(ErrorCode.BAD_REQUEST, readError(ByteBuffer.allocate(4).putInt(1).array(), SMALL));
        byte[] invalidUtf8 = {0, 0, 0, 4, '{', (byte) 0xC3, (byte) 0x28, '}'};
        assertEquals(ErrorCode.BAD_REQUEST, readError(invalidUtf8, SMALL));
    }

    @Test
    void truncatedFramesEndWithEof() {
        byte[] whole = frame("{\"attachments\":[4]}", new byte[] {1, 2, 3, 4});
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            assertThrows(EOFException.class, () -> read(truncated, SMALL), "cut at " + cut);
        }
    }

    @Test
    void unknownMembersArePreserved() throws Exception {
        Frame f = read(frame("{\"type\":\"ping\",\"id\":\"p\",\"future\":{\"x\":1}}"), SMALL);
        assertEquals("ping", f.type().orElseThrow());
        assertEquals("p", f.id().orElseThrow());
        assertEquals(1, f.header().getJsonObject("future").getInt("x"));
    }

    @Test
    void readsSeveralFramesFromOneStream() throws Exception {
        byte[] a = frame("{\"type\":\"a\"}");
        byte[] b = frame("{\"type\":\"b\",\"attachments\":[1]}", new byte[] {5});
        InputStream in = new ByteArrayInputStream(ByteBuffer.allocate(a.length + b.length).put(a).put(b).array());
        assertEquals("a", FrameCodec.read(in, SMALL).type().orElseThrow());
        assertEquals("b", FrameCodec.read(in, SMALL).type().orElseThrow());
    }
}
