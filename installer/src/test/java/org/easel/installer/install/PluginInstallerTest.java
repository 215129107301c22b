package org.easel.installer.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.easel.server.host.Host;
import org.easel.server.host.Platform;
import org.easel.installer.install.PluginInstaller.Inspection;
import org.easel.installer.install.PluginInstaller.Outcome;
import org.easel.installer.install.PluginInstaller.Report;
import org.easel.installer.install.PluginInstaller.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates between builds, switched-off plugins, folders that are not ours, and records that lie, with made-up bundles. */
class PluginInstallerTest {

    @TempDir
    Path home;

    private final Host host() {
        return Host.withHome(Platform.LINUX, home);
    }

    private static PluginBundle bundle(String... pathsAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return PluginBundle.of(files);
    }

    private PluginLocation krita() {
        return PluginLocations.standard(PluginApp.KRITA, host());
    }

    private PluginLocation gimp() {
        return PluginLocations.standard(PluginApp.GIMP, host());
    }

    @Test
    void aNewerBuildUpdatesChangedFilesAndRemovesOnesItNoLongerHas() throws Exception {
        PluginBundle first = bundle("krita/pykrita/easel.desktop", "d", "krita/pykrita/easel/a.py", "a1",
                "krita/pykrita/easel/old/gone.py", "x");
        PluginBundle second = bundle("krita/pykrita/easel.desktop", "d", "krita/pykrita/easel/a.py", "a2");
        assertEquals(Outcome.INSTALLED, new PluginInstaller(first, "1.0", Platform.LINUX).install(krita(), false).outcome());

        Report sameVersion = new PluginInstaller(second, "1.0", Platform.LINUX).install(krita(), false);
        assertEquals(Outcome.UPDATED, sameVersion.outcome());
        assertTrue(sameVersion.lines().get(0).contains("1 files changed, 1 removed"), sameVersion.lines().toString());
        assertEquals("a2", Files.readString(krita().folder().resolve("a.py")));
        assertFalse(Files.exists(krita().folder().resolve("old")), "the emptied folder goes too");

        Report newVersion = new PluginInstaller(second, "1.1", Platform.LINUX).install(krita(), false);
        assertTrue(newVersion.lines().get(0).contains("updated from version 1.0 to 1.1"), newVersion.lines().toString());
        assertEquals(Outcome.UP_TO_DATE, new PluginInstaller(second, "1.1", Platform.LINUX).install(krita(), false).outcome());
    }

    @Test
    void aPluginSwitchedOffInKritaIsSwitchedBackOnAndUninstallStillRestoresTheOriginal() throws Exception {
        Path kritarc = krita().kritarc().orElseThrow();
        Files.createDirectories(kritarc.getParent());
        Files.writeString(kritarc, "[General]\nfoo=bar\n");
        PluginInstaller installer = new PluginInstaller(bundle("krita/pykrita/easel/a.py", "a"), "1.0", Platform.LINUX);
        installer.install(krita(), false);
        // The user unticks Easel in Krita's Python Plugin Manager.
        Files.writeString(kritarc, Files.readString(kritarc).replace("enable_easel=true", "enable_easel=false"));
        assertFalse(installer.inspect(krita()).enabled());

        Report again = installer.install(krita(), false);
        assertTrue(again.lines().get(0).contains("re-enabled in kritarc"), again.lines().toString());
        assertTrue(installer.inspect(krita()).enabled());
        new PluginRemover(List.of()).uninstall(krita(), false);
        assertEquals("[General]\nfoo=bar\n", Files.readString(kritarc));
    }

    @Test
    void aFolderInstalledByHandIsReplacedOnInstallButNeverRemoved() throws Exception {
        Path byHand = gimp().folder();
        Files.createDirectories(byHand);
        Files.writeString(byHand.resolve("easel.py"), "old");
        PluginRemover remover = new PluginRemover(List.of());
        assertEquals(Outcome.NOT_OURS, remover.uninstall(gimp(), false).outcome());
        assertTrue(Files.exists(byHand.resolve("easel.py")));

        PluginInstaller installer = new PluginInstaller(bundle("gimp/plug-ins/easel/easel.py", "new"), "1.0", Platform.LINUX);
        assertEquals(State.NOT_OURS, installer.inspect(gimp()).state());
        Report report = installer.install(gimp(), false);
        assertTrue(report.lines().get(0).contains("over the files that were in"), report.lines().toString());
        assertEquals("new", Files.readString(byHand.resolve("easel.py")));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(byHand.resolve("easel.py"))));
    }

    @Test
    void filesAUserAddedAreKeptOnUninstall() throws Exception {
        new PluginInstaller(bundle("gimp/plug-ins/easel/easel.py", "p"), "1.0", Platform.LINUX).install(gimp(), false);
        Files.writeString(gimp().folder().resolve("notes.txt"), "mine");
        Report report = new PluginRemover(List.of()).uninstall(gimp(), false);
        assertTrue(report.lines().toString().contains("Kept 1 files"), report.lines().toString());
        assertEquals(List.of("notes.txt"), List.of(gimp().folder().toFile().list()));
    }

    @Test
    void aRecordNamingFilesOutsideThePluginFolderIsNotObeyed() throws Exception {
        new PluginInstaller(bundle("gimp/plug-ins/easel/easel.py", "p"), "1.0", Platform.LINUX).install(gimp(), false);
        Path victim = Files.writeString(home.resolve("precious.txt"), "keep me");
        Path record = gimp().recordFile();
        Files.writeString(record, Files.readString(record).replace("\"easel/easel.py\"", "\"easel/easel.py\",\"../../../../precious.txt\""));
        new PluginRemover(List.of()).uninstall(gimp(), false);
        assertTrue(Files.exists(victim));
        assertFalse(Files.exists(gimp().folder()));
    }

    @Test
    void inspectionTellsDoctorWhatIsThere() throws Exception {
        PluginInstaller installer = new PluginInstaller(bundle("gimp/plug-ins/easel/easel.py", "p"), "1.0", Platform.LINUX);
        assertEquals(State.NOT_INSTALLED, installer.inspect(gimp()).state());
        installer.install(gimp(), false);
        Inspection fresh = installer.inspect(gimp());
        assertEquals(new Inspection(State.INSTALLED, java.util.Optional.of("1.0"), true, true), fresh);
        Files.writeString(gimp().folder().resolve("easel.py"), "edited");
        assertFalse(installer.inspect(gimp()).matchesThisBuild());
    }

    @Test
    void dryRunsWriteAndRemoveNothing() throws Exception {
        PluginInstaller installer = new PluginInstaller(bundle("krita/pykrita/easel/a.py", "a"), "1.0", Platform.LINUX);
        Report wouldInstall = installer.install(krita(), true);
        assertTrue(wouldInstall.lines().get(0).startsWith("Would install"), wouldInstall.lines().toString());
        assertFalse(Files.exists(home.resolve(".local")));
        assertFalse(Files.exists(home.resolve(".config")));
        installer.install(krita(), false);
        Report wouldRemove = new PluginRemover(List.of()).uninstall(krita(), true);
        assertTrue(wouldRemove.lines().get(0).startsWith("Would remove"), wouldRemove.lines().toString());
        assertTrue(Files.exists(krita().folder().resolve("a.py")));
    }

    @Test
    void windowsLayoutsGetNoUnixModes() throws Exception {
        Host windows = Host.withHome(Platform.WINDOWS, home);
        PluginLocation location = PluginLocations.standard(PluginApp.GIMP, windows);
        PluginInstaller installer = new PluginInstaller(bundle("gimp/plug-ins/easel/easel.py", "p"), "1.0", Platform.WINDOWS);
        installer.install(location, false);
        // Whatever mode the file got, a second run does not call it different.
        assertEquals(Outcome.UP_TO_DATE, installer.install(location, false).outcome());
    }
}
