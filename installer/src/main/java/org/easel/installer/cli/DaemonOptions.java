package org.easel.installer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.easel.protocol.Messages;
import org.easel.protocol.client.DaemonEndpoint;
import org.easel.protocol.client.EaselClient;
import org.easel.protocol.client.EaselException;
import org.easel.protocol.tls.CertificateFingerprint;
import org.easel.installer.cli.edit.DaemonConnector;
import picocli.CommandLine.Option;

/** How the client commands (edit, batch, history) find the daemon: the local one, or one on another machine. */
final class DaemonOptions {
    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory of the daemon to use (default: $EASEL_STATE_DIR, else the platform's, "
                    + "~/.local/state/easel on Linux).")
    Path stateDir;

    @Option(names = "--no-start",
            description = "Fail when no daemon runs instead of starting one (a started daemon keeps running; easel stop stops it).")
    boolean noStart;

    @Option(names = "--host", paramLabel = "HOST:PORT",
            description = "Use the daemon on another machine (started there with --allow-remote) instead of the local "
                    + "one, over TLS. Needs --token-file; pin its certificate with --fingerprint.")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "With --host: a file holding that daemon's token (its administrator gives it).")
    Path tokenFile;

    @Option(names = "--fingerprint", paramLabel = "SHA256:…",
            description = "With --host: the SHA-256 fingerprint its certificate must have (`easel status` prints it "
                    + "there). Without it nothing is sent and the fingerprint the daemon presents is printed, to check "
                    + "and pin.")
    String fingerprint;

    Optional<Path> stateDir() {
        return Optional.ofNullable(stateDir);
    }

    /** Connects to the daemon these options name (starting a local one when allowed and needed). */
    EaselClient connect(PrintStream notes) throws EaselException {
        if (host == null) {
            return DaemonConnector.connect(stateDir(), !noStart, notes);
        }
        return EaselClient.connect(remoteEndpoint(), DaemonConnector.CLIENT_NAME, Messages.PROTOCOL_VERSION);
    }

    private DaemonEndpoint remoteEndpoint() throws EaselException {
        int colon = host.lastIndexOf(':');
        if (colon <= 0 || colon == host.length() - 1) {
            throw new EaselException("--host must be HOST:PORT (the port the remote daemon listens on), not " + host);
        }
        int port;
        try {
            port = Integer.parseInt(host.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new EaselException("--host " + host + ": the port is not a number");
        }
        if (tokenFile == null) {
            throw new EaselException("--host needs --token-file: a file with the remote daemon's token");
        }
        String token;
        try {
            token = Files.readString(tokenFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new EaselException("Cannot read the token file " + tokenFile + ": " + e.getMessage());
        }
        Optional<CertificateFingerprint> pin;
        try {
            pin = fingerprint == null ? Optional.empty() : Optional.of(CertificateFingerprint.parse(fingerprint));
        } catch (IllegalArgumentException e) {
            throw new EaselException("--fingerprint: " + e.getMessage());
        }
        String name = host.substring(0, colon);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1); // [::1]:7878
        }
        return DaemonEndpoint.remote(name, port, token, pin);
    }
}
