package org.easel.server.engines.hosted;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.Jsons;

/**
 * The configured hosted engines, in {@code <state>/engines.json} (no keys in it), and the key
 * files {@code easel engines add} writes, {@code <state>/keys/<id>.key}, readable by the owner
 * only (mode 0600 in a 0700 folder). Files are replaced in one rename, so a crash never leaves a
 * half-written configuration.
 */
public final class HostedEngineStore {
    public static final String FILE = "engines.json";
    static final String KEYS = "keys";

    /** The engines and which one instructions use unless told otherwise. */
    public record Engines(List<HostedEngineConfig> engines, Optional<String> defaultId) {
        public Engines {
            engines = List.copyOf(engines);
        }

        public Optional<HostedEngineConfig> byId(String id) {
            return engines.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        public Optional<HostedEngineConfig> byDefault() {
            return defaultId.flatMap(this::byId);
        }

        public static final Engines NONE = new Engines(List.of(), Optional.empty());
    }

    private final Path state;

    public HostedEngineStore(Path stateDir) {
        this.state = stateDir;
    }

    public Path file() {
        return state.resolve(FILE);
    }

    public Path keyFile(String id) {
        return state.resolve(KEYS).resolve(id + ".key");
    }

    /** The configuration; none when the file does not exist. A broken file is an error that names it. */
    public Engines load() throws IOException {
        Path file = file();
        if (!Files.exists(file)) {
            return Engines.NONE;
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            JsonObject root = reader.readObject();
            List<HostedEngineConfig> engines = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("engines")) {
                JsonObject e = value.asJsonObject();
                JsonObject key = e.getJsonObject("key");
                ApiKey source = key.containsKey("env") ? new ApiKey.FromEnvironment(key.getString("env"))
                        : key.containsKey("file") ? new ApiKey.FromFile(state.resolve(key.getString("file")))
                        : new ApiKey.None();
                engines.add(new HostedEngineConfig(e.getString("id"), e.getString("model"),
                        URI.create(e.getString("baseUrl")), source,
                        e.getString("quality", HostedEngineConfig.DEFAULT_QUALITY)));
            }
            Optional<String> defaultId = root.containsKey("default") && !root.isNull("default")
                    ? Optional.of(root.getString("default")) : Optional.empty();
            return new Engines(engines, defaultId);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IOException(file + " is not a valid engines file (" + e.getMessage() + "); fix it, or remove it "
                    + "and add the engines again with ./easel engines add", e);
        }
    }

    /** Writes the configuration (keys are never in it: only where they are read from). */
    public void save(Engines engines) throws IOException {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (HostedEngineConfig e : engines.engines()) {
            JsonObjectBuilder key = Jsons.createObjectBuilder();
            if (e.key() instanceof ApiKey.FromEnvironment env) {
                key.add("env", env.variable());
            } else if (e.key() instanceof ApiKey.FromFile file) {
                key.add("file", state.relativize(file.file()).toString().replace('\\', '/'));
            }
            list.add(Jsons.createObjectBuilder().add("id", e.id()).add("kind", "openai-images").add("model", e.model())
                    .add("baseUrl", e.baseUrl().toString()).add("quality", e.quality()).add("key", key));
        }
        JsonObjectBuilder root = Jsons.createObjectBuilder().add("engines", list);
        engines.defaultId().ifPresent(id -> root.add("default", id));
        Files.createDirectories(state);
        replace(file(), root.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code key} to the engine's key file, owner-only, and returns where it is read from. */
    public ApiKey.FromFile writeKey(String id, String key) throws IOException {
        if (key.isBlank() || key.strip().chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the API key is empty or has spaces in it");
        }
        Path dir = state.resolve(KEYS);
        Files.createDirectories(dir);
        boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
        if (posix) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        Path file = keyFile(id);
        Path temp = dir.resolve("." + id + ".key.tmp");
        Files.deleteIfExists(temp);
        if (posix) {
            // Created owner-only, so the key is never readable by others, not even for a moment.
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, key.strip() + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new ApiKey.FromFile(file);
    }

    public void deleteKey(String id) throws IOException {
        Files.deleteIfExists(keyFile(id));
    }

    private static void replace(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
