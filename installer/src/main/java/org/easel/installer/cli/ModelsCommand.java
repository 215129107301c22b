package org.easel.installer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code easel models}: the diffusion models, listed, installed, removed and checked. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"List, install, remove and verify the diffusion models Easel can use.",
                "Models live in <state directory>/models/<id>/ (see --state-dir). Each is pinned to one commit of its "
                        + "repository and every file is checked against its sha256 before the model is used."},
        subcommands = {ModelsListCommand.class, ModelsInstallCommand.class, ModelsRemoveCommand.class,
                ModelsVerifyCommand.class, ModelsAddRemoteCommand.class, ModelsExportTritonCommand.class})
final class ModelsCommand implements Runnable {
    /** A usage problem: an invalid or unknown id, a bad option value. */
    static final int USAGE = 2;
    /** The operation failed (download, checksum, disk space, corruption found). */
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
