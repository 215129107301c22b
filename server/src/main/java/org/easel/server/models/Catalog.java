package org.easel.server.models;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.easel.protocol.Jsons;

/**
 * The model catalog (models/catalog.json in the repository, bundled in the jar): the models
 * `easel models install` can fetch, each pinned to a commit. Parsing is strict: an entry with a bad
 * id, a revision that is not a 40-hex commit, an unknown capability or an unsafe path is an error,
 * never skipped.
 */
public final class Catalog {
    /** Where the bundled catalog lies on the class path. */
    public static final String RESOURCE = "/models/catalog.json";
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

    private final String baseUrl;
    private final String fileUrlPattern;
    private final String treeUrlPattern;
    private final List<CatalogEntry> entries;

    private Catalog(String baseUrl, String fileUrlPattern, String treeUrlPattern, List<CatalogEntry> entries) {
        this.baseUrl = baseUrl;
        this.fileUrlPattern = fileUrlPattern;
        this.treeUrlPattern = treeUrlPattern;
        this.entries = List.copyOf(entries);
    }

    /** The catalog bundled in the jar. */
    public static Catalog bundled() throws ModelException {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ModelException("The model catalog " + RESOURCE + " is missing from the Easel jar; rebuild it "
                        + "(mvn -pl server -am package).");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "the bundled catalog");
        } catch (IOException e) {
            throw new ModelException("Cannot read the bundled model catalog: " + e.getMessage(), e);
        }
    }

    public static Catalog read(Path file) throws ModelException {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ModelException("Cannot read the model catalog " + file + ": " + e.getMessage(), e);
        }
    }

    public static Catalog parse(String json, String origin) throws ModelException {
        try {
            JsonObject root = Jsons.createReader(new StringReader(json)).readObject();
            if (root.getInt("format", 0) != 1) {
                throw invalid(origin, "\"format\" must be 1");
            }
            String fileUrl = string(root, "fileUrl", origin, "the catalog");
            String treeUrl = string(root, "treeUrl", origin, "the catalog");
            for (String part : List.of("{base}", "{repo}", "{revision}")) {
                if (!fileUrl.contains(part) || !treeUrl.contains(part)) {
                    throw invalid(origin, "fileUrl and treeUrl must contain " + part);
                }
            }
            if (!fileUrl.contains("{path}")) {
                throw invalid(origin, "fileUrl must contain {path}");
            }
            String baseUrl = string(root, "baseUrl", origin, "the catalog");
            try {
                new HubUrls(baseUrl, fileUrl, treeUrl);
            } catch (IllegalArgumentException e) {
                throw invalid(origin, e.getMessage());
            }
            List<CatalogEntry> entries = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonValue value : root.getJsonArray("models")) {
                CatalogEntry entry = entry(value.asJsonObject(), origin);
                if (!ids.add(entry.id())) {
                    throw invalid(origin, "model id " + entry.id() + " appears twice");
                }
                entries.add(entry);
            }
            return new Catalog(baseUrl, fileUrl, treeUrl, entries);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw invalid(origin, "not valid catalog JSON (" + e.getMessage() + ")");
        }
    }

    private static CatalogEntry entry(JsonObject o, String origin) throws ModelException {
        String id = string(o, "id", origin, "a model");
        if (!ModelId.isValid(id)) {
            throw invalid(origin, "\"" + id + "\" is not a valid model id");
        }
        String where = "model " + id;
        String repository = string(o, "repository", origin, where);
        if (!REPOSITORY.matcher(repository).matches()) {
            throw invalid(origin, where + ": repository must be OWNER/NAME, got " + repository);
        }
        String revision = string(o, "revision", origin, where);
        if (!COMMIT.matcher(revision).matches()) {
            throw invalid(origin, where + ": revision must be a full 40-hex commit hash (a branch name could change "
                    + "under the user), got " + revision);
        }
        JsonObject l = o.getJsonObject("licence");
        if (l == null) {
            throw invalid(origin, where + " has no licence");
        }
        Licence licence = new Licence(string(l, "id", origin, where + " licence"), string(l, "name", origin, where + " licence"),
                string(l, "url", origin, where + " licence"), l.getString("summary", ""), l.getBoolean("requiresAcceptance", true));
        List<String> capabilities = new ArrayList<>();
        for (JsonValue c : o.getJsonArray("capabilities")) {
            String capability = ((JsonString) c).getString();
            if (Capability.of(capability).isEmpty()) {
                throw invalid(origin, where + ": unknown capability " + capability + " (known: "
                        + String.join(", ", Capability.ids()) + ")");
            }
            capabilities.add(capability);
        }
        if (capabilities.isEmpty()) {
            throw invalid(origin, where + " has no capabilities");
        }
        List<CatalogFile> files = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (JsonValue f : o.getJsonArray("files")) {
            files.add(file(f.asJsonObject(), origin, where, paths));
        }
        if (files.isEmpty()) {
            throw invalid(origin, where + " lists no files");
        }
        OptionalLong approximate = o.containsKey("approximateBytes")
                ? OptionalLong.of(o.getJsonNumber("approximateBytes").longValueExact()) : OptionalLong.empty();
        return new CatalogEntry(id, o.getString("name", id), o.getString("description", ""), repository, revision,
                licence, capabilities, approximate, files);
    }

    private static CatalogFile file(JsonObject f, String origin, String where, Set<String> paths) throws ModelException {
        String path = string(f, "path", origin, where + " file");
        boolean folder = path.endsWith("/");
        if (!(folder ? RelativePath.isValidFolder(path) : RelativePath.isValidFile(path))) {
            throw invalid(origin, where + ": unsafe or invalid file path \"" + path + "\"");
        }
        if (!paths.add(path)) {
            throw invalid(origin, where + " lists " + path + " twice");
        }
        JsonNumber size = f.getJsonNumber("size");
        String sha256 = f.getString("sha256", null);
        if (folder && (size != null || sha256 != null)) {
            throw invalid(origin, where + ": folder " + path + " cannot have a size or sha256");
        }
        if (size != null && size.longValueExact() < 0) {
            throw invalid(origin, where + ": negative size for " + path);
        }
        if (sha256 != null && !ExpectedHash.isSha256(sha256)) {
            throw invalid(origin, where + ": sha256 of " + path + " is not 64 hex digits");
        }
        return new CatalogFile(path, size == null ? OptionalLong.empty() : OptionalLong.of(size.longValueExact()),
                Optional.ofNullable(sha256).map(s -> s.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String string(JsonObject o, String key, String origin, String where) throws ModelException {
        if (!(o.get(key) instanceof JsonString s) || s.getString().isBlank()) {
            throw invalid(origin, where + " needs a \"" + key + "\" string");
        }
        return s.getString();
    }

    private static ModelException invalid(String origin, String why) {
        return new ModelException("The model catalog (" + origin + ") is invalid: " + why);
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public Optional<CatalogEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entry, or an error naming the known ids (an invalid id is refused before any lookup). */
    public CatalogEntry require(String id) throws ModelException {
        ModelId.require(id);
        return find(id).orElseThrow(() -> new ModelException("\"" + id + "\" is not in the model catalog. Known models: "
                + entries.stream().map(CatalogEntry::id).collect(Collectors.joining(", "))
                + " (`easel models list` describes them)."));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String fileUrlPattern() {
        return fileUrlPattern;
    }

    public String treeUrlPattern() {
        return treeUrlPattern;
    }
}
