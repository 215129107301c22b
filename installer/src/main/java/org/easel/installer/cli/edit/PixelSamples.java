package org.easel.installer.cli.edit;

import org.easel.protocol.PixelFormat;
import org.easel.protocol.client.WireImage;

/** Channel values of an {@code rgba8} or {@code rgba16} image, by pixel index and channel (R, G, B, A). */
final class PixelSamples {
    private final byte[] data;
    private final boolean sixteen;

    private PixelSamples(byte[] data, boolean sixteen) {
        this.data = data;
        this.sixteen = sixteen;
    }

    static PixelSamples of(WireImage image) {
        if (image.format() != PixelFormat.RGBA8 && image.format() != PixelFormat.RGBA16) {
            throw new IllegalArgumentException("the command line handles rgba8 and rgba16, not " + image.format().wireName());
        }
        return new PixelSamples(image.pixels(), image.format() == PixelFormat.RGBA16);
    }

    int max() {
        return sixteen ? 0xFFFF : 0xFF;
    }

    int get(int pixel, int channel) {
        if (sixteen) {
            int o = pixel * 8 + channel * 2;
            return (data[o] & 0xFF) | (data[o + 1] & 0xFF) << 8;
        }
        return data[pixel * 4 + channel] & 0xFF;
    }

    void set(int pixel, int channel, int value) {
        if (sixteen) {
            int o = pixel * 8 + channel * 2;
            data[o] = (byte) value;
            data[o + 1] = (byte) (value >> 8);
        } else {
            data[pixel * 4 + channel] = (byte) value;
        }
    }

    /** The channel scaled to 0–255 (rounded, as 16-bit → 8-bit conversions do). */
    int to8(int pixel, int channel) {
        int v = get(pixel, channel);
        return sixteen ? (v * 255 + 32767) / 65535 : v;
    }
}
