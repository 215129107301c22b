package org.easel.protocol.client;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.easel.protocol.Jsons;
import org.easel.protocol.tls.CertificateFingerprint;

/**
 * Where the daemon listens and the token it wants, found as every client finds it (PROTOCOL.md
 * section 1): the state directory (an explicit one, else {@code $EASEL_STATE_DIR}, else the
 * platform's default), its {@code daemon.json} and its {@code token}.
 *
 * @param pin the SHA-256 fingerprint the daemon's TLS certificate must have (daemon.json's
 *            {@code tls.fingerprint} for a local daemon; the administrator's for a remote one)
 * @param tls whether to speak TLS; with no pin that ends in trust on first use
 *            ({@link CertificateNotPinnedException} carrying the presented fingerprint)
 */
public record DaemonEndpoint(String host, int port, OptionalLong pid, String token, Optional<Path> stateDir,
                             Optional<CertificateFingerprint> pin, boolean tls) {
    public static final String ENV_VAR = "EASEL_STATE_DIR";
    public static final String START_HINT = "Start it with `easel serve` (or `./easel serve` in the Easel folder).";

    public DaemonEndpoint(String host, int port, OptionalLong pid, String token, Optional<Path> stateDir) {
        this(host, port, pid, token, stateDir, Optional.empty(), false);
    }

    public DaemonEndpoint {
        if (pin.isPresent() && !tls) {
            throw new IllegalArgumentException("a pinned fingerprint needs TLS");
        }
    }

    /**
     * A daemon reached by address (another machine's): always TLS, since the daemon serves every
     * non-loopback listener with TLS only; no pin yet is trust on first use.
     */
    public static DaemonEndpoint remote(String host, int port, String token, Optional<CertificateFingerprint> pin) {
        return new DaemonEndpoint(host, port, OptionalLong.empty(), token, Optional.empty(), pin, true);
    }

    /** The daemon of a state directory (empty: the usual one). */
    public static DaemonEndpoint discover(Optional<Path> explicitStateDir) throws EaselException {
        return discover(stateDirectory(explicitStateDir, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home"))));
    }

    public static DaemonEndpoint discover(Path stateDir) throws EaselException {
        Path file = stateDir.resolve("daemon.json");
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DaemonNotRunningException("The Easel daemon is not running: there is no daemon.json in " + stateDir
                    + ". " + START_HINT + " If it is running, it uses a different state directory (give both the same "
                    + "--state-dir or EASEL_STATE_DIR).");
        } catch (IOException e) {
            throw new EaselException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonObject info;
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            info = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new EaselException(file + " is damaged (" + e.getMessage() + "). Restart the daemon: " + START_HINT);
        }
        if (!(info.get("port") instanceof JsonNumber port) || port.intValue() < 1 || port.intValue() > 65535) {
            throw new EaselException(file + " names no valid port. Restart the daemon: " + START_HINT);
        }
        OptionalLong pid = info.get("pid") instanceof JsonNumber n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
        Optional<CertificateFingerprint> pin = tlsFingerprint(info, file);
        return new DaemonEndpoint(info.getString("host", "127.0.0.1"), port.intValue(), pid, readToken(stateDir),
                Optional.of(stateDir), pin, pin.isPresent());
    }

    /** daemon.json's {@code tls.fingerprint}: present when the daemon listens with TLS. */
    private static Optional<CertificateFingerprint> tlsFingerprint(JsonObject info, Path file) throws EaselException {
        if (!(info.get("tls") instanceof JsonObject tls)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CertificateFingerprint.parse(tls.getString("fingerprint")));
        } catch (RuntimeException e) {
            throw new EaselException(file + " names no valid TLS fingerprint (" + e.getMessage() + "). Restart the daemon: "
                    + START_HINT);
        }
    }

    private static String readToken(Path stateDir) throws EaselException {
        Path file = stateDir.resolve("token");
        String token;
        try {
            token = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new DaemonNotRunningException("There is no token file in " + stateDir
                    + ", so the Easel daemon has never run with this state directory. " + START_HINT);
        } catch (IOException e) {
            throw new EaselException("Cannot read the Easel token " + file + ": " + e.getMessage()
                    + " (it must belong to the user running this program).", e);
        }
        if (token.isEmpty()) {
            throw new EaselException("The Easel token file " + file + " is empty; delete it and restart the daemon.");
        }
        return token;
    }

    /** The state directory, resolved exactly as the daemon resolves it. */
    public static Path stateDirectory(Optional<Path> explicit, Map<String, String> env, String osName, Path home) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Easel");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Easel");
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) { // XDG: relative values are invalid, ignore them
            return Path.of(xdg).resolve("easel");
        }
        return home.resolve(".local").resolve("state").resolve("easel");
    }

    /** The state directory the daemon uses when none is given ({@code $EASEL_STATE_DIR} or the platform's). */
    public static Path defaultStateDirectory() {
        return stateDirectory(Optional.empty(), System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    @Override
    public String toString() {
        return "DaemonEndpoint[" + host + ":" + port + "]"; // never the token
    }
}
