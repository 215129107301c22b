package org.easel.installer.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.easel.server.host.Host;
import org.easel.server.host.Platform;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --home} and {@code --platform}: the setup commands' way to work on another home or layout (and the tests'). */
final class HostOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Work in this home folder instead of yours. XDG_*, APPDATA, LOCALAPPDATA and GIMP3_DIRECTORY "
                    + "are then ignored, so every path is under DIR (to try it out, or for tests).")
    Path home;

    @Option(names = "--platform", paramLabel = "PLATFORM",
            description = "Use the folder layout of linux, macos or windows instead of this machine's (with --home: "
                    + "to see where things would go).")
    String platform;

    Host host() {
        Platform chosen = platform == null ? Platform.current() : parsePlatform();
        if (home != null) {
            return Host.withHome(chosen, home);
        }
        Host current = Host.current();
        return new Host(chosen, current.home(), current.env());
    }

    /** Whether the commands work on this very machine and user (no --home, no other --platform). */
    boolean isThisMachine() {
        return home == null && (platform == null || parsePlatform() == Platform.current());
    }

    /** The state directory for this host: as {@code easel serve} would choose it there. */
    Path stateDir(Optional<Path> flag) {
        Host host = host();
        return StateDirectoryLocator.locate(flag, host.env(), host.platform().osName(), host.home());
    }

    private Platform parsePlatform() {
        try {
            return Platform.valueOf(platform.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--platform must be linux, macos or windows, not " + platform);
        }
    }
}
