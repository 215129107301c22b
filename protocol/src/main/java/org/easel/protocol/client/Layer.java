package org.easel.protocol.client;

/** A finished layer of a result: an RGBA patch in canvas coordinates, to place above the source. */
public record Layer(String name, WireImage image) {
}
