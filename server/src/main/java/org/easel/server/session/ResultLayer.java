package org.easel.server.session;

import org.easel.server.imaging.Raster;

/** A finished layer for the plugin to insert: its name and its pixels placed on the canvas. */
public record ResultLayer(String name, Raster pixels) {
}
