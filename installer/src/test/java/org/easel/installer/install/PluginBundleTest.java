package org.easel.installer.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.easel.installer.install.PluginBundle.BundledFile;
import org.junit.jupiter.api.Test;

/** The plugins the build put on the class path (tools/build_plugins.py --jar-resources), as install sees them. */
class PluginBundleTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void kritaHasItsDesktopFilePackageAndBundledClient() throws Exception {
        Map<String, BundledFile> krita = byPath(PluginBundle.fromClasspath().files(PluginApp.KRITA));
        assertTrue(krita.containsKey("easel.desktop"));
        assertTrue(krita.containsKey("easel/__init__.py"));
        assertTrue(krita.containsKey("easel/docker.py"));
        assertTrue(krita.containsKey("easel/easel_client/client.py"));
        assertTrue(krita.values().stream().noneMatch(BundledFile::executable));
        assertTrue(krita.keySet().stream().noneMatch(p -> p.contains("tests/") || p.contains("__pycache__") || p.endsWith(".pyc")));
    }

    @Test
    void gimpHasItsExecutableEntryPointBesideTheClient() throws Exception {
        Map<String, BundledFile> gimp = byPath(PluginBundle.fromClasspath().files(PluginApp.GIMP));
        assertTrue(gimp.get("easel/easel.py").executable());
        assertTrue(gimp.containsKey("easel/easel_client/client.py"));
        assertEquals(1, gimp.values().stream().filter(BundledFile::executable).count());
        assertTrue(gimp.keySet().stream().allMatch(p -> p.startsWith("easel/")));
    }

    @Test
    void theBundledClientIsTheOneFromTheSourceTree() throws Exception {
        Map<String, BundledFile> krita = byPath(PluginBundle.fromClasspath().files(PluginApp.KRITA));
        byte[] source = Files.readAllBytes(ROOT.resolve("protocol/python/easel_client/client.py"));
        assertTrue(java.util.Arrays.equals(source, krita.get("easel/easel_client/client.py").content()));
        assertFalse(krita.containsKey("easel/easel_client/tests/__init__.py"));
    }

    private static Map<String, BundledFile> byPath(List<BundledFile> files) {
        return files.stream().collect(Collectors.toMap(BundledFile::path, f -> f));
    }
}
