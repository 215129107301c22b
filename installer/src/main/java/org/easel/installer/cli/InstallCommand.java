package org.easel.installer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.Version;
import org.easel.server.host.Host;
import org.easel.installer.install.PluginApp;
import org.easel.installer.install.PluginBundle;
import org.easel.installer.install.PluginInstaller;
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

/** {@code easel install krita|gimp|all}: copies the plugins from the jar into the programs' plugin folders. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Install the Easel plugin into Krita, GIMP or both, for your user.",
                "Krita: pykrita/easel/ and easel.desktop in Krita's resource folder, and enable_easel=true in kritarc. "
                        + "GIMP 3: plug-ins/easel/ with easel.py executable. Flatpak builds (Linux) get a copy too when "
                        + "their folder exists. Running it again updates the plugin or says it is up to date; "
                        + "easel uninstall takes it out again.",
                "Exit status: 0 done, 1 something could not be written."})
final class InstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP", description = PluginAppChoice.DESCRIPTION)
    String app;

    @Mixin
    HostOptions hostOptions;

    @Option(names = "--flatpak", description = "Also install for the Flatpak build of the program (Linux), even if its "
            + "folder under ~/.var/app does not exist yet.")
    boolean flatpak;

    @Option(names = "--dry-run", description = "Say what would be written, write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        List<PluginApp> apps = PluginAppChoice.parse(app, spec);
        Host host = hostOptions.host();
        PluginInstaller installer;
        try {
            installer = new PluginInstaller(PluginBundle.fromClasspath(), Version.current(), host.platform());
        } catch (PluginBundle.MissingBundleException e) {
            System.err.println("easel install: " + e.getMessage());
            return 1;
        }
        for (PluginApp each : apps) {
            for (PluginLocation location : PluginLocations.forInstall(each, host, flatpak)) {
                Report report;
                try {
                    report = installer.install(location, dryRun);
                } catch (IOException e) {
                    System.err.println("easel install: cannot install the " + location.describe() + " plugin into "
                            + location.folder() + ": " + e);
                    return 1;
                }
                report.lines().forEach(System.out::println);
                if (!dryRun && report.outcome() != Outcome.UP_TO_DATE) {
                    System.out.println("Next: " + each.whereToFindIt() + ".");
                }
                if (location.isFlatpak()) {
                    printFlatpakAdvice(location, hostOptions.stateDir(Optional.empty()));
                }
            }
        }
        return 0;
    }

    /** A Flatpak program is sandboxed: it must be allowed to read the state directory and told where it is. */
    private static void printFlatpakAdvice(PluginLocation location, Path stateDir) {
        System.out.println("The Flatpak " + location.app().displayName() + " runs in a sandbox; let its plugin find the "
                + "daemon (once) with:");
        System.out.println("  flatpak override --user --filesystem=" + stateDir + ":ro --env=EASEL_STATE_DIR=" + stateDir
                + " " + location.app().flatpakId());
        System.out.println("and start the daemon outside it (./easel serve, or ./easel service install).");
    }
}
