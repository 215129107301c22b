package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code easel service} from the command line, into a temporary home: with --home it never touches this machine's services. */
class ServiceCommandTest {

    @TempDir
    Path home;

    @Test
    void installStatusUninstallForEachPlatform() throws Exception {
        Path jar = Files.writeString(home.resolve("easel.jar"), "jar");
        String[][] layouts = {
            {"linux", ".config/systemd/user/easel.service"},
            {"macos", "Library/LaunchAgents/org.easel.daemon.plist"},
            {"windows", "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/easel.cmd"},
        };
        for (String[] layout : layouts) {
            String[] where = {"--home", home.toString(), "--platform", layout[0]};
            EaselRun install = EaselRun.easel(concat(new String[] {"service", "install", "--jar", jar.toString(), "--java",
                    "/usr/bin/java"}, where, new String[] {"--", "--port", "7777"}));
            assertEquals(0, install.exit(), install.out());
            Path file = home.resolve(layout[1]);
            assertTrue(Files.readString(file).contains("7777"), layout[0]);
            assertFalse(install.out().contains("Ran:"), "nothing was run on this machine: " + install.out());

            EaselRun status = EaselRun.easel(concat(new String[] {"service", "status"}, where));
            assertEquals(0, status.exit(), status.out());
            assertTrue(status.out().contains("set up"), status.out());

            EaselRun uninstall = EaselRun.easel(concat(new String[] {"service", "uninstall"}, where));
            assertEquals(0, uninstall.exit(), uninstall.out());
            assertFalse(Files.exists(file));
            assertEquals(3, EaselRun.easel(concat(new String[] {"service", "status"}, where)).exit());
        }
    }

    @Test
    void withoutAJarItSaysHowToRunIt() {
        // Tests run from target/classes, not from a jar.
        EaselRun run = EaselRun.easel("service", "install", "--home", home.toString(), "--platform", "linux");
        assertEquals(2, run.exit(), run.out());
    }

    @Test
    void theHelpTextsOfTheSetupCommandsFormatCleanly() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(errors, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String[] command : new String[][] {{"install"}, {"uninstall"}, {"doctor"}, {"service"}, {"service", "install"},
                    {"service", "uninstall"}, {"service", "status"}}) {
                EaselRun help = EaselRun.easel(concat(command, new String[] {"--help"}));
                assertEquals(0, help.exit());
                assertTrue(help.out().startsWith("Usage: easel " + String.join(" ", command)), help.out());
            }
        } finally {
            System.setErr(original);
        }
        // picocli warns on stderr about a description it cannot format (a lone % sign, say)
        assertEquals("", errors.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
