package org.easel.server.memory;

import org.easel.protocol.PixelFormat;

/**
 * An image kept by the memory: its content address (sha256 of size, format and pixels) and what
 * is needed to read it back. {@code pruned} images had their pixels removed by retention; their
 * turns stay in the history.
 */
public record StoredImage(String id, int width, int height, PixelFormat format, boolean pruned) {

    public long byteLength() {
        return format.byteLength(width, height);
    }
}
