package org.easel.server.host;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user's machine as the setup commands see it: the platform, the home folder and the
 * environment that moves the standard folders (XDG_*, APPDATA, LOCALAPPDATA). Tests and
 * {@code --home} build one around a temporary home with an empty environment, so every path
 * derives from that home.
 */
public record Host(Platform platform, Path home, Map<String, String> env) {

    public Host {
        home = home.toAbsolutePath();
        env = Map.copyOf(env);
    }

    /** This machine: the real platform, {@code user.home} and environment. */
    public static Host current() {
        return new Host(Platform.current(), Path.of(System.getProperty("user.home")), System.getenv());
    }

    /** Another home on this or a pretended platform: the environment is ignored, so nothing escapes the home. */
    public static Host withHome(Platform platform, Path home) {
        return new Host(platform, home, Map.of());
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    /** XDG_CONFIG_HOME, else ~/.config (Linux). Relative values are invalid per the XDG spec and ignored. */
    public Path xdgConfigHome() {
        return xdg("XDG_CONFIG_HOME", home.resolve(".config"));
    }

    /** XDG_DATA_HOME, else ~/.local/share (Linux). */
    public Path xdgDataHome() {
        return xdg("XDG_DATA_HOME", home.resolve(".local").resolve("share"));
    }

    /** %APPDATA% (the roaming profile), else ~\AppData\Roaming (Windows). */
    public Path appData() {
        return variable("APPDATA").map(Path::of).orElse(home.resolve("AppData").resolve("Roaming"));
    }

    /** %LOCALAPPDATA%, else ~\AppData\Local (Windows). */
    public Path localAppData() {
        return variable("LOCALAPPDATA").map(Path::of).orElse(home.resolve("AppData").resolve("Local"));
    }

    /** ~/Library/Application Support (macOS). */
    public Path macApplicationSupport() {
        return home.resolve("Library").resolve("Application Support");
    }

    /** ~/.var/app/ID, where Flatpak keeps an app's own config and data (Linux). */
    public Path flatpakAppDir(String appId) {
        return home.resolve(".var").resolve("app").resolve(appId);
    }

    private Path xdg(String variable, Path fallback) {
        return variable(variable).map(Path::of).filter(Path::isAbsolute).orElse(fallback);
    }
}
