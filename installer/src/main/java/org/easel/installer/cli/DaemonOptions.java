package org.easel.installer.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How the client commands (edit, batch, history) find the daemon. */
final class DaemonOptions {
    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory of the daemon to use (default: $EASEL_STATE_DIR, else the platform's, "
                    + "~/.local/state/easel on Linux).")
    Path stateDir;

    @Option(names = "--no-start",
            description = "Fail when no daemon runs instead of starting one (a started daemon keeps running; easel stop stops it).")
    boolean noStart;

    Optional<Path> stateDir() {
        return Optional.ofNullable(stateDir);
    }
}
