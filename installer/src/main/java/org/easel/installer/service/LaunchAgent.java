package org.easel.installer.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.easel.server.host.Host;

/** macOS: a per-user launchd agent, {@code ~/Library/LaunchAgents/org.easel.daemon.plist}. */
final class LaunchAgent implements LoginItem {
    static final String LABEL = "org.easel.daemon";

    private final Host host;

    LaunchAgent(Host host) {
        this.host = host;
    }

    @Override
    public String kind() {
        return "launchd agent";
    }

    @Override
    public Path file() {
        return host.home().resolve("Library").resolve("LaunchAgents").resolve(LABEL + ".plist");
    }

    Path logFile() {
        return host.home().resolve("Library").resolve("Logs").resolve("easel.log");
    }

    @Override
    public String content(DaemonLaunch launch) {
        StringBuilder arguments = new StringBuilder();
        for (String word : launch.command()) {
            arguments.append("    <string>").append(xml(word)).append("</string>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<!-- Starts the Easel daemon when you log in. Written by `easel service install`;\n"
                + "     `easel service uninstall` unloads and removes it. -->\n"
                + "<!-- " + JAR_MARKER + xml(launch.jar().toString()) + " -->\n"
                + "<plist version=\"1.0\">\n"
                + "<dict>\n"
                + "  <key>Label</key>\n  <string>" + LABEL + "</string>\n"
                + "  <key>ProgramArguments</key>\n  <array>\n" + arguments + "  </array>\n"
                + "  <key>RunAtLoad</key>\n  <true/>\n"
                // Restarted when it fails (another daemon holding the state directory, say), not after a clean stop.
                + "  <key>KeepAlive</key>\n  <dict>\n    <key>SuccessfulExit</key>\n    <false/>\n  </dict>\n"
                + "  <key>ThrottleInterval</key>\n  <integer>10</integer>\n"
                + "  <key>StandardOutPath</key>\n  <string>" + xml(logFile().toString()) + "</string>\n"
                + "  <key>StandardErrorPath</key>\n  <string>" + xml(logFile().toString()) + "</string>\n"
                + "</dict>\n"
                + "</plist>\n";
    }

    @Override
    public List<List<String>> load() {
        return List.of(List.of("launchctl", "load", "-w", file().toString()));
    }

    @Override
    public List<List<String>> unload() {
        return List.of(List.of("launchctl", "unload", "-w", file().toString()));
    }

    @Override
    public Optional<List<String>> statusCommand() {
        return Optional.of(List.of("launchctl", "list", LABEL));
    }

    @Override
    public String whenItStarts() {
        return "it runs now and starts at every login (its log: " + logFile() + ")";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
