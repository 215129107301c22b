package org.easel.installer.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.easel.server.host.Host;
import org.easel.server.host.Platform;
import org.easel.installer.install.PluginApp;
import org.easel.installer.install.PluginBundle;
import org.easel.installer.install.PluginInstaller;
import org.easel.installer.install.PluginLocation;
import org.easel.installer.install.PluginLocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugins line of doctor, for a home with no plugin, this build's, an older one, a switched-off one, a hand-made one. */
class DoctorPluginsTest {

    @TempDir
    Path home;

    private static final PluginBundle BUNDLE = PluginBundle.of(Map.of(
            "krita/pykrita/easel.desktop", bytes("[Desktop Entry]"), "krita/pykrita/easel/__init__.py", bytes("k"),
            "gimp/plug-ins/easel/easel.py", bytes("g")));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Host host() {
        return Host.withHome(Platform.LINUX, home);
    }

    private List<Finding> check(String version) {
        return new PluginsCheck(app -> PluginLocations.all(app, host()), new PluginInstaller(BUNDLE, version, Platform.LINUX), version).run();
    }

    private PluginLocation standard(PluginApp app) {
        return PluginLocations.all(app, host()).get(0);
    }

    @Test
    void noPluginAtAllIsOneThingToFix() {
        List<Finding> findings = check("1.0");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Status.FIX, findings.get(0).status());
        assertTrue(findings.get(0).text().contains("./easel install krita"), findings.toString());
    }

    @Test
    void thisBuildsKritaPluginIsOkAndAMissingGimpPluginIsANote() throws Exception {
        new PluginInstaller(BUNDLE, "1.0", Platform.LINUX).install(standard(PluginApp.KRITA), false);
        List<Finding> findings = check("1.0");
        assertEquals(List.of(Status.OK, Status.NOTE), findings.stream().map(Finding::status).toList(), findings.toString());
        assertTrue(findings.get(0).line().contains("Krita plugin: version 1.0 in " + standard(PluginApp.KRITA).folder()));
        assertTrue(findings.get(1).line().contains("./easel install gimp"));
    }

    @Test
    void anOlderPluginOrChangedFilesNeedAnUpdate() throws Exception {
        new PluginInstaller(BUNDLE, "0.9", Platform.LINUX).install(standard(PluginApp.GIMP), false);
        Finding older = check("1.0").stream().filter(f -> f.topic().startsWith("GIMP")).findFirst().orElseThrow();
        assertEquals(Status.FIX, older.status());
        assertTrue(older.text().contains("version 0.9") && older.text().contains("./easel install gimp"), older.line());

        new PluginInstaller(BUNDLE, "1.0", Platform.LINUX).install(standard(PluginApp.GIMP), false);
        Files.writeString(standard(PluginApp.GIMP).folder().resolve("easel.py"), "edited");
        Finding edited = check("1.0").stream().filter(f -> f.topic().startsWith("GIMP")).findFirst().orElseThrow();
        assertEquals(Status.FIX, edited.status());
        assertTrue(edited.text().contains("differ from this build"), edited.line());
    }

    @Test
    void aKritaPluginSwitchedOffInKritaIsToBeSwitchedOn() throws Exception {
        new PluginInstaller(BUNDLE, "1.0", Platform.LINUX).install(standard(PluginApp.KRITA), false);
        Path kritarc = standard(PluginApp.KRITA).kritarc().orElseThrow();
        Files.writeString(kritarc, Files.readString(kritarc).replace("=true", "=false"));
        Finding off = check("1.0").get(0);
        assertEquals(Status.FIX, off.status());
        assertTrue(off.text().contains("Python Plugin Manager"), off.line());
    }

    @Test
    void aHandMadeInstallInTheFlatpakFolderIsAWarning() throws Exception {
        PluginLocation flatpak = PluginLocations.all(PluginApp.KRITA, host()).get(1);
        Files.createDirectories(flatpak.folder());
        Finding handMade = check("1.0").get(0);
        assertEquals(Status.WARN, handMade.status(), handMade.line());
        assertTrue(handMade.topic().equals("Krita (Flatpak) plugin") && handMade.text().contains("--flatpak"), handMade.line());
    }
}
