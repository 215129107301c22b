package org.easel.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.Frame;
import org.easel.server.Images;
import org.easel.server.TestClient;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.junit.jupiter.api.Test;

/**
 * Round-robin between users over the real protocol: the order jobs run in, the per-user limit of
 * waiting edits, and fairness under load (one user flooding does not starve the others).
 */
class FairQueueingTest {
    private static final int SIDE = 16;
    private static final byte[] PIXELS = Images.colourfulRgba8(SIDE, SIDE);

    private static JsonObject edit(String id, String conversation) {
        return UserAccessTest.edit(id, conversation, "make it warmer");
    }

    /** The job id from {@code accepted}, or the error that refused the edit. */
    private static Frame submit(TestClient client, String id, String conversation) throws Exception {
        client.send(edit(id, conversation), PIXELS);
        while (true) {
            Frame f = client.read();
            String type = f.type().orElse("");
            if (id.equals(f.id().orElse("")) && (type.equals("accepted") || type.equals("error"))) {
                return f;
            }
        }
    }

    @Test
    void waitingJobsRunOneUserAtATime() throws Exception {
        PacedEngine engine = new PacedEngine(1);
        try (TeamServer server = new TeamServer(engine, 16, 8);
             TestClient alice = server.connect(server.add("alice")); TestClient bob = server.connect(server.add("bob"))) {
            submit(alice, "held", "doc-held"); // holds the worker while the others queue
            assertTrue(engine.heldStarted.await(20, TimeUnit.SECONDS));
            for (int i = 0; i < 3; i++) {
                submit(alice, "a" + i, "doc-a" + i);
            }
            for (int i = 0; i < 2; i++) {
                Frame accepted = submit(bob, "b" + i, "doc-b" + i);
                // Alice was served last (the held job), so Bob is next in turn: b0 has only the held job
                // ahead, b1 that, b0 and one of Alice's.
                assertEquals(1 + 2 * i, accepted.header().getInt("queuePosition"), accepted.header().toString());
            }
            engine.gate.countDown();
            for (String id : List.of("held", "a0", "a1", "a2")) {
                assertEquals("result", alice.readUntilEnd(id).type().orElseThrow());
            }
            for (String id : List.of("b0", "b1")) {
                assertEquals("result", bob.readUntilEnd(id).type().orElseThrow());
            }
            List<String> order = engine.ran.stream().map(key -> key.substring(key.lastIndexOf('\u001f') + 1)).toList();
            assertEquals(List.of("doc-held", "doc-b0", "doc-a0", "doc-b1", "doc-a1", "doc-a2"), order,
                    "alice and bob alternate, bob first after alice's held job");
        }
    }

    @Test
    void aUserWithTooManyWaitingEditsIsToldSoAndOthersStillGetIn() throws Exception {
        PacedEngine engine = new PacedEngine(1);
        try (TeamServer server = new TeamServer(engine, 16, 2);
             TestClient alice = server.connect(server.add("alice")); TestClient bob = server.connect(server.add("bob"));
             TestClient bobAgain = server.connect(server.add("bob2"))) {
            submit(alice, "held", "doc-held");
            assertTrue(engine.heldStarted.await(20, TimeUnit.SECONDS));
            assertEquals("accepted", submit(alice, "a1", "doc-a").type().orElseThrow());
            assertEquals("accepted", submit(alice, "a2", "doc-a").type().orElseThrow());
            Frame refused = submit(alice, "a3", "doc-a");
            assertEquals("busy", refused.header().getString("code"));
            assertEquals("You already have 2 edits waiting (at most 2 per user); send the next one when one of them "
                    + "has finished.", refused.header().getString("message"));
            // The limit is per user, not per daemon: Bob is not locked out by Alice's edits.
            assertEquals("accepted", submit(bob, "b1", "doc-b").type().orElseThrow());
            // And per user over all their connections.
            try (TestClient aliceElsewhere = server.connect(server.users.add("alice-laptop"))) {
                assertEquals("accepted", submit(aliceElsewhere, "l1", "doc-l").type().orElseThrow());
            }
            engine.gate.countDown();
        }
    }

    @Test
    void aFullQueueStillLetsInAUserWithNothingWaiting() throws Exception {
        PacedEngine engine = new PacedEngine(1);
        try (TeamServer server = new TeamServer(engine, 3, 3);
             TestClient alice = server.connect(server.add("alice")); TestClient bob = server.connect(server.add("bob"))) {
            submit(alice, "held", "doc-held");
            assertTrue(engine.heldStarted.await(20, TimeUnit.SECONDS));
            for (int i = 0; i < 3; i++) {
                assertEquals("accepted", submit(alice, "a" + i, "doc-a").type().orElseThrow());
            }
            assertEquals("accepted", submit(bob, "b0", "doc-b").type().orElseThrow(), "bob is not locked out");
            Frame second = submit(bob, "b1", "doc-b");
            assertEquals("busy", second.header().getString("code"));
            assertTrue(second.header().getString("message").startsWith("3 edits are already waiting"),
                    second.header().toString());
            engine.gate.countDown();
        }
    }

    @Test
    void aUsersLimitCountsAllTheirConnections() throws Exception {
        PacedEngine engine = new PacedEngine(1);
        try (TeamServer server = new TeamServer(engine, 16, 2)) {
            String aliceToken = server.add("alice");
            try (TestClient one = server.connect(aliceToken); TestClient two = server.connect(aliceToken)) {
                submit(one, "held", "doc-held");
                assertTrue(engine.heldStarted.await(20, TimeUnit.SECONDS));
                assertEquals("accepted", submit(one, "a1", "doc-a").type().orElseThrow());
                assertEquals("accepted", submit(two, "a2", "doc-a").type().orElseThrow());
                assertEquals("busy", submit(two, "a3", "doc-a").header().getString("code"));
                engine.gate.countDown();
            }
        }
    }

    // ------------------------------------------------------------------ fairness under load

    private static final long JOB_MILLIS = 100;
    private static final int EDITS_EACH = 7;
    private static final int FLOOD = 30;
    private static final int PER_CONNECTION = 4; // JobQueue.PER_OWNER_CAPACITY

    /**
     * Three users; Alice keeps 30 edits waiting all the time (over 8 connections, as one connection
     * may have 4 waiting; each result is answered with a new edit), while Bob and Carol each send 7,
     * one after another, as an artist does. Bob's and Carol's median wait (edit sent to result read)
     * stays within 2x of what it is with no flood. Every job takes the same 100 ms, so only the queue
     * order decides the waits: in arrival order each of their edits would wait behind Alice's 30,
     * about 10x longer than idle.
     */
    @Test
    void oneUserFloodingDoesNotStarveTheOthers() throws Exception {
        SemanticUnderstanding.shared(); // loaded now, not in the background of the first measurement
        double[] idle = medianWaits(false);
        double[] loaded = medianWaits(true);
        System.out.printf("fair queueing: median wait of bob %.0f ms, carol %.0f ms idle; %.0f ms, %.0f ms while alice "
                + "keeps %d edits waiting (jobs of %d ms)%n", idle[0], idle[1], loaded[0], loaded[1], FLOOD, JOB_MILLIS);
        for (int i = 0; i < 2; i++) {
            assertTrue(loaded[i] <= 2 * idle[i], String.format("median wait %.0f ms under load vs %.0f ms idle",
                    loaded[i], idle[i]));
        }
    }

    /** Bob's and Carol's median waits in ms, with or without Alice's flood. */
    private static double[] medianWaits(boolean flood) throws Exception {
        PacedEngine engine = new PacedEngine(JOB_MILLIS);
        try (TeamServer server = new TeamServer(engine, 64, FLOOD)) {
            String aliceToken = server.add("alice");
            List<TestClient> aliceConnections = new ArrayList<>();
            ExecutorService threads = Executors.newCachedThreadPool();
            try (TestClient bob = server.connect(server.add("bob")); TestClient carol = server.connect(server.add("carol"))) {
                // Warm up (class loading, the interpreter) outside the measurement.
                UserAccessTest.ended(bob, edit("warm", "doc-warm"));
                UserAccessTest.ended(carol, edit("warm", "doc-warm"));
                if (flood) {
                    for (int sent = 0; sent < FLOOD; sent += PER_CONNECTION) {
                        TestClient connection = server.connect(aliceToken);
                        aliceConnections.add(connection);
                        int edits = Math.min(PER_CONNECTION, FLOOD - sent);
                        for (int i = 0; i < edits; i++) {
                            assertEquals("accepted", submit(connection, "a" + i, "doc-a").type().orElseThrow());
                        }
                        threads.submit(() -> keepFlooding(connection));
                    }
                }
                Future<List<Long>> bobWaits = threads.submit(() -> waits(bob, "doc-bob"));
                Future<List<Long>> carolWaits = threads.submit(() -> waits(carol, "doc-carol"));
                return new double[] {median(bobWaits.get(120, TimeUnit.SECONDS)),
                        median(carolWaits.get(120, TimeUnit.SECONDS))};
            } finally {
                for (TestClient c : aliceConnections) {
                    c.close(); // ends the flood: the daemon cancels a dropped connection's edits
                }
                threads.shutdownNow();
            }
        }
    }

    /** Answers each of the connection's results with a new edit, until the connection closes. */
    private static void keepFlooding(TestClient connection) {
        try {
            for (int next = PER_CONNECTION; ; next++) {
                Frame f = connection.read();
                String type = f.type().orElse("");
                if (type.equals("result") || type.equals("error")) {
                    connection.send(edit("a" + next, "doc-a"), PIXELS);
                }
            }
        } catch (Exception closed) {
            // the test is over
        }
    }

    private static List<Long> waits(TestClient client, String conversation) throws Exception {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < EDITS_EACH; i++) {
            long start = System.nanoTime();
            Frame end = UserAccessTest.ended(client, edit("e" + i, conversation));
            waits.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertEquals("result", end.type().orElseThrow(), end.header().toString());
        }
        return waits;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
