package org.easel.server.state;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the state directory is: the {@code --state-dir} flag, else {@code EASEL_STATE_DIR}, else
 * the platform's per-user state location. The Python client resolves it the same way.
 */
public final class StateDirectoryLocator {
    public static final String ENV_VAR = "EASEL_STATE_DIR";

    private StateDirectoryLocator() {
    }

    public static Path locate(Optional<Path> flag) {
        return locate(flag, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** The same, for a given environment, OS name and home (the setup commands' {@code --home} and tests). */
    public static Path locate(Optional<Path> flag, Map<String, String> env, String osName, Path home) {
        if (flag.isPresent()) {
            return flag.get().toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank() ? Path.of(localAppData) : home.resolve("AppData").resolve("Local");
            return base.resolve("Easel");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Easel");
        }
        String xdg = env.get("XDG_STATE_HOME");
        // XDG says relative values are invalid and must be ignored.
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("easel");
        }
        return home.resolve(".local").resolve("state").resolve("easel");
    }
}
