package org.easel.server.engines.diffusion.testmodels;

import static org.easel.server.engines.diffusion.testmodels.OnnxGraph.attr;
import static org.easel.server.engines.diffusion.testmodels.OnnxGraph.ints;

import java.nio.file.Path;
import java.util.Random;

/**
 * An oracle UNet: the exact noise (or v) prediction for a data distribution that is a single point
 * {@code x0}, with the signature of a diffusers ONNX export. Inputs {@code sample [batch, C, height,
 * width]} (C = 4 plain, 9 inpainting, 8 InstructPix2Pix), {@code timestep} (see {@link TimestepInput}),
 * {@code encoder_hidden_states [batch, sequence, D]} and, with {@link #timestepCond}, the LCM input
 * {@code timestep_cond [batch, 256]}; output {@code out_sample [batch, 4, height, width]}. With
 * {@link #fp16} every float input and output is float16 (computed in float32 inside).
 *
 * <p>Oracle, per batch item:
 * <ul>
 *   <li>{@code e = mean(encoder_hidden_states[i])} over the sequence and hidden axes (with
 *       {@link TinyTextEncoder}: 0 for "", 1 for a prompt);</li>
 *   <li>{@code x0[c] = x0_u[c] + e · (x0_c[c] − x0_u[c])} for latent channel c = 0..3, the same at every
 *       pixel; for C = 8 (InstructPix2Pix) plus the image latents: {@code x0 += sample[i, 4:8]};
 *       for C = 9 (inpainting) channels 4–8 (mask, masked-image latents) are ignored;</li>
 *   <li>{@code x = sample[i, 0:4]};</li>
 *   <li>{@code t} = the first element of {@code timestep} (all batch items share it), as float, clipped
 *       to [0, 999]; {@code σ(t)} and {@code ᾱ_t = 1/(σ(t)² + 1)} as in {@link NoiseSchedule};
 *       {@code √(1 − ᾱ_t)} is computed as {@code σ(t)·√ᾱ_t};</li>
 *   <li>epsilon: {@code out_sample = (x − √ᾱ_t · x0) / √(1 − ᾱ_t)};
 *       v_prediction: {@code out_sample = √ᾱ_t · ε − √(1 − ᾱ_t) · x0} with ε the epsilon above.</li>
 * </ul>
 * So every correct sampler converges on x0; with classifier-free guidance g on
 * {@code x0_u + g·(x0_c − x0_u)}; with InstructPix2Pix guidance (text s_T, image s_I, zero image latents
 * in the unconditional branch) on {@code x0_u + s_T·(x0_c − x0_u) + s_I·img}.
 *
 * <p>{@link #heavy} adds real compute that does not change the output, for benchmarks:
 * a 1×1 Conv of x to K channels, then N × (3×3 Conv K→K, pad 1, Relu) with normalised positive
 * weights, then {@code Tanh}, {@code ReduceMean} to a scalar, multiplied by 0 and added to the output.
 * The branch depends on the sample, so ONNX Runtime cannot constant-fold it, and Tanh keeps it finite,
 * so the product is exactly 0 (TinyModelHeavyUnetTest prints the run time growing with the layers).
 */
public final class OracleUnet {
    private int channels = 4;
    private int hiddenSize = 32;
    private TimestepInput timestep = TimestepInput.INT64_BATCH;
    private boolean fp16;
    private Prediction prediction = Prediction.EPSILON;
    private float[] x0Uncond = {0.1f, -0.2f, 0.3f, -0.4f};
    private float[] x0Cond = {0.5f, 0.25f, -0.5f, 0.75f};
    private boolean timestepCond;
    private boolean symbolicChannels;
    private Integer sequenceLength;
    private Integer batch;
    private int heavyLayers;
    private int heavyChannels = 64;

    /** Input channels C: 4 (default), 8 (InstructPix2Pix) or 9 (inpainting). */
    public OracleUnet channels(int c) {
        if (c != 4 && c != 8 && c != 9) {
            throw new IllegalArgumentException("channels must be 4, 8 or 9: " + c);
        }
        this.channels = c;
        return this;
    }

    /** Hidden size D of encoder_hidden_states (default 32). */
    public OracleUnet hiddenSize(int d) {
        this.hiddenSize = d;
        return this;
    }

    /** The timestep input's variant (default INT64_BATCH). */
    public OracleUnet timestep(TimestepInput variant) {
        this.timestep = variant;
        return this;
    }

    /** float16 float inputs and outputs (default false). */
    public OracleUnet fp16(boolean fp16) {
        this.fp16 = fp16;
        return this;
    }

    /** EPSILON (default) or V_PREDICTION. */
    public OracleUnet prediction(Prediction prediction) {
        this.prediction = prediction;
        return this;
    }

    /**
     * The unconditional and conditional targets, 4 floats each (defaults x0_u = (0.1, −0.2, 0.3, −0.4),
     * x0_c = (0.5, 0.25, −0.5, 0.75)).
     */
    public OracleUnet targets(float[] x0Uncond, float[] x0Cond) {
        if (x0Uncond.length != 4 || x0Cond.length != 4) {
            throw new IllegalArgumentException("targets need 4 channels each");
        }
        this.x0Uncond = x0Uncond.clone();
        this.x0Cond = x0Cond.clone();
        return this;
    }

    /** Adds the LCM input {@code timestep_cond [batch, 256]}, which is ignored (default false). */
    public OracleUnet timestepCond(boolean timestepCond) {
        this.timestepCond = timestepCond;
        return this;
    }

    /** Declares sample's channel dimension as the symbolic "channels", as diffusers' exporter does (default false). */
    public OracleUnet symbolicChannels(boolean symbolic) {
        this.symbolicChannels = symbolic;
        return this;
    }

    /**
     * A fixed batch dimension, as exports for one guidance batch have (default symbolic "batch",
     * which lets several versions share a call).
     */
    public OracleUnet batch(Integer size) {
        this.batch = size;
        return this;
    }

    /** A fixed sequence dimension for encoder_hidden_states (default symbolic "sequence"). */
    public OracleUnet sequenceLength(Integer length) {
        this.sequenceLength = length;
        return this;
    }

    /** Adds {@code layers} 3×3 convolutions over {@code channels} channels that leave the output unchanged. */
    public OracleUnet heavy(int layers, int channels) {
        this.heavyLayers = layers;
        this.heavyChannels = channels;
        return this;
    }

    /** The target for embedding mean e: {@code x0_u + e·(x0_c − x0_u)} per channel (without image latents). */
    public float[] target(double e) {
        return target(x0Uncond, x0Cond, e);
    }

    static float[] target(float[] x0Uncond, float[] x0Cond, double e) {
        float[] out = new float[4];
        for (int c = 0; c < 4; c++) {
            out[c] = (float) (x0Uncond[c] + e * (x0Cond[c] - x0Uncond[c]));
        }
        return out;
    }

    public byte[] build() {
        OnnxGraph g = new OnnxGraph("unet");
        Object b = batch != null ? batch : "batch";
        String sample = g.floatInput("sample", fp16, b, symbolicChannels ? "channels" : channels, "height", "width");
        String t = g.input("timestep", timestep.elemType(fp16), timestep.dims);
        String hidden = g.floatInput("encoder_hidden_states", fp16, b,
                sequenceLength != null ? sequenceLength : "sequence", hiddenSize);
        if (timestepCond) {
            g.input("timestep_cond", fp16 ? OnnxGraph.FLOAT16 : OnnxGraph.FLOAT, b, 256);
        }

        // x0 = x0_u + e·(x0_c − x0_u) [+ image latents], shape [b,4,1,1] or [b,4,h,w]
        String e = g.node("ReduceMean", new String[] {hidden}, ints("axes", 1, 2), attr("keepdims", 1L));
        String e4 = g.op("Unsqueeze", e, g.longs(3)); // [b,1,1,1]
        float[] delta = new float[4];
        for (int c = 0; c < 4; c++) {
            delta[c] = x0Cond[c] - x0Uncond[c];
        }
        long[] perChannel = {1, 4, 1, 1};
        String x0 = g.op("Add", g.floats(perChannel, x0Uncond), g.op("Mul", e4, g.floats(perChannel, delta)));
        if (channels == 8) {
            x0 = g.op("Add", x0, channelSlice(g, sample, 4, 8));
        }
        String x = channelSlice(g, sample, 0, 4);

        // σ(t) by linear interpolation in the table; √ᾱ = 1/√(σ²+1), √(1−ᾱ) = σ·√ᾱ
        String tf = g.node("Cast", new String[] {t}, attr("to", OnnxGraph.FLOAT));
        String flat = g.op("Reshape", tf, g.longs(-1));
        String first = g.op("Slice", flat, g.longs(0), g.longs(1), g.longs(0)); // [1]
        String clipped = g.op("Clip", first, g.scalar(0f), g.scalar(NoiseSchedule.TRAIN_TIMESTEPS - 1));
        String lo = g.op("Floor", clipped);
        String frac = g.op("Sub", clipped, lo);
        String loIndex = g.node("Cast", new String[] {lo}, attr("to", OnnxGraph.INT64));
        String hiIndex = g.op("Min", g.op("Add", loIndex, g.longs(1)), g.longs(NoiseSchedule.TRAIN_TIMESTEPS - 1));
        String table = g.floats(toFloats(NoiseSchedule.sigmas()));
        String sigmaLo = g.node("Gather", new String[] {table, loIndex}, attr("axis", 0L));
        String sigmaHi = g.node("Gather", new String[] {table, hiIndex}, attr("axis", 0L));
        String sigma = g.op("Add", sigmaLo, g.op("Mul", frac, g.op("Sub", sigmaHi, sigmaLo)));
        String sqrtAlphaBar = g.op("Reciprocal", g.op("Sqrt", g.op("Add", g.op("Mul", sigma, sigma), g.floats(1f))));
        String sqrtOneMinus = g.op("Mul", sigma, sqrtAlphaBar);

        String eps = g.op("Div", g.op("Sub", x, g.op("Mul", sqrtAlphaBar, x0)), sqrtOneMinus);
        String out = prediction == Prediction.EPSILON ? eps
                : g.op("Sub", g.op("Mul", sqrtAlphaBar, eps), g.op("Mul", sqrtOneMinus, x0));
        if (heavyLayers > 0) {
            out = g.op("Add", out, heavyZero(g, x));
        }
        g.floatOutput(out, "out_sample", fp16, b, 4, "height", "width");
        return g.bytes();
    }

    public Path write(Path file) {
        return OnnxGraph.write(build(), file);
    }

    private static String channelSlice(OnnxGraph g, String sample, long from, long to) {
        return g.op("Slice", sample, g.longs(from), g.longs(to), g.longs(1));
    }

    /** A scalar 0 that costs heavyLayers 3×3 convolutions over heavyChannels channels of x. */
    private String heavyZero(OnnxGraph g, String x) {
        Random random = new Random(42);
        int k = heavyChannels;
        String h = g.op("Conv", x, g.floats(new long[] {k, 4, 1, 1}, positiveNormalised(random, k, 4)));
        for (int layer = 0; layer < heavyLayers; layer++) {
            String w = g.floats(new long[] {k, k, 3, 3}, positiveNormalised(random, k, k * 9));
            h = g.op("Relu", g.node("Conv", new String[] {h, w}, ints("pads", 1, 1, 1, 1)));
        }
        String mean = g.node("ReduceMean", new String[] {g.op("Tanh", h)}, attr("keepdims", 0L));
        return g.op("Mul", mean, g.scalar(0f));
    }

    /** {@code rows × perRow} positive weights, each row summing to 1, so activations stay bounded. */
    private static float[] positiveNormalised(Random random, int rows, int perRow) {
        float[] w = new float[rows * perRow];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int j = 0; j < perRow; j++) {
                w[r * perRow + j] = 0.5f + random.nextFloat();
                sum += w[r * perRow + j];
            }
            for (int j = 0; j < perRow; j++) {
                w[r * perRow + j] /= (float) sum;
            }
        }
        return w;
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
