package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.easel.protocol.Frame;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon killed with SIGKILL in the middle of an edit, and started on a full disk.
 *
 * <p>Conversations are kept in memory until the persistent store (issue 4) lands, so a crash
 * loses them by design; what must survive is the state directory: the lock is free again, the
 * stale daemon.json is replaced, and the token is unchanged so plugins reconnect without setup.
 */
class CrashRecoveryTest {

    @TempDir
    Path temp;

    @Test
    void killedMidEditTheNextStartServesWithTheSameToken() throws Exception {
        Path stateDir = temp.resolve("state");
        String token;
        DaemonInfo crashed;
        try (ForkedDaemon first = ForkedDaemon.start(stateDir, -1)) {
            assertTrue(first.awaitListening(), first::safeOutput);
            token = Files.readString(stateDir.resolve("token")).strip();
            crashed = daemonInfo(stateDir);
            assertEquals(first.pid(), crashed.pid());
            int side = 4096;
            try (TestClient client = TestClient.connected(address(crashed), token)) {
                client.send(Images.edit("e0", "make it cooler", 8, 8).build(), Images.colourfulRgba8(8, 8));
                assertEquals("result", client.readUntil("result").type().orElseThrow(), "a turn finished before the crash");
                client.send(Images.edit("e1", "make it darker", side, side).build(), Images.colourfulRgba8(side, side));
                assertEquals("accepted", client.read().type().orElseThrow());
                assertEquals("progress", client.read().type().orElseThrow(), "the edit is running");
                first.kill9();
            }
        }
        assertEquals(crashed, daemonInfo(stateDir), "a killed daemon leaves its daemon.json behind");

        try (ForkedDaemon second = ForkedDaemon.start(stateDir, -1)) {
            assertTrue(second.awaitListening(), "the OS released the killed daemon's lock: " + second.safeOutput());
            DaemonInfo info = daemonInfo(stateDir);
            assertEquals(second.pid(), info.pid(), "the stale daemon.json was replaced");
            assertEquals(token, Files.readString(stateDir.resolve("token")).strip(), "the token survived the crash");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stateDir.resolve("token"))));
            try (TestClient client = TestClient.connected(address(info), token)) {
                client.send(Images.edit("e2", "make it warmer", 8, 8).build(), Images.colourfulRgba8(8, 8));
                assertEquals("result", client.readUntil("result").type().orElseThrow());
                Frame history = client.request(TestClient.message("history", "h").add("conversation", "doc-1").build());
                assertEquals(List.of("make it cooler", "make it warmer"),
                        history.header().getJsonArray("turns").stream()
                                .map(t -> t.asJsonObject().getString("instruction")).toList(),
                        "the turn saved before the crash survives; the one killed mid-job was never saved");
            }
            assertEquals(List.of(), leftoverTempFiles(stateDir));
        }
    }

    @Test
    void aFullDiskFailsTheStartClearlyAndDamagesNothing() throws Exception {
        Path stateDir = temp.resolve("state");
        StateDirectory state = StateDirectory.open(stateDir);
        String token = state.tokenOrCreate();
        DaemonInfo previous = new DaemonInfo("127.0.0.1", 1234, 99, 1, "0.0.1");
        state.writeDaemonInfo(previous);

        try (ForkedDaemon full = ForkedDaemon.start(stateDir, 0)) {
            assertEquals(1, full.awaitExit());
            String err = full.stderr();
            // Whichever write fails first (the memory's database, daemon.json) names the disk.
            assertTrue(err.contains("easel serve:") && err.contains("disk is not full"), err);
        }
        assertEquals(token, Files.readString(stateDir.resolve("token")).strip(), "the token is intact");
        assertEquals(previous, daemonInfo(stateDir), "daemon.json is the old one, whole, not a torn new one");
        assertEquals(List.of(), leftoverTempFiles(stateDir));

        // Now without a token yet: the start fails, and no empty or partial token is left to break the next one.
        Path fresh = temp.resolve("fresh");
        try (ForkedDaemon full = ForkedDaemon.start(fresh, 0)) {
            assertEquals(1, full.awaitExit());
            assertTrue(full.stderr().contains("token"), full.stderr());
        }
        assertFalse(Files.exists(fresh.resolve("token")));
        assertEquals(List.of(), leftoverTempFiles(fresh));
        try (ForkedDaemon roomy = ForkedDaemon.start(fresh, -1)) {
            assertTrue(roomy.awaitListening(), "with space again it starts: " + roomy.safeOutput());
            assertNotEquals("", Files.readString(fresh.resolve("token")).strip());
        }
    }

    private static DaemonInfo daemonInfo(Path stateDir) throws Exception {
        return DaemonInfo.parse(Files.readString(stateDir.resolve("daemon.json"))).orElseThrow();
    }

    private static InetSocketAddress address(DaemonInfo info) {
        return new InetSocketAddress(info.host(), info.port());
    }

    private static List<String> leftoverTempFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }
}
