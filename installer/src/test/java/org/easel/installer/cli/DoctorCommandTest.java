package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code easel doctor} on this machine with a temporary home: its lines and exit code. The machine
 * checks (Java, build, GPU) answer for wherever the tests run, so only their form is checked here;
 * DoctorChecksTest plays each of them on made-up machines.
 */
class DoctorCommandTest {

    @TempDir
    Path home;

    private EaselRun doctor() {
        return EaselRun.easel("doctor", "--home", home.toString(), "--platform", "linux",
                "--state-dir", home.resolve("state").toString());
    }

    private static List<String> findingLines(EaselRun run) {
        return run.out().lines().filter(l -> l.matches("^(OK|NOTE|WARN|FIX) +\\S.*")).toList();
    }

    @Test
    void everyCheckPrintsOneLineAndTheExitCodeFollowsTheFixLines() {
        EaselRun before = doctor();
        List<String> lines = findingLines(before);
        assertTrue(before.out().startsWith("Easel doctor, version "), before.out());
        for (String topic : List.of("Java:", "Build:", "GPU:", "CUDA libraries:", "State directory:", "Disk space:", "Daemon:",
                "Plugins:", "Models:", "Start at login:")) {
            assertEquals(1, lines.stream().filter(l -> l.contains(" " + topic + " ")).count(), topic + " in\n" + before.out());
        }
        assertTrue(before.out().contains("FIX   Plugins: none installed"), before.out());
        assertEquals(1, before.exit());

        EaselRun.easel("install", "all", "--home", home.toString(), "--platform", "linux");
        EaselRun after = doctor();
        assertTrue(after.out().contains("OK    Krita plugin: version "), after.out());
        assertTrue(after.out().contains("OK    GIMP plugin: version "), after.out());
        assertTrue(after.out().contains("NOTE  Daemon: not running"), after.out());
        boolean fixes = findingLines(after).stream().anyMatch(l -> l.startsWith("FIX"));
        assertEquals(fixes ? 1 : 0, after.exit(), after.out());
    }
}
