package org.easel.installer.cli;

import org.easel.server.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code easel} command line; {@code ./easel} at the repository root runs it. */
@Command(name = "easel",
        mixinStandardHelpOptions = true,
        versionProvider = EaselCommand.VersionProvider.class,
        description = {"Easel: a local, conversational image-editing assistant for Krita and GIMP.",
                "The daemon holds the engines and each document's conversation; the plugins talk to it.",
                "easel edit, batch and history use it from the command line (easel help edit)."},
        subcommands = {org.easel.server.cli.ServeCommand.class, StatusCommand.class, StopCommand.class, EditCommand.class, BatchCommand.class,
                HistoryCommand.class, ModelsCommand.class, EnginesCommand.class,
                InstallCommand.class, UninstallCommand.class, DoctorCommand.class, ServiceCommand.class, UsersCommand.class,
                BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class EaselCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EaselCommand()).execute(args));
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"easel " + Version.current()};
        }
    }
}
