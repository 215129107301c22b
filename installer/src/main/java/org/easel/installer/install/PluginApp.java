package org.easel.installer.install;

import java.util.Locale;
import java.util.Set;

/** The painting programs Easel has a plugin for, and where each plugin sits in the jar's bundle. */
public enum PluginApp {
    /** pykrita/easel/ (the package) and pykrita/easel.desktop; enabled by {@code enable_easel} in kritarc. */
    KRITA("Krita", "krita/pykrita", "org.kde.krita", Set.of()),
    /** plug-ins/easel/easel.py: GIMP 3 runs only an executable named like its folder. */
    GIMP("GIMP", "gimp/plug-ins", "org.gimp.GIMP", Set.of("easel/easel.py"));

    /** The folder each plugin occupies inside the program's plugin folder. */
    public static final String FOLDER = "easel";

    private final String displayName;
    private final String bundleRoot;
    private final String flatpakId;
    private final Set<String> executables;

    PluginApp(String displayName, String bundleRoot, String flatpakId, Set<String> executables) {
        this.displayName = displayName;
        this.bundleRoot = bundleRoot;
        this.flatpakId = flatpakId;
        this.executables = executables;
    }

    public String displayName() {
        return displayName;
    }

    /** The command-line name: {@code krita} or {@code gimp}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where this app's files start in the bundle (what tools/build_plugins.py writes). */
    String bundleRoot() {
        return bundleRoot;
    }

    /** The Flatpak application id of the program, whose sandbox has its own folders. */
    public String flatpakId() {
        return flatpakId;
    }

    /** Whether a bundled file (path relative to the plugin folder) must be executable. */
    boolean isExecutable(String path) {
        return executables.contains(path);
    }

    /** After installing: where the user finds the plugin. */
    public String whereToFindIt() {
        return this == KRITA ? "restart Krita, then show the panel with Settings > Dockers > Easel"
                : "restart GIMP; the plug-in is Filters > Easel > Chat edit";
    }
}
