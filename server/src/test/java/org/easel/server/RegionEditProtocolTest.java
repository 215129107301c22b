package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.easel.protocol.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Removing and extending over the real socket: the plan and the result's canvas members. */
class RegionEditProtocolTest {

    @RegisterExtension
    final RunningDaemon daemon = new RunningDaemon();

    @Test
    void extendingTellsThePluginTheNewCanvasAndWhereTheOldOneLands() throws Exception {
        int w = 64, h = 48;
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "extend the canvas to the left by 16 px", w, h).build(),
                    Images.colourfulRgba8(w, h));
            Frame accepted = client.readUntil("accepted");
            JsonObject op = accepted.header().getJsonObject("plan").getJsonArray("operations").getJsonObject(0);
            assertEquals("extend", op.getString("op"));
            assertEquals(16, op.getJsonObject("left").getInt("value"));
            assertEquals("px", op.getJsonObject("left").getString("unit"));
            assertEquals(0, op.getJsonObject("right").getInt("value"));

            Frame result = client.readUntil("result");
            JsonObject canvas = result.header().getJsonObject("canvas");
            assertEquals(w + 16, canvas.getInt("width"));
            assertEquals(h, canvas.getInt("height"));
            assertEquals(16, canvas.getJsonObject("offset").getInt("x"));
            assertEquals(0, canvas.getJsonObject("offset").getInt("y"));
            JsonObject layer = result.header().getJsonArray("layers").getJsonObject(0);
            assertEquals(0, layer.getInt("x"));
            assertEquals(16, layer.getInt("width"));
            assertEquals(h, layer.getInt("height"));
            assertTrue(result.header().getString("message").contains("80×48"), result.header().toString());
        }
    }

    @Test
    void removingNeedsASelectionAndSaysSo() throws Exception {
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "remove the lamp", 64, 48).build(), Images.colourfulRgba8(64, 48));
            Frame error = client.readUntil("error");
            assertTrue(error.header().getString("message").contains("Select what to remove"), error.header().toString());
        }
    }

    @Test
    void removingTheSelectionReturnsAPatchAndAnUnchangedCanvas() throws Exception {
        int w = 96, h = 80;
        try (TestClient client = daemon.connect()) {
            JsonObject edit = Images.edit("e1", "remove the selected lamp", w, h)
                    .add("selection", Images.descriptor(0, 0, w, h, "a8", 1)).build();
            client.send(edit, Images.colourfulRgba8(w, h), Images.rectangleMask(w, h, 40, 30, 12, 12));
            Frame result = client.readUntil("result");
            JsonObject canvas = result.header().getJsonObject("canvas");
            assertEquals(w, canvas.getInt("width"));
            assertEquals(0, canvas.getJsonObject("offset").getInt("x"));
            JsonObject layer = result.header().getJsonArray("layers").getJsonObject(0);
            assertTrue(layer.getInt("x") <= 40 && layer.getInt("x") + layer.getInt("width") >= 52, layer.toString());
        }
    }
}
