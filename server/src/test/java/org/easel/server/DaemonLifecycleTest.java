package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.easel.server.state.StateDirectoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonLifecycleTest {

    @TempDir
    Path stateDir;

    @Test
    void publishesWhereItListensAndCleansUpOnClose() throws Exception {
        Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
        try {
            DaemonInfo info = StateDirectory.open(stateDir).readDaemonInfo().orElseThrow();
            assertEquals(daemon.address().getPort(), info.port());
            assertEquals(ProcessHandle.current().pid(), info.pid());
            assertEquals(1, info.protocol());
            assertEquals("127.0.0.1", info.host());
        } finally {
            daemon.close();
        }
        assertFalse(Files.exists(stateDir.resolve("daemon.json")));
    }

    @Test
    void aSecondDaemonOnTheSameStateDirectoryIsRefused() throws Exception {
        try (Daemon first = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir))) {
            StateDirectoryException e = assertThrows(StateDirectoryException.class,
                    () -> Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir)));
            assertTrue(e.getMessage().contains("already running"), e.getMessage());
            assertTrue(e.getMessage().contains(String.valueOf(first.address().getPort())), e.getMessage());
            assertTrue(Files.exists(stateDir.resolve("daemon.json")), "the refused start leaves the running daemon's file");
        }
        // Once the first one stopped, the directory is free again.
        Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir)).close();
    }

    @Test
    void aPortInUseFailsWithoutLeavingTheDirectoryLocked() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThrows(java.net.BindException.class,
                    () -> Daemon.start(new Daemon.Config("127.0.0.1", taken.getLocalPort(), stateDir)));
        }
        Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir)).close();
    }
}
