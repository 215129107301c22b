package org.easel.installer.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.easel.server.host.Host;
import org.easel.installer.install.PluginApp;
import org.easel.installer.install.PluginRemover;
import org.easel.installer.install.PluginInstaller.Outcome;
import org.easel.installer.install.PluginInstaller.Report;
import org.easel.installer.install.PluginLocation;
import org.easel.installer.install.PluginLocations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code easel uninstall krita|gimp|all}: removes exactly what install wrote, wherever it did. */
@Command(name = "uninstall", mixinStandardHelpOptions = true,
        description = {"Remove the Easel plugin from Krita, GIMP or both: exactly the files easel install wrote "
                + "(listed in the plugin folder's easel-install.json), the folders it created, and its kritarc line.",
                "A plugin folder installed by hand (no easel-install.json) is left alone.",
                "Exit status: 0 done (or nothing to remove), 1 a folder was not ours or could not be removed."})
final class UninstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP", description = PluginAppChoice.DESCRIPTION)
    String app;

    @Mixin
    HostOptions hostOptions;

    @Option(names = "--dry-run", description = "Say what would be removed, remove nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        List<PluginApp> apps = PluginAppChoice.parse(app, spec);
        Host host = hostOptions.host();
        List<PluginLocation> everywhere = new ArrayList<>();
        for (PluginApp any : PluginApp.values()) {
            everywhere.addAll(PluginLocations.all(any, host));
        }
        PluginRemover remover = new PluginRemover(everywhere);
        int exit = 0;
        for (PluginApp each : apps) {
            List<Report> reports = new ArrayList<>();
            for (PluginLocation location : PluginLocations.all(each, host)) {
                try {
                    reports.add(remover.uninstall(location, dryRun));
                } catch (IOException e) {
                    System.err.println("easel uninstall: cannot remove the " + location.describe() + " plugin from "
                            + location.folder() + ": " + e);
                    exit = 1;
                }
            }
            List<Report> found = reports.stream().filter(r -> r.outcome() != Outcome.NOT_INSTALLED).toList();
            if (found.isEmpty()) {
                System.out.println(each.displayName() + " plugin: not installed, nothing to remove (looked in "
                        + String.join(", ", reports.stream().map(r -> r.location().folder().toString()).toList()) + ").");
            }
            for (Report report : found) {
                report.lines().forEach(System.out::println);
                if (report.outcome() == Outcome.NOT_OURS) {
                    exit = 1;
                }
            }
        }
        return exit;
    }
}
