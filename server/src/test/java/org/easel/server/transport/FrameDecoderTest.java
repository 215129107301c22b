package org.easel.server.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import jakarta.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private static final FrameLimits LIMITS = new FrameLimits(256, 2, 1000);

    /** A decoder past the handshake, with a budget far larger than the limits. */
    private static EmbeddedChannel channel() {
        FrameDecoder decoder = new FrameDecoder(LIMITS, new InFlightMemory(1 << 20));
        decoder.handshakeDone();
        return new EmbeddedChannel(decoder);
    }

    private static Frame frameOut(EmbeddedChannel ch) {
        ReceivedFrame received = ch.readInbound();
        return received.frame();
    }

    private static byte[] frame(String type, byte[]... attachments) {
        return FrameCodec.encode(new Frame(Json.createObjectBuilder().add("type", type).add("id", "x").build(), List.of(attachments)));
    }

    private static byte[] raw(String json) {
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + header.length).putInt(header.length).put(header).array();
    }

    @Test
    void decodesFramesSplitAtEveryPossibleByte() {
        byte[] a = frame("a", new byte[] {1, 2, 3}, new byte[0]);
        byte[] b = frame("b");
        byte[] both = ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            EmbeddedChannel ch = channel();
            int at = 0;
            while (at < both.length) {
                int n = 1 + random.nextInt(Math.min(9, both.length - at));
                ch.writeInbound(Unpooled.wrappedBuffer(both, at, n));
                at += n;
            }
            Frame first = frameOut(ch);
            Frame second = frameOut(ch);
            assertEquals("a", first.type().orElseThrow());
            assertArrayEquals(new byte[] {1, 2, 3}, first.attachments().get(0));
            assertEquals(0, first.attachments().get(1).length);
            assertEquals("b", second.type().orElseThrow());
            assertNull(ch.readInbound());
        }
    }

    @Test
    void badJsonIsReportedAndTheNextFrameStillDecodes() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.wrappedBuffer(raw("{nope")), Unpooled.wrappedBuffer(raw("")), Unpooled.wrappedBuffer(frame("ok")));
        assertEquals(ErrorCode.BAD_REQUEST, ((DecodeFailure) ch.readInbound()).problem().code());
        assertEquals(ErrorCode.BAD_REQUEST, ((DecodeFailure) ch.readInbound()).problem().code());
        assertEquals("ok", frameOut(ch).type().orElseThrow());
    }

    @Test
    void oversizedDeclarationsAreFatalAndTheRestIsDiscarded() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.wrappedBuffer(raw("{\"id\":\"big\",\"attachments\":[600,600]}")), Unpooled.wrappedBuffer(frame("after")));
        DecodeFailure failure = ch.readInbound();
        assertEquals(ErrorCode.FRAME_TOO_LARGE, failure.problem().code());
        assertEquals("big", failure.requestId().orElseThrow());
        assertNull(ch.readInbound(), "nothing is decoded after a fatal error");

        EmbeddedChannel header = channel();
        header.writeInbound(Unpooled.wrappedBuffer(ByteBuffer.allocate(4).putInt(257).array()));
        assertEquals(ErrorCode.FRAME_TOO_LARGE, ((DecodeFailure) header.readInbound()).problem().code());
    }

    @Test
    void anHttpRequestLineIsRecognisedOnlyAtTheStart() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.wrappedBuffer("POST /v1 HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ErrorCode.NOT_HTTP, ((DecodeFailure) ch.readInbound()).problem().code());
    }

    @Test
    void randomGarbageNeverThrowsAndEndsInFramesOrFailures() {
        Random random = new Random(42);
        for (int trial = 0; trial < 2000; trial++) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            if (random.nextBoolean() && noise.length >= 4) {
                ByteBuffer.wrap(noise).putInt(random.nextInt(noise.length)); // plausible header length
            }
            EmbeddedChannel ch = channel();
            ch.writeInbound(Unpooled.wrappedBuffer(noise));
            Object out;
            while ((out = ch.readInbound()) != null) {
                if (!(out instanceof ReceivedFrame) && !(out instanceof DecodeFailure)) {
                    throw new AssertionError("unexpected " + out);
                }
            }
            ch.finishAndReleaseAll();
        }
    }
}
