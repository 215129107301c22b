package org.easel.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.server.Images;
import org.easel.server.TestClient;
import org.easel.server.session.ClassicalEditEngine;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzing of the frame decoder and of message handling. The seeds are fixed, so
 * every run executes the same cases and a failure names the case to replay. Each test prints how
 * many cases it ran.
 */
class ProtocolFuzzTest {
    static final int DECODER_CASES = 10_000;
    static final int MESSAGE_CASES = 3_000;

    private static final Set<String> REPLY_TYPES = Set.of("pong", "accepted", "progress", "result", "cancel_ack",
            "history", "models", "error");
    private static final Set<String> ERROR_CODES = Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName)
            .collect(Collectors.toSet());

    /**
     * Damaged bytes, cut at random points: the decoder never throws, only ever hands on frames or
     * failures, never leases (so never allocates) more than the limits announce, and gives every
     * lease back when the connection ends.
     */
    @Test
    void theDecoderSurvivesDamagedBytesWithinItsLimits() {
        FrameLimits limits = new FrameLimits(4096, 4, 64 * 1024);
        Mutator mutator = new Mutator(20261126L);
        int frames = 0;
        int failures = 0;
        for (int c = 0; c < DECODER_CASES; c++) {
            InFlightMemory memory = new InFlightMemory(1 << 20);
            FrameDecoder decoder = new FrameDecoder(limits, memory);
            decoder.handshakeDone();
            EmbeddedChannel ch = new EmbeddedChannel(decoder);
            byte[] damaged = mutator.mutateBytes(FrameCodec.encode(mutator.validRequest("c" + c)));
            byte[] stream = concat(damaged, FrameCodec.encode(mutator.validRequest("next")));
            try {
                for (int at = 0; at < stream.length; ) {
                    int n = 1 + mutator.random().nextInt(Math.min(stream.length - at, 1 + mutator.random().nextInt(200)));
                    ch.writeInbound(Unpooled.wrappedBuffer(stream, at, n));
                    at += n;
                }
                Object out;
                while ((out = ch.readInbound()) != null) {
                    if (out instanceof ReceivedFrame received) {
                        frames++;
                        received.lease().release();
                    } else if (out instanceof DecodeFailure failure) {
                        failures++;
                        assertFalse(failure.problem().getMessage().isBlank());
                    } else {
                        throw new AssertionError("case " + c + ": unexpected " + out);
                    }
                }
            } catch (RuntimeException e) {
                throw new AssertionError("case " + c + " threw", e);
            }
            assertTrue(memory.peak() <= limits.maxAttachmentBytes(), "case " + c + " leased " + memory.peak());
            ch.finishAndReleaseAll();
            assertEquals(0, memory.inUse(), "case " + c + ": a half-read frame's lease is released on close");
        }
        System.out.printf("fuzz: decoder ran %d cases (%d frames decoded, %d failures reported)%n",
                DECODER_CASES, frames, failures);
        assertTrue(frames > 0 && failures > 0, "the cases reach both outcomes");
    }

    /**
     * Damaged requests against a running server with the real engine: every reply is a protocol
     * message, every error has a known code and a message and is never an internal or engine
     * failure, a connection is only closed after a fatal error, each request is followed by a
     * ping that must still be answered, and at the end all memory is back and edits still work.
     */
    @Test
    void theServerAnswersDamagedRequestsAndKeepsServing() throws Exception {
        Mutator mutator = new Mutator(4242L);
        int closed = 0;
        try (ServerUnderTest server = ServerUnderTest.start(new ClassicalEditEngine(), 256L << 20,
                Duration.ofMillis(300), Duration.ofSeconds(5))) {
            TestClient client = server.connect();
            for (int c = 0; c < MESSAGE_CASES; c++) {
                Frame request = mutator.mutateMessage(mutator.validRequest("c" + c));
                byte[] bytes = mutator.random().nextInt(20) == 0
                        ? mutator.mutateBytes(FrameCodec.encode(request)) : FrameCodec.encode(request);
                client.sendRaw(concat(bytes, FrameCodec.encode(Frame.of(TestClient.message("ping", "sentinel-" + c).build()))));
                if (!answeredUntilSentinel(client, c)) {
                    closed++;
                    client.close();
                    client = server.connect();
                }
            }
            client.close();
            assertTrue(server.memoryReturns(), "every request's memory is given back");
            try (TestClient after = server.connect()) {
                after.send(Images.edit("final", "invert", 4, 4).build(), Images.colourfulRgba8(4, 4));
                assertEquals("result", after.readUntil("result").type().orElseThrow());
            }
        }
        System.out.printf("fuzz: server ran %d damaged requests (%d ended their connection with a fatal error)%n",
                MESSAGE_CASES, closed);
    }

    /**
     * Sizes chosen to overflow 32-bit arithmetic: width × height × bytes per pixel past 2³¹, and
     * positions whose right or bottom edge passes Integer.MAX_VALUE. Each is answered with a
     * clear error or a correct result, never an internal failure, and nothing large is leased.
     */
    @Test
    void dimensionsThatOverflowAreRefusedOrHandled() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.start(new ClassicalEditEngine());
             TestClient client = server.connect()) {
            int[][] sizes = {{46_341, 46_341}, {16_384, 16_384}, {65_536, 32_768}, {Integer.MAX_VALUE, 2}, {8192, 8193}};
            for (int[] size : sizes) {
                for (String format : new String[] {"rgba8", "rgbaf32"}) {
                    client.send(Images.edit("big", "brighter", 8, 8)
                            .add("image", Images.descriptor(0, 0, size[0], size[1], format, 0)).build(), new byte[16]);
                    Frame error = client.read();
                    assertEquals("bad_image", error.header().getString("code"), error.header().toString());
                    assertTrue(error.header().getString("message").contains("at most"), error.header().toString());
                }
            }
            for (int x : new int[] {Integer.MAX_VALUE - 3, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                client.send(Images.edit("far", "brighter", 8, 8)
                        .add("image", Images.descriptor(x, x, 8, 8, "rgba8", 0))
                        .add("selection", Images.descriptor(0, 0, 8, 8, "a8", 1)).build(),
                        Images.colourfulRgba8(8, 8), Images.rectangleMask(8, 8, 0, 0, 4, 4));
                Frame end = client.readUntilEnd("far");
                assertTrue(end.type().orElseThrow().equals("result")
                        || Set.of("bad_image", "empty_selection").contains(end.header().getString("code")), end.header().toString());
            }
            assertTrue(server.memory.peak() < 1 << 20, "nothing big was ever leased: " + server.memory.peak());
        }
    }

    /** Reads replies until the sentinel pong (true) or until a fatal error closed the connection (false). */
    private static boolean answeredUntilSentinel(TestClient client, int c) throws Exception {
        Frame last = null;
        while (true) {
            Frame f;
            try {
                f = client.read();
            } catch (EOFException | SocketException closed) {
                assertTrue(last != null && "error".equals(last.type().orElse(""))
                        && last.header().getBoolean("fatal", false), "case " + c + ": closed without a fatal error, last " + last);
                return false;
            } catch (IOException e) {
                throw new AssertionError("case " + c + ": no answer", e);
            }
            String type = f.type().orElse("");
            assertTrue(REPLY_TYPES.contains(type), "case " + c + ": unexpected reply " + f.header());
            if (type.equals("error")) {
                String code = f.header().getString("code", "");
                assertTrue(ERROR_CODES.contains(code), "case " + c + ": unknown code " + f.header());
                assertFalse(code.equals("internal") || code.equals("engine_failed"), "case " + c + ": " + f.header());
                assertFalse(f.header().getString("message", "").isBlank(), "case " + c);
            }
            if (type.equals("pong") && f.id().orElse("").equals("sentinel-" + c)) {
                return true;
            }
            last = f;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
