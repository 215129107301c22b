package org.easel.installer.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.easel.server.host.Host;
import org.easel.server.host.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each platform's plugin folders and kritarc, from the home and the variables that move them. */
class PluginLocationsTest {

    @TempDir
    Path home;

    private PluginLocation standard(PluginApp app, Host host) {
        return PluginLocations.standard(app, host);
    }

    @Test
    void linuxUsesXdgFoldersUnderTheHome() {
        Host host = Host.withHome(Platform.LINUX, home);
        PluginLocation krita = standard(PluginApp.KRITA, host);
        assertEquals(home.resolve(".local/share/krita/pykrita"), krita.pluginsDir());
        assertEquals(home.resolve(".config/kritarc"), krita.kritarc().orElseThrow());
        assertEquals(home.resolve(".local/share/krita/pykrita/easel/easel-install.json"), krita.recordFile());
        assertEquals(home.resolve(".config/GIMP/3.0/plug-ins"), standard(PluginApp.GIMP, host).pluginsDir());
    }

    @Test
    void linuxFollowsXdgVariablesAndGimp3Directory() {
        Host host = new Host(Platform.LINUX, home, Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/conf"));
        assertEquals(Path.of("/data/krita/pykrita"), standard(PluginApp.KRITA, host).pluginsDir());
        assertEquals(Path.of("/conf/kritarc"), standard(PluginApp.KRITA, host).kritarc().orElseThrow());
        assertEquals(Path.of("/conf/GIMP/3.0/plug-ins"), standard(PluginApp.GIMP, host).pluginsDir());
        Host relative = new Host(Platform.LINUX, home, Map.of("XDG_DATA_HOME", "relative/ignored", "GIMP3_DIRECTORY", "gimp3"));
        assertEquals(home.resolve(".local/share/krita/pykrita"), standard(PluginApp.KRITA, relative).pluginsDir());
        assertEquals(home.resolve("gimp3/plug-ins"), standard(PluginApp.GIMP, relative).pluginsDir());
    }

    @Test
    void flatpakBuildsReadTheirOwnFoldersUnderVarApp() {
        Host host = Host.withHome(Platform.LINUX, home);
        PluginLocation krita = PluginLocations.flatpak(PluginApp.KRITA, host);
        assertEquals(home.resolve(".var/app/org.kde.krita/data/krita/pykrita"), krita.pluginsDir());
        assertEquals(home.resolve(".var/app/org.kde.krita/config/kritarc"), krita.kritarc().orElseThrow());
        assertEquals("Krita (Flatpak)", krita.describe());
        assertEquals(home.resolve(".var/app/org.gimp.GIMP/config/GIMP/3.0/plug-ins"),
                PluginLocations.flatpak(PluginApp.GIMP, host).pluginsDir());
    }

    @Test
    void installAddsTheFlatpakLocationOnlyWhenThatFlatpakExistsOrIsAskedFor() throws Exception {
        Host host = Host.withHome(Platform.LINUX, home);
        assertEquals(1, PluginLocations.forInstall(PluginApp.KRITA, host, false).size());
        assertEquals(2, PluginLocations.forInstall(PluginApp.GIMP, host, true).size());
        Files.createDirectories(home.resolve(".var/app/org.kde.krita"));
        List<PluginLocation> krita = PluginLocations.forInstall(PluginApp.KRITA, host, false);
        assertEquals(List.of("", "Flatpak"), krita.stream().map(PluginLocation::variant).toList());
        assertEquals(1, PluginLocations.forInstall(PluginApp.GIMP, host, false).size());
        assertEquals(2, PluginLocations.all(PluginApp.GIMP, host).size(), "uninstall and doctor look in both");
    }

    @Test
    void macosUsesApplicationSupportAndPreferences() {
        Host host = Host.withHome(Platform.MACOS, home);
        assertEquals(home.resolve("Library/Application Support/krita/pykrita"), standard(PluginApp.KRITA, host).pluginsDir());
        assertEquals(home.resolve("Library/Preferences/kritarc"), standard(PluginApp.KRITA, host).kritarc().orElseThrow());
        assertEquals(home.resolve("Library/Application Support/GIMP/3.0/plug-ins"), standard(PluginApp.GIMP, host).pluginsDir());
        assertEquals(1, PluginLocations.all(PluginApp.KRITA, host).size(), "no Flatpak outside Linux");
    }

    @Test
    void windowsUsesAppDataAndLocalAppData() {
        Host host = Host.withHome(Platform.WINDOWS, home);
        assertEquals(home.resolve("AppData/Roaming/krita/pykrita"), standard(PluginApp.KRITA, host).pluginsDir());
        assertEquals(home.resolve("AppData/Local/kritarc"), standard(PluginApp.KRITA, host).kritarc().orElseThrow());
        assertEquals(home.resolve("AppData/Roaming/GIMP/3.0/plug-ins"), standard(PluginApp.GIMP, host).pluginsDir());
        Host roaming = new Host(Platform.WINDOWS, home, Map.of("APPDATA", "/roam", "LOCALAPPDATA", "/local"));
        assertEquals(Path.of("/roam/krita/pykrita"), standard(PluginApp.KRITA, roaming).pluginsDir());
        assertEquals(Path.of("/local/kritarc"), standard(PluginApp.KRITA, roaming).kritarc().orElseThrow());
        assertEquals(Path.of("/roam/GIMP/3.0/plug-ins"), standard(PluginApp.GIMP, roaming).pluginsDir());
    }
}
