package org.easel.installer.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.easel.server.models.ModelStore;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine.Option;

/** --state-dir for the models commands: the same state directory as easel serve. */
final class ModelsOptions {
    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory whose models/ folder holds the models (default: as for easel serve: "
                    + "$EASEL_STATE_DIR, else ~/.local/state/easel on Linux).")
    Path stateDir;

    ModelStore store() {
        return new ModelStore(ModelStore.modelsDir(StateDirectoryLocator.locate(Optional.ofNullable(stateDir))));
    }
}
