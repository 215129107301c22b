package org.easel.installer.service;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.server.host.Platform;

/**
 * How a login item starts the daemon: absolute paths only, because login sessions (systemd,
 * launchd, Windows' Startup folder) do not have the user's shell PATH.
 *
 * @param javaOptions JVM options such as -Xmx8g (what EASEL_JAVA_OPTS gives ./easel)
 * @param serveArguments options for {@code easel serve}
 */
public record DaemonLaunch(Path java, List<String> javaOptions, Path jar, List<String> serveArguments) {

    public DaemonLaunch {
        javaOptions = List.copyOf(javaOptions);
        serveArguments = List.copyOf(serveArguments);
    }

    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("serve");
        command.addAll(serveArguments);
        return command;
    }

    /** The jar this code runs from; empty when it runs from a folder of classes (tests, an IDE). */
    public static Optional<Path> runningJar() {
        try {
            Path location = Path.of(DaemonLaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location.toAbsolutePath())
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The java running now. On Windows javaw, which opens no console window at login. */
    public static Path runningJava(Platform platform) {
        Path bin = Path.of(System.getProperty("java.home")).resolve("bin");
        if (platform == Platform.WINDOWS) {
            Path javaw = bin.resolve("javaw.exe");
            return Files.exists(javaw) ? javaw : bin.resolve("java.exe");
        }
        return bin.resolve("java");
    }
}
