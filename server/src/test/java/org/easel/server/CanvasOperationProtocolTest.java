package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.easel.protocol.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Canvas operations over the real socket, applied to a document kept the way Krita and GIMP keep
 * one: a canvas resize moves the layers by {@code canvas.offset} and keeps their pixels outside
 * the canvas, result layers go on top. "undo" after a crop or a quarter turn must show the very
 * pixels of the original on a canvas of the original size.
 */
class CanvasOperationProtocolTest {
    private static final int W = 40;
    private static final int H = 24;

    @RegisterExtension
    final RunningDaemon daemon = new RunningDaemon();

    /** Opaque rgba8, every pixel different. */
    private static byte[] distinct(int w, int h) {
        byte[] p = new byte[w * h * 4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 4;
                p[i] = (byte) (x * 6);
                p[i + 1] = (byte) (y * 10);
                p[i + 2] = (byte) ((x * 7 + y * 13) % 251);
                p[i + 3] = (byte) 255;
            }
        }
        return p;
    }

    /** A layer stack on a canvas, as a host keeps it: the top layer's pixel wins unless it is see-through. */
    private static final class Document {
        record Layer(int x, int y, int w, int h, byte[] pixels) {
        }

        int width;
        int height;
        final List<Layer> layers = new ArrayList<>();

        Document(int width, int height, byte[] pixels) {
            this.width = width;
            this.height = height;
            layers.add(new Layer(0, 0, width, height, pixels));
        }

        /** What a plugin does with a result: resize with the offset, then add the layers on top. */
        void apply(Frame result) {
            JsonObject canvas = result.header().getJsonObject("canvas");
            int dx = canvas.getJsonObject("offset").getInt("x");
            int dy = canvas.getJsonObject("offset").getInt("y");
            layers.replaceAll(l -> new Layer(l.x() + dx, l.y() + dy, l.w(), l.h(), l.pixels()));
            width = canvas.getInt("width");
            height = canvas.getInt("height");
            for (JsonObject layer : result.header().getJsonArray("layers").getValuesAs(JsonObject.class)) {
                layers.add(new Layer(layer.getInt("x"), layer.getInt("y"), layer.getInt("width"),
                        layer.getInt("height"), result.attachments().get(layer.getInt("attachment"))));
            }
        }

        /** The visible canvas, what a plugin sends as the image. */
        byte[] visible() {
            byte[] out = new byte[width * height * 4];
            for (Layer l : layers) {
                for (int y = Math.max(0, l.y()); y < Math.min(height, l.y() + l.h()); y++) {
                    for (int x = Math.max(0, l.x()); x < Math.min(width, l.x() + l.w()); x++) {
                        int from = ((y - l.y()) * l.w() + (x - l.x())) * 4;
                        if (l.pixels()[from + 3] != 0) {   // a see-through pixel shows what lies below
                            System.arraycopy(l.pixels(), from, out, (y * width + x) * 4, 4);
                        }
                    }
                }
            }
            return out;
        }
    }

    @Test
    void cropToTheSelectionThenUndoBringsBackTheSizeAndThePixels() throws Exception {
        byte[] original = distinct(W, H);
        Document doc = new Document(W, H, original);
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "crop to the selection", W, H)
                    .add("selection", Images.descriptor(0, 0, W, H, "a8", 1)).build(),
                    original, Images.rectangleMask(W, H, 10, 5, 12, 8));
            JsonObject op = client.readUntil("accepted").header().getJsonObject("plan").getJsonArray("operations")
                    .getJsonObject(0);
            assertEquals("crop", op.getString("op"));
            assertEquals("selection", op.getString("to"));
            Frame cropped = client.readUntil("result");
            JsonObject canvas = cropped.header().getJsonObject("canvas");
            assertEquals(12, canvas.getInt("width"));
            assertEquals(8, canvas.getInt("height"));
            assertEquals(-10, canvas.getJsonObject("offset").getInt("x"));
            assertEquals(-5, canvas.getJsonObject("offset").getInt("y"));
            assertEquals(0, cropped.header().getJsonArray("layers").size());
            doc.apply(cropped);
            byte[] kept = doc.visible();
            // The crop shows exactly the selected rectangle of the original.
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 12; x++) {
                    assertEquals(original[((y + 5) * W + x + 10) * 4], kept[(y * 12 + x) * 4]);
                }
            }

            client.send(Images.edit("e2", "undo", 12, 8).build(), kept);
            Frame undone = client.readUntil("result");
            assertTrue(undone.header().getString("message").contains(W + "×" + H), undone.header().toString());
            doc.apply(undone);
            assertEquals(W, doc.width);
            assertEquals(H, doc.height);
            assertArrayEquals(original, doc.visible());
        }
    }

    @Test
    void aWhiteBorderCroppedAwayKeepsThePictureInsideAndUndoBringsItBack() throws Exception {
        byte[] original = distinct(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (x < 3 || x >= W - 5 || y < 2 || y >= H - 4) {   // a scanner's white margin
                    java.util.Arrays.fill(original, (y * W + x) * 4, (y * W + x) * 4 + 3, (byte) 250);
                }
            }
        }
        Document doc = new Document(W, H, original);
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "cut off the white border from the scanner", W, H).build(), original);
            JsonObject op = client.readUntil("accepted").header().getJsonObject("plan").getJsonArray("operations")
                    .getJsonObject(0);
            assertEquals("crop", op.getString("op"));
            assertEquals("content", op.getString("to"));
            assertEquals("white", op.getString("border"));
            Frame cropped = client.readUntil("result");
            JsonObject canvas = cropped.header().getJsonObject("canvas");
            assertEquals(W - 8, canvas.getInt("width"));
            assertEquals(H - 6, canvas.getInt("height"));
            assertEquals(-3, canvas.getJsonObject("offset").getInt("x"));
            assertEquals(-2, canvas.getJsonObject("offset").getInt("y"));
            assertTrue(cropped.header().getString("message").contains("Cut 2 px at the top, 4 px at the bottom"),
                    cropped.header().toString());
            doc.apply(cropped);
            client.send(Images.edit("e2", "undo", W - 8, H - 6).build(), doc.visible());
            doc.apply(client.readUntil("result"));
            assertEquals(W, doc.width);
            assertArrayEquals(original, doc.visible());
        }
    }

    @Test
    void aWhiteBorderGrowsTheCanvasAroundThePictureAndUndoTakesItAway() throws Exception {
        byte[] original = distinct(W, H);
        Document doc = new Document(W, H, original);
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "add a 4px white border", W, H).build(), original);
            JsonObject op = client.readUntil("accepted").header().getJsonObject("plan").getJsonArray("operations")
                    .getJsonObject(0);
            assertEquals("border", op.getString("op"));
            assertEquals("white", op.getString("colour"));
            doc.apply(client.readUntil("result"));
            assertEquals(W + 8, doc.width);
            assertEquals(H + 8, doc.height);
            byte[] framed = doc.visible();
            assertEquals((byte) 255, framed[0]);   // the corner is the border's white
            int inside = ((4 + 2) * (W + 8) + 4 + 3) * 4;   // the picture's pixel (3, 2), moved in by the border
            assertArrayEquals(java.util.Arrays.copyOfRange(original, (2 * W + 3) * 4, (2 * W + 3) * 4 + 4),
                    java.util.Arrays.copyOfRange(framed, inside, inside + 4));

            client.send(Images.edit("e2", "undo", W + 8, H + 8).build(), framed);
            doc.apply(client.readUntil("result"));
            assertEquals(W, doc.width);
            assertEquals(H, doc.height);
            assertArrayEquals(original, doc.visible());
        }
    }

    @Test
    void aQuarterTurnThenUndoBringsBackTheSizeAndThePixels() throws Exception {
        byte[] original = distinct(W, H);
        Document doc = new Document(W, H, original);
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "rotate 90° clockwise", W, H).build(), original);
            Frame turned = client.readUntil("result");
            doc.apply(turned);
            assertEquals(H, doc.width);
            assertEquals(W, doc.height);
            byte[] visible = doc.visible();
            // Clockwise: the new top-left pixel is the old bottom-left one.
            assertArrayEquals(java.util.Arrays.copyOfRange(original, (H - 1) * W * 4, (H - 1) * W * 4 + 4),
                    java.util.Arrays.copyOf(visible, 4));

            client.send(Images.edit("e2", "undo", H, W).build(), visible);
            doc.apply(client.readUntil("result"));
            assertEquals(W, doc.width);
            assertEquals(H, doc.height);
            assertArrayEquals(original, doc.visible());
        }
    }

    @Test
    void squareCropIsCentred() throws Exception {
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "square crop", W, H).build(), distinct(W, H));
            JsonObject canvas = client.readUntil("result").header().getJsonObject("canvas");
            assertEquals(H, canvas.getInt("width"));
            assertEquals(H, canvas.getInt("height"));
            assertEquals(-(W - H) / 2, canvas.getJsonObject("offset").getInt("x"));
        }
    }

    @Test
    void flippingALayerWithTransparencyIsRefusedWithWhatToDoInstead() throws Exception {
        byte[] image = distinct(W, H);
        image[3] = 0;   // one transparent pixel: the original would show through the flipped layer there
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "flip it horizontally", W, H).build(), image);
            JsonObject error = client.readUntil("error").header();
            assertEquals("unsupported_instruction", error.getString("code"));
            assertTrue(error.getString("message").contains("Mirror / Rotate"), error.toString());
        }
    }

    @Test
    void straighteningKeepsTheCanvasAndUndoBringsBackThePixels() throws Exception {
        byte[] original = distinct(W, H);
        Document doc = new Document(W, H, original);
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "straighten by 2 degrees anticlockwise", W, H).build(), original);
            JsonObject op = client.readUntil("accepted").header().getJsonObject("plan").getJsonArray("operations")
                    .getJsonObject(0);
            assertEquals("straighten", op.getString("op"));
            assertEquals(-2.0, op.getJsonNumber("degrees").doubleValue());
            Frame turned = client.readUntil("result");
            doc.apply(turned);
            assertEquals(W, doc.width);
            assertEquals(H, doc.height);
            JsonObject layer = turned.header().getJsonArray("layers").getJsonObject(0);
            assertEquals(W, layer.getInt("width"));
            assertEquals(H, layer.getInt("height"));
            byte[] visible = doc.visible();
            assertTrue(!java.util.Arrays.equals(original, visible), "the picture turned");

            client.send(Images.edit("e2", "undo", W, H).build(), visible);
            doc.apply(client.readUntil("result"));
            assertArrayEquals(original, doc.visible());
        }
    }
}
