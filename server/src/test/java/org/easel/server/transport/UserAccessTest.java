package org.easel.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.Frame;
import org.easel.server.Images;
import org.easel.server.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several users on one daemon, over the real protocol: who a token is, revocation at the handshake
 * and mid-session, and that no request type reaches another user's conversations or jobs.
 */
class UserAccessTest {
    private static final int SIDE = 16;
    private static final byte[] PIXELS = Images.colourfulRgba8(SIDE, SIDE);

    private TeamServer server;
    private PacedEngine engine;
    private String aliceToken;
    private String bobToken;
    private TestClient alice;
    /** Alice's job that is running (held) while Bob tries things. */
    private String aliceRunningJob;

    @BeforeEach
    void aliceHasAConversationAndARunningJob() throws Exception {
        engine = new PacedEngine(5);
        server = new TeamServer(engine, 16, 8);
        aliceToken = server.add("alice");
        bobToken = server.add("bob");
        alice = server.connect(aliceToken);
        assertEquals("result", ended(alice, edit("a1", "doc-alice", "make it warmer")).type().orElseThrow());
        alice.send(edit("a2", "doc-alice-held", "make it warmer"), PIXELS);
        Frame accepted = alice.readUntil("accepted");
        aliceRunningJob = accepted.header().getString("job");
        assertTrue(engine.heldStarted.await(20, TimeUnit.SECONDS));
    }

    @AfterEach
    void stop() throws Exception {
        engine.gate.countDown();
        if (alice != null) {
            alice.close();
        }
        server.close();
    }

    static JsonObject edit(String id, String conversation, String instruction) {
        return TestClient.message("edit", id)
                .add("conversation", Json.createObjectBuilder().add("id", conversation).add("title", conversation + ".kra"))
                .add("instruction", instruction)
                .add("canvas", Json.createObjectBuilder().add("width", SIDE).add("height", SIDE))
                .add("image", Images.descriptor(0, 0, SIDE, SIDE, "rgba8", 0)).build();
    }

    /** Sends an edit and reads until it ends: its result, or the error that refused it. */
    static Frame ended(TestClient client, JsonObject edit) throws Exception {
        client.send(edit, PIXELS);
        return client.readUntilEnd(edit.getString("id"));
    }

    private static String code(Frame error) {
        assertEquals("error", error.type().orElseThrow(), error.header().toString());
        return error.header().getString("code");
    }

    @Test
    void welcomeSaysWhoTheTokenBelongsTo() throws Exception {
        try (TestClient owner = new TestClient(server.address()); TestClient bob = new TestClient(server.address())) {
            assertEquals("owner", owner.request(TestClient.hello(TeamServer.OWNER_TOKEN, 1)).header().getString("user"));
            assertEquals("bob", bob.request(TestClient.hello(bobToken, 1)).header().getString("user"));
        }
    }

    @Test
    void aRevokedTokenIsRefusedAtTheHandshake() throws Exception {
        server.users.revoke("bob");
        try (TestClient bob = new TestClient(server.address())) {
            Frame refused = bob.request(TestClient.hello(bobToken, 1));
            assertEquals("unauthorized", code(refused));
            assertTrue(refused.header().getBoolean("fatal"));
            assertTrue(bob.isClosedByPeer());
        }
    }

    @Test
    void aRevokedTokenIsRefusedMidSessionOnEveryOpenConnection() throws Exception {
        try (TestClient bob = server.connect(bobToken); TestClient bobElsewhere = server.connect(bobToken)) {
            assertEquals("pong", bob.request(TestClient.message("ping", "p1").build()).type().orElseThrow());
            assertTrue(server.users.revoke("bob"));
            Frame refused = bob.request(TestClient.message("ping", "p2").build());
            assertEquals("unauthorized", code(refused));
            assertEquals("p2", refused.id().orElseThrow());
            assertTrue(refused.header().getString("message").contains("revoked"), refused.header().toString());
            assertTrue(bob.isClosedByPeer());
            // An edit is refused the same way, its pixels not kept.
            Frame edit = bobElsewhere.request(edit("b1", "doc-bob", "make it warmer"), PIXELS);
            assertEquals("unauthorized", code(edit));
            assertTrue(bobElsewhere.isClosedByPeer());
        }
        // Other users go on.
        alice.send(TestClient.message("ping", "p3").build());
        assertEquals("p3", alice.readUntil("pong").id().orElseThrow());
    }

    /** Every request type of PROTOCOL.md section 4 that a connected client can send. */
    enum Request {
        EDIT, UNDO, HISTORY, EXPORT, IMPORT, CANCEL, STATUS, PING, MODELS, UNLOAD;

        /** Runs an edit of its own, so Alice's held job must finish first (one job runs at a time). */
        boolean needsTheWorker() {
            return this == EDIT || this == IMPORT;
        }

        /**
         * Bob's request naming {@code conversation} (or job {@code job}), and the reply that ends it.
         * Bob first makes and exports a conversation of his own, which IMPORT brings in.
         */
        Frame sendAsBob(TestClient bob, String conversation, String job) throws Exception {
            return switch (this) {
                case EDIT -> ended(bob, edit("e", conversation, "make it cooler"));
                case UNDO -> ended(bob, edit("u", conversation, "undo"));
                case HISTORY -> bob.request(TestClient.message("history", "h").add("conversation", conversation).build());
                case EXPORT -> bob.request(TestClient.message("export", "x").add("conversation", conversation).build());
                case IMPORT -> {
                    assertEquals("result", ended(bob, edit("own", "doc-bob", "make it warmer")).type().orElseThrow());
                    Frame exported = bob.request(TestClient.message("export", "own-x").add("conversation", "doc-bob").build());
                    yield bob.request(TestClient.message("import", "i").add("conversation", conversation)
                            .add("attachments", Json.createArrayBuilder().add(exported.attachments().get(0).length)).build(),
                            exported.attachments().get(0));
                }
                case CANCEL -> bob.request(TestClient.message("cancel", "c").add("job", job).build());
                case STATUS -> bob.request(TestClient.message("status", "s").build());
                case PING -> bob.request(TestClient.message("ping", "p").build());
                case MODELS -> bob.request(TestClient.message("models", "m").build());
                case UNLOAD -> bob.request(TestClient.message("unload", "u").build());
            };
        }
    }

    /** The reply with what differs between any two runs (ids, times, job numbers) made neutral. */
    private static String neutral(Frame reply, String conversation, String job) {
        return reply.header().toString().replace(conversation, "CONVERSATION").replace("\"" + job + "\"", "\"JOB\"")
                .replaceAll("\"j-\\d+\"", "\"JOB\"").replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "TIME")
                .replaceAll("\"(durationMs|bytes)\":\\d+", "\"$1\":N").replaceAll("\"id\":\"[^\"]*\"", "\"id\":\"ID\"")
                .replace("\"user\":\"bob\"", "\"user\":\"ASKER\"").replace("\"user\":\"carol\"", "\"user\":\"ASKER\"")
                + " with " + reply.attachments().size() + " attachments";
    }

    @ParameterizedTest
    @EnumSource(Request.class)
    void noRequestReachesAnotherUsersConversationOrRevealsThatItExists(Request request) throws Exception {
        Frame aboutAlices;
        Frame aboutNobodys;
        if (request.needsTheWorker()) {
            engine.gate.countDown();
        }
        try (TestClient bob = server.connect(bobToken)) {
            aboutAlices = request.sendAsBob(bob, "doc-alice", aliceRunningJob);
        }
        // A second user with nothing of their own asks about an id nobody ever used: the same answer.
        try (TestClient carol = server.connect(server.add("carol"))) {
            aboutNobodys = request.sendAsBob(carol, "doc-never-used", "j-999");
        }
        assertEquals(neutral(aboutNobodys, "doc-never-used", "j-999"), neutral(aboutAlices, "doc-alice", aliceRunningJob),
                "Bob learns nothing from naming Alice's conversation or job that an unused id would not tell");
        String reply = aboutAlices.header().toString();
        assertFalse(reply.contains("make it warmer") && request != Request.IMPORT && request != Request.EDIT,
                "none of Alice's turns in " + reply);
        if (request == Request.CANCEL) {
            assertFalse(aboutAlices.header().getBoolean("found"), reply);
        }
        if (request == Request.EXPORT) {
            assertEquals("unknown_conversation", code(aboutAlices));
        }

        // Alice's conversation and running job are exactly as they were.
        engine.gate.countDown();
        Frame held = alice.readUntilEnd("a2");
        assertEquals("result", held.type().orElseThrow(), "Alice's running job was not cancelled: " + held.header());
        JsonObject history = alice.request(TestClient.message("history", "ah").add("conversation", "doc-alice")
                .add("thumbnails", false).build()).header();
        List<String> instructions = history.getJsonArray("turns").stream()
                .map(t -> t.asJsonObject().getString("instruction")).toList();
        assertEquals(List.of("make it warmer"), instructions, history.toString());
    }

    @Test
    void theOwnerSeesOnlyTheOwnersConversationsToo() throws Exception {
        try (TestClient owner = server.connect(TeamServer.OWNER_TOKEN)) {
            JsonObject history = owner.request(TestClient.message("history", "h").add("conversation", "doc-alice")
                    .add("thumbnails", false).build()).header();
            assertEquals(0, history.getJsonArray("turns").size(), history.toString());
            assertEquals("unknown_conversation", code(owner.request(
                    TestClient.message("export", "x").add("conversation", "doc-alice").build())));
        }
    }

    @Test
    void aConversationIdWithControlCharactersIsRefused() throws Exception {
        try (TestClient bob = server.connect(bobToken)) {
            Frame refused = bob.request(edit("e1", "\u001falice\u001fdoc-alice", "make it warmer"), PIXELS);
            assertEquals("bad_request", code(refused));
            Frame history = bob.request(TestClient.message("history", "h")
                    .add("conversation", "\u001falice\u001fdoc-alice").build());
            assertEquals("bad_request", code(history));
        }
    }

    @Test
    void statusShowsTheQueuePerUserAndNothingElseOfTheirs() throws Exception {
        try (TestClient bob = server.connect(bobToken)) {
            bob.send(edit("b1", "doc-bob", "make it warmer"), PIXELS);
            bob.readUntil("accepted");
            bob.send(edit("b2", "doc-bob", "make it cooler"), PIXELS);
            bob.readUntil("accepted");
            JsonObject status = bob.request(TestClient.message("status", "s").build()).header();
            assertEquals("bob", status.getString("user"));
            JsonObject queue = status.getJsonObject("queue");
            assertEquals(8, queue.getInt("waitingPerUser"));
            assertEquals(Json.createArrayBuilder()
                    .add(user("alice", true, 0)).add(user("bob", false, 2)).build(), queue.getJsonArray("users"));
            assertFalse(status.toString().contains("doc-alice") || status.toString().contains(aliceRunningJob));
        }
    }

    private static JsonObjectBuilder user(String name, boolean running, int waiting) {
        return Json.createObjectBuilder().add("user", name).add("running", running).add("waiting", waiting);
    }
}
