package org.easel.protocol.client;

import java.util.OptionalInt;

/** One of several versions of generated content; {@code turn} is the turn it was saved as. */
public record Variation(int index, long seed, OptionalInt turn, Layer layer) {
}
