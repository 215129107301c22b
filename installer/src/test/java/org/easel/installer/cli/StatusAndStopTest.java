package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.easel.server.ForkedDaemon;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code easel status} and {@code easel stop} against a real daemon in its own JVM. */
class StatusAndStopTest {

    @TempDir
    Path stateDir;

    @Test
    void statusReportsARunningDaemonAndStopEndsItCleanly() throws Exception {
        try (ForkedDaemon daemon = ForkedDaemon.start(stateDir, -1)) {
            assertTrue(daemon.awaitListening(), daemon::safeOutput);
            DaemonInfo info = StateDirectory.open(stateDir).readDaemonInfo().orElseThrow();

            EaselRun status = EaselRun.easel("status", "--state-dir", stateDir.toString());
            assertEquals(0, status.exit(), status.out());
            assertTrue(status.out().contains("running") && status.out().contains(":" + info.port()), status.out());
            assertTrue(status.out().contains("Engine classical"), status.out());
            // The catalog's models are offered, not installed: status must not count them.
            assertTrue(status.out().contains("Diffusion models: none installed"), status.out());
            assertTrue(status.out().contains("Compute: CPU"), status.out());

            EaselRun stop = EaselRun.easel("stop", "--state-dir", stateDir.toString());
            assertEquals(0, stop.exit(), stop.out());
            assertTrue(stop.out().contains("stopped."), stop.out());
            assertTrue(ProcessHandle.of(info.pid()).map(p -> !p.isAlive()).orElse(true));
            assertFalse(Files.exists(stateDir.resolve("daemon.json")), "a clean stop removes daemon.json");

            EaselRun after = EaselRun.easel("status", "--state-dir", stateDir.toString());
            assertEquals(StatusCommand.NOT_RUNNING, after.exit());
            assertTrue(after.out().contains("not running") && after.out().contains("./easel serve"), after.out());
        }
    }

    @Test
    void aStaleDaemonJsonIsReportedAndItsPidIsNeverSignalled() throws Exception {
        int deadPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            deadPort = probe.getLocalPort();
        }
        // The stale file names this very test JVM: stopping it would end the test run.
        StateDirectory.open(stateDir).writeDaemonInfo(
                new DaemonInfo("127.0.0.1", deadPort, ProcessHandle.current().pid(), 1, "0.1.0"));
        EaselRun status = EaselRun.easel("status", "--state-dir", stateDir.toString());
        assertEquals(StatusCommand.NOT_RUNNING, status.exit());
        assertTrue(status.out().contains("nothing answers"), status.out());
        EaselRun stop = EaselRun.easel("stop", "--state-dir", stateDir.toString());
        assertEquals(StatusCommand.NOT_RUNNING, stop.exit(), stop.out());
        assertTrue(ProcessHandle.current().isAlive());
    }

    @Test
    void noStateDirectoryMeansNotRunningAndNothingIsCreated() {
        Path missing = stateDir.resolve("never-created");
        EaselRun status = EaselRun.easel("status", "--state-dir", missing.toString());
        assertEquals(StatusCommand.NOT_RUNNING, status.exit());
        assertFalse(Files.exists(missing));
    }
}
