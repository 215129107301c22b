package org.easel.server.engines.diffusion.testmodels;

import static org.easel.server.engines.diffusion.testmodels.OnnxGraph.attr;
import static org.easel.server.engines.diffusion.testmodels.OnnxGraph.ints;

import java.nio.file.Path;

/**
 * A linear, invertible stand-in for the Stable Diffusion VAE, with the signatures of diffusers ONNX exports.
 *
 * <p>Encoder: input {@code sample [batch, 3, height, width]} (an image in [−1, 1]); 8×8 average pooling,
 * then the 1×1 channel map {@link #M} (4×3): {@code latent[c] = Σ_k M[c][k] · avgpool8(sample)[k]}.
 * Output {@code latent_sample [batch, 4, height/8, width/8]}, or with {@link VaeEncoderOutput#LATENT_PARAMETERS}
 * {@code latent_parameters [batch, 8, height/8, width/8]}: channels 0–3 that mean, channels 4–7 the
 * log-variance, the constant {@link #LOGVAR} = −30 (so a sample of the posterior is the mean within
 * e^−15 ≈ 3e−7 standard deviations).
 *
 * <p>Decoder: input {@code latent_sample [batch, 4, h, w]}; the 1×1 channel map {@link #M_PINV} (3×4, the
 * Moore–Penrose pseudo-inverse {@code (MᵀM)⁻¹Mᵀ}, so {@code M_PINV · M = I₃}), then 8× nearest-neighbour
 * upsampling. Output {@code sample [batch, 3, 8h, 8w]}.
 *
 * <p>So {@code decode(encode(x)) == x} (to float rounding) for every image that is constant on 8×8 blocks.
 * Neither applies the SD latent scaling factor 0.18215: the pipeline multiplies the encoder's output by it
 * and divides latents by it before decoding. With {@link #fp16} all float inputs and outputs are float16.
 */
public final class LinearVae {
    /** The encoder's channel map (rows: latent channels, columns: R, G, B). Do not modify. */
    public static final float[][] M = {
        {0.5f, 0.2f, 0.1f},
        {0.1f, 0.6f, 0.2f},
        {0.2f, 0.1f, 0.7f},
        {0.3f, 0.3f, 0.3f},
    };
    /** The decoder's channel map, the pseudo-inverse of {@link #M} (computed in double). Do not modify. */
    public static final float[][] M_PINV = pseudoInverse(M);
    /** The constant log-variance of the latent_parameters variant. */
    public static final float LOGVAR = -30f;

    private LinearVae() {
    }

    /** The encoder's latent for a colour {@code rgb} (in [−1, 1]) that fills an 8×8 block. */
    public static float[] encode(float[] rgb) {
        return apply(M, rgb);
    }

    /** The decoder's colour for latent {@code latent} (4 channels). */
    public static float[] decode(float[] latent) {
        return apply(M_PINV, latent);
    }

    /** The encoder model (default LATENT_SAMPLE, float32). */
    public static byte[] encoder(VaeEncoderOutput output, boolean fp16) {
        OnnxGraph g = new OnnxGraph("vae_encoder");
        String image = g.floatInput("sample", fp16, "batch", 3, "height", "width");
        String pooled = g.node("AveragePool", new String[] {image}, ints("kernel_shape", 8, 8), ints("strides", 8, 8));
        int out = output.channels;
        float[] weights = new float[out * 3];
        float[] bias = new float[out];
        for (int c = 0; c < 4; c++) {
            System.arraycopy(M[c], 0, weights, c * 3, 3);
        }
        for (int c = 4; c < out; c++) {
            bias[c] = LOGVAR; // rows 4..7 have zero weights: logvar = −30
        }
        String latent = g.op("Conv", pooled, g.floats(new long[] {out, 3, 1, 1}, weights), g.floats(bias));
        g.floatOutput(latent, output.outputName, fp16, "batch", out, "latent_height", "latent_width");
        return g.bytes();
    }

    /** The decoder model. */
    public static byte[] decoder(boolean fp16) {
        OnnxGraph g = new OnnxGraph("vae_decoder");
        String latent = g.floatInput("latent_sample", fp16, "batch", 4, "latent_height", "latent_width");
        float[] weights = new float[3 * 4];
        for (int k = 0; k < 3; k++) {
            System.arraycopy(M_PINV[k], 0, weights, k * 4, 4);
        }
        String rgb = g.op("Conv", latent, g.floats(new long[] {3, 4, 1, 1}, weights));
        String up = g.node("Resize", new String[] {rgb, "", g.floats(1f, 1f, 8f, 8f)},
                attr("mode", "nearest"), attr("coordinate_transformation_mode", "asymmetric"),
                attr("nearest_mode", "floor"));
        g.floatOutput(up, "sample", fp16, "batch", 3, "height", "width");
        return g.bytes();
    }

    public static Path writeEncoder(Path file, VaeEncoderOutput output, boolean fp16) {
        return OnnxGraph.write(encoder(output, fp16), file);
    }

    public static Path writeDecoder(Path file, boolean fp16) {
        return OnnxGraph.write(decoder(fp16), file);
    }

    private static float[] apply(float[][] matrix, float[] v) {
        float[] out = new float[matrix.length];
        for (int r = 0; r < matrix.length; r++) {
            double sum = 0;
            for (int c = 0; c < v.length; c++) {
                sum += (double) matrix[r][c] * v[c];
            }
            out[r] = (float) sum;
        }
        return out;
    }

    /** (MᵀM)⁻¹Mᵀ for a full-column-rank 4×3 matrix, in double. */
    private static float[][] pseudoInverse(float[][] m) {
        int rows = m.length;
        double[][] mtm = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int r = 0; r < rows; r++) {
                    mtm[i][j] += (double) m[r][i] * m[r][j];
                }
            }
        }
        double[][] inv = invert3(mtm);
        float[][] out = new float[3][rows];
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += inv[i][k] * m[r][k];
                }
                out[i][r] = (float) sum;
            }
        }
        return out;
    }

    private static double[][] invert3(double[][] a) {
        double det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        double[][] inv = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int r0 = (j + 1) % 3;
                int r1 = (j + 2) % 3;
                int c0 = (i + 1) % 3;
                int c1 = (i + 2) % 3;
                inv[i][j] = (a[r0][c0] * a[r1][c1] - a[r0][c1] * a[r1][c0]) / det;
            }
        }
        return inv;
    }
}
