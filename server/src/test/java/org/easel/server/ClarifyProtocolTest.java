package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.easel.protocol.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Easel asks instead of guessing, over the real socket: "contrast" alone ends its edit with one
 * {@code clarify} (no job, no turn), and sending a reading's instruction runs it as a new edit.
 */
class ClarifyProtocolTest {

    @RegisterExtension
    final RunningDaemon daemon = new RunningDaemon();

    private static final int W = 16, H = 8;

    @Test
    void contrastAloneAsksMoreOrLessAndTheChosenReadingRuns() throws Exception {
        byte[] image = Images.colourfulRgba8(W, H);
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "contrast", W, H).build(), image);
            Frame clarify = client.read();
            assertEquals("clarify", clarify.type().orElseThrow(), "the edit's first and only reply: " + clarify.header());
            assertEquals("e1", clarify.id().orElseThrow());
            JsonObject header = clarify.header();
            assertEquals("More contrast or less?", header.getString("question"));
            JsonArray readings = header.getJsonArray("readings");
            assertEquals(List.of("increase the contrast", "reduce the contrast"),
                    readings.stream().map(r -> r.asJsonObject().getString("instruction")).toList());
            assertEquals(List.of("Increase the contrast — whole layer", "Reduce the contrast — whole layer"),
                    readings.stream().map(r -> r.asJsonObject().getString("summary")).toList());
            assertTrue(clarify.attachments().isEmpty());
            assertFalse(header.containsKey("job"), "nothing was queued: " + header);

            // Nothing runs for e1: a cancel finds no job, and no frame for e1 follows.
            Frame ack = client.request(TestClient.message("cancel", "c1").add("edit", "e1").build());
            assertEquals("cancel_ack", ack.type().orElseThrow(), ack.header().toString());
            assertFalse(ack.header().getBoolean("found"), "a clarified edit has no job: " + ack.header());

            // The artist picks the first reading: the client sends its instruction as a new edit.
            String chosen = readings.getJsonObject(0).getString("instruction");
            client.send(Images.edit("e2", chosen, W, H).build(), image);
            List<String> seen = new ArrayList<>();
            Frame end;
            do {
                end = client.read();
                seen.add(end.type().orElseThrow() + ":" + end.id().orElse(""));
            } while (!List.of("result", "error").contains(end.type().orElseThrow()));
            assertEquals("accepted:e2", seen.get(0), seen.toString());
            assertEquals("result:e2", seen.get(seen.size() - 1), end.header().toString());
            assertTrue(seen.stream().allMatch(s -> s.endsWith(":e2")), "only e2 speaks now: " + seen);

            // More contrast: the dark end of the red ramp darker, the bright end brighter.
            byte[] patch = end.attachments().get(0);
            int first = 0, last = (W - 1) * 4;
            assertTrue((patch[first] & 0xFF) < (image[first] & 0xFF), "darker lows: " + (patch[first] & 0xFF));
            assertTrue((patch[last] & 0xFF) > (image[last] & 0xFF), "brighter highs: " + (patch[last] & 0xFF));

            // The question left no trace in the conversation: one turn, the chosen reading.
            Frame history = client.request(TestClient.message("history", "h1").add("conversation", "doc-1")
                    .add("thumbnails", false).build());
            JsonArray turns = history.header().getJsonArray("turns");
            assertEquals(1, turns.size(), turns.toString());
            assertEquals("increase the contrast", turns.getJsonObject(0).getString("instruction"));
            assertEquals("done", turns.getJsonObject(0).getString("status"));
        }
    }

    @Test
    void theReadingsSayWhereTheyApply() throws Exception {
        try (TestClient client = daemon.connect()) {
            JsonObject edit = Images.edit("e1", "contrast", W, H)
                    .add("selection", Images.descriptor(2, 2, 4, 4, "a8", 1)).build();
            client.send(edit, Images.colourfulRgba8(W, H), Images.rectangleMask(4, 4, 0, 0, 4, 4));
            Frame clarify = client.read();
            assertEquals("clarify", clarify.type().orElseThrow(), clarify.header().toString());
            for (JsonObject reading : clarify.header().getJsonArray("readings").getValuesAs(JsonObject.class)) {
                assertTrue(reading.getString("summary").contains("inside the selection"), reading.toString());
            }
        }
    }

    /** A clarify holds no queue place: more of them than one connection may queue all get answered. */
    @Test
    void questionsTakeNoPlaceInTheQueue() throws Exception {
        byte[] image = Images.colourfulRgba8(W, H);
        int edits = 6; // one connection may have at most 4 waiting edits
        try (TestClient client = daemon.connect()) {
            for (int i = 0; i < edits; i++) {
                client.send(Images.edit("q" + i, "contrast", W, H).build(), image);
            }
            for (int i = 0; i < edits; i++) {
                Frame reply = client.read();
                assertEquals("clarify", reply.type().orElseThrow(), reply.header().toString());
                assertEquals("q" + i, reply.id().orElseThrow(), "answered in order");
            }
            assertEquals("pong", client.request(TestClient.message("ping", "p").build()).type().orElseThrow());
            Frame history = client.request(TestClient.message("history", "h").add("conversation", "doc-1").build());
            assertEquals(0, history.header().getJsonArray("turns").size(), history.header().toString());
        }
    }
}
