package org.easel.server.models;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easel.protocol.Jsons;
import org.easel.server.models.ModelStore.InstalledModel;

/**
 * easel-model.json, the last file written into a model's folder before it is published: what was
 * installed, from where, and every file's size and SHA-256 (what `easel models verify` checks).
 *
 * @param installedFrom where the files came from: the download URL base, or the local folder or archive
 * @param files every file of the model, with how it was checked when installed
 */
public record ModelManifest(String id, String name, String source, String revision, String licence,
        List<String> capabilities, Instant installedAt, String installedFrom, List<FileRecord> files) {
    public static final int FORMAT = 1;

    public ModelManifest {
        capabilities = List.copyOf(capabilities);
        files = List.copyOf(files);
    }

    /** One installed file; verifiedBy says what its hash was checked against ("unverified" for none). */
    public record FileRecord(String path, long size, String sha256, String verifiedBy) {
    }

    public long totalBytes() {
        return files.stream().mapToLong(FileRecord::size).sum();
    }

    public boolean verified() {
        return files.stream().noneMatch(f -> "unverified".equals(f.verifiedBy()));
    }

    InstalledModel toInstalled(Path folder) {
        return new InstalledModel(id, folder, capabilities, source, revision);
    }

    public String toJson() {
        JsonArrayBuilder fileArray = Jsons.createArrayBuilder();
        for (FileRecord f : files) {
            fileArray.add(Jsons.createObjectBuilder().add("path", f.path()).add("size", f.size())
                    .add("sha256", f.sha256()).add("verifiedBy", f.verifiedBy()));
        }
        JsonArrayBuilder caps = Jsons.createArrayBuilder();
        capabilities.forEach(caps::add);
        JsonObject json = Jsons.createObjectBuilder()
                .add("format", FORMAT)
                .add("id", id)
                .add("name", name)
                .add("source", source)
                .add("revision", revision)
                .add("licence", licence)
                .add("capabilities", caps)
                .add("installedAt", installedAt.toString())
                .add("installedFrom", installedFrom)
                .add("files", fileArray)
                .build();
        StringWriter out = new StringWriter();
        try (var writer = Jsons.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(json);
        }
        return out.toString().strip() + "\n";
    }

    /** The manifest, or empty when the text is not one (a half-written or foreign file). */
    public static Optional<ModelManifest> parse(String text) {
        try {
            JsonObject o = Jsons.createReader(new StringReader(text)).readObject();
            if (o.getInt("format") != FORMAT) {
                return Optional.empty();
            }
            List<String> capabilities = new ArrayList<>();
            for (JsonValue c : o.getJsonArray("capabilities")) {
                capabilities.add(((JsonString) c).getString());
            }
            List<FileRecord> files = new ArrayList<>();
            for (JsonValue v : o.getJsonArray("files")) {
                JsonObject f = v.asJsonObject();
                String path = f.getString("path");
                String sha256 = f.getString("sha256");
                if (!RelativePath.isValidFile(path) || !ExpectedHash.isSha256(sha256)) {
                    return Optional.empty();
                }
                files.add(new FileRecord(path, f.getJsonNumber("size").longValueExact(), sha256, f.getString("verifiedBy", "unverified")));
            }
            String id = o.getString("id");
            if (!ModelId.isValid(id)) {
                return Optional.empty();
            }
            return Optional.of(new ModelManifest(id, o.getString("name", id), o.getString("source"),
                    o.getString("revision"), o.getString("licence", ""), capabilities,
                    Instant.parse(o.getString("installedAt")), o.getString("installedFrom", ""), files));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
