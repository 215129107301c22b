package org.easel.installer.install;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.server.host.Host;
import org.easel.server.host.Platform;

/**
 * Where Krita and GIMP look for a user's plugins, per platform.
 *
 * <p>Sources, checked when this was written:
 * <ul>
 *   <li>Krita's resource folder is {@code $HOME/.local/share/krita/} (Linux), {@code %APPDATA%\krita\}
 *       (Windows) and {@code ~/Library/Application Support/Krita/} (macOS; Qt's AppDataLocation
 *       names it after the application, {@code krita}, and macOS file systems ignore case by
 *       default); Python plugins go in its
 *       {@code pykrita} subfolder: https://docs.krita.org/en/reference_manual/resource_management.html
 *       and https://docs.krita.org/en/user_manual/python_scripting/krita_python_plugin_howto.html.
 *       The same three pykrita paths are in github.com/veryprofessionaldodo/Krita-UI-Redesign's README.
 *       A Microsoft Store Krita keeps it under %LOCALAPPDATA%\Packages\...; not handled.</li>
 *   <li>kritarc is Krita's KConfig file in Qt's generic config folder: {@code ~/.config/kritarc}
 *       (Linux), {@code ~/Library/Preferences/kritarc} (macOS, as in Homebrew's krita cask "zap"
 *       list), {@code %LOCALAPPDATA%\kritarc} (Windows, Qt's GenericConfigLocation there; several
 *       Krita plugin installers on GitHub warn it is not {@code %APPDATA%\krita\kritarc}). Krita 5
 *       reads a Python plugin's switch from group {@code [python]}, key {@code enable_<X-KDE-Library>}
 *       (KDE/krita, plugins/extensions/pykrita/plugin/PythonPluginManager.cpp: {@code
 *       pluginSettings.readEntry(QString("enable_") + plugin.moduleName(), false)}); Easel's
 *       desktop file says {@code X-KDE-Library=easel}, hence {@code enable_easel=true}.</li>
 *   <li>GIMP 3's user folder is {@code $XDG_CONFIG_HOME/GIMP/3.0} (Linux), CSIDL_APPDATA, i.e.
 *       {@code %APPDATA%\GIMP\3.0} (Windows), and the Application Support folder,
 *       {@code ~/Library/Application Support/GIMP/3.0} (macOS), unless {@code GIMP3_DIRECTORY} names
 *       another: https://developer.gimp.org/api/3.0/libgimp/func.directory.html. Plug-ins go in its
 *       {@code plug-ins} folder, each in a subfolder named like its executable (GIMP 3 manual,
 *       "Installing New Plug-ins"; e.g. C:\Users\NAME\AppData\Roaming\GIMP\3.0\plug-ins on Windows).</li>
 *   <li>Flatpak points an app's XDG_CONFIG_HOME and XDG_DATA_HOME at {@code ~/.var/app/<id>/config}
 *       and {@code ~/.var/app/<id>/data} (flatpak/flatpak issue 1214; ActiveState/appdirs issue 168
 *       quotes the table from Flatpak's documentation), so Flatpak Krita reads {@code ~/.var/app/org.kde.krita/data/krita/pykrita} and
 *       {@code .../config/kritarc}, and Flatpak GIMP {@code ~/.var/app/org.gimp.GIMP/config/GIMP/3.0/plug-ins}.</li>
 * </ul>
 */
public final class PluginLocations {
    static final String FLATPAK = "Flatpak";

    private PluginLocations() {
    }

    /** Every place the app's plugin may be installed on this host: where doctor and uninstall look. */
    public static List<PluginLocation> all(PluginApp app, Host host) {
        List<PluginLocation> locations = new ArrayList<>();
        locations.add(standard(app, host));
        if (host.platform() == Platform.LINUX) {
            locations.add(flatpak(app, host));
        }
        return locations;
    }

    /**
     * Where install writes: the standard location always (the program may be installed later, or be
     * an AppImage nobody can detect), and the Flatpak one when that app's Flatpak folder exists or
     * {@code withFlatpak} asks for it.
     */
    public static List<PluginLocation> forInstall(PluginApp app, Host host, boolean withFlatpak) {
        List<PluginLocation> locations = new ArrayList<>();
        locations.add(standard(app, host));
        if (host.platform() == Platform.LINUX && (withFlatpak || Files.isDirectory(host.flatpakAppDir(app.flatpakId())))) {
            locations.add(flatpak(app, host));
        }
        return locations;
    }

    static PluginLocation standard(PluginApp app, Host host) {
        return switch (app) {
            case KRITA -> new PluginLocation(app, "", kritaResources(host).resolve("pykrita"), Optional.of(kritarc(host)));
            case GIMP -> new PluginLocation(app, "", gimpDirectory(host).resolve("plug-ins"), Optional.empty());
        };
    }

    static PluginLocation flatpak(PluginApp app, Host host) {
        Path sandbox = host.flatpakAppDir(app.flatpakId());
        return switch (app) {
            case KRITA -> new PluginLocation(app, FLATPAK, sandbox.resolve("data").resolve("krita").resolve("pykrita"),
                    Optional.of(sandbox.resolve("config").resolve("kritarc")));
            case GIMP -> new PluginLocation(app, FLATPAK,
                    sandbox.resolve("config").resolve("GIMP").resolve("3.0").resolve("plug-ins"), Optional.empty());
        };
    }

    private static Path kritaResources(Host host) {
        return switch (host.platform()) {
            case LINUX -> host.xdgDataHome().resolve("krita");
            case MACOS -> host.macApplicationSupport().resolve("krita");
            case WINDOWS -> host.appData().resolve("krita");
        };
    }

    private static Path kritarc(Host host) {
        return switch (host.platform()) {
            case LINUX -> host.xdgConfigHome().resolve("kritarc");
            case MACOS -> host.home().resolve("Library").resolve("Preferences").resolve("kritarc");
            case WINDOWS -> host.localAppData().resolve("kritarc");
        };
    }

    private static Path gimpDirectory(Host host) {
        Optional<Path> chosen = host.variable("GIMP3_DIRECTORY").map(Path::of)
                .map(p -> p.isAbsolute() ? p : host.home().resolve(p));
        return chosen.orElseGet(() -> switch (host.platform()) {
            case LINUX -> host.xdgConfigHome().resolve("GIMP").resolve("3.0");
            case MACOS -> host.macApplicationSupport().resolve("GIMP").resolve("3.0");
            case WINDOWS -> host.appData().resolve("GIMP").resolve("3.0");
        });
    }
}
