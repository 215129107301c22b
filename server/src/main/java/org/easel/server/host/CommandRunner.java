package org.easel.server.host;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs another program (nvidia-smi, ldconfig, systemctl, launchctl). The setup commands take one
 * so tests can play a machine with or without each program and never run the real ones.
 */
@FunctionalInterface
public interface CommandRunner {
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** The program's exit code and output (stdout and stderr together); empty when it cannot be started at all. */
    Optional<Result> run(List<String> command, Duration timeout);

    default Optional<Result> run(String... command) {
        return run(List.of(command), DEFAULT_TIMEOUT);
    }

    /** What a finished program left: its exit code and its output. */
    record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }
}
