package org.easel.server.engines.diffusion.testmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.TensorInfo;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TinyModelTextEncoderTest {
    private static final int SEQ = 77;

    /** [BOS, EOS, pad…] for "", [BOS, tokens…, EOS, pad…] for a prompt. */
    private static long[] row(int pad, long... tokens) {
        long[] ids = new long[SEQ];
        Arrays.fill(ids, pad);
        ids[0] = ClipVocab.BOS_ID;
        System.arraycopy(tokens, 0, ids, 1, tokens.length);
        ids[tokens.length + 1] = ClipVocab.EOS_ID;
        return ids;
    }

    @ParameterizedTest
    @CsvSource({"INT32, false, 32", "INT64, false, 32", "INT32, true, 32", "INT64, true, 768"})
    void emptyPromptIsZeroAndAnyPromptIsOne(IdsType idsType, boolean fp16, int d) throws Exception {
        byte[] model = new TinyTextEncoder().ids(idsType).fp16(fp16).hiddenSize(d).build();
        long[][] rows = {
            row(ClipVocab.EOS_ID), // ""
            row(ClipVocab.EOS_ID, ClipVocab.id("cat</w>")),
            row(ClipVocab.EXCLAMATION_ID), // "" padded with "!" (SD 2)
            row(ClipVocab.EXCLAMATION_ID, ClipVocab.id("re"), ClipVocab.id("d</w>")),
        };
        float[] expected = {0, 1, 0, 1};
        long[] flat = new long[rows.length * SEQ];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * SEQ, SEQ);
        }
        try (OrtModel ort = new OrtModel(model)) {
            TensorInfo ids = (TensorInfo) ort.inputs().get("input_ids").getInfo();
            assertEquals(idsType == IdsType.INT32 ? OnnxJavaType.INT32 : OnnxJavaType.INT64, ids.type);
            assertArrayEquals(new long[] {-1, -1}, ids.getShape());
            Map<String, OrtModel.Output> out = ort.run(Map.of("input_ids",
                    OrtModel.ids(flat, new long[] {rows.length, SEQ}, idsType)));
            OrtModel.Output hidden = out.get("last_hidden_state");
            OrtModel.Output pooled = out.get("pooler_output");
            OnnxJavaType floatType = fp16 ? OnnxJavaType.FLOAT16 : OnnxJavaType.FLOAT;
            assertEquals(floatType, hidden.type());
            assertEquals(floatType, pooled.type());
            assertArrayEquals(new long[] {rows.length, SEQ, d}, hidden.shape());
            assertArrayEquals(new long[] {rows.length, d}, pooled.shape());
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < SEQ * d; j++) {
                    assertEquals(expected[i], hidden.values()[i * SEQ * d + j], "row " + i);
                }
                for (int j = 0; j < d; j++) {
                    assertEquals(expected[i], pooled.values()[i * d + j], "pooled row " + i);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"INT32", "INT64"})
    void fixedSequenceLengthAndCustomEos(IdsType idsType) throws Exception {
        byte[] model = new TinyTextEncoder().ids(idsType).sequenceLength(SEQ).eosId(7).build();
        long[] ids = new long[2 * SEQ];
        ids[1] = 7; // row 0: [0, 7, 0…] → e = 0
        ids[SEQ + 1] = ClipVocab.EOS_ID; // row 1: not this encoder's EOS → e = 1
        try (OrtModel ort = new OrtModel(model)) {
            assertArrayEquals(new long[] {-1, SEQ}, ((TensorInfo) ort.inputs().get("input_ids").getInfo()).getShape());
            float[] pooled = ort.run(Map.of("input_ids", OrtModel.ids(ids, new long[] {2, SEQ}, idsType)))
                    .get("pooler_output").values();
            assertEquals(0f, pooled[0]);
            assertEquals(1f, pooled[32]);
        }
    }
}
