package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.easel.protocol.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15 over the real socket: adjustments follow the selection's coverage exactly (a hard
 * rectangle and a soft ellipse, checked pixel by pixel after compositing the result as a plugin
 * does), created pixels blend over a grown, feathered edge and the plan says so, and undoing an
 * extension gives the canvas to return to.
 */
class SelectionContractProtocolTest {
    private static final int W = 64;
    private static final int H = 48;

    @RegisterExtension
    final RunningDaemon daemon = new RunningDaemon();

    private static byte[] softEllipse() {
        byte[] mask = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double d = Math.hypot((x - 32) / 18.0, (y - 24) / 12.0);
                mask[y * W + x] = (byte) Math.round(255 * Math.max(0, Math.min(1, (1.3 - d) / 0.6)));
            }
        }
        return mask;
    }

    private static JsonObjectBuilder selected(String id, String instruction) {
        return Images.edit(id, instruction, W, H).add("selection", Images.descriptor(0, 0, W, H, "a8", 1));
    }

    /** The first result layer placed over {@code source} with normal blending (8-bit, straight alpha). */
    private static byte[] composite(byte[] source, Frame result) {
        JsonObject layer = result.header().getJsonArray("layers").getJsonObject(0);
        int lx = layer.getInt("x"), ly = layer.getInt("y"), lw = layer.getInt("width"), lh = layer.getInt("height");
        byte[] patch = result.attachments().get(layer.getInt("attachment"));
        byte[] out = source.clone();
        for (int y = 0; y < lh; y++) {
            for (int x = 0; x < lw; x++) {
                int p = (y * lw + x) * 4;
                int s = ((ly + y) * W + lx + x) * 4;
                int a = patch[p + 3] & 0xFF;
                for (int c = 0; c < 3; c++) {
                    out[s + c] = (byte) (((patch[p + c] & 0xFF) * a + (source[s + c] & 0xFF) * (255 - a) + 127) / 255);
                }
            }
        }
        return out;
    }

    /** Black and white through the mask: coverage 0 byte-identical, 255 grey, between a blend of both. */
    private void assertBlackAndWhiteFollows(byte[] mask) throws Exception {
        byte[] source = Images.colourfulRgba8(W, H);
        byte[] grey;
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("all", "make it black and white", W, H).build(), source);
            grey = composite(source, client.readUntil("result"));
            client.send(selected("e1", "make the selection black and white").build(), source, mask);
            Frame accepted = client.readUntil("accepted");
            assertTrue(accepted.header().getJsonObject("plan").getString("summary")
                    .endsWith("inside the selection, exactly as selected"), accepted.header().toString());
            byte[] after = composite(source, client.readUntil("result"));
            int full = 0;
            for (int i = 0; i < W * H; i++) {
                int m = mask[i] & 0xFF;
                int p = i * 4;
                if (m == 0) {
                    assertArrayEquals(java.util.Arrays.copyOfRange(source, p, p + 4),
                            java.util.Arrays.copyOfRange(after, p, p + 4), "coverage 0 changed at pixel " + i);
                } else if (m == 255) {
                    full++;
                    assertArrayEquals(java.util.Arrays.copyOfRange(grey, p, p + 4),
                            java.util.Arrays.copyOfRange(after, p, p + 4), "coverage 255 not fully grey at pixel " + i);
                } else {
                    for (int c = 0; c < 3; c++) {
                        float expected = m / 255f * (grey[p + c] & 0xFF) + (1 - m / 255f) * (source[p + c] & 0xFF);
                        assertEquals(expected, after[p + c] & 0xFF, 2.0, "coverage " + m + " at pixel " + i);
                    }
                }
            }
            assertTrue(full > 100, "fully selected pixels: " + full);
            assertTrue(grey[0] == grey[1] && grey[1] == grey[2] && grey[0] != source[0], "the whole layer turned grey");
        }
    }

    @Test
    void aHardRectangleChangesExactlyTheSelectedPixels() throws Exception {
        assertBlackAndWhiteFollows(Images.rectangleMask(W, H, 20, 12, 24, 16));
    }

    @Test
    void aSoftEllipseBlendsByTheHostsCoverage() throws Exception {
        assertBlackAndWhiteFollows(softEllipse());
    }

    @Test
    void aSoftEdgeIsAddedOnlyWhenAskedFor() throws Exception {
        try (TestClient client = daemon.connect()) {
            client.send(selected("e1", "make the selection black and white with a soft edge").build(),
                    Images.colourfulRgba8(W, H), Images.rectangleMask(W, H, 20, 12, 24, 16));
            Frame accepted = client.readUntil("accepted");
            JsonObject plan = accepted.header().getJsonObject("plan");
            assertEquals("grayscale", plan.getJsonArray("operations").getJsonObject(0).getString("op"));
            assertTrue(plan.getString("summary").endsWith("inside the selection, plus a soft edge of 8 px"), plan.toString());
            JsonObject layer = client.readUntil("result").header().getJsonArray("layers").getJsonObject(0);
            assertEquals(16, layer.getInt("x"), "the soft edge reaches 4 px outside the selection");
            assertEquals(32, layer.getInt("width"));
        }
    }

    @Test
    void createdPixelsBlendOverTheGrownFeatheredEdgeAndThePlanSaysSo() throws Exception {
        try (TestClient client = daemon.connect()) {
            client.send(selected("e1", "remove the selected lamp").build(), Images.colourfulRgba8(W, H),
                    Images.rectangleMask(W, H, 28, 20, 8, 8));
            Frame accepted = client.readUntil("accepted");
            assertTrue(accepted.header().getJsonObject("plan").getString("summary")
                    .endsWith("inside the selection, grown by 2 px, 8 px soft edge"), accepted.header().toString());
            JsonObject layer = client.readUntil("result").header().getJsonArray("layers").getJsonObject(0);
            assertEquals(28 - 6, layer.getInt("x"), "grown by 2, feathered by 4");
            assertEquals(8 + 12, layer.getInt("width"));
        }
    }

    @Test
    void undoingAnExtensionGivesTheCanvasToReturnTo() throws Exception {
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "extend the canvas to the left by 16 px", W, H).build(),
                    Images.colourfulRgba8(W, H));
            JsonObject extended = client.readUntil("result").header().getJsonObject("canvas");
            assertEquals(W + 16, extended.getInt("width"));
            // The plugin resized the document; it now sends the bigger canvas.
            client.send(Images.edit("e2", "undo", W + 16, H).build(), Images.colourfulRgba8(W + 16, H));
            JsonObject result = client.readUntil("result").header();
            JsonObject canvas = result.getJsonObject("canvas");
            assertEquals(W, canvas.getInt("width"));
            assertEquals(H, canvas.getInt("height"));
            assertEquals(Json.createObjectBuilder().add("x", -16).add("y", 0).build(), canvas.getJsonObject("offset"));
            assertEquals(0, result.getJsonArray("layers").size(), "the old pixels are still in the document");

            client.send(TestClient.message("history", "h1").add("conversation", "doc-1").add("thumbnails", false)
                    .build());
            JsonObject turn = client.readUntil("history").header().getJsonArray("turns").getJsonObject(0);
            JsonObject after = turn.getJsonObject("parameters").getJsonObject("canvasAfter");
            assertEquals(W + 16, after.getInt("width"));
            assertEquals(16, after.getJsonObject("offset").getInt("x"));
        }
    }
}
