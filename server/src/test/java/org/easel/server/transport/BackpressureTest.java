package org.easel.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateEvent;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.server.EchoEngine;
import org.easel.server.HeldEngine;
import org.easel.server.Images;
import org.easel.server.TestClient;
import org.junit.jupiter.api.Test;

/**
 * Clients that send too much, too slowly, or do not read: each is contained, and every other
 * connection keeps being served.
 */
class BackpressureTest {
    private static final Duration SHORT = Duration.ofMillis(400);
    private static final Duration LONG = Duration.ofSeconds(60);

    private static String code(Frame error) {
        assertEquals("error", error.type().orElseThrow(), error.header().toString());
        return error.header().getString("code");
    }

    private static JsonObject edit(String id, int side) {
        return Images.edit(id, "make it brighter", side, side).build();
    }

    @Test
    void aFullMemoryBudgetAnswersBusyAndKeepsTheConnection() throws Exception {
        HeldEngine engine = new HeldEngine();
        int side = 448; // 784 KiB of rgba8: one fits the 1 MiB budget, two do not
        try (ServerUnderTest server = ServerUnderTest.start(engine, 1 << 20, LONG, LONG);
             TestClient first = server.connect(); TestClient second = server.connect()) {
            first.send(edit("a1", side), Images.colourfulRgba8(side, side));
            assertEquals("accepted", first.read().type().orElseThrow());
            assertTrue(engine.awaitStarted());

            Frame busy = second.request(edit("b1", side), Images.colourfulRgba8(side, side));
            assertEquals("busy", code(busy));
            assertEquals("b1", busy.id().orElseThrow());
            assertTrue(busy.header().getString("message").contains("Send it again"), busy.header().toString());
            assertFalse(busy.header().getBoolean("fatal"));
            assertEquals("pong", second.request(TestClient.message("ping", "p").build()).type().orElseThrow(),
                    "the refused frame's bytes were read past: the stream is still in step");

            engine.release.countDown();
            assertEquals("result", first.readUntil("result").type().orElseThrow());
            assertTrue(server.memoryReturns(), "a written result gives its memory back");
            second.send(edit("b2", side), Images.colourfulRgba8(side, side));
            assertEquals("result", second.readUntil("result").type().orElseThrow());
        }
    }

    @Test
    void aClientThatStopsHalfwayThroughAMessageIsTimedOutAndItsMemoryFreed() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.start(new EchoEngine(), 64L << 20, SHORT, LONG);
             TestClient stalled = server.connect(); TestClient other = server.connect()) {
            int side = 512;
            byte[] whole = FrameCodec.encode(new Frame(edit("half", side), java.util.List.of(new byte[side * side * 4])));
            stalled.sendRaw(java.util.Arrays.copyOf(whole, whole.length / 2));
            assertEquals("pong", other.request(TestClient.message("ping", "p").build()).type().orElseThrow());

            Frame timeout = stalled.read();
            assertEquals("timeout", code(timeout));
            assertTrue(timeout.header().getBoolean("fatal"));
            assertEquals("half", timeout.id().orElseThrow(), "the header had arrived, so its id is known");
            assertTrue(stalled.isClosedByPeer());
            assertTrue(server.memoryReturns());
            assertEquals("pong", other.request(TestClient.message("ping", "p2").build()).type().orElseThrow());
        }
    }

    @Test
    void anIdleConnectionBetweenMessagesIsKept() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.start(new EchoEngine(), 64L << 20, SHORT, LONG);
             TestClient client = server.connect()) {
            Thread.sleep(SHORT.multipliedBy(3).toMillis());
            assertEquals("pong", client.request(TestClient.message("ping", "p").build()).type().orElseThrow());
        }
    }

    /**
     * A client floods big edits and pings without ever reading. The daemon stops reading from it
     * once its replies back up, serves another client meanwhile, and drops it after the stall
     * timeout, which gives back every byte its requests held.
     */
    @Test
    void aClientThatDoesNotReadCannotStallOthersAndIsDropped() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.start(new EchoEngine(), 256L << 20, Duration.ofSeconds(1), LONG);
             TestClient slow = server.connect(); TestClient fast = server.connect()) {
            // 4 MiB layers: the few edits a connection may queue (JobQueue.PER_OWNER_CAPACITY) give
            // results that overflow the write buffer, so the daemon stops reading this client.
            int side = 1024;
            byte[] big = Images.colourfulRgba8(side, side);
            // 240 MiB of requests cannot all pass while the daemon has stopped reading: the flood
            // ends only when the daemon drops the connection, and says how many edits got through.
            CompletableFuture<Integer> flood = CompletableFuture.supplyAsync(() -> {
                int i = 0;
                try {
                    for (; i < 60; i++) {
                        slow.send(edit("s" + i, side), big);
                        slow.send(TestClient.message("ping", "sp" + i).build());
                    }
                    return i;
                } catch (Exception closedByTheDaemon) {
                    return i;
                }
            });
            for (int i = 0; i < 20; i++) {
                assertEquals("pong", fast.request(TestClient.message("ping", "p" + i).build()).type().orElseThrow());
                fast.send(edit("f" + i, 32), Images.colourfulRgba8(32, 32));
                assertEquals(32 * 32 * 4, fast.readUntil("result").attachments().get(0).length);
            }
            int sent = flood.get(20, TimeUnit.SECONDS);
            assertTrue(sent < 60, "the daemon stopped reading and then closed the connection mid-flood (" + sent + " sent)");
            assertTrue(server.memoryReturns(), "the dropped client's requests and results are freed");
            assertTrue(slow.drainUntilClosed(), "the connection is closed");
            assertEquals("pong", fast.request(TestClient.message("ping", "last").build()).type().orElseThrow());
        }
    }

    @Test
    void readingPausesWhileRepliesBackUpAndResumesWhenTheyDrain() {
        EmbeddedChannel ch = new EmbeddedChannel(new SlowReaderGuard());
        ch.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
        ch.write(Unpooled.wrappedBuffer(new byte[32]));
        ch.runPendingTasks();
        assertFalse(ch.isWritable());
        assertFalse(ch.config().isAutoRead(), "no new requests are read while replies wait");
        ch.flushOutbound();
        ch.runPendingTasks();
        assertTrue(ch.isWritable());
        assertTrue(ch.config().isAutoRead());
        ch.releaseOutbound();
    }

    @Test
    void aStalledReaderIsClosedButAnIdleOneIsNot() {
        EmbeddedChannel idle = new EmbeddedChannel(new SlowReaderGuard());
        idle.pipeline().fireUserEventTriggered(IdleStateEvent.WRITER_IDLE_STATE_EVENT);
        assertTrue(idle.isOpen(), "nothing waits to be read: an idle connection is fine");

        EmbeddedChannel stalled = new EmbeddedChannel(new SlowReaderGuard());
        stalled.write(Unpooled.wrappedBuffer(new byte[32]));
        stalled.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_WRITER_IDLE_STATE_EVENT);
        assertTrue(stalled.isOpen(), "the first check of a quiet spell does not look at progress: it proves nothing");
        stalled.pipeline().fireUserEventTriggered(IdleStateEvent.WRITER_IDLE_STATE_EVENT);
        assertFalse(stalled.isOpen());
    }

    @Test
    void helloMustBeFinishedInTimeHoweverSlowlyItTrickles() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.start(new EchoEngine(), 64L << 20, LONG, SHORT);
             TestClient client = new TestClient(server.address())) {
            byte[] hello = FrameCodec.encode(Frame.of(TestClient.hello(ServerUnderTest.TOKEN, 1)));
            CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
                try {
                    for (byte b : hello) {
                        client.sendRaw(new byte[] {b});
                        Thread.sleep(SHORT.toMillis() / 8);
                    }
                } catch (Exception closedByTheDaemon) {
                    // expected
                }
            });
            assertTrue(client.drainUntilClosed(), "closed at the deadline although bytes kept coming");
            trickle.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void beforeHelloOnlySmallFramesWithoutAttachmentsAreRead() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.start(new EchoEngine());
             TestClient big = new TestClient(server.address()); TestClient withAttachment = new TestClient(server.address())) {
            big.sendRaw(ByteBuffer.allocate(4).putInt(100_000).array());
            Frame error = big.read();
            assertEquals("frame_too_large", code(error));
            assertTrue(error.header().getString("message").contains("until \"hello\""), error.header().toString());
            assertTrue(big.isClosedByPeer());

            byte[] json = TestClient.hello(ServerUnderTest.TOKEN, 1).toString().replace("}", ",\"attachments\":[64]}")
                    .getBytes(StandardCharsets.UTF_8);
            withAttachment.sendRaw(ByteBuffer.allocate(4 + json.length).putInt(json.length).put(json).array());
            assertEquals("frame_too_large", code(withAttachment.read()));
            assertTrue(withAttachment.isClosedByPeer());
        }
    }

    @Test
    void aClientThatDisconnectsMidJobCancelsItAndItsPixelsAreFreed() throws Exception {
        HeldEngine engine = new HeldEngine();
        int side = 512;
        try (ServerUnderTest server = ServerUnderTest.start(engine)) {
            try (TestClient client = server.connect()) {
                client.send(Images.edit("e1", "make it darker", side, side).build(), Images.colourfulRgba8(side, side));
                assertEquals("accepted", client.read().type().orElseThrow());
                assertTrue(engine.awaitStarted());
                assertEquals((long) side * side * 4, server.memory.inUse(), "the running edit's pixels are leased");
            }
            assertTrue(server.memoryReturns(), "the disconnect cancelled the job and released its lease");
            assertTrue(pixelsCollected(engine), "nothing in the daemon still holds the job's pixels");
            assertEquals("cancelled", server.edits.history("doc-1").orElseThrow().turns().get(0).status());
        }
    }

    private static boolean pixelsCollected(HeldEngine engine) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (engine.lastPixels.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        return engine.lastPixels.get() == null;
    }
}
