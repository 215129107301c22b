package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.easel.protocol.Frame;
import org.easel.server.cli.ServeCommand;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.easel.server.state.StateDirectoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Neither another local user nor a web page can drive the daemon: loopback by default, a token on
 * every connection, owner-only files, and HTTP refused on the raw socket.
 */
class SecurityTest {

    @TempDir
    Path temp;

    @Test
    void listeningBeyondLoopbackNeedsAnExplicitFlag() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new ServeCommand()).execute("--host", "0.0.0.0",
                    "--state-dir", temp.resolve("state").toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--allow-remote"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(temp.resolve("state").resolve("daemon.json")), "nothing was started");
    }

    @Test
    void withTheFlagItListensAndWarns() throws Exception {
        Path stateDir = temp.resolve("state");
        try (ForkedDaemon remote = ForkedDaemon.start(stateDir, -1, "--host", "0.0.0.0", "--allow-remote")) {
            assertTrue(remote.awaitListening(), remote.safeOutput());
            assertTrue(remote.stderr().contains("WARNING") && remote.stderr().contains("other machines"), remote.safeOutput());
            DaemonInfo info = DaemonInfo.parse(Files.readString(stateDir.resolve("daemon.json"))).orElseThrow();
            assertEquals("127.0.0.1", info.host(), "local clients still dial loopback");
        }
    }

    @Test
    void theDefaultIsLoopbackOnly() throws Exception {
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, temp))) {
            assertTrue(daemon.address().getAddress().isLoopbackAddress());
        }
        CommandLine serve = new CommandLine(new ServeCommand());
        assertEquals("127.0.0.1", serve.getCommandSpec().findOption("--host").defaultValue());
    }

    @Test
    void everyTokenButTheExactOneIsRefused() throws Exception {
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, temp))) {
            String token = Files.readString(temp.resolve("token")).strip();
            String flipped = token.substring(0, 63) + (token.charAt(63) == '0' ? '1' : '0');
            for (String wrong : List.of("", token.substring(0, 63), token + "0", token.toUpperCase(), flipped, " " + token)) {
                try (TestClient client = new TestClient(daemon.address())) {
                    Frame error = client.request(TestClient.hello(wrong, 1));
                    assertEquals("unauthorized", error.header().getString("code"), "token \"" + wrong + "\"");
                    assertTrue(client.isClosedByPeer());
                }
            }
            try (TestClient client = new TestClient(daemon.address())) {
                Frame error = client.request(Json.createObjectBuilder().add("type", "hello").add("protocol", 1)
                        .add("token", 12345).build());
                assertEquals("unauthorized", error.header().getString("code"));
            }
            try (TestClient client = new TestClient(daemon.address())) {
                assertEquals("welcome", client.request(TestClient.hello(token, 1)).type().orElseThrow());
            }
        }
    }

    @Test
    void theTokenFileIsOwnerOnlyEvenIfLoosened() throws Exception {
        StateDirectory state = StateDirectory.open(temp.resolve("state"));
        String token = state.tokenOrCreate();
        Path file = temp.resolve("state").resolve("token");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("state"))));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(token, StateDirectory.open(temp.resolve("state")).tokenOrCreate());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the next start takes the token back to owner-only");
    }

    @Test
    void aStateDirectoryTheGroupCanWriteIsRefused() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("group"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwx---"));
        StateDirectoryException e = org.junit.jupiter.api.Assertions.assertThrows(StateDirectoryException.class,
                () -> Daemon.start(new Daemon.Config("127.0.0.1", 0, dir)));
        assertTrue(e.getMessage().contains("chmod 700"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("token")), "no token is written where others could read or replace it");
    }

    /** What a browser, a WebSocket page or an HTTP/2 client sends first is refused, before any token check. */
    @Test
    void httpRequestsOfEveryKindAreRefused() throws Exception {
        List<String> requests = List.of(
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "POST /edit HTTP/1.1\r\nHost: evil.example\r\nOrigin: http://evil.example\r\nContent-Length: 2\r\n\r\n{}",
                "GET /socket HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Origin: http://evil.example\r\nSec-WebSocket-Version: 13\r\n\r\n",
                "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "PUT /x HTTP/1.1\r\n\r\n", "HEAD / HTTP/1.0\r\n\r\n", "DELETE /x HTTP/1.1\r\n\r\n",
                "PATCH /x HTTP/1.1\r\n\r\n", "CONNECT 127.0.0.1:80 HTTP/1.1\r\n\r\n", "TRACE / HTTP/1.1\r\n\r\n",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, temp))) {
            for (String request : requests) {
                try (TestClient client = new TestClient(daemon.address())) {
                    client.sendRaw(request.getBytes(StandardCharsets.US_ASCII));
                    Frame error = client.read();
                    assertEquals("not_http", error.header().getString("code"), request);
                    assertTrue(error.header().getString("message").contains("not an HTTP server"));
                    assertTrue(client.isClosedByPeer(), request);
                }
            }
        }
    }
}
