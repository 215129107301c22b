package org.easel.server.gateway;

import org.easel.server.imaging.Raster;
import org.easel.server.session.ResultLayer;

/**
 * A finished layer as a script receives it: where it goes on the canvas, its format (the same as
 * the image sent) and its bytes in one piece — {@link #pixels()} arrives in Python as {@code bytes}.
 */
public record ScriptLayer(String name, int x, int y, int width, int height, String format, byte[] pixels) {

    static ScriptLayer of(ResultLayer layer) {
        Raster r = layer.pixels();
        return new ScriptLayer(layer.name(), r.x(), r.y(), r.width(), r.height(), r.format().wireName(), r.pixels());
    }
}
