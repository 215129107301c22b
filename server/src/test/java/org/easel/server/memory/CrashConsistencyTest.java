package org.easel.server.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is writing turns with SIGKILL, at several points, and checks the memory it
 * leaves: the database is intact, the turns are numbered without gaps, every turn it reported
 * saved is there, and every image a turn names is complete.
 */
class CrashConsistencyTest {

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesWholeTurnsOnly() throws Exception {
        int reported = 0;
        for (int round = 0; round < 3; round++) {
            reported = Math.max(reported, runAndKill(reported + 15 + round * 7));
            try (ConversationStore store = ConversationStore.open(dir)) {
                List<TurnRecord> turns = store.conversation("doc").orElseThrow().turns();
                assertTrue(turns.size() >= reported, turns.size() + " turns after " + reported + " were reported saved");
                for (int i = 0; i < turns.size(); i++) {
                    TurnRecord turn = turns.get(i);
                    assertEquals(i + 1, turn.number(), "no gaps");
                    PlacedImage layer = turn.results().get(0);
                    assertEquals("layer " + layer.x(), layer.name());
                    assertArrayEquals(Turns.pixels(64 * 64 * 4, layer.x()), store.images().read(layer.image()));
                }
                reported = turns.size();
            }
            try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("conversations.db"));
                 var s = db.createStatement(); var r = s.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", r.getString(1));
            }
        }
    }

    /** Starts a writer, waits until it reported {@code atLeast} turns saved, kills it; returns the last reported. */
    private int runAndKill(int atLeast) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TurnWriter.class.getName(), dir.toString()).redirectErrorStream(true).start();
        int last = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (last < atLeast && (line = out.readLine()) != null) {
                if (line.startsWith("recorded ")) {
                    last = Integer.parseInt(line.substring(9));
                }
            }
            // SIGKILL: no shutdown hooks, no close, possibly in the middle of a write.
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(last >= atLeast, "the writer stopped early at turn " + last);
        return last;
    }
}
