package org.easel.server.imaging;

import java.util.Objects;

/**
 * A working copy of pixels as float RGBA (straight alpha), placed on the canvas. Engines work on
 * these instead of the wire bytes, so every colour format is handled once, by {@link PixelCodec}.
 */
public final class FloatImage {
    private final int x;
    private final int y;
    private final int width;
    private final int height;
    private final float[] rgba;

    public FloatImage(int x, int y, int width, int height) {
        this(x, y, width, height, new float[Math.multiplyExact(Math.multiplyExact(width, height), 4)]);
    }

    public FloatImage(int x, int y, int width, int height, float[] rgba) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be at least 1x1, got " + width + "x" + height);
        }
        if (rgba.length != (long) width * height * 4) {
            throw new IllegalArgumentException(width + "x" + height + " RGBA needs " + (long) width * height * 4
                    + " floats, got " + rgba.length);
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.rgba = rgba;
    }

    /**
     * Decodes the part of {@code raster} inside {@code area} (canvas coordinates). Pixels of
     * {@code area} that the raster does not cover are transparent black.
     */
    public static FloatImage read(Raster raster, Rect area) {
        Objects.requireNonNull(raster, "raster");
        FloatImage image = new FloatImage(area.x(), area.y(), area.width(), area.height());
        Rect overlap = area.intersect(Rect.of(raster));
        PixelCodec codec = PixelCodec.of(raster.format());
        for (int row = overlap.y(); row < overlap.bottom(); row++) {
            int first = (row - raster.y()) * raster.width() + (overlap.x() - raster.x());
            codec.decode(raster.pixels(), first, overlap.width(), image.rgba, image.offset(overlap.x(), row));
        }
        return image;
    }

    /** Encodes this image into a new raster of {@code format} at the same place. */
    public Raster encode(org.easel.protocol.PixelFormat format) {
        PixelCodec codec = PixelCodec.of(format);
        byte[] out = new byte[Math.toIntExact(format.byteLength(width, height))];
        codec.encode(rgba, 0, width * height, out, 0);
        return new Raster(x, y, width, height, format, out);
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Rect bounds() {
        return new Rect(x, y, width, height);
    }

    /** The pixel data, row-major, four floats per pixel; shared, not copied. */
    public float[] data() {
        return rgba;
    }

    /** The index in {@link #data()} of the red channel of canvas pixel {@code (canvasX, canvasY)}. */
    public int offset(int canvasX, int canvasY) {
        return ((canvasY - y) * width + (canvasX - x)) * 4;
    }

    public float get(int canvasX, int canvasY, int channel) {
        return rgba[offset(canvasX, canvasY) + channel];
    }

    /** The pixels of {@code area}, which must lie inside this image, as a new image. */
    public FloatImage crop(Rect area) {
        if (!bounds().contains(area) || area.isEmpty()) {
            throw new IllegalArgumentException(area + " is not inside " + bounds());
        }
        FloatImage out = new FloatImage(area.x(), area.y(), area.width(), area.height());
        for (int row = area.y(); row < area.bottom(); row++) {
            System.arraycopy(rgba, offset(area.x(), row), out.rgba, out.offset(area.x(), row), area.width() * 4);
        }
        return out;
    }

    /** The same pixels placed at another canvas position. */
    public FloatImage movedTo(int newX, int newY) {
        return new FloatImage(newX, newY, width, height, rgba);
    }

    public FloatImage copy() {
        return new FloatImage(x, y, width, height, rgba.clone());
    }
}
