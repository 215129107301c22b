package org.easel.server.engines.diffusion.testmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.onnxruntime.OnnxTensor;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The heavy UNet gives the oracle's output unchanged, and costs more with more layers (timings printed only). */
class TinyModelHeavyUnetTest {
    private static final int B = 2;
    private static final int SIZE = 64;
    private static final int CONV_CHANNELS = 32;

    private static Map<String, OnnxTensor> feed(float[] sample, float[] hidden) throws Exception {
        Map<String, OnnxTensor> feed = new HashMap<>();
        feed.put("sample", OrtModel.floats(sample, new long[] {B, 4, SIZE, SIZE}, false));
        feed.put("timestep", OrtModel.timestep(500, TimestepInput.INT64_BATCH, B, false));
        feed.put("encoder_hidden_states", OrtModel.floats(hidden, new long[] {B, 77, 32}, false));
        return feed;
    }

    @Test
    void moreLayersCostMoreAndChangeNothing() throws Exception {
        Random random = new Random(1);
        float[] sample = new float[B * 4 * SIZE * SIZE];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = (float) random.nextGaussian() * 3;
        }
        float[] hidden = new float[B * 77 * 32];
        java.util.Arrays.fill(hidden, 77 * 32, hidden.length, 1f);

        float[] reference = null;
        for (int layers : new int[] {0, 4, 16}) {
            try (OrtModel ort = new OrtModel(new OracleUnet().heavy(layers, CONV_CHANNELS).build())) {
                float[] out = ort.run(feed(sample, hidden)).get("out_sample").values(); // warm-up
                int runs = 3;
                long start = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    ort.run(feed(sample, hidden));
                }
                double ms = (System.nanoTime() - start) / 1e6 / runs;
                System.out.printf("heavy oracle UNet, %d×3×3 conv layers of %d channels on [%d,4,%d,%d]: %.1f ms/run%n",
                        layers, CONV_CHANNELS, B, SIZE, SIZE, ms);
                if (reference == null) {
                    reference = out;
                } else {
                    assertArrayEquals(reference, out);
                }
            }
        }
    }
}
