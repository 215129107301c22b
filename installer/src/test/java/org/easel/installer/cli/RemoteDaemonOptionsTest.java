package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.easel.server.Daemon;
import org.easel.server.state.StateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code easel history --host … --token-file … --fingerprint …}: the command line against a TLS-only daemon. */
class RemoteDaemonOptionsTest {

    @TempDir
    Path stateDir;

    @TempDir
    Path elsewhere;

    @Test
    void thePinnedFingerprintReachesTheDaemonAndOthersAreRefusedNamingBoth() throws Exception {
        try (Daemon daemon = Daemon.start(new Daemon.Config("0.0.0.0", 0, stateDir))) {
            Path token = elsewhere.resolve("token");
            Files.copy(stateDir.resolve(StateDirectory.TOKEN_FILE), token);
            String host = "127.0.0.1:" + daemon.address().getPort();
            String fingerprint = daemon.certificate().orElseThrow().fingerprint().toString();

            EaselRun pinned = EaselRun.easel("history", "cli:nothing-yet", "--host", host, "--token-file", token.toString(),
                    "--fingerprint", fingerprint);
            assertEquals(HistoryCommand.NO_TURNS, pinned.exit(), pinned.out());
            assertTrue(pinned.out().contains("has no turns"), pinned.out());

            String other = "SHA256:" + "00:".repeat(31) + "00";
            EaselRun wrong = EaselRun.easel("history", "x", "--host", host, "--token-file", token.toString(),
                    "--fingerprint", other);
            assertEquals(1, wrong.exit(), wrong.err());
            assertTrue(wrong.err().contains("presented certificate " + fingerprint + " but this connection pins " + other),
                    wrong.err());

            EaselRun firstUse = EaselRun.easel("history", "x", "--host", host, "--token-file", token.toString());
            assertEquals(1, firstUse.exit(), firstUse.err());
            assertTrue(firstUse.err().contains(fingerprint + ", and no fingerprint is pinned"), firstUse.err());
        }
    }
}
