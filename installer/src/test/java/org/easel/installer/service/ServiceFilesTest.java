package org.easel.installer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.server.host.CommandRunner;
import org.easel.server.host.Host;
import org.easel.server.host.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login item each platform gets, written into a temporary home; service managers are played by a recorder. */
class ServiceFilesTest {

    @TempDir
    Path home;

    /** Records the commands and answers each with the given result (empty: "not found"). */
    static final class Recorder implements CommandRunner {
        final List<List<String>> ran = new ArrayList<>();
        private final Optional<Result> answer;

        Recorder(Optional<Result> answer) {
            this.answer = answer;
        }

        @Override
        public Optional<Result> run(List<String> command, Duration timeout) {
            ran.add(command);
            return answer;
        }
    }

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private LoginService service(Platform platform, Recorder recorder) {
        return new LoginService(LoginItems.forHost(Host.withHome(platform, home)), Optional.of(recorder),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private DaemonLaunch launch() throws Exception {
        Path jar = Files.createDirectories(home.resolve("My Easel/server/target")).resolve("easel.jar");
        Files.writeString(jar, "jar");
        return new DaemonLaunch(Path.of("/opt/jdk 17/bin/java"), List.of("-Xmx8g"), jar, List.of("--planner-model", "100%"));
    }

    private static Optional<CommandRunner.Result> succeeding() {
        return Optional.of(new CommandRunner.Result(0, "active\n"));
    }

    @Test
    void linuxGetsASystemdUserUnitEnabledForTheSession() throws Exception {
        Recorder systemctl = new Recorder(succeeding());
        LoginService service = service(Platform.LINUX, systemctl);
        DaemonLaunch launch = launch();
        assertEquals(0, service.install(launch));

        Path unit = home.resolve(".config/systemd/user/easel.service");
        String content = Files.readString(unit);
        assertTrue(content.contains("ExecStart=\"/opt/jdk 17/bin/java\" -Xmx8g -jar \"" + launch.jar() + "\" serve --planner-model 100%%\n"), content);
        assertTrue(content.contains("[Install]\nWantedBy=default.target\n"), content);
        assertTrue(content.contains("Restart=on-failure\n"), content);
        assertEquals(List.of(List.of("systemctl", "--user", "daemon-reload"), List.of("systemctl", "--user", "enable", "--now", "easel.service")),
                systemctl.ran);

        assertEquals(0, service.install(launch));
        assertTrue(printed().contains("already set up, unchanged"), printed());
        assertEquals(0, service.status());
        assertTrue(printed().contains("It starts " + launch.jar()), printed());

        systemctl.ran.clear();
        assertEquals(0, service.uninstall());
        assertFalse(Files.exists(unit));
        assertEquals(List.of(List.of("systemctl", "--user", "disable", "--now", "easel.service"),
                List.of("systemctl", "--user", "daemon-reload")), systemctl.ran);
        assertEquals(LoginService.NOT_SET_UP, service.status());
    }

    @Test
    void withoutSystemctlTheCommandsArePrintedForTheUser() throws Exception {
        LoginService service = service(Platform.LINUX, new Recorder(Optional.empty()));
        assertEquals(1, service.install(launch()));
        assertTrue(Files.exists(home.resolve(".config/systemd/user/easel.service")), "the file is written all the same");
        assertTrue(printed().contains("systemctl was not found"), printed());
        assertTrue(printed().contains("  systemctl --user daemon-reload\n  systemctl --user enable --now easel.service\n"), printed());
    }

    @Test
    void aFailingSystemctlIsReportedWithItsOutput() throws Exception {
        Recorder failing = new Recorder(Optional.of(new CommandRunner.Result(1, "Failed to connect to bus: No medium found")));
        assertEquals(1, service(Platform.LINUX, failing).install(launch()));
        assertTrue(printed().contains("Failed to connect to bus"), printed());
    }

    @Test
    void macosGetsALaunchAgentThatIsLoaded() throws Exception {
        Recorder launchctl = new Recorder(succeeding());
        DaemonLaunch launch = launch();
        assertEquals(0, service(Platform.MACOS, launchctl).install(launch));
        Path plist = home.resolve("Library/LaunchAgents/org.easel.daemon.plist");
        String content = Files.readString(plist);
        assertTrue(content.contains("<key>Label</key>\n  <string>org.easel.daemon</string>"), content);
        assertTrue(content.contains("    <string>/opt/jdk 17/bin/java</string>\n    <string>-Xmx8g</string>\n    <string>-jar</string>\n"
                + "    <string>" + launch.jar() + "</string>\n    <string>serve</string>\n"), content);
        assertTrue(content.contains("<key>RunAtLoad</key>\n  <true/>"), content);
        assertTrue(content.contains(home.resolve("Library/Logs/easel.log").toString()), content);
        assertEquals(List.of(List.of("launchctl", "load", "-w", plist.toString())), launchctl.ran);
        assertEquals(Optional.of(launch.jar()), LoginItem.jarNamedIn(content));

        launchctl.ran.clear();
        service(Platform.MACOS, launchctl).uninstall();
        assertEquals(List.of(List.of("launchctl", "unload", "-w", plist.toString())), launchctl.ran);
        assertFalse(Files.exists(plist));
    }

    @Test
    void windowsGetsAStartupFolderScriptAndNoCommands() throws Exception {
        Recorder nothing = new Recorder(succeeding());
        DaemonLaunch launch = new DaemonLaunch(Path.of("C:\\Program Files\\Java\\bin\\javaw.exe"), List.of(),
                Path.of("C:\\Users\\me\\easel\\server\\target\\easel.jar"), List.of());
        assertEquals(0, service(Platform.WINDOWS, nothing).install(launch));
        Path script = home.resolve("AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/easel.cmd");
        String content = Files.readString(script);
        assertTrue(content.startsWith("@echo off\r\n"), content);
        assertTrue(content.contains("start \"Easel daemon\" \"C:\\Program Files\\Java\\bin\\javaw.exe\" -jar "
                + "C:\\Users\\me\\easel\\server\\target\\easel.jar serve\r\n"), content);
        assertEquals(List.of(), nothing.ran);
        assertTrue(printed().contains("next login"), printed());
        assertEquals(Optional.of(launch.jar()), LoginItem.jarNamedIn(content));
    }

    @Test
    void aServiceWhoseJarWasMovedIsReported() throws Exception {
        LoginService service = service(Platform.LINUX, new Recorder(succeeding()));
        DaemonLaunch launch = launch();
        service.install(launch);
        assertEquals(LoginService.State.SET_UP, service.summary().state());
        Files.delete(launch.jar());
        assertEquals(LoginService.State.JAR_MISSING, service.summary().state());
        assertEquals(1, service.status());
        assertTrue(printed().contains("no longer exists"), printed());
    }

    @Test
    void forAnotherHomeTheServiceManagerIsNeverTold() throws Exception {
        LoginService service = new LoginService(LoginItems.forHost(Host.withHome(Platform.LINUX, home)), Optional.empty(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(0, service.install(launch()));
        assertTrue(printed().contains("Not telling this machine's service manager"), printed());
        assertEquals(0, service.uninstall());
    }

    @Test
    void quoting() {
        assertEquals("/usr/bin/java", SystemdUserUnit.quote("/usr/bin/java"));
        assertEquals("\"/a b/c\\\"d\"", SystemdUserUnit.quote("/a b/c\"d"));
        assertEquals("$$HOME", SystemdUserUnit.quote("$HOME"));
        assertEquals("\"C:\\Program Files\\x\"", StartupFolderScript.quote("C:\\Program Files\\x"));
        assertEquals("\"50%% off\"", StartupFolderScript.quote("50% off"));
        assertEquals("&lt;a&amp;b&gt;", LaunchAgent.xml("<a&b>"));
    }
}
