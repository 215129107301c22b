package org.easel.server.engines.diffusion.testmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.TensorInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TinyModelUnetTest {
    private static final int B = 2;
    private static final int H = 3;
    private static final int W = 5;
    private static final int SEQ = 7;
    private static final int D = 32;
    private static final float[] X0_U = {0.1f, -0.2f, 0.3f, -0.4f};
    private static final float[] X0_C = {0.5f, 0.25f, -0.5f, 0.75f};

    /** The inputs of one run, as the model sees them (already rounded to float16 for fp16 models). */
    private record Inputs(float[] sample, float[] hidden, double t) {
    }

    private static Inputs inputs(int channels, double t, TimestepInput variant, boolean fp16) {
        Random random = new Random(channels * 1000L + (long) (t * 10));
        float[] sample = new float[B * channels * H * W];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = (float) (2 * random.nextGaussian());
        }
        float[] hidden = new float[B * SEQ * D]; // item 0: all 0 (e = 0); item 1: mean 0.75, not constant
        for (int j = 0; j < SEQ * D; j++) {
            hidden[SEQ * D + j] = j % 2 == 0 ? 0.5f : 1f;
        }
        double modelT = variant.isInt64() ? Math.round(t) : variant.isFloat16(fp16) ? Half.round((float) t) : (float) t;
        if (fp16) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = Half.round(sample[i]);
            }
        }
        return new Inputs(sample, hidden, modelT);
    }

    /** The oracle's output computed in double from the class javadoc's formula. */
    private static double[] expected(Inputs in, int channels, Prediction prediction) {
        double sigma = NoiseSchedule.sigma(in.t);
        double sqrtAlphaBar = 1 / Math.sqrt(sigma * sigma + 1);
        double sqrtOneMinus = sigma * sqrtAlphaBar;
        double[] out = new double[B * 4 * H * W];
        for (int b = 0; b < B; b++) {
            double e = 0;
            for (int j = 0; j < SEQ * D; j++) {
                e += in.hidden[b * SEQ * D + j];
            }
            e /= SEQ * D;
            for (int c = 0; c < 4; c++) {
                for (int p = 0; p < H * W; p++) {
                    double x0 = X0_U[c] + e * (X0_C[c] - X0_U[c]);
                    if (channels == 8) {
                        x0 += in.sample[((b * channels) + 4 + c) * H * W + p];
                    }
                    double x = in.sample[((b * channels) + c) * H * W + p];
                    double eps = (x - sqrtAlphaBar * x0) / sqrtOneMinus;
                    out[((b * 4) + c) * H * W + p] =
                            prediction == Prediction.EPSILON ? eps : sqrtAlphaBar * eps - sqrtOneMinus * x0;
                }
            }
        }
        return out;
    }

    private static Map<String, OnnxTensor> feed(Inputs in, int channels, TimestepInput variant, boolean fp16,
            double t) throws Exception {
        Map<String, OnnxTensor> feed = new HashMap<>();
        feed.put("sample", OrtModel.floats(in.sample, new long[] {B, channels, H, W}, fp16));
        feed.put("timestep", OrtModel.timestep(t, variant, B, fp16));
        feed.put("encoder_hidden_states", OrtModel.floats(in.hidden, new long[] {B, SEQ, D}, fp16));
        return feed;
    }

    private static void assertClose(double[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            double allowed = tolerance * Math.max(1, Math.abs(expected[i]));
            assertTrue(Math.abs(expected[i] - actual[i]) <= allowed,
                    "element " + i + ": expected " + expected[i] + ", got " + actual[i]);
        }
    }

    static Stream<Arguments> variants() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (TimestepInput variant : TimestepInput.values()) {
            for (int channels : new int[] {4, 8, 9}) {
                for (boolean fp16 : new boolean[] {false, true}) {
                    all.add(Arguments.of(variant, channels, fp16));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void epsilonMatchesTheFormula(TimestepInput variant, int channels, boolean fp16) throws Exception {
        byte[] model = new OracleUnet().channels(channels).timestep(variant).fp16(fp16).hiddenSize(D)
                .targets(X0_U, X0_C).build();
        double[] times = variant.isInt64() ? new double[] {0, 1, 500, 999} : new double[] {0, 250.37, 500, 998.6, 999};
        try (OrtModel ort = new OrtModel(model)) {
            assertSignature(ort, channels, variant, fp16);
            for (double t : times) {
                Inputs in = inputs(channels, t, variant, fp16);
                OrtModel.Output out = ort.run(feed(in, channels, variant, fp16, t)).get("out_sample");
                assertArrayEquals(new long[] {B, 4, H, W}, out.shape());
                assertEquals(fp16 ? OnnxJavaType.FLOAT16 : OnnxJavaType.FLOAT, out.type());
                assertClose(expected(in, channels, Prediction.EPSILON), out.values(), fp16 ? 2e-3 : 2e-5);
            }
        }
    }

    private static void assertSignature(OrtModel ort, int channels, TimestepInput variant, boolean fp16)
            throws Exception {
        OnnxJavaType floatType = fp16 ? OnnxJavaType.FLOAT16 : OnnxJavaType.FLOAT;
        TensorInfo sample = (TensorInfo) ort.inputs().get("sample").getInfo();
        assertEquals(floatType, sample.type);
        assertArrayEquals(new long[] {-1, channels, -1, -1}, sample.getShape());
        TensorInfo timestep = (TensorInfo) ort.inputs().get("timestep").getInfo();
        assertEquals(variant.isInt64() ? OnnxJavaType.INT64
                : variant.isFloat16(fp16) ? OnnxJavaType.FLOAT16 : OnnxJavaType.FLOAT, timestep.type);
        assertArrayEquals(variant.shape(-1), timestep.getShape()); // [-1], [1] or []
        TensorInfo hidden = (TensorInfo) ort.inputs().get("encoder_hidden_states").getInfo();
        assertEquals(floatType, hidden.type);
        assertArrayEquals(new long[] {-1, -1, D}, hidden.getShape());
        TensorInfo out = (TensorInfo) ort.outputs().get("out_sample").getInfo();
        assertEquals(floatType, out.type);
        assertArrayEquals(new long[] {-1, 4, -1, -1}, out.getShape());
    }

    @Test
    void scheduleMatchesStableDiffusion() {
        assertEquals(0.0291675, NoiseSchedule.sigma(0), 1e-6); // √(β_0 / (1 − β_0))
        assertEquals(14.6146, NoiseSchedule.sigma(999), 1e-3); // SD 1.5's largest sigma
        assertEquals(0.5 * (NoiseSchedule.sigma(10) + NoiseSchedule.sigma(11)), NoiseSchedule.sigma(10.5), 1e-12);
        assertEquals(0.00466, NoiseSchedule.alphaBar(999), 1e-5);
    }

    @Test
    void vPredictionMatchesTheFormulaAndGivesBackX0() throws Exception {
        for (boolean fp16 : new boolean[] {false, true}) {
            byte[] model = new OracleUnet().prediction(Prediction.V_PREDICTION).timestep(TimestepInput.FLOAT_ONE)
                    .fp16(fp16).hiddenSize(D).targets(X0_U, X0_C).build();
            try (OrtModel ort = new OrtModel(model)) {
                for (double t : new double[] {0, 123.25, 999}) {
                    Inputs in = inputs(4, t, TimestepInput.FLOAT_ONE, fp16);
                    float[] v = ort.run(feed(in, 4, TimestepInput.FLOAT_ONE, fp16, t)).get("out_sample").values();
                    assertClose(expected(in, 4, Prediction.V_PREDICTION), v, fp16 ? 2e-3 : 2e-5);
                    if (!fp16) { // x0 = √ᾱ·x − √(1−ᾱ)·v
                        double a = Math.sqrt(NoiseSchedule.alphaBar(in.t));
                        double s = Math.sqrt(1 - NoiseSchedule.alphaBar(in.t));
                        assertEquals(X0_U[2], a * in.sample[2 * H * W] - s * v[2 * H * W], 1e-4);
                        assertEquals(0.25 * X0_U[3] + 0.75 * X0_C[3],
                                a * in.sample[(4 + 3) * H * W] - s * v[(4 + 3) * H * W], 1e-4);
                    }
                }
            }
        }
    }

    @Test
    void epsilonGivesBackTheTargetAtAnyNoiseLevel() throws Exception {
        byte[] model = new OracleUnet().timestep(TimestepInput.FLOAT_BATCH).hiddenSize(D).targets(X0_U, X0_C).build();
        try (OrtModel ort = new OrtModel(model)) {
            for (double t : new double[] {3, 421.5, 999}) {
                Inputs in = inputs(4, t, TimestepInput.FLOAT_BATCH, false);
                float[] eps = ort.run(feed(in, 4, TimestepInput.FLOAT_BATCH, false, t)).get("out_sample").values();
                double a = Math.sqrt(NoiseSchedule.alphaBar(t));
                double s = Math.sqrt(1 - NoiseSchedule.alphaBar(t));
                for (int c = 0; c < 4; c++) { // x0 = (x − √(1−ᾱ)·ε) / √ᾱ
                    int first = c * H * W;
                    int second = (4 + c) * H * W;
                    assertEquals(X0_U[c], (in.sample[first] - s * eps[first]) / a, 1e-4);
                    assertEquals(new OracleUnet().targets(X0_U, X0_C).target(0.75)[c],
                            (in.sample[second] - s * eps[second]) / a, 1e-4);
                }
            }
        }
    }

    @Test
    void aBatchTimestepMayBeGivenOneValueForTheWholeBatch() throws Exception {
        // diffusers' OnnxStableDiffusionPipeline feeds timestep [1] to exports that declare [batch]
        for (TimestepInput variant : new TimestepInput[] {TimestepInput.INT64_BATCH, TimestepInput.FLOAT_BATCH}) {
            byte[] model = new OracleUnet().timestep(variant).hiddenSize(D).targets(X0_U, X0_C).build();
            try (OrtModel ort = new OrtModel(model)) {
                Inputs in = inputs(4, 301, variant, false);
                Map<String, OnnxTensor> feed = feed(in, 4, variant, false, 301);
                feed.get("timestep").close();
                feed.put("timestep", OrtModel.timestep(301, variant, 1, false));
                float[] out = ort.run(feed).get("out_sample").values();
                assertClose(expected(in, 4, Prediction.EPSILON), out, 2e-5);
            }
        }
    }

    @Test
    void timestepBeyondTheTableIsClipped() throws Exception {
        byte[] model = new OracleUnet().timestep(TimestepInput.FLOAT_SCALAR).hiddenSize(D).targets(X0_U, X0_C).build();
        try (OrtModel ort = new OrtModel(model)) {
            Inputs in = inputs(4, 999, TimestepInput.FLOAT_SCALAR, false);
            float[] at999 = ort.run(feed(in, 4, TimestepInput.FLOAT_SCALAR, false, 999)).get("out_sample").values();
            float[] at1200 = ort.run(feed(in, 4, TimestepInput.FLOAT_SCALAR, false, 1200)).get("out_sample").values();
            assertArrayEquals(at999, at1200);
            Inputs at0 = inputs(4, 0, TimestepInput.FLOAT_SCALAR, false);
            float[] below = ort.run(feed(at0, 4, TimestepInput.FLOAT_SCALAR, false, -5)).get("out_sample").values();
            assertClose(expected(at0, 4, Prediction.EPSILON), below, 2e-5);
        }
    }

    @Test
    void lcmTimestepCondIsAcceptedAndIgnored() throws Exception {
        for (boolean fp16 : new boolean[] {false, true}) {
            byte[] model = new OracleUnet().timestepCond(true).fp16(fp16).hiddenSize(D).targets(X0_U, X0_C).build();
            try (OrtModel ort = new OrtModel(model)) {
                TensorInfo cond = (TensorInfo) ort.inputs().get("timestep_cond").getInfo();
                assertEquals(fp16 ? OnnxJavaType.FLOAT16 : OnnxJavaType.FLOAT, cond.type);
                assertArrayEquals(new long[] {-1, 256}, cond.getShape());
                Inputs in = inputs(4, 700, TimestepInput.INT64_BATCH, fp16);
                Map<String, OnnxTensor> feed = feed(in, 4, TimestepInput.INT64_BATCH, fp16, 700);
                float[] w = new float[B * 256];
                java.util.Arrays.fill(w, 3.5f);
                feed.put("timestep_cond", OrtModel.floats(w, new long[] {B, 256}, fp16));
                float[] out = ort.run(feed).get("out_sample").values();
                assertClose(expected(in, 4, Prediction.EPSILON), out, fp16 ? 2e-3 : 2e-5);
            }
        }
    }

    @Test
    void symbolicChannelsAndAHeavyGraphKeepTheOracle() throws Exception {
        byte[] model = new OracleUnet().channels(9).symbolicChannels(true).heavy(3, 8).hiddenSize(D)
                .targets(X0_U, X0_C).build();
        try (OrtModel ort = new OrtModel(model)) {
            assertArrayEquals(new long[] {-1, -1, -1, -1},
                    ((TensorInfo) ort.inputs().get("sample").getInfo()).getShape());
            Inputs in = inputs(9, 640, TimestepInput.INT64_BATCH, false);
            float[] out = ort.run(feed(in, 9, TimestepInput.INT64_BATCH, false, 640)).get("out_sample").values();
            assertClose(expected(in, 9, Prediction.EPSILON), out, 2e-5);
        }
    }
}
