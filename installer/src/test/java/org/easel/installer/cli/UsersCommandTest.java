package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.easel.protocol.Frame;
import org.easel.server.Daemon;
import org.easel.server.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code easel users add|list|revoke} against the running daemon of the same state directory. */
class UsersCommandTest {
    @TempDir
    Path stateDir;
    private Daemon daemon;

    @BeforeEach
    void start() throws Exception {
        daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    private EaselRun users(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "users";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--state-dir";
        all[args.length + 2] = stateDir.toString();
        return EaselRun.easel(all);
    }

    /** The token {@code easel users add} printed: its last line. */
    private static String tokenOf(EaselRun added) {
        List<String> lines = added.out().strip().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    @Test
    void anAddedUserConnectsUntilRevokedEvenMidSession() throws Exception {
        EaselRun added = users("add", "bob");
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains("shown only now"), added.out());
        String token = tokenOf(added);
        assertEquals(64, token.length(), added.out());

        try (TestClient bob = TestClient.connected(daemon.address(), token)) {
            assertEquals("pong", bob.request(TestClient.message("ping", "p1").build()).type().orElseThrow());
            EaselRun revoked = users("revoke", "bob");
            assertEquals(0, revoked.exit(), revoked.err());
            assertTrue(revoked.out().contains("Revoked bob"), revoked.out());
            Frame refused = bob.request(TestClient.message("ping", "p2").build());
            assertEquals("unauthorized", refused.header().getString("code"), refused.header().toString());
            assertTrue(bob.isClosedByPeer());
        }
        try (TestClient again = new TestClient(daemon.address())) {
            assertEquals("unauthorized", again.request(TestClient.hello(token, 1)).header().getString("code"));
        }
        // The owner's token is untouched.
        String owner = Files.readString(stateDir.resolve("token")).strip();
        try (TestClient client = TestClient.connected(daemon.address(), owner)) {
            assertEquals("pong", client.request(TestClient.message("ping", "p").build()).type().orElseThrow());
        }
    }

    @Test
    void listShowsEveryUserWithCreatedLastUsedAndRevoked() throws Exception {
        String bob = tokenOf(users("add", "bob"));
        users("add", "carol");
        TestClient.connected(daemon.address(), bob).close();
        users("revoke", "carol");
        Thread.sleep(200); // "last used" is noted in the background
        EaselRun list = users("list");
        assertEquals(0, list.exit(), list.err());
        List<String> lines = list.out().lines().toList();
        assertTrue(lines.get(0).startsWith("owner"), list.out());
        String bobLine = lines.stream().filter(l -> l.startsWith("bob ")).findFirst().orElseThrow();
        String carolLine = lines.stream().filter(l -> l.startsWith("carol ")).findFirst().orElseThrow();
        assertFalse(bobLine.contains("never"), "bob connected: " + bobLine);
        assertTrue(bobLine.endsWith("no"), "bob is not revoked: " + bobLine);
        assertTrue(carolLine.contains("never") && !carolLine.endsWith("no"), "carol never connected, revoked: " + carolLine);
        assertFalse(list.out().contains(bob), "tokens are never shown again");
    }

    @Test
    void mistakesAreExplainedAndChangeNothing() {
        users("add", "bob");
        EaselRun twice = users("add", "bob");
        assertEquals(1, twice.exit());
        assertTrue(twice.err().contains("already has a token"), twice.err());
        EaselRun badName = users("add", "Bob Smith");
        assertEquals(1, badName.exit());
        assertTrue(badName.err().contains("lower-case"), badName.err());
        EaselRun owner = users("revoke", "owner");
        assertEquals(1, owner.exit());
        assertTrue(owner.err().contains("token"), owner.err());
        EaselRun nobody = users("revoke", "nobody");
        assertEquals(1, nobody.exit());
        assertTrue(nobody.err().contains("no active user"), nobody.err());
        assertEquals(1, users("list").out().lines().filter(l -> l.startsWith("bob ")).count());
    }

    @Test
    void statusShowsTheQueuePerUser() {
        EaselRun status = EaselRun.easel("status", "--state-dir", stateDir.toString());
        assertEquals(0, status.exit(), status.out());
        assertTrue(status.out().contains("Queue (round-robin between users, at most 16 waiting per user): empty"),
                status.out());
    }
}
