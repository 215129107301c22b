package org.easel.server.gateway;

import java.util.Base64;
import org.easel.server.imaging.Raster;
import org.easel.server.session.ResultLayer;

/**
 * A finished layer as a script receives it: where it goes on the canvas, its format (the same as
 * the image sent) and its bytes in one piece — {@link #pixels()} arrives in Python as {@code bytes}.
 */
public record ScriptLayer(String name, int x, int y, int width, int height, String format, byte[] pixels) {

    /**
     * The same bytes as base64 text. py4j's Python side turns a byte array into {@code bytes} one
     * byte at a time in Python, which takes seconds for a large layer; a string crosses in C, so
     * {@code base64.b64decode(layer.pixelsBase64())} is the fast way to the bytes (BENCHMARKS.md).
     */
    public String pixelsBase64() {
        return Base64.getEncoder().encodeToString(pixels);
    }

    static ScriptLayer of(ResultLayer layer) {
        Raster r = layer.pixels();
        return new ScriptLayer(layer.name(), r.x(), r.y(), r.width(), r.height(), r.format().wireName(), r.pixels());
    }
}
