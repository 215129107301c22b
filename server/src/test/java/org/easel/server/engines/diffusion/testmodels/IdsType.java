package org.easel.server.engines.diffusion.testmodels;

/** The element type of the text encoder's {@code input_ids}: int32 (diffusers' exporter, Olive) or int64. */
public enum IdsType {
    INT32(OnnxGraph.INT32),
    INT64(OnnxGraph.INT64);

    final int elemType;

    IdsType(int elemType) {
        this.elemType = elemType;
    }
}
