package org.easel.installer.cli.edit;

import org.easel.protocol.client.WireImage;

/**
 * An image file as read: its pixels as they go on the wire ({@code rgba8}, or {@code rgba16} for
 * 16-bit files, so the depth survives the edit), the format it was in and whether it had alpha.
 */
public record LoadedImage(WireImage pixels, ImageFileFormat format, boolean hadAlpha) {
    public boolean sixteenBit() {
        return pixels.format() == org.easel.protocol.PixelFormat.RGBA16;
    }
}
