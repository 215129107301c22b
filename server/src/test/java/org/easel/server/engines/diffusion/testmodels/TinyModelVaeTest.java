package org.easel.server.engines.diffusion.testmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.TensorInfo;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TinyModelVaeTest {
    private static final int B = 2;
    private static final int LH = 2;
    private static final int LW = 3;
    private static final int H = 8 * LH;
    private static final int W = 8 * LW;

    /** A [B,3,H,W] image in [−1, 1], constant on 8×8 blocks; colours[b][k][block]. */
    private static float[] blockImage(float[][][] colours) {
        float[] image = new float[B * 3 * H * W];
        for (int b = 0; b < B; b++) {
            for (int k = 0; k < 3; k++) {
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        image[((b * 3 + k) * H + y) * W + x] = colours[b][k][(y / 8) * LW + x / 8];
                    }
                }
            }
        }
        return image;
    }

    private static float[][][] randomColours(boolean fp16) {
        Random random = new Random(5);
        float[][][] colours = new float[B][3][LH * LW];
        for (float[][] item : colours) {
            for (float[] channel : item) {
                for (int i = 0; i < channel.length; i++) {
                    float v = random.nextFloat() * 2 - 1;
                    channel[i] = fp16 ? Half.round(v) : v;
                }
            }
        }
        return colours;
    }

    @Test
    void pseudoInverseInvertsM() {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int c = 0; c < 4; c++) {
                    sum += (double) LinearVae.M_PINV[i][c] * LinearVae.M[c][j];
                }
                assertEquals(i == j ? 1 : 0, sum, 1e-6);
            }
        }
        assertArrayEquals(new float[] {0.3f, -0.2f, 0.9f}, LinearVae.decode(LinearVae.encode(new float[] {0.3f, -0.2f, 0.9f})), 1e-6f);
    }

    @ParameterizedTest
    @CsvSource({"LATENT_SAMPLE, false", "LATENT_PARAMETERS, false", "LATENT_SAMPLE, true", "LATENT_PARAMETERS, true"})
    void encodeThenDecodeGivesTheImageBack(VaeEncoderOutput variant, boolean fp16) throws Exception {
        float[][][] colours = randomColours(fp16);
        float[] image = blockImage(colours);
        float tolerance = fp16 ? 2e-3f : 1e-5f;
        float[] latents;
        try (OrtModel encoder = new OrtModel(LinearVae.encoder(variant, fp16))) {
            TensorInfo in = (TensorInfo) encoder.inputs().get("sample").getInfo();
            assertEquals(fp16 ? OnnxJavaType.FLOAT16 : OnnxJavaType.FLOAT, in.type);
            assertArrayEquals(new long[] {-1, 3, -1, -1}, in.getShape());
            OrtModel.Output out = encoder.run(Map.of("sample", OrtModel.floats(image, new long[] {B, 3, H, W}, fp16)))
                    .get(variant.outputName);
            assertArrayEquals(new long[] {B, variant.channels, LH, LW}, out.shape());
            int n = variant.channels;
            latents = new float[B * 4 * LH * LW];
            for (int b = 0; b < B; b++) {
                for (int block = 0; block < LH * LW; block++) {
                    float[] expected = LinearVae.encode(new float[] {
                        colours[b][0][block], colours[b][1][block], colours[b][2][block]});
                    for (int c = 0; c < n; c++) {
                        float actual = out.values()[(b * n + c) * LH * LW + block];
                        assertEquals(c < 4 ? expected[c] : LinearVae.LOGVAR, actual, c < 4 ? tolerance : 0);
                        if (c < 4) {
                            latents[(b * 4 + c) * LH * LW + block] = actual;
                        }
                    }
                }
            }
        }
        try (OrtModel decoder = new OrtModel(LinearVae.decoder(fp16))) {
            TensorInfo in = (TensorInfo) decoder.inputs().get("latent_sample").getInfo();
            assertArrayEquals(new long[] {-1, 4, -1, -1}, in.getShape());
            OrtModel.Output out = decoder.run(Map.of("latent_sample",
                    OrtModel.floats(latents, new long[] {B, 4, LH, LW}, fp16))).get("sample");
            assertEquals(fp16 ? OnnxJavaType.FLOAT16 : OnnxJavaType.FLOAT, out.type());
            assertArrayEquals(new long[] {B, 3, H, W}, out.shape());
            assertArrayEquals(image, out.values(), 2 * tolerance);
        }
    }

    @Test
    void decoderUpsamplesEachLatentToAnEightByEightBlock() throws Exception {
        float[] latent = {0.2f, -0.1f, 0.4f, 0.3f}; // [1,4,1,1]
        float[] rgb = LinearVae.decode(latent);
        try (OrtModel decoder = new OrtModel(LinearVae.decoder(false))) {
            OrtModel.Output out = decoder.run(Map.of("latent_sample",
                    OrtModel.floats(latent, new long[] {1, 4, 1, 1}, false))).get("sample");
            assertArrayEquals(new long[] {1, 3, 8, 8}, out.shape());
            for (int k = 0; k < 3; k++) {
                for (int p = 0; p < 64; p++) {
                    assertEquals(rgb[k], out.values()[k * 64 + p], 1e-6f);
                }
            }
        }
    }
}
