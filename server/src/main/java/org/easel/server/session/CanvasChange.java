package org.easel.server.session;

/**
 * A canvas as an edit leaves it: its size, and where the canvas before the edit lands in it
 * ({@code offsetX}, {@code offsetY}: positive when it grew on the left or at the top, negative
 * when that part went again). The result message's {@code canvas} and {@code offset}.
 */
record CanvasChange(int width, int height, int offsetX, int offsetY) {
}
