package org.easel.installer.service;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.easel.server.host.CommandRunner;

/**
 * {@code easel service install|uninstall|status}: writes or removes the platform's login item and
 * asks its service manager to load or unload it. Commands run through a {@link CommandRunner}, so
 * tests check the file and the commands without a service manager.
 */
public final class LoginService {
    public static final int NOT_SET_UP = 3;

    private final LoginItem item;
    private final Optional<CommandRunner> runner;
    private final PrintStream out;

    /**
     * @param runner empty when the file is written for another home or platform (--home, --platform):
     *     the service manager of this machine must not be told about it, so its commands are only printed
     */
    public LoginService(LoginItem item, Optional<CommandRunner> runner, PrintStream out) {
        this.item = item;
        this.runner = runner;
        this.out = out;
    }

    /** What doctor reports. */
    public enum State { NOT_SET_UP, SET_UP, JAR_MISSING }

    public record Summary(State state, Path file, Optional<Path> jar) {
    }

    public Summary summary() {
        Path file = item.file();
        if (!Files.isRegularFile(file)) {
            return new Summary(State.NOT_SET_UP, file, Optional.empty());
        }
        Optional<Path> jar = read(file).flatMap(LoginItem::jarNamedIn);
        return new Summary(jar.filter(Files::isRegularFile).isPresent() ? State.SET_UP : State.JAR_MISSING, file, jar);
    }

    /** Exit code: 0 when it is set up and loaded, 1 when loading it failed (the file stays; the message says what to run). */
    public int install(DaemonLaunch launch) throws IOException {
        Path file = item.file();
        String content = item.content(launch);
        if (read(file).filter(content::equals).isPresent()) {
            out.println("The " + item.kind() + " is already set up, unchanged: " + file);
        } else {
            boolean existed = Files.exists(file);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            out.println((existed ? "Updated the " : "Wrote the ") + item.kind() + ": " + file);
        }
        out.println("It starts: " + String.join(" ", launch.command()));
        if (!runAll(item.load(), "start it now and at every login")) {
            return 1;
        }
        out.println("Done: " + item.whenItStarts() + ".");
        return 0;
    }

    public int uninstall() throws IOException {
        Path file = item.file();
        if (!Files.exists(file)) {
            out.println("No " + item.kind() + " to remove (" + file + " does not exist).");
            return 0;
        }
        boolean unloaded = runAll(item.unload(), "stop it");
        Files.delete(file);
        out.println("Removed the " + item.kind() + ": " + file);
        runner.ifPresent(r -> item.afterRemoval().forEach(command -> r.run(command, CommandRunner.DEFAULT_TIMEOUT)));
        return unloaded ? 0 : 1;
    }

    public int status() {
        Summary summary = summary();
        if (summary.state() == State.NOT_SET_UP) {
            out.println("Start at login: not set up (" + summary.file() + " does not exist). Set it up with: ./easel service install");
            return NOT_SET_UP;
        }
        out.println("Start at login: set up, " + item.kind() + " " + summary.file());
        summary.jar().ifPresent(jar -> out.println("It starts " + jar + (Files.isRegularFile(jar) ? ""
                : ", which no longer exists: run ./easel service install again from the new place")));
        item.statusCommand().flatMap(command -> runner.flatMap(r -> r.run(command, CommandRunner.DEFAULT_TIMEOUT)))
                .ifPresent(result -> out.println("Service manager says: " + result.output().strip()));
        return summary.state() == State.SET_UP ? 0 : 1;
    }

    /** Runs the commands in order; when one cannot run or fails, says what to run by hand. */
    private boolean runAll(List<List<String>> commands, String purpose) {
        if (runner.isEmpty()) {
            if (!commands.isEmpty()) {
                out.println("Not telling this machine's service manager (--home or --platform given). To " + purpose + ", run:");
                commands.forEach(c -> out.println("  " + shell(c)));
            }
            return true;
        }
        for (int i = 0; i < commands.size(); i++) {
            List<String> command = commands.get(i);
            Optional<CommandRunner.Result> result = runner.get().run(command, CommandRunner.DEFAULT_TIMEOUT);
            if (result.isPresent() && result.get().succeeded()) {
                out.println("Ran: " + shell(command));
                continue;
            }
            String why = result.map(r -> shell(command) + " failed (exit " + r.exitCode() + "): " + r.output().strip())
                    .orElse(command.get(0) + " was not found");
            out.println(why);
            out.println("To " + purpose + ", run:");
            commands.subList(i, commands.size()).forEach(c -> out.println("  " + shell(c)));
            return false;
        }
        return true;
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A command as it would be typed in a shell. */
    static String shell(List<String> command) {
        return command.stream().map(w -> w.matches("[A-Za-z0-9_@%+=:,./-]+") ? w : "'" + w.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
    }
}
