package org.easel.server.engines.classical;

/**
 * An edit that creates pixels from the rest of the image rather than adjusting the ones there:
 * filling the selection ({@link Fill}) or extending the canvas ({@link Extension}).
 */
public sealed interface Synthesis permits Synthesis.Fill, Extension {

    /** "Remove the selected object", "fill the selection", "clean this up". */
    record Fill() implements Synthesis {
    }

    /** The op name used in plans on the wire. */
    default String wireName() {
        return this instanceof Fill ? "fill" : "extend";
    }
}
