package org.easel.server.engines.classical;

/** Changes a run of float RGBA pixels in place (alpha left alone), one whole row at a time. */
@FunctionalInterface
interface RowOperation {

    void apply(float[] rgba, int pixelCount);
}
