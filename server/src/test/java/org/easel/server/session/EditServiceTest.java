package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;
import java.nio.file.Path;
import java.util.UUID;
import org.easel.server.memory.ConversationRecord;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.MemoryException;
import org.easel.server.memory.TurnRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** Job life cycle with an engine the test controls, so every race is decided by the test. */
class EditServiceTest {

    /** Records every event as a string, in order. */
    static final class Events implements EditListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void accepted(String jobId, PlanView plan, int queuePosition) {
            events.add("accepted " + queuePosition);
        }

        @Override
        public void progress(int step, int steps, String stage) {
            events.add("progress " + step + "/" + steps);
        }

        @Override
        public void completed(PlanView plan, EditOutcome outcome) {
            events.add("completed");
        }

        @Override
        public void failed(ErrorCode code, String message) {
            events.add("failed " + code.wireName());
        }

        String next() throws InterruptedException {
            String e = events.poll(10, TimeUnit.SECONDS);
            if (e == null) {
                throw new AssertionError("no event within 10 s");
            }
            return e;
        }
    }

    @TempDir
    static Path memoryDir;
    private static ConversationStore memory;

    private final GatedEngine engine = new GatedEngine("done");
    private EditService service;
    private final Object owner = new Object();
    private final String conversation = "doc-" + UUID.randomUUID();

    @BeforeAll
    static void openMemory() throws Exception {
        memory = ConversationStore.open(memoryDir);
    }

    @AfterAll
    static void closeMemory() {
        memory.close();
    }

    @BeforeEach
    void start() {
        service = new EditService(2, EngineCatalog.builtIn(), engine, memory, 1L << 30);
    }

    @AfterEach
    void stop() {
        engine.release.countDown();
        service.shutdown(5000);
    }

    private List<TurnRecord> turns() throws MemoryException {
        return service.history(conversation).map(ConversationRecord::turns).orElse(List.of());
    }

    private EditRequest request(String instruction) {
        Raster image = new Raster(0, 0, 2, 2, PixelFormat.RGBA8, new byte[16]);
        return new EditRequest(conversation, Optional.of("Doc"), instruction, 2, 2, image, Optional.empty(), EditOptions.DEFAULTS);
    }

    @Test
    void eventsArriveInOrderAndTheTurnIsRecorded() throws Exception {
        Events events = new Events();
        service.submit(request("make it warmer"), owner, events);
        assertEquals("accepted 0", events.next());
        assertEquals("progress 0/2", events.next());
        engine.release.countDown();
        assertEquals("progress 2/2", events.next());
        assertEquals("completed", events.next());
        awaitTurns(1);
        TurnRecord turn = turns().get(0);
        assertEquals("done", turn.status());
        assertTrue(turn.planJson().contains("whole layer"), turn.planJson());
        assertEquals(Optional.of("Doc"), service.history(conversation).orElseThrow().title());
    }

    @Test
    void cancellingARunningJobStopsItAtTheNextCheck() throws Exception {
        Events events = new Events();
        String job = service.submit(request("make it warmer"), owner, events);
        assertTrue(engine.started.await(10, TimeUnit.SECONDS));
        assertFalse(service.cancel(job, new Object()), "another connection cannot cancel it");
        assertTrue(service.cancel(job, owner));
        assertEquals("accepted 0", events.next());
        assertEquals("progress 0/2", events.next());
        assertEquals("failed cancelled", events.next());
        awaitTurns(1);
        assertEquals("cancelled", turns().get(0).status());
    }

    @Test
    void aQueuedJobIsWithdrawnAndTheQueueIsBounded() throws Exception {
        Events first = new Events();
        Events second = new Events();
        Events third = new Events();
        service.submit(request("make it warmer"), owner, first);
        assertTrue(engine.started.await(10, TimeUnit.SECONDS));
        String queued = service.submit(request("make it cooler"), owner, second);
        assertEquals("accepted 1", second.next());
        service.submit(request("make it darker"), owner, third);
        assertEquals("accepted 2", third.next());
        EditRejected busy = assertThrows(EditRejected.class, () -> service.submit(request("brighter"), owner, new Events()));
        assertEquals(ErrorCode.BUSY, busy.code());

        assertTrue(service.cancel(queued, owner));
        assertEquals("failed cancelled", second.next());
        assertEquals("cancelled", turns().get(0).status());
        assertEquals("make it cooler", turns().get(0).instruction());

        engine.release.countDown();
        awaitTurns(3);
        assertEquals(List.of("cancelled", "done", "done"), turns().stream().map(TurnRecord::status).toList());
    }

    @Test
    void droppingTheOwnerCancelsAllItsJobsOnly() throws Exception {
        Events mine = new Events();
        Events queuedMine = new Events();
        Events theirs = new Events();
        Object other = new Object();
        service.submit(request("make it warmer"), owner, mine);
        assertTrue(engine.started.await(10, TimeUnit.SECONDS));
        service.submit(request("make it cooler"), owner, queuedMine);
        service.submit(request("make it darker"), other, theirs);
        service.cancelAll(owner);
        assertEquals("accepted 1", queuedMine.next());
        assertEquals("failed cancelled", queuedMine.next());
        assertEquals("accepted 0", mine.next());
        assertEquals("progress 0/2", mine.next());
        assertEquals("failed cancelled", mine.next());
        assertEquals("accepted 2", theirs.next());
        engine.release.countDown();
        assertEquals("progress 0/2", theirs.next());
        assertEquals("progress 2/2", theirs.next());
        assertEquals("completed", theirs.next());
    }

    @Test
    void shutdownStopsJobsWithAClearReasonAndRefusesNewOnes() throws Exception {
        Events running = new Events();
        service.submit(request("make it warmer"), owner, running);
        assertTrue(engine.started.await(10, TimeUnit.SECONDS));
        service.shutdown(5000);
        running.next();
        running.next();
        assertEquals("failed shutting_down", running.next());
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(request("warmer"), owner, new Events()));
        assertEquals(ErrorCode.SHUTTING_DOWN, e.code());
    }

    @Test
    void unsupportedInstructionsAndUnknownEnginesAreRejectedBeforeQueueing() throws Exception {
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(request("sing me a song"), owner, new Events()));
        assertEquals(ErrorCode.UNSUPPORTED_INSTRUCTION, e.code());
        EditOptions diffusion = new EditOptions(EditOptions.DEFAULTS.seed(), EditOptions.DEFAULTS.strength(),
                EditOptions.DEFAULTS.steps(), Optional.of("diffusion"), Optional.empty(), 4);
        EditRequest r = request("warmer");
        EditRequest withEngine = new EditRequest(r.conversationId(), r.title(), r.instruction(), 2, 2, r.image(),
                r.selection(), diffusion);
        e = assertThrows(EditRejected.class, () -> service.submit(withEngine, owner, new Events()));
        assertTrue(e.getMessage().contains("classical"), e.getMessage());
        assertTrue(turns().isEmpty());
    }

    private void awaitTurns(int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (turns().size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, turns().size());
    }
}
