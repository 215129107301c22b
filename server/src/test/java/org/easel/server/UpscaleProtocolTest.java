package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.easel.protocol.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Upscaling over the real socket (issue 16): the result carries the enlarged canvas and one layer
 * covering it, in the image's own format; "undo" gives back the canvas and the very pixels.
 */
class UpscaleProtocolTest {
    private static final int W = 30;
    private static final int H = 20;

    @RegisterExtension
    final RunningDaemon daemon = new RunningDaemon();

    /** Opaque rgba16 (little-endian), a smooth gradient with every pixel different. */
    private static byte[] rgba16(int w, int h) {
        byte[] p = new byte[w * h * 8];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] c = {x * 2000 + y * 7, y * 3000 + x * 5, (x * y * 97) % 65536, 65535};
                for (int k = 0; k < 4; k++) {
                    p[(y * w + x) * 8 + 2 * k] = (byte) c[k];
                    p[(y * w + x) * 8 + 2 * k + 1] = (byte) (c[k] >> 8);
                }
            }
        }
        return p;
    }

    private static jakarta.json.JsonObjectBuilder edit(String id, String instruction, int w, int h, String format) {
        return Images.edit(id, instruction, w, h).add("image", Images.descriptor(0, 0, w, h, format, 0));
    }

    @Test
    void upscaleTwiceThenUndoBringsBackTheSizeAndThePixels() throws Exception {
        byte[] original = rgba16(W, H);
        try (TestClient client = daemon.connect()) {
            client.send(edit("e1", "make it twice as big", W, H, "rgba16").build(), original);
            JsonObject op = client.readUntil("accepted").header().getJsonObject("plan").getJsonArray("operations")
                    .getJsonObject(0);
            assertEquals("upscale", op.getString("op"));
            assertEquals(2.0, op.getJsonNumber("factor").doubleValue());
            Frame enlarged = client.readUntil("result");
            JsonObject canvas = enlarged.header().getJsonObject("canvas");
            assertEquals(2 * W, canvas.getInt("width"));
            assertEquals(2 * H, canvas.getInt("height"));
            assertEquals(0, canvas.getJsonObject("offset").getInt("x"));
            assertEquals(0, canvas.getJsonObject("offset").getInt("y"));
            assertTrue(enlarged.header().getString("message").contains(2 * W + "×" + 2 * H), enlarged.header().toString());
            JsonObject layer = enlarged.header().getJsonArray("layers").getJsonObject(0);
            assertEquals("rgba16", layer.getString("format"));
            assertEquals(0, layer.getInt("x"));
            assertEquals(2 * W, layer.getInt("width"));
            assertEquals(2 * H, layer.getInt("height"));
            byte[] big = enlarged.attachments().get(layer.getInt("attachment"));
            assertEquals(2 * W * 2 * H * 8, big.length);
            // The top-left 2×2 block of the enlargement stays near the original's top-left pixel (its red is 0).
            int red = (big[0] & 0xFF) | (big[1] & 0xFF) << 8;
            assertTrue(red < 1500, "red " + red);

            // The host resized the canvas from its corner and put the layer on top: it sends that picture.
            client.send(edit("e2", "undo", 2 * W, 2 * H, "rgba16").build(), big);
            Frame undone = client.readUntil("result");
            JsonObject back = undone.header().getJsonObject("canvas");
            assertEquals(W, back.getInt("width"));
            assertEquals(H, back.getInt("height"));
            assertEquals(0, back.getJsonObject("offset").getInt("x"));
            assertTrue(undone.header().getString("message").contains(W + "×" + H), undone.header().toString());
            // The layer undo returns shows the original's pixels, byte for byte, over the old canvas.
            JsonObject restored = undone.header().getJsonArray("layers").getJsonObject(0);
            byte[] pixels = undone.attachments().get(restored.getInt("attachment"));
            byte[] visible = new byte[W * H * 8];
            for (int y = 0; y < H; y++) {
                System.arraycopy(pixels, ((y - restored.getInt("y")) * restored.getInt("width") - restored.getInt("x")) * 8,
                        visible, y * W * 8, W * 8);
            }
            assertArrayEquals(original, visible);
        }
    }

    @Test
    void upscalingPastTheImageLimitsIsRefusedWithTheLargestFactorThatFits() throws Exception {
        int w = 3000;   // 4× would be 96 MP; √(8192² / 6 MP) ≈ 3.34× fits
        int h = 2000;
        try (TestClient client = daemon.connect()) {
            client.send(Images.edit("e1", "upscale 4x", w, h).build(), Images.colourfulRgba8(w, h));
            JsonObject error = client.readUntil("error").header();
            assertEquals("bad_image", error.getString("code"));
            assertTrue(error.getString("message").contains("about 3.34×"), error.toString());
        }
    }

    @Test
    void upscalingALayerWithTransparencyIsRefusedWithTheHostsScaleImage() throws Exception {
        byte[] image = rgba16(W, H);
        image[7] = 0;   // the first pixel's alpha high byte: partly transparent
        try (TestClient client = daemon.connect()) {
            client.send(edit("e1", "upscale 2x", W, H, "rgba16").build(), image);
            JsonObject error = client.readUntil("error").header();
            assertEquals("unsupported_instruction", error.getString("code"));
            assertTrue(error.getString("message").contains("Scale Image"), error.toString());
        }
    }
}
