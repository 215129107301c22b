package org.easel.installer.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code easel status}: is a daemon running for this state directory, and what does it offer. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show whether the Easel daemon is running, where it listens, and its engines and models.",
                "Exit status: 0 running, 3 not running."})
final class StatusCommand implements Callable<Integer> {
    static final int NOT_RUNNING = 3;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory of the daemon to ask (default: as for easel serve).")
    Path stateDir;

    /** One line per user with an edit running or waiting, in the order the daemon serves them. */
    private static void printQueue(JsonObject status) {
        JsonObject queue = status.getJsonObject("queue");
        List<JsonObject> users = queue.getJsonArray("users").stream().map(JsonValue::asJsonObject).toList();
        System.out.println("Queue (round-robin between users, at most " + queue.getInt("waitingPerUser")
                + " waiting per user): " + (users.isEmpty() ? "empty" : ""));
        for (JsonObject user : users) {
            System.out.println("  " + user.getString("user") + ": " + (user.getBoolean("running") ? "1 running, " : "")
                    + user.getInt("waiting") + " waiting");
        }
    }

    @Override
    public Integer call() {
        Path dir = StateDirectoryLocator.locate(Optional.ofNullable(stateDir));
        StringBuilder why = new StringBuilder();
        Optional<RunningDaemon> daemon = RunningDaemon.find(dir, why);
        if (daemon.isEmpty()) {
            System.out.println("Easel daemon: not running (" + why + ").");
            System.out.println("Start it with: ./easel serve" + (stateDir == null ? "" : " --state-dir " + dir));
            return NOT_RUNNING;
        }
        RunningDaemon d = daemon.get();
        JsonObject welcome = d.welcome();
        System.out.println("Easel daemon: running, version " + welcome.getJsonObject("server").getString("version")
                + ", protocol " + welcome.getInt("protocol"));
        System.out.println("Listening on " + d.info().host() + ":" + d.info().port() + ", pid " + d.info().pid());
        d.info().tlsFingerprint().ifPresent(f -> System.out.println("TLS certificate fingerprint: " + f
                + " (clients of other machines pin this)"));
        System.out.println("State directory: " + dir);
        for (JsonValue engine : welcome.getJsonArray("engines")) {
            JsonObject e = engine.asJsonObject();
            System.out.println("Engine " + e.getString("id") + (e.getBoolean("available") ? "" : " (unavailable)")
                    + ": " + e.getString("description"));
        }
        List<String> installed = welcome.getJsonArray("models").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getBoolean("installed", false))
                .map(m -> m.getString("id") + " (" + m.getJsonArray("capabilities").stream()
                        .map(c -> ((JsonString) c).getString()).collect(Collectors.joining(", ")) + ")")
                .toList();
        System.out.println("Diffusion models: " + (installed.isEmpty()
                ? "none installed (./easel models list)" : String.join("; ", installed)));
        System.out.println("Compute: " + welcome.getString("compute", "CPU"));
        d.status().ifPresent(StatusCommand::printQueue);
        return 0;
    }
}
