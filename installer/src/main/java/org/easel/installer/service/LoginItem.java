package org.easel.installer.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A platform's way to start a program at login: the file to write, and the commands that load and unload it. */
public interface LoginItem {
    /** Each file carries the jar it starts on a line of its own, so status and doctor can check it still exists. */
    String JAR_MARKER = "easel-jar=";

    /** e.g. "systemd user service" */
    String kind();

    Path file();

    String content(DaemonLaunch launch);

    /** Run after the file is written (start now and at every login); empty when the platform needs none. */
    List<List<String>> load();

    /** Run before the file is removed (stop it, forget it). */
    List<List<String>> unload();

    /** Run after the file is removed (so the service manager forgets it); best effort. */
    default List<List<String>> afterRemoval() {
        return List.of();
    }

    /** Asks the service manager whether it runs; empty when there is no such question to ask. */
    Optional<List<String>> statusCommand();

    /** What happens after install, for the user. */
    String whenItStarts();

    /** The jar a written file starts, read back from its {@link #JAR_MARKER} line. */
    static Optional<Path> jarNamedIn(String content) {
        Matcher m = Pattern.compile(Pattern.quote(JAR_MARKER) + "(.+?)(?: -->)?\\s*$", Pattern.MULTILINE).matcher(content);
        return m.find() ? Optional.of(Path.of(m.group(1))) : Optional.empty();
    }
}
