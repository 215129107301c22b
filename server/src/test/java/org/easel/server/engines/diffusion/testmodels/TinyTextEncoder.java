package org.easel.server.engines.diffusion.testmodels;

import static org.easel.server.engines.diffusion.testmodels.OnnxGraph.attr;

import java.nio.file.Path;

/**
 * An oracle CLIP text encoder with the signature of a diffusers ONNX export:
 * input {@code input_ids} (int32 or int64, {@code [batch, sequence]}), outputs
 * {@code last_hidden_state} ({@code [batch, sequence, D]}) and {@code pooler_output} ({@code [batch, D]}),
 * both float32, or float16 with {@link #fp16}.
 *
 * <p>Oracle, per batch item {@code i}: {@code e_i = (input_ids[i, 1] != eosId) ? 1 : 0}. Every element of
 * {@code last_hidden_state[i]} and {@code pooler_output[i]} is {@code e_i}. A CLIP tokenizer encodes the
 * empty prompt as {@code [BOS, EOS, pad…]}, so "" gives e = 0 (the unconditional embedding) and any
 * non-empty prompt e = 1.
 */
public final class TinyTextEncoder {
    private int hiddenSize = 32;
    private long eosId = ClipVocab.EOS_ID;
    private IdsType ids = IdsType.INT32;
    private boolean fp16;
    private Integer sequenceLength;

    /** Hidden size D (default 32; 768 for SD 1.5, 1024 for SD 2 / Turbo). */
    public TinyTextEncoder hiddenSize(int d) {
        this.hiddenSize = d;
        return this;
    }

    /** The end-of-text id (default {@link ClipVocab#EOS_ID}). */
    public TinyTextEncoder eosId(long eosId) {
        this.eosId = eosId;
        return this;
    }

    /** The type of input_ids (default INT32). */
    public TinyTextEncoder ids(IdsType ids) {
        this.ids = ids;
        return this;
    }

    /** float16 outputs, as Olive fp16 exports (default false; ids stay integer). */
    public TinyTextEncoder fp16(boolean fp16) {
        this.fp16 = fp16;
        return this;
    }

    /** A fixed sequence dimension (e.g. 77) instead of the symbolic "sequence" (the default). */
    public TinyTextEncoder sequenceLength(Integer length) {
        this.sequenceLength = length;
        return this;
    }

    public byte[] build() {
        OnnxGraph g = new OnnxGraph("text_encoder");
        Object seq = sequenceLength != null ? sequenceLength : "sequence";
        String inputIds = g.input("input_ids", ids.elemType, "batch", seq);
        String second = g.node("Gather", new String[] {inputIds, g.intScalar(OnnxGraph.INT64, 1)}, attr("axis", 1L));
        String isEos = g.op("Equal", second, g.intScalar(ids.elemType, eosId));
        String e = g.node("Cast", new String[] {g.op("Not", isEos)}, attr("to", OnnxGraph.FLOAT)); // [b]

        String e3 = g.op("Unsqueeze", e, g.longs(1, 2)); // [b,1,1]
        String seqLen = g.node("Shape", new String[] {inputIds}, attr("start", 1L), attr("end", 2L));
        String shape3 = g.node("Concat", new String[] {g.longs(1), seqLen, g.longs(hiddenSize)}, attr("axis", 0L));
        g.floatOutput(g.op("Expand", e3, shape3), "last_hidden_state", fp16, "batch", seq, hiddenSize);

        String e2 = g.op("Unsqueeze", e, g.longs(1)); // [b,1]
        g.floatOutput(g.op("Expand", e2, g.longs(1, hiddenSize)), "pooler_output", fp16, "batch", hiddenSize);
        return g.bytes();
    }

    public Path write(Path file) {
        return OnnxGraph.write(build(), file);
    }
}
