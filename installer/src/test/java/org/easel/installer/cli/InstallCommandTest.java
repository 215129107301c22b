package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code easel install} and {@code easel uninstall} into a temporary home for each platform's
 * layout: the files, kritarc, the executable bit, a second run, and a home left exactly as it was.
 */
class InstallCommandTest {

    @TempDir
    Path home;

    private EaselRun easelHere(String platform, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--home";
        all[args.length + 1] = home.toString();
        all[args.length + 2] = "--platform";
        all[args.length + 3] = platform;
        return EaselRun.easel(all);
    }

    /** Every file and folder under the home, files with a hash of their content. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path p : walk.toList()) {
                tree.put(home.relativize(p).toString(), Files.isDirectory(p) ? "folder" : sha256(p));
            }
        }
        return tree;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Installs everything twice, checks it, uninstalls, and checks the home is as before. */
    private void installTwiceThenUninstall(String platform, Path pykrita, Path kritarc, Path gimpPlugins) throws IOException {
        Map<String, String> before = tree();

        EaselRun first = easelHere(platform, "install", "all");
        assertEquals(0, first.exit(), first.out());
        assertTrue(first.out().contains("Krita plugin installed"), first.out());
        assertTrue(first.out().contains("GIMP plugin installed"), first.out());
        assertTrue(Files.isRegularFile(pykrita.resolve("easel.desktop")));
        assertTrue(Files.isRegularFile(pykrita.resolve("easel/docker.py")));
        assertTrue(Files.isRegularFile(pykrita.resolve("easel/easel_client/client.py")), "the client is bundled");
        assertTrue(Files.readString(pykrita.resolve("easel/easel-install.json")).contains("\"version\""));
        assertTrue(Files.readString(kritarc).contains("enable_easel=true"), Files.readString(kritarc));
        Path entry = gimpPlugins.resolve("easel/easel.py");
        assertTrue(Files.isRegularFile(entry));
        assertTrue(Files.isRegularFile(gimpPlugins.resolve("easel/easel_client/client.py")));
        if (!platform.equals("windows")) {
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)));
        }
        Map<String, String> installed = tree();

        EaselRun second = easelHere(platform, "install", "all");
        assertEquals(0, second.exit(), second.out());
        assertTrue(second.out().contains("Krita plugin already installed, up to date"), second.out());
        assertTrue(second.out().contains("GIMP plugin already installed, up to date"), second.out());
        assertEquals(installed, tree(), "a second install changes nothing");

        EaselRun removed = easelHere(platform, "uninstall", "all");
        assertEquals(0, removed.exit(), removed.out());
        assertTrue(removed.out().contains("Krita plugin removed"), removed.out());
        assertTrue(removed.out().contains("GIMP plugin removed"), removed.out());
        assertEquals(before, tree(), "uninstall leaves the home as it was");

        EaselRun again = easelHere(platform, "uninstall", "all");
        assertEquals(0, again.exit(), again.out());
        assertTrue(again.out().contains("not installed, nothing to remove"), again.out());
    }

    @Test
    void linuxIntoAnEmptyHome() throws IOException {
        installTwiceThenUninstall("linux", home.resolve(".local/share/krita/pykrita"), home.resolve(".config/kritarc"),
                home.resolve(".config/GIMP/3.0/plug-ins"));
        assertEquals(Map.of("", "folder"), tree());
    }

    @Test
    void linuxWithKritaSettingsAndOtherPluginsKeepsThemByteForByte() throws IOException {
        Path pykrita = home.resolve(".local/share/krita/pykrita");
        Files.createDirectories(pykrita.resolve("other_plugin"));
        Files.writeString(pykrita.resolve("other_plugin.desktop"), "[Desktop Entry]\n");
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/kritarc"), "[General]\nfoo=bar\n\n[python]\nenable_other_plugin=true\n\n[Zoom]\nx=1\n");
        installTwiceThenUninstall("linux", pykrita, home.resolve(".config/kritarc"), home.resolve(".config/GIMP/3.0/plug-ins"));
    }

    @Test
    void linuxWithFlatpakKritaAndGimpInstallsIntoBothSandboxesToo() throws IOException {
        Files.createDirectories(home.resolve(".var/app/org.kde.krita"));
        Files.createDirectories(home.resolve(".var/app/org.gimp.GIMP"));
        Path flatpakPykrita = home.resolve(".var/app/org.kde.krita/data/krita/pykrita");
        Path flatpakKritarc = home.resolve(".var/app/org.kde.krita/config/kritarc");
        Path flatpakGimp = home.resolve(".var/app/org.gimp.GIMP/config/GIMP/3.0/plug-ins");
        Map<String, String> before = tree();

        EaselRun run = easelHere("linux", "install", "all");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("Krita (Flatpak) plugin installed"), run.out());
        assertTrue(run.out().contains("flatpak override --user --filesystem="), run.out());
        assertTrue(Files.isRegularFile(flatpakPykrita.resolve("easel/docker.py")));
        assertTrue(Files.readString(flatpakKritarc).contains("enable_easel=true"));
        assertTrue(Files.isExecutable(flatpakGimp.resolve("easel/easel.py")));
        assertTrue(Files.isRegularFile(home.resolve(".local/share/krita/pykrita/easel/docker.py")), "and the standard place");

        EaselRun removed = easelHere("linux", "uninstall", "all");
        assertTrue(removed.out().contains("Krita (Flatpak) plugin removed"), removed.out());
        assertEquals(before, tree());
    }

    @Test
    void flatpakOnRequestBeforeTheSandboxExists() throws IOException {
        EaselRun run = easelHere("linux", "install", "gimp", "--flatpak");
        assertEquals(0, run.exit(), run.out());
        assertTrue(Files.isRegularFile(home.resolve(".var/app/org.gimp.GIMP/config/GIMP/3.0/plug-ins/easel/easel.py")));
        easelHere("linux", "uninstall", "gimp");
        assertEquals(Map.of("", "folder"), tree());
    }

    @Test
    void macos() throws IOException {
        installTwiceThenUninstall("macos", home.resolve("Library/Application Support/krita/pykrita"),
                home.resolve("Library/Preferences/kritarc"), home.resolve("Library/Application Support/GIMP/3.0/plug-ins"));
    }

    @Test
    void windows() throws IOException {
        Files.createDirectories(home.resolve("AppData/Local"));
        Files.writeString(home.resolve("AppData/Local/kritarc"), "[General]\r\nfoo=bar\r\n");
        installTwiceThenUninstall("windows", home.resolve("AppData/Roaming/krita/pykrita"), home.resolve("AppData/Local/kritarc"),
                home.resolve("AppData/Roaming/GIMP/3.0/plug-ins"));
        assertEquals("[General]\r\nfoo=bar\r\n", Files.readString(home.resolve("AppData/Local/kritarc")));
    }

    @Test
    void foldersTheTwoPluginsShareGoWithWhicheverIsRemovedLast() throws IOException {
        for (String platform : new String[] {"linux", "macos", "windows"}) {
            for (String[] order : new String[][] {{"krita", "gimp"}, {"gimp", "krita"}}) {
                easelHere(platform, "install", "krita");
                easelHere(platform, "install", "gimp");
                easelHere(platform, "uninstall", order[0]);
                easelHere(platform, "uninstall", order[1]);
                assertEquals(Map.of("", "folder"), tree(), platform + ", removing " + String.join(" then ", order));
            }
        }
    }

    @Test
    void aPluginFolderPutThereByHandIsNotUninstalled() throws IOException {
        Path byHand = home.resolve(".config/GIMP/3.0/plug-ins/easel");
        Files.createDirectories(byHand);
        Files.writeString(byHand.resolve("easel.py"), "#!/usr/bin/env python3\n");
        EaselRun run = easelHere("linux", "uninstall", "gimp");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("was not installed by `easel install`"), run.out());
        assertTrue(Files.exists(byHand.resolve("easel.py")));
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        EaselRun run = easelHere("linux", "install", "all", "--dry-run");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("Would install the Krita plugin"), run.out());
        assertEquals(Map.of("", "folder"), tree());
    }

    @Test
    void badArgumentsAreRefusedWithAHint() {
        assertEquals(2, easelHere("linux", "install", "photoshop").exit());
        assertEquals(2, easelHere("beos", "install", "krita").exit());
        assertFalse(Files.exists(home.resolve(".local")));
    }
}
