package org.easel.installer.cli;

import java.util.List;
import org.easel.installer.install.PluginApp;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The APP argument of install and uninstall: krita, gimp or all. */
final class PluginAppChoice {
    static final String DESCRIPTION = "krita, gimp or all";

    private PluginAppChoice() {
    }

    static List<PluginApp> parse(String app, CommandSpec spec) {
        return switch (app.toLowerCase(java.util.Locale.ROOT)) {
            case "krita" -> List.of(PluginApp.KRITA);
            case "gimp" -> List.of(PluginApp.GIMP);
            case "all" -> List.of(PluginApp.values());
            default -> throw new ParameterException(spec.commandLine(), "APP must be " + DESCRIPTION + ", not " + app);
        };
    }
}
