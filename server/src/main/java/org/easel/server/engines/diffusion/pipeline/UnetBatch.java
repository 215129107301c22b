package org.easel.server.engines.diffusion.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.InferenceModel;
import org.easel.server.engines.diffusion.onnx.TensorBuffer;
import org.easel.server.engines.diffusion.onnx.TensorSpec;

/**
 * The UNet evaluated on a batch of conditionings of the same latents — classifier-free guidance's
 * unconditional and conditional branches (InstructPix2Pix's three) in one call. Its input and
 * output tensors are created once over direct buffers; each step only rewrites the latents and
 * the timestep and reads the pinned output, so the loop allocates nothing.
 *
 * <p>Exports with a fixed batch of one are run once per item instead. Several versions of one
 * generation (see {@link DiffusionPipeline#generateAll}) are consecutive groups of items, each
 * group with its own latents.
 */
final class UnetBatch implements AutoCloseable {
    /** Per batch item: its text embedding {@code [77, D]}, the UNet's extra input channels, and LCM's guidance embedding. */
    record Item(float[] text, Optional<float[]> extraChannels, Optional<float[]> timestepCond) {
    }

    private final InferenceModel unet;
    private final List<Item> items;
    private final int plane;
    private final int channels;
    private final int perRun;
    private final int group;
    private final TensorBuffer sample;
    private final TensorBuffer text;
    private final TensorBuffer timestep;
    private final Optional<TensorBuffer> timestepCond;
    private final TensorBuffer output;
    private final Map<String, TensorBuffer> feeds = new HashMap<>();
    private final Map<String, TensorBuffer> pinned;
    private final float[][] outputs;

    /** @param group how many consecutive items share one version's latents */
    UnetBatch(InferenceModel unet, List<Item> items, int group, int hiddenSize, int latentWidth, int latentHeight) {
        if (group < 1 || items.size() % group != 0) {
            throw new IllegalArgumentException(items.size() + " items do not make groups of " + group);
        }
        this.unet = unet;
        this.items = List.copyOf(items);
        this.group = group;
        this.plane = latentWidth * latentHeight;
        TensorSpec sampleSpec = unet.input("sample");
        TensorSpec textSpec = unet.input("encoder_hidden_states");
        TensorSpec timestepSpec = unet.input("timestep");
        TensorSpec outputSpec = unet.output("out_sample");
        this.channels = (int) sampleSpec.dim(1);
        this.perRun = sampleSpec.dim(0) == 1 ? 1 : items.size();
        if (sampleSpec.dim(0) > 1 && sampleSpec.dim(0) != items.size()) {
            throw new DiffusionException(unet.label() + " was exported for a batch of " + sampleSpec.dim(0)
                    + "; this pipeline needs " + items.size() + " or a flexible batch");
        }
        if (textSpec.rank() == 3 && textSpec.dim(2) > 0 && textSpec.dim(2) != hiddenSize) {
            throw new DiffusionException(unet.label() + " expects text embeddings of size " + textSpec.dim(2)
                    + " but the text encoder makes " + hiddenSize + "; the model folder mixes parts of different models");
        }
        this.sample = TensorBuffer.of(sampleSpec.type(), perRun, channels, latentHeight, latentWidth);
        this.text = TensorBuffer.of(textSpec.type(), perRun, 77, hiddenSize);
        this.timestep = TensorBuffer.of(timestepSpec.type(), timestepShape(timestepSpec, perRun));
        this.output = TensorBuffer.of(outputSpec.type(), perRun, 4, latentHeight, latentWidth);
        this.timestepCond = unet.optionalInput("timestep_cond")
                .map(spec -> TensorBuffer.of(spec.type(), perRun, spec.dim(1) > 0 ? spec.dim(1) : 256));
        feeds.put(sampleSpec.name(), sample);
        feeds.put(textSpec.name(), text);
        feeds.put(timestepSpec.name(), timestep);
        timestepCond.ifPresent(t -> feeds.put("timestep_cond", t));
        this.pinned = Map.of(outputSpec.name(), output);
        this.outputs = new float[items.size()][4 * plane];
        if (perRun == items.size()) {
            fillConditioning(0); // the same every step
        }
    }

    /** The timestep as declared: a 0-d scalar, a fixed length, or one per batch item. */
    private static long[] timestepShape(TensorSpec spec, int batch) {
        if (spec.rank() == 0) {
            return new long[0];
        }
        return new long[] {spec.dim(0) > 0 ? spec.dim(0) : batch};
    }

    /**
     * Evaluates every item at its group's {@code latents[group] · inputScale} and {@code t}; read
     * results with {@link #output(int)}.
     */
    void run(float[][] latents, double inputScale, double t) {
        for (int i = 0; i < timestep.size(); i++) {
            timestep.set(i, (float) t);
        }
        float scale = (float) inputScale;
        for (int first = 0; first < items.size(); first += perRun) {
            if (perRun != items.size()) {
                fillConditioning(first);
            }
            for (int b = 0; b < perRun; b++) {
                sample.setScaled(b * channels * plane, latents[(first + b) / group], scale);
            }
            unet.runInto(feeds, pinned);
            for (int b = 0; b < perRun; b++) {
                output.get(b * 4 * plane, outputs[first + b]);
            }
        }
    }

    /** Item {@code index}'s output of the last {@link #run}, {@code [4, h, w]}; do not keep it across runs. */
    float[] output(int index) {
        return outputs[index];
    }

    private void fillConditioning(int first) {
        for (int b = 0; b < perRun; b++) {
            Item item = items.get(first + b);
            text.set(b * item.text().length, item.text());
            int extraOffset = b * channels * plane + 4 * plane;
            item.extraChannels().ifPresent(extra -> {
                if (extra.length != (channels - 4) * plane) {
                    throw new IllegalStateException("extra channels do not fit the UNet input");
                }
                sample.set(extraOffset, extra);
            });
            int index = b;
            timestepCond.ifPresent(cond -> item.timestepCond().ifPresent(w -> cond.set(index * w.length, w)));
        }
    }

    @Override
    public void close() {
        sample.close();
        text.close();
        timestep.close();
        output.close();
        timestepCond.ifPresent(TensorBuffer::close);
    }
}
