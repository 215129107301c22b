package org.easel.server.engines.hosted;

import java.util.Base64;
import org.easel.server.imaging.FloatImage;

/** Answers in the OpenAI Images API's shapes, for the WireMock stubs. */
public final class ImagesApiAnswers {
    private ImagesApiAnswers() {
    }

    /** A {@code width}×{@code height} PNG of one opaque colour. */
    public static byte[] solidPng(int width, int height, float r, float g, float b) {
        FloatImage image = new FloatImage(0, 0, width, height);
        float[] rgba = image.data();
        for (int i = 0; i < rgba.length; i += 4) {
            rgba[i] = r;
            rgba[i + 1] = g;
            rgba[i + 2] = b;
            rgba[i + 3] = 1f;
        }
        return Png.encode(image);
    }

    /** {"created":…, "data":[{"b64_json": …}]}, as the API answers. */
    public static String imagesJson(byte[] png) {
        return "{\"created\": 1713833628, \"data\": [{\"b64_json\": \"" + Base64.getEncoder().encodeToString(png)
                + "\"}], \"usage\": {\"total_tokens\": 100, \"input_tokens\": 50, \"output_tokens\": 50}}";
    }

    /** The API's error shape. */
    public static String errorJson(String message, String type, String code) {
        return "{\"error\": {\"message\": \"" + message + "\", \"type\": \"" + type + "\", \"param\": null, "
                + "\"code\": " + (code == null ? "null" : "\"" + code + "\"") + "}}";
    }
}
