package org.easel.installer.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.Callable;
import org.easel.protocol.client.EaselClient;
import org.easel.protocol.client.EaselException;
import org.easel.protocol.client.History;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code easel history ID}: a conversation's turns, as the daemon remembers them. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Print the turns of a conversation: number, status, what was said, what Easel understood and "
                + "what it answered. The number is what follow-ups name (\"#3\", \"re-apply #3\", easel batch --reapply ID#3).",
                "easel edit prints its conversation's ID (cli:<the image's absolute path> unless --conversation named one).",
                "Exit status: 0 printed, 1 the daemon could not be reached, 3 the conversation has no turns."})
final class HistoryCommand implements Callable<Integer> {
    static final int NO_TURNS = 3;

    @Parameters(index = "0", paramLabel = "ID", description = "The conversation's id.")
    String conversation;

    @Mixin
    DaemonOptions daemon;

    @Override
    public Integer call() {
        try (EaselClient client = daemon.connect(System.err)) {
            History history = client.history(conversation, false);
            if (history.turns().isEmpty()) {
                System.out.println("Conversation " + conversation + " has no turns.");
                return NO_TURNS;
            }
            System.out.println("Conversation " + conversation + history.title().map(t -> " (" + t + ")").orElse("")
                    + history.style().map(s -> ", style: " + s).orElse(""));
            for (JsonObject turn : history.turns()) {
                System.out.println(line(turn));
            }
            return 0;
        } catch (EaselException e) {
            System.err.println("easel history: " + e.getMessage());
            return 1;
        }
    }

    static String line(JsonObject turn) {
        StringBuilder line = new StringBuilder();
        line.append('#').append(turn.getInt("turn", 0)).append("  ").append(String.format("%-9s", turn.getString("status", "?")))
                .append(' ').append('"').append(turn.getString("instruction", "")).append('"');
        if (turn.get("plan") instanceof JsonObject plan && !plan.getString("summary", "").isBlank()) {
            line.append("\n      plan: ").append(plan.getString("summary"));
        }
        if (!turn.getString("message", "").isBlank()) {
            line.append("\n      ").append(turn.getString("message"));
        }
        StringBuilder facts = new StringBuilder();
        if (turn.get("parameters") instanceof JsonObject parameters && parameters.get("selection") instanceof JsonObject s) {
            facts.append("selection ").append(s.getInt("x", 0)).append(',').append(s.getInt("y", 0)).append(' ')
                    .append(s.getInt("width", 0)).append('×').append(s.getInt("height", 0)).append("; ");
        }
        if (turn.get("results") != null && turn.get("results").getValueType() == JsonValue.ValueType.ARRAY) {
            facts.append(turn.getJsonArray("results").size()).append(" layer(s); ");
        }
        if (turn.get("durationMs") != null) {
            facts.append(turn.getJsonNumber("durationMs").longValue()).append(" ms; ");
        }
        facts.append(turn.getString("startedAt", ""));
        line.append("\n      ").append(facts.toString().replaceAll("; $", ""));
        return line.toString();
    }
}
