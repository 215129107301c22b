package org.easel.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.Frame;
import org.easel.server.Images;
import org.easel.server.TestClient;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;
import org.easel.server.session.ClassicalEditEngine;
import org.easel.server.session.EditEngine;
import org.easel.server.session.EditOutcome;
import org.easel.server.session.EditRequest;
import org.easel.server.session.Job;
import org.junit.jupiter.api.Test;

/**
 * 16 clients at once, 50 mixed requests each (edits, edits cancelled right after sending, pings,
 * history, models): every request is answered with the right reply, none is refused, jobs run in
 * the order they were accepted, and all memory is given back at the end.
 */
class LoadTest {
    static final int CLIENTS = 16;
    static final int REQUESTS_PER_CLIENT = 50;

    /** The real classical engine, noting the order in which jobs start. */
    static final class RunOrder implements EditEngine {
        final ConcurrentLinkedQueue<Long> jobNumbers = new ConcurrentLinkedQueue<>();
        private final ClassicalEditEngine engine = new ClassicalEditEngine();

        @Override
        public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
            jobNumbers.add(jobNumber(((Job) control).id()));
            return engine.run(request, plan, control);
        }
    }

    static long jobNumber(String jobId) {
        return Long.parseLong(jobId.substring("j-".length()));
    }

    @Test
    void sixteenClientsFiftyMixedRequestsEachAreAllAnsweredInOrder() throws Exception {
        RunOrder engine = new RunOrder();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try (ServerUnderTest server = ServerUnderTest.start(engine)) {
            List<Future<Integer>> clients = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                int client = k;
                clients.add(pool.submit(() -> runClient(server, client)));
            }
            int answered = 0;
            for (Future<Integer> c : clients) {
                answered += c.get(5, TimeUnit.MINUTES);
            }
            assertEquals(CLIENTS * REQUESTS_PER_CLIENT, answered);
            List<Long> order = new ArrayList<>(engine.jobNumbers);
            for (int i = 1; i < order.size(); i++) {
                assertTrue(order.get(i - 1) < order.get(i), "jobs start in the order they were accepted: " + order);
            }
            assertTrue(server.memoryReturns(), "all requests' memory is given back");
            System.out.printf("load: %d clients × %d requests answered, %d jobs ran in FIFO order, peak in-flight %d KiB%n",
                    CLIENTS, REQUESTS_PER_CLIENT, order.size(), server.memory.peak() / 1024);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client's 50 requests; returns how many were answered as expected. */
    private static int runClient(ServerUnderTest server, int client) throws Exception {
        Random random = new Random(1000 + client);
        String conversation = "doc-" + client;
        int answered = 0;
        int editsEnded = 0;
        try (TestClient c = server.connect()) {
            for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                String id = "c" + client + "-" + i;
                int kind = random.nextInt(10);
                if (kind < 4) {
                    int side = 8 + random.nextInt(25);
                    c.send(edit(id, conversation, side), Images.colourfulRgba8(side, side));
                    Map<String, Frame> replies = readUntilEnds(c, id);
                    int ahead = replies.get("accepted").header().getInt("queuePosition");
                    assertTrue(ahead < CLIENTS, id + ": a client waits at most for the other clients' jobs, " + ahead);
                    assertEquals("result", replies.get("end").type().orElseThrow(), replies.get("end").header().toString());
                    editsEnded++;
                } else if (kind == 4) {
                    c.send(edit(id, conversation, 16), Images.colourfulRgba8(16, 16));
                    c.send(TestClient.message("cancel", id + "-cancel").add("edit", id).build());
                    Frame end = null;
                    Frame ack = null;
                    while (end == null || ack == null) {
                        Frame f = c.read();
                        String type = f.type().orElseThrow();
                        if (type.equals("cancel_ack")) {
                            ack = f;
                        } else if (type.equals("result") || type.equals("error")) {
                            end = f;
                        }
                    }
                    boolean cancelled = end.type().orElseThrow().equals("error");
                    assertTrue(!cancelled || end.header().getString("code").equals("cancelled"), end.header().toString());
                    assertTrue(!cancelled || ack.header().getBoolean("found"), "a cancelled edit was found: " + ack.header());
                    editsEnded++;
                } else if (kind < 7) {
                    assertEquals("pong", c.request(TestClient.message("ping", id).build()).type().orElseThrow());
                } else if (kind < 9) {
                    Frame history = c.request(TestClient.message("history", id).add("conversation", conversation).build());
                    int turns = history.header().getJsonArray("turns").size();
                    // The last edit's turn is recorded just after its reply was sent, so it may still be missing.
                    assertTrue(turns <= editsEnded && turns >= editsEnded - 1, id + ": " + turns + " turns after " + editsEnded + " edits");
                } else {
                    assertEquals("models", c.request(TestClient.message("models", id).build()).type().orElseThrow());
                }
                answered++;
            }
        }
        return answered;
    }

    private static jakarta.json.JsonObject edit(String id, String conversation, int side) {
        String[] instructions = {"a bit warmer", "more contrast", "make it black and white", "slightly brighter"};
        return Images.edit(id, instructions[Math.floorMod(id.hashCode(), instructions.length)], side, side)
                .add("conversation", Json.createObjectBuilder().add("id", conversation)).build();
    }

    /** The accepted reply and the ending one ("end") of edit {@code id}. */
    private static Map<String, Frame> readUntilEnds(TestClient c, String id) throws Exception {
        Map<String, Frame> replies = new HashMap<>();
        while (true) {
            Frame f = c.read();
            assertEquals(id, f.id().orElseThrow(), f.header().toString());
            String type = f.type().orElseThrow();
            if (type.equals("accepted")) {
                replies.put("accepted", f);
            } else if (type.equals("result") || type.equals("error")) {
                replies.put("end", f);
                return replies;
            }
        }
    }
}
