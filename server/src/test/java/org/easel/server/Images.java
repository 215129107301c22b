package org.easel.server;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Test images and edit requests. */
public final class Images {
    private Images() {
    }

    /** An opaque rgba8 image whose every pixel is colourful (R, G, B all different). */
    public static byte[] colourfulRgba8(int width, int height) {
        byte[] pixels = new byte[width * height * 4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 4;
                pixels[i] = (byte) (40 + (x * 200) / width);
                pixels[i + 1] = (byte) (30 + (y * 150) / height);
                pixels[i + 2] = (byte) 220;
                pixels[i + 3] = (byte) 255;
            }
        }
        return pixels;
    }

    /** A mask of {@code width × height} fully selecting the rectangle (sx, sy, sw, sh) inside it. */
    public static byte[] rectangleMask(int width, int height, int sx, int sy, int sw, int sh) {
        byte[] mask = new byte[width * height];
        for (int y = sy; y < sy + sh; y++) {
            for (int x = sx; x < sx + sw; x++) {
                mask[y * width + x] = (byte) 255;
            }
        }
        return mask;
    }

    public static JsonObjectBuilder descriptor(int x, int y, int width, int height, String format, int attachment) {
        return Json.createObjectBuilder().add("x", x).add("y", y).add("width", width).add("height", height)
                .add("format", format).add("attachment", attachment);
    }

    /** An edit of a whole width × height rgba8 image (attachment 0), without selection. */
    public static JsonObjectBuilder edit(String id, String instruction, int width, int height) {
        return TestClient.message("edit", id)
                .add("conversation", Json.createObjectBuilder().add("id", "doc-1").add("title", "test.kra"))
                .add("instruction", instruction)
                .add("canvas", Json.createObjectBuilder().add("width", width).add("height", height))
                .add("image", descriptor(0, 0, width, height, "rgba8", 0));
    }
}
