package org.easel.server.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Installed diffusion models: the folders {@code <state>/models/<id>/} holding an easel-model.json.
 * A plain look at the folders, so doctor does not depend on the model store's code.
 */
public final class ModelsCheck implements Check {
    static final String TOPIC = "Models";
    static final String MANIFEST = "easel-model.json";

    private final Path stateDir;

    public ModelsCheck(Path stateDir) {
        this.stateDir = stateDir;
    }

    @Override
    public List<Finding> run() {
        Path models = stateDir.resolve("models");
        List<String> installed;
        try (Stream<Path> folders = Files.isDirectory(models) ? Files.list(models) : Stream.empty()) {
            installed = folders.filter(f -> Files.isRegularFile(f.resolve(MANIFEST))).map(f -> f.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(Finding.warn(TOPIC, "cannot list " + models + ": " + e.getMessage()));
        }
        if (installed.isEmpty()) {
            return List.of(Finding.note(TOPIC, "no diffusion model installed; the built-in classical engine needs none "
                    + "(./easel models lists the ones that can be installed)"));
        }
        return List.of(Finding.ok(TOPIC, installed.size() + " installed (" + String.join(", ", installed) + ")"));
    }
}
