package org.easel.server.memory;

/** A small rgba8 picture of a result layer, kept when the layer's own pixels are not. */
public record Preview(int width, int height, byte[] rgba) {
    static final int MAX_SIDE = 1024;

    public Preview {
        if (!fits(width, height) || rgba.length != byteLength(width, height)) {
            throw new IllegalArgumentException("a preview must be 1-1024 px a side with width × height × 4 bytes, not "
                    + width + "x" + height + " with " + rgba.length + " bytes");
        }
    }

    /** Previews are small; anything larger is damaged data, refused before it is read. */
    static boolean fits(int width, int height) {
        return width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE;
    }

    static int byteLength(int width, int height) {
        return width * height * 4;
    }
}
