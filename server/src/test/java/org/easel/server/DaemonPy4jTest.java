package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.easel.server.gateway.Py4jGateway;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon with its Py4J gateway: where it is published, and that it goes away cleanly. */
class DaemonPy4jTest {

    @TempDir
    Path stateDir;

    @Test
    void theGatewayPortIsPublishedAndFreedOnClose() throws Exception {
        int port;
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir, OptionalInt.of(0)))) {
            port = daemon.py4jPort().orElseThrow();
            DaemonInfo info = StateDirectory.open(stateDir).readDaemonInfo().orElseThrow();
            assertEquals(OptionalInt.of(port), info.py4jPort());
            assertTrue(Files.readString(stateDir.resolve("daemon.json"))
                    .contains("\"py4j\":{\"host\":\"127.0.0.1\",\"port\":" + port + "}"));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertTrue(s.isConnected());
            }
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the gateway's port is free after close");
        }
    }

    @Test
    void withoutTheSwitchThereIsNoGateway() throws Exception {
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir))) {
            assertEquals(OptionalInt.empty(), daemon.py4jPort());
            assertEquals(OptionalInt.empty(), StateDirectory.open(stateDir).readDaemonInfo().orElseThrow().py4jPort());
        }
    }

    @Test
    void aGatewayPortInUseFailsTheStartWithAdviceAndLeavesNothingBehind() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Py4jGateway.StartFailed e = assertThrows(Py4jGateway.StartFailed.class, () ->
                    Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir, OptionalInt.of(taken.getLocalPort()))));
            assertTrue(e.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("Choose another --py4j-port, or 0 for any free port"), e.getMessage());
            assertTrue(Files.notExists(stateDir.resolve("daemon.json")));
        }
        // the state directory was released: the next start takes it
        Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir, OptionalInt.of(0))).close();
    }
}
