package org.easel.installer.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.easel.installer.install.PluginApp;
import org.easel.installer.install.PluginInstaller;
import org.easel.installer.install.PluginInstaller.Inspection;
import org.easel.installer.install.PluginLocation;

/**
 * The plugins: where each is installed, whether it is this build's (its install record's version
 * and its files), and whether Krita has it switched on. One line per program.
 */
public final class PluginsCheck implements Check {
    static final String TOPIC = "Plugins";

    private final Function<PluginApp, List<PluginLocation>> locations;
    private final PluginInstaller installer;
    private final String thisVersion;

    public PluginsCheck(Function<PluginApp, List<PluginLocation>> locations, PluginInstaller installer, String thisVersion) {
        this.locations = locations;
        this.installer = installer;
        this.thisVersion = thisVersion;
    }

    @Override
    public List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        boolean anyInstalled = false;
        for (PluginApp app : PluginApp.values()) {
            List<Finding> appFindings = new ArrayList<>();
            for (PluginLocation location : locations.apply(app)) {
                inspect(location).ifPresent(appFindings::add);
            }
            anyInstalled |= !appFindings.isEmpty();
            if (appFindings.isEmpty()) {
                appFindings.add(Finding.note(app.displayName() + " plugin", "not installed (./easel install " + app.id()
                        + " if you use " + app.displayName() + ")"));
            }
            findings.addAll(appFindings);
        }
        if (!anyInstalled) {
            return List.of(Finding.fix(TOPIC, "none installed: run ./easel install krita, ./easel install gimp, or "
                    + "./easel install all"));
        }
        return findings;
    }

    private Optional<Finding> inspect(PluginLocation location) {
        String topic = location.describe() + " plugin";
        String install = "./easel install " + location.app().id() + (location.isFlatpak() ? " --flatpak" : "");
        Inspection seen = installer.inspect(location);
        return switch (seen.state()) {
            case NOT_INSTALLED -> Optional.empty();
            case NOT_OURS -> Optional.of(Finding.warn(topic, location.folder() + " was put there by hand, so its version is "
                    + "unknown: " + install + " replaces it with this build's"));
            case INSTALLED -> Optional.of(installed(topic, install, location, seen));
        };
    }

    private Finding installed(String topic, String install, PluginLocation location, Inspection seen) {
        String version = seen.version().orElse("?");
        if (!version.equals(thisVersion)) {
            return Finding.fix(topic, "version " + version + " in " + location.folder() + ", but the daemon is " + thisVersion
                    + ": update it with " + install);
        }
        if (!seen.matchesThisBuild()) {
            return Finding.fix(topic, "files in " + location.folder() + " differ from this build's (version " + version
                    + "): update them with " + install);
        }
        if (!seen.enabled()) {
            return Finding.fix(topic, "installed in " + location.folder() + " but switched off in " + location.kritarc().orElseThrow()
                    + ": tick Easel in Settings > Configure Krita > Python Plugin Manager (or run " + install
                    + "), then restart Krita");
        }
        return Finding.ok(topic, "version " + version + " in " + location.folder());
    }
}
