package org.easel.server.memory;

/** A stored image at a position on the canvas, with a name when it is a result layer. */
public record PlacedImage(String name, StoredImage image, int x, int y) {
}
