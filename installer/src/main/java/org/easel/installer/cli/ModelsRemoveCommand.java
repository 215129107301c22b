package org.easel.installer.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.models.Bytes;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelId;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code easel models remove ID}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove an installed model (and any unfinished download of it).",
                "A running daemon may keep using a model it has loaded until it rescans the models folder."})
final class ModelsRemoveCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The model to remove, as easel models list names it.")
    String id;

    @Mixin
    ModelsOptions options;

    @Override
    public Integer call() {
        try {
            ModelId.require(id);
        } catch (ModelException e) {
            System.err.println("easel models remove: " + e.getMessage());
            return ModelsCommand.USAGE;
        }
        ModelStore store = options.store();
        Optional<ModelManifest> manifest = store.manifest(id);
        if (manifest.isEmpty()) {
            long partial = store.incomingBytes(id);
            System.err.println("easel models remove: " + id + " is not installed in " + store.dir()
                    + " (easel models list shows what is)."
                    + (partial > 0 ? " An unfinished download of it (" + Bytes.format(partial) + ") is kept in "
                    + store.incoming(id) + " for resuming; delete that folder to discard it." : ""));
            return ModelsCommand.USAGE;
        }
        try {
            store.remove(id);
        } catch (IOException e) {
            System.err.println("easel models remove: cannot remove " + id + " from " + store.dir() + ": " + e.getMessage());
            return ModelsCommand.FAILED;
        }
        System.out.println("Removed " + id + " (" + Bytes.format(manifest.get().totalBytes()) + ").");
        return 0;
    }
}
