package org.easel.server.engines.diffusion.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelKind;
import org.easel.server.engines.diffusion.scheduler.GaussianNoise;
import org.easel.server.engines.diffusion.scheduler.Scheduler;
import org.easel.server.engines.diffusion.scheduler.SchedulerKind;
import org.easel.server.engines.diffusion.scheduler.Schedulers;
import org.easel.server.imaging.Raster;

/**
 * Stable Diffusion's pipelines on one loaded model: text-to-image, image-to-image (strength),
 * inpainting (9-channel inpainting UNets; plain UNets by latent masking with a soft mask) and
 * InstructPix2Pix instruction edits, following diffusers' pipelines. Reports progress after every
 * step, with a latent preview at most every 200 ms, and stops between steps when the job is cancelled.
 */
public final class DiffusionPipeline {
    public static final String STAGE = "generating";
    /** Previews go out at most this often (the first step always has one): fast GPUs step every few ms. */
    static final long PREVIEW_INTERVAL_NANOS = 200_000_000L;

    private final DiffusionModel model;
    private final PromptEncoder prompts;
    private final VaeCodec vae;

    public DiffusionPipeline(DiffusionModel model) {
        this.model = model;
        this.prompts = new PromptEncoder(model);
        this.vae = new VaeCodec(model);
    }

    public Picture generate(Generation g, JobControl control) {
        control.checkCancelled();
        Scheduler scheduler = Schedulers.create(g.scheduler(), model.schedulerConfig(), g.steps());
        int steps = scheduler.steps();
        int lw = g.latentWidth();
        int lh = g.latentHeight();
        int plane = lw * lh;
        float scale = (float) model.vaeScale();
        GaussianNoise noise = new GaussianNoise(g.seed());
        // Drawn first, so a seed gives the same starting noise whatever the mode.
        float[] startNoise = noise.next(4 * plane);

        PromptEncoder.Embedding text = prompts.encode(g.prompt());
        boolean needsNegative = g.mode() == Generation.Mode.INSTRUCT
                || (g.scheduler() != SchedulerKind.LCM && g.guidance() > 1);
        PromptEncoder.Embedding negative = needsNegative ? prompts.encode(g.negativePrompt()) : null;
        control.checkCancelled();

        int first = 0;
        float[] x;
        Optional<float[]> extra = Optional.empty();
        float[] cleanLatents = null;     // latent-mask inpainting: the image to keep outside the mask
        float[] keepWeight = null;       // … and how much of it to keep per latent pixel
        float[] imageLatents = null;     // InstructPix2Pix's image conditioning
        switch (g.mode()) {
            case TEXT_TO_IMAGE -> {
                x = scaled(startNoise, scheduler.initNoiseSigma());
                if (model.kind() == ModelKind.INPAINT) {
                    // An inpainting UNet generates from scratch when everything is masked.
                    extra = Optional.of(inpaintChannels(new Picture(g.width(), g.height()), everywhere(g), g, noise,
                            scale));
                }
            }
            case IMAGE_TO_IMAGE -> {
                float[] init = scaled(vae.encode(g.image().orElseThrow(), false, noise), scale);
                first = startStep(steps, g.strength());
                if (first == steps) {
                    return g.image().get(); // strength 0 changes nothing
                }
                x = new float[init.length];
                scheduler.noise(init, startNoise, first, x);
                if (model.kind() == ModelKind.INPAINT) {
                    extra = Optional.of(inpaintChannels(g.image().get(), everywhere(g), g, noise, scale));
                }
            }
            case INPAINT -> {
                if (model.kind() == ModelKind.INPAINT) {
                    x = scaled(startNoise, scheduler.initNoiseSigma());
                    extra = Optional.of(inpaintChannels(g.image().orElseThrow(), g.mask().orElseThrow(), g, noise, scale));
                } else {
                    cleanLatents = scaled(vae.encode(g.image().orElseThrow(), false, noise), scale);
                    keepWeight = LatentMask.keepWeights(g.mask().orElseThrow(), g.width(), g.height());
                    first = startStep(steps, g.strength());
                    if (first == steps) {
                        return g.image().get();
                    }
                    if (first == 0) {
                        x = scaled(startNoise, scheduler.initNoiseSigma());
                    } else {
                        x = new float[cleanLatents.length];
                        scheduler.noise(cleanLatents, startNoise, first, x);
                    }
                }
            }
            case INSTRUCT -> {
                // The encoder's mean, not scaled by the VAE factor (diffusers' InstructPix2Pix pipeline).
                imageLatents = vae.encode(g.image().orElseThrow(), true, noise);
                x = scaled(startNoise, scheduler.initNoiseSigma());
            }
            default -> throw new IllegalStateException(g.mode().toString());
        }

        List<UnetBatch.Item> items = items(g, text, negative, extra, imageLatents);
        Guidance guidance = Guidance.of(g, items.size());
        float[] eps = new float[x.length];
        float[] renoised = keepWeight == null ? null : new float[x.length];
        PreviewPacer previews = new PreviewPacer(PREVIEW_INTERVAL_NANOS);
        PredictedImage denoised = new PredictedImage(model.schedulerConfig(), x.length);
        try (UnetBatch unet = new UnetBatch(model.unet(), items, text.hiddenSize(), lw, lh)) {
            for (int i = first; i < steps; i++) {
                control.checkCancelled();
                unet.run(x, scheduler.inputScale(i), scheduler.timestep(i));
                float[] modelOutput = guidance.combine(unet, eps);
                // The preview shows where this step is heading (its predicted clean image), not its noise.
                Raster preview = previews.due(i == first) ? LatentPreview.of(
                        denoised.predict(x, scheduler.inputScale(i), scheduler.timestep(i), modelOutput), lw, lh, 1f) : null;
                scheduler.step(i, modelOutput, x, noise);
                if (keepWeight != null) {
                    scheduler.noise(cleanLatents, startNoise, i + 1, renoised);
                    LatentMask.blend(x, renoised, keepWeight, plane);
                }
                if (preview != null) {
                    control.progress(i - first + 1, steps - first, STAGE, preview);
                } else {
                    control.progress(i - first + 1, steps - first, STAGE);
                }
            }
        }
        control.checkCancelled();
        return vae.decode(x, lw, lh);
    }

    /** diffusers' image-to-image: the last {@code strength} of the schedule runs. */
    static int startStep(int steps, double strength) {
        int denoised = Math.min((int) (steps * strength), steps);
        return Math.max(steps - denoised, 0);
    }

    /** A mask that repaints everything. */
    private static float[] everywhere(Generation g) {
        float[] mask = new float[g.width() * g.height()];
        Arrays.fill(mask, 1f);
        return mask;
    }

    /** The 9-channel inpainting UNet's extra input: the latent-sized mask, then the masked image's latents. */
    private float[] inpaintChannels(Picture image, float[] mask, Generation g, GaussianNoise noise, float scale) {
        Picture masked = LatentMask.maskOut(image, mask);
        float[] maskedLatents = scaled(vae.encode(masked, false, noise), scale);
        float[] latentMask = LatentMask.binaryNearest(mask, g.width(), g.height());
        float[] extra = new float[latentMask.length + maskedLatents.length];
        System.arraycopy(latentMask, 0, extra, 0, latentMask.length);
        System.arraycopy(maskedLatents, 0, extra, latentMask.length, maskedLatents.length);
        return extra;
    }

    private List<UnetBatch.Item> items(Generation g, PromptEncoder.Embedding text, PromptEncoder.Embedding negative,
                                       Optional<float[]> extra, float[] imageLatents) {
        List<UnetBatch.Item> items = new ArrayList<>();
        if (g.mode() == Generation.Mode.INSTRUCT) {
            // [text + image, negative + image, negative + no image]
            float[] none = new float[imageLatents.length];
            items.add(new UnetBatch.Item(text.values(), Optional.of(imageLatents), Optional.empty()));
            items.add(new UnetBatch.Item(negative.values(), Optional.of(imageLatents), Optional.empty()));
            items.add(new UnetBatch.Item(negative.values(), Optional.of(none), Optional.empty()));
        } else if (g.scheduler() == SchedulerKind.LCM) {
            items.add(new UnetBatch.Item(text.values(), extra, Optional.of(GuidanceEmbedding.of(g.guidance(), 256))));
        } else if (negative != null) {
            items.add(new UnetBatch.Item(negative.values(), extra, Optional.empty()));
            items.add(new UnetBatch.Item(text.values(), extra, Optional.empty()));
        } else {
            items.add(new UnetBatch.Item(text.values(), extra, Optional.empty()));
        }
        return items;
    }

    private static float[] scaled(float[] values, double factor) {
        float[] out = new float[values.length];
        float f = (float) factor;
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * f;
        }
        return out;
    }

    /** How the batch items' outputs become the one the scheduler steps with. */
    private interface Guidance {
        float[] combine(UnetBatch unet, float[] into);

        static Guidance of(Generation g, int items) {
            if (items == 1) {
                return (unet, into) -> unet.output(0);
            }
            if (items == 2) {
                float scale = (float) g.guidance();
                // ε = ε_u + g·(ε_c − ε_u)
                return (unet, into) -> {
                    float[] u = unet.output(0);
                    float[] c = unet.output(1);
                    for (int i = 0; i < into.length; i++) {
                        into[i] = u[i] + scale * (c[i] - u[i]);
                    }
                    return into;
                };
            }
            float textScale = (float) g.guidance();
            float imageScale = (float) g.imageGuidance();
            // InstructPix2Pix: ε = ε_u + s_T·(ε_text − ε_image) + s_I·(ε_image − ε_u)
            return (unet, into) -> {
                float[] withText = unet.output(0);
                float[] withImage = unet.output(1);
                float[] neither = unet.output(2);
                for (int i = 0; i < into.length; i++) {
                    into[i] = neither[i] + textScale * (withText[i] - withImage[i])
                            + imageScale * (withImage[i] - neither[i]);
                }
                return into;
            };
        }
    }
}
