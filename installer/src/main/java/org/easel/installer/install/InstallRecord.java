package org.easel.installer.install;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.Jsons;

/**
 * {@code easel-install.json} inside the installed plugin folder: the Easel version installed and
 * everything install created (files, folders, the kritarc line), so that uninstall removes exactly
 * that and nothing a user added. doctor reads the version from it.
 *
 * @param files paths relative to the program's plugin folder, '/'-separated
 * @param createdFolders folders above the plugin's own that install had to create (absolute)
 */
record InstallRecord(String version, List<String> files, List<Path> createdFolders, Optional<KritarcEdit> kritarc) {
    static final String FILE_NAME = "easel-install.json";

    /**
     * The kritarc edit.
     *
     * @param createdFile kritarc did not exist before
     * @param createdFolders folders install made for kritarc (absolute)
     */
    record KritarcEdit(KritaSettings.Change change, boolean createdFile, List<Path> createdFolders) {
    }

    InstallRecord {
        files = List.copyOf(files);
        createdFolders = List.copyOf(createdFolders);
    }

    /** This record with more folders counted as created by install (handed over by a plugin removed before). */
    InstallRecord withCreatedFolders(List<Path> more) {
        List<Path> all = new java.util.ArrayList<>(createdFolders);
        more.stream().filter(f -> !all.contains(f)).forEach(all::add);
        return new InstallRecord(version, files, all, kritarc);
    }

    /** The record at {@code file}; empty when there is none, or it is not one of ours (then the folder is treated as foreign). */
    static Optional<InstallRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject o = Jsons.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).readObject();
            Optional<KritarcEdit> kritarc = Optional.empty();
            if (o.containsKey("kritarc")) {
                JsonObject k = o.getJsonObject("kritarc");
                kritarc = Optional.of(new KritarcEdit(
                        new KritaSettings.Change(Optional.ofNullable(k.getString("previousLine", null)), k.getString("appended", "")),
                        k.getBoolean("createdFile", false), paths(k, "createdFolders")));
            }
            return Optional.of(new InstallRecord(o.getString("version"), strings(o, "files"), paths(o, "createdFolders"), kritarc));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        JsonObjectBuilder o = Jsons.createObjectBuilder()
                .add("comment", "written by `easel install`; `easel uninstall` removes exactly what is listed here")
                .add("version", version).add("files", array(files)).add("createdFolders", array(createdFolders.stream().map(Path::toString).toList()));
        kritarc.ifPresent(k -> {
            JsonObjectBuilder edit = Jsons.createObjectBuilder();
            k.change().previousLine().ifPresent(line -> edit.add("previousLine", line));
            edit.add("appended", k.change().appended()).add("createdFile", k.createdFile())
                    .add("createdFolders", array(k.createdFolders().stream().map(Path::toString).toList()));
            o.add("kritarc", edit);
        });
        // Written aside and renamed: a record cut in half would make the folder look installed by hand.
        Path partial = file.resolveSibling(FILE_NAME + ".partial");
        Files.writeString(partial, o.build().toString() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    }

    private static List<Path> paths(JsonObject o, String key) {
        return strings(o, key).stream().map(Path::of).toList();
    }
}
