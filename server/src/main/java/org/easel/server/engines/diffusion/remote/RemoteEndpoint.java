package org.easel.server.engines.diffusion.remote;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.easel.protocol.Jsons;
import org.easel.server.engines.diffusion.DiffusionException;

/**
 * Where a remote model's networks run: a KServe v2 / Open Inference Protocol server, the name each
 * part has there, the token file, and how long to wait and how often to retry a step. Stored as
 * {@code remote.json} in the model's folder beside its tokenizer and scheduler configuration (the
 * pipeline's small files stay local; only tensors travel).
 *
 * @param url        the server's base URL, e.g. {@code http://gpu1:8000}
 * @param tokenFile  a file holding a bearer token, sent as {@code Authorization: Bearer …}
 * @param parts      part folder ({@code text_encoder}, {@code unet}, {@code vae_decoder},
 *                   {@code vae_encoder}) → the model's name on the server
 * @param timeout    how long one request may take before it counts as failed
 * @param attempts   how many times one step is sent before the edit fails
 * @param retryDelay the wait before the first retry (doubled before each further one)
 */
public record RemoteEndpoint(URI url, Optional<Path> tokenFile, Map<String, String> parts, Duration timeout,
                             int attempts, Duration retryDelay) {
    public static final String FILE = "remote.json";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMillis(500);

    public RemoteEndpoint {
        String text = url.toString();
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("the inference server's URL must be http://host:port or https://host:port, not "
                    + text);
        }
        if (text.endsWith("/")) {
            url = URI.create(text.substring(0, text.length() - 1));
        }
        parts = Map.copyOf(parts);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** The parts named as Triton repositories exported by {@code easel models export-triton} name them: {@code <prefix>_unet}, … */
    public static Map<String, String> partNames(String prefix, boolean vaeEncoder) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : new String[] {"text_encoder", "unet", "vae_decoder"}) {
            parts.put(part, serverName(prefix, part));
        }
        if (vaeEncoder) {
            parts.put("vae_encoder", serverName(prefix, "vae_encoder"));
        }
        return parts;
    }

    /** Triton model names allow letters, digits, '_' and '-': dots in an id become '_'. */
    public static String serverName(String prefix, String part) {
        return prefix.replace('.', '_') + "_" + part;
    }

    public RemoteEndpoint withParts(Map<String, String> newParts) {
        return new RemoteEndpoint(url, tokenFile, newParts, timeout, attempts, retryDelay);
    }

    /** The name of {@code part} on the server; a clear error when this model has none. */
    public String serverName(String part) {
        String name = parts.get(part);
        if (name == null) {
            throw new DiffusionException("The remote model has no " + part + " on " + url + " (it has " + parts.keySet() + ").");
        }
        return name;
    }

    public String toJson() {
        JsonObjectBuilder partsJson = Jsons.createObjectBuilder();
        parts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> partsJson.add(e.getKey(), e.getValue()));
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("format", 1).add("protocol", "kserve-v2")
                .add("url", url.toString()).add("parts", partsJson)
                .add("timeoutSeconds", timeout.toSeconds()).add("attempts", attempts)
                .add("retryDelayMillis", retryDelay.toMillis());
        tokenFile.ifPresent(f -> json.add("tokenFile", f.toAbsolutePath().toString()));
        StringWriter out = new StringWriter();
        try (var writer = Jsons.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(json.build());
        }
        return out.toString().strip() + "\n";
    }

    /** Reads {@code remote.json}; a clear error when it is damaged. */
    public static RemoteEndpoint read(Path file) {
        try {
            JsonObject o = Jsons.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).readObject();
            Map<String, String> parts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : o.getJsonObject("parts").entrySet()) {
                parts.put(e.getKey(), ((JsonString) e.getValue()).getString());
            }
            return new RemoteEndpoint(URI.create(o.getString("url")),
                    Optional.ofNullable(o.getString("tokenFile", null)).map(Path::of), parts,
                    Duration.ofSeconds(o.getJsonNumber("timeoutSeconds").longValue()), o.getInt("attempts"),
                    Duration.ofMillis(o.getJsonNumber("retryDelayMillis").longValue()));
        } catch (IOException | JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new DiffusionException(file + " cannot be read (" + e.getMessage()
                    + "); add the remote model again (easel models add-remote).", e);
        }
    }
}
