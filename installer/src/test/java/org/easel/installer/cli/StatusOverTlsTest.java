package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.easel.server.Daemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code easel status} reaches a TLS-only daemon through daemon.json's pin and prints the fingerprint. */
class StatusOverTlsTest {

    @TempDir
    Path stateDir;

    @Test
    void statusPrintsTheFingerprintArtistsPin() throws Exception {
        try (Daemon daemon = Daemon.start(new Daemon.Config("0.0.0.0", 0, stateDir))) {
            String fingerprint = daemon.certificate().orElseThrow().fingerprint().toString();
            EaselRun status = EaselRun.easel("status", "--state-dir", stateDir.toString());
            assertEquals(0, status.exit(), status.out());
            assertTrue(status.out().contains("running"), status.out());
            assertTrue(status.out().contains("TLS certificate fingerprint: " + fingerprint), status.out());
        }
    }
}
