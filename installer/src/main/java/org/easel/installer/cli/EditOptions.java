package org.easel.installer.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.easel.protocol.Jsons;
import picocli.CommandLine.Option;

/** The edit's options (PROTOCOL.md, edit: {@code options}) shared by edit and batch. */
final class EditOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Seed for generated content (the same seed makes the same result).")
    Long seed;

    @Option(names = "--engine", paramLabel = "E",
            description = "Engine to use: classical, diffusion, or a hosted engine's id (naming a hosted engine is "
                    + "your consent to send it the pixels).")
    String engine;

    @Option(names = "--model", paramLabel = "M", description = "Installed diffusion model to use (easel models list).")
    String model;

    JsonObject json() {
        JsonObjectBuilder options = Jsons.createObjectBuilder();
        if (seed != null) {
            options.add("seed", seed);
        }
        if (engine != null) {
            options.add("engine", engine);
        }
        if (model != null) {
            options.add("model", model);
        }
        return options.build();
    }
}
