package org.easel.installer.doctor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.models.ModelStore;

/**
 * Installed diffusion models, as the daemon sees them: complete installs in the model store, each
 * checked for the files the diffusion engine needs (one damaged after installing gets a fix).
 */
public final class ModelsCheck implements Check {
    static final String TOPIC = "Models";

    private final Path stateDir;

    public ModelsCheck(Path stateDir) {
        this.stateDir = stateDir;
    }

    @Override
    public List<Finding> run() {
        List<ModelStore.InstalledModel> installed = new ModelStore(ModelStore.modelsDir(stateDir)).installed();
        if (installed.isEmpty()) {
            return List.of(Finding.note(TOPIC, "no diffusion model installed; the built-in classical engine needs none "
                    + "(./easel models list shows the ones that can be installed)"));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> usable = new ArrayList<>();
        for (ModelStore.InstalledModel model : installed) {
            try {
                ModelFolder.inspect(model.folder());
                usable.add(model.id());
            } catch (DiffusionException e) {
                findings.add(Finding.fix(TOPIC, model.id() + ": " + e.getMessage()));
            }
        }
        if (!usable.isEmpty()) {
            findings.add(0, Finding.ok(TOPIC, usable.size() + " installed (" + String.join(", ", usable) + ")"));
        }
        return findings;
    }
}
