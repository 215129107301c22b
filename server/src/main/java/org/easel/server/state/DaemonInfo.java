package org.easel.server.state;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;

/** The contents of {@code daemon.json}: how clients find a running daemon (PROTOCOL.md section 1). */
public record DaemonInfo(String host, int port, long pid, int protocol, String version) {

    public JsonObject toJson() {
        return Json.createObjectBuilder().add("host", host).add("port", port).add("pid", pid)
                .add("protocol", protocol).add("version", version).build();
    }

    /** Parses a daemon.json text; empty when it is not one (half-written by a foreign tool, say). */
    public static Optional<DaemonInfo> parse(String json) {
        try {
            JsonObject o = Json.createReader(new StringReader(json)).readObject();
            return Optional.of(new DaemonInfo(o.getString("host", "127.0.0.1"), o.getInt("port"),
                    o.getJsonNumber("pid").longValue(), o.getInt("protocol"), o.getString("version", "?")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
