package org.easel.installer.cli.edit;

import java.util.List;
import org.easel.protocol.client.EditResult;
import org.easel.protocol.client.Layer;
import org.easel.protocol.client.WireImage;

/**
 * Places a result's layers as a painting program would: the source at the canvas offset on the
 * canvas the result names, then each layer above it with normal blending (straight alpha "over").
 * Works at the source's depth, so a 16-bit image stays 16-bit.
 */
public final class Compositor {
    private Compositor() {
    }

    /** The edited picture: the source on the result's canvas with the layers over it. */
    public static WireImage edited(WireImage source, EditResult result) {
        return compose(source, result.canvasWidth(), result.canvasHeight(), result.offsetX(), result.offsetY(), result.layers());
    }

    /** The layers alone, on a transparent image of their union bounds ({@code --layer-only}). */
    public static WireImage layersOnly(List<Layer> layers) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Layer layer : layers) {
            WireImage i = layer.image();
            left = Math.min(left, i.x());
            top = Math.min(top, i.y());
            right = Math.max(right, i.x() + i.width());
            bottom = Math.max(bottom, i.y() + i.height());
        }
        WireImage first = layers.get(0).image();
        WireImage empty = new WireImage(left, top, right - left, bottom - top, first.format(),
                new byte[(int) first.format().byteLength(right - left, bottom - top)]);
        int dx = left;
        int dy = top;
        List<Layer> moved = layers.stream().map(l -> new Layer(l.name(), new WireImage(l.image().x() - dx, l.image().y() - dy,
                l.image().width(), l.image().height(), l.image().format(), l.image().pixels()))).toList();
        return compose(empty, right - left, bottom - top, 0, 0, moved);
    }

    static WireImage compose(WireImage source, int width, int height, int offsetX, int offsetY, List<Layer> layers) {
        byte[] canvas = new byte[(int) source.format().byteLength(width, height)];
        WireImage out = new WireImage(0, 0, width, height, source.format(), canvas);
        PixelSamples target = PixelSamples.of(out);
        copy(PixelSamples.of(source), source.width(), source.height(), target, width, height, offsetX, offsetY);
        for (Layer layer : layers) {
            WireImage patch = layer.image();
            if (patch.format() != source.format()) {
                throw new IllegalStateException("the daemon answered in " + patch.format().wireName() + " for a "
                        + source.format().wireName() + " image");
            }
            over(PixelSamples.of(patch), patch, target, width, height);
        }
        return out;
    }

    private static void copy(PixelSamples from, int fw, int fh, PixelSamples to, int tw, int th, int dx, int dy) {
        for (int y = Math.max(0, dy); y < Math.min(th, fh + dy); y++) {
            for (int x = Math.max(0, dx); x < Math.min(tw, fw + dx); x++) {
                int s = (y - dy) * fw + (x - dx);
                int t = y * tw + x;
                for (int c = 0; c < 4; c++) {
                    to.set(t, c, from.get(s, c));
                }
            }
        }
    }

    private static void over(PixelSamples layer, WireImage patch, PixelSamples to, int tw, int th) {
        double max = to.max();
        for (int py = 0; py < patch.height(); py++) {
            int y = patch.y() + py;
            if (y < 0 || y >= th) {
                continue;
            }
            for (int px = 0; px < patch.width(); px++) {
                int x = patch.x() + px;
                if (x < 0 || x >= tw) {
                    continue;
                }
                int s = py * patch.width() + px;
                int t = y * tw + x;
                int sa = layer.get(s, 3);
                if (sa == 0) {
                    continue;
                }
                if (sa == to.max()) {
                    for (int c = 0; c < 4; c++) {
                        to.set(t, c, layer.get(s, c));
                    }
                    continue;
                }
                double a = sa / max;
                double b = to.get(t, 3) / max;
                double outA = a + b * (1 - a);
                for (int c = 0; c < 3; c++) {
                    double colour = (layer.get(s, c) * a + to.get(t, c) * b * (1 - a)) / outA;
                    to.set(t, c, (int) Math.round(Math.min(max, colour)));
                }
                to.set(t, 3, (int) Math.round(outA * max));
            }
        }
    }
}
