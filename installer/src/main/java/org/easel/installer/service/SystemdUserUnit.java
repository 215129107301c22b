package org.easel.installer.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.easel.server.host.Host;

/** Linux: a systemd user service, {@code ~/.config/systemd/user/easel.service}, enabled for the login session. */
final class SystemdUserUnit implements LoginItem {
    static final String UNIT = "easel.service";

    private final Host host;

    SystemdUserUnit(Host host) {
        this.host = host;
    }

    @Override
    public String kind() {
        return "systemd user service";
    }

    @Override
    public Path file() {
        return host.xdgConfigHome().resolve("systemd").resolve("user").resolve(UNIT);
    }

    @Override
    public String content(DaemonLaunch launch) {
        return "# Starts the Easel daemon when you log in. Written by `easel service install`;\n"
                + "# `easel service uninstall` stops and removes it.\n"
                + "# " + JAR_MARKER + launch.jar() + "\n"
                + "[Unit]\n"
                + "Description=Easel image-editing daemon (for the Krita and GIMP plugins)\n\n"
                + "[Service]\n"
                + "Type=simple\n"
                + "ExecStart=" + launch.command().stream().map(SystemdUserUnit::quote).collect(Collectors.joining(" ")) + "\n"
                // A second daemon on the same state directory exits at once; retrying every 10 s lets this one
                // take over when a daemon started by hand stops, without a restart storm.
                + "Restart=on-failure\n"
                + "RestartSec=10\n\n"
                + "[Install]\n"
                + "WantedBy=default.target\n";
    }

    @Override
    public List<List<String>> load() {
        return List.of(List.of("systemctl", "--user", "daemon-reload"), List.of("systemctl", "--user", "enable", "--now", UNIT));
    }

    @Override
    public List<List<String>> unload() {
        return List.of(List.of("systemctl", "--user", "disable", "--now", UNIT));
    }

    @Override
    public List<List<String>> afterRemoval() {
        return List.of(List.of("systemctl", "--user", "daemon-reload"));
    }

    @Override
    public Optional<List<String>> statusCommand() {
        return Optional.of(List.of("systemctl", "--user", "is-active", UNIT));
    }

    @Override
    public String whenItStarts() {
        return "it runs now and starts at every login (journalctl --user -u easel shows its log)";
    }

    /**
     * systemd's command-line syntax: words with spaces or quotes go in double quotes with backslash
     * escapes; % and $ are systemd's specifiers and variables, doubled to mean themselves.
     */
    static String quote(String word) {
        String escaped = word.replace("%", "%%").replace("$", "$$");
        if (escaped.matches("[A-Za-z0-9_@%$+=:,./-]+")) {
            return escaped;
        }
        return "\"" + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
