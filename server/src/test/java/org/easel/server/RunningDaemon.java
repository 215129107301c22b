package org.easel.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A daemon on an ephemeral port with its own state directory, started before and closed after
 * each test: {@code @RegisterExtension final RunningDaemon daemon = new RunningDaemon();}.
 */
final class RunningDaemon implements BeforeEachCallback, AfterEachCallback {
    private Path stateDir;
    private Daemon daemon;
    private String token;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stateDir = Files.createTempDirectory("easel-test-state");
        daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
        token = Files.readString(stateDir.resolve("token")).strip();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        daemon.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** A client that has completed the handshake. */
    TestClient connect() throws Exception {
        return TestClient.connected(daemon, token);
    }
}
