package org.easel.server.state;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalInt;
import org.easel.protocol.Jsons;

/**
 * The contents of {@code daemon.json}: how clients find a running daemon (PROTOCOL.md section 1).
 *
 * @param py4jPort       where the Py4J scripting gateway listens on loopback, when it was started
 * @param tlsFingerprint the SHA-256 fingerprint of the listener's TLS certificate, when it speaks TLS
 *                       (local clients pin it from here; PROTOCOL.md section 1)
 */
public record DaemonInfo(String host, int port, long pid, int protocol, String version, OptionalInt py4jPort,
                         Optional<String> tlsFingerprint) {

    public DaemonInfo(String host, int port, long pid, int protocol, String version) {
        this(host, port, pid, protocol, version, OptionalInt.empty());
    }

    public DaemonInfo(String host, int port, long pid, int protocol, String version, OptionalInt py4jPort) {
        this(host, port, pid, protocol, version, py4jPort, Optional.empty());
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("host", host).add("port", port).add("pid", pid)
                .add("protocol", protocol).add("version", version);
        py4jPort.ifPresent(p -> json.add("py4j", Jsons.createObjectBuilder().add("host", "127.0.0.1").add("port", p)));
        tlsFingerprint.ifPresent(f -> json.add("tls", Jsons.createObjectBuilder().add("fingerprint", f)));
        return json.build();
    }

    /** Parses a daemon.json text; empty when it is not one (half-written by a foreign tool, say). */
    public static Optional<DaemonInfo> parse(String json) {
        try {
            JsonObject o = Jsons.createReader(new StringReader(json)).readObject();
            JsonObject py4j = o.containsKey("py4j") ? o.getJsonObject("py4j") : null;
            JsonObject tls = o.containsKey("tls") ? o.getJsonObject("tls") : null;
            return Optional.of(new DaemonInfo(o.getString("host", "127.0.0.1"), o.getInt("port"),
                    o.getJsonNumber("pid").longValue(), o.getInt("protocol"), o.getString("version", "?"),
                    py4j == null ? OptionalInt.empty() : OptionalInt.of(py4j.getInt("port")),
                    tls == null ? Optional.empty() : Optional.of(tls.getString("fingerprint"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
