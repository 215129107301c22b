package org.easel.installer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.easel.server.models.Bytes;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelId;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore;
import org.easel.installer.models.ModelVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code easel models verify [ID]}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-read installed models and compare every file's size and sha256 with the manifest written "
                + "at install time.",
                "Exit status: 0 all OK, 1 a model is damaged (reinstall it), 2 unknown or not installed ID."})
final class ModelsVerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "The model to check (default: every installed model).")
    String id;

    @Mixin
    ModelsOptions options;

    @Override
    public Integer call() throws InterruptedException {
        ModelStore store = options.store();
        List<String> ids = new ArrayList<>();
        if (id != null) {
            try {
                ModelId.require(id);
            } catch (ModelException e) {
                System.err.println("easel models verify: " + e.getMessage());
                return ModelsCommand.USAGE;
            }
            if (store.manifest(id).isEmpty()) {
                System.err.println("easel models verify: " + id + " is not installed in " + store.dir()
                        + " (easel models list shows what is).");
                return ModelsCommand.USAGE;
            }
            ids.add(id);
        } else {
            store.installed().forEach(m -> ids.add(m.id()));
            if (ids.isEmpty()) {
                System.out.println("No model installed in " + store.dir() + ".");
                return 0;
            }
        }
        boolean allOk = true;
        for (String model : ids) {
            ModelManifest manifest = store.manifest(model).orElseThrow();
            ModelVerifier.Result result = ModelVerifier.verify(store.dir().resolve(model), manifest,
                    ConsoleProgress.forStderr("Checking"));
            if (result.ok()) {
                System.out.println(model + ": OK (" + result.files() + " files, " + Bytes.format(result.bytes())
                        + (manifest.verified() ? "" : "; installed unverified, so only checked against itself") + ")");
            } else {
                allOk = false;
                System.out.println(model + ": CORRUPT (" + result.problems().size() + " of " + result.files() + " files)");
                for (ModelVerifier.Problem p : result.problems()) {
                    System.out.println("    " + p.path() + ": " + p.what());
                }
                System.out.println("    Reinstall it with: easel models install " + model
                        + ("local".equals(manifest.source()) ? " --from " + manifest.installedFrom() + " --capability "
                        + String.join(" --capability ", manifest.capabilities()) : ""));
            }
        }
        return allOk ? 0 : ModelsCommand.FAILED;
    }
}
