package org.easel.installer.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.easel.server.host.Host;

/** Windows: {@code easel.cmd} in the user's Startup folder, which Windows runs at every login. */
final class StartupFolderScript implements LoginItem {

    private final Host host;

    StartupFolderScript(Host host) {
        this.host = host;
    }

    @Override
    public String kind() {
        return "Startup folder script";
    }

    @Override
    public Path file() {
        return host.appData().resolve("Microsoft").resolve("Windows").resolve("Start Menu").resolve("Programs")
                .resolve("Startup").resolve("easel.cmd");
    }

    @Override
    public String content(DaemonLaunch launch) {
        // javaw has no console window; start returns at once so the login is not held up.
        return "@echo off\r\n"
                + "rem Starts the Easel daemon when you log in. Written by \"easel service install\";\r\n"
                + "rem \"easel service uninstall\" removes it.\r\n"
                + "rem " + JAR_MARKER + launch.jar() + "\r\n"
                + "start \"Easel daemon\" " + launch.command().stream().map(StartupFolderScript::quote).collect(Collectors.joining(" ")) + "\r\n";
    }

    @Override
    public List<List<String>> load() {
        return List.of();
    }

    @Override
    public List<List<String>> unload() {
        return List.of();
    }

    @Override
    public Optional<List<String>> statusCommand() {
        return Optional.empty();
    }

    @Override
    public String whenItStarts() {
        return "it starts at your next login; to start it now, run \"" + file() + "\" (or easel serve)";
    }

    /** cmd.exe: quotes around anything with spaces or specials; % doubled, because a .cmd file expands it. */
    static String quote(String word) {
        String escaped = word.replace("%", "%%");
        return escaped.matches("[A-Za-z0-9_@+=:,./\\\\-]+") ? escaped : "\"" + escaped + "\"";
    }
}
