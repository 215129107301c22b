package org.easel.server.engines.diffusion.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.WaitCancellation;
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
        return generateAll(List.of(g), List.of(control)).get(0);
    }

    /**
     * Whether several versions can share the UNet's calls: only when its export leaves the batch
     * dimension free (a fixed batch of one, or of exactly the guidance branches, cannot hold more).
     */
    public boolean batchesVersions() {
        return model.unet().input("sample").dim(0) <= 0;
    }

    /**
     * Generations that differ only in their seed, stepped together: each step is one UNet call
     * over every version's guidance branches (see {@link #batchesVersions()}), and each version
     * reports its steps and previews through its own control. Every version's noise is drawn in
     * the same order as a single generation's, so version k equals {@code generate} with its seed.
     */
    public List<Picture> generateAll(List<Generation> gs, List<JobControl> controls) {
        if (gs.isEmpty() || gs.size() != controls.size()) {
            throw new IllegalArgumentException("one control per generation, and at least one generation");
        }
        // A model that waits on a server checks for cancel while it waits (WaitCancellation.check).
        return WaitCancellation.watching(controls, () -> stepped(gs, controls));
    }

    private List<Picture> stepped(List<Generation> gs, List<JobControl> controls) {
        controls.forEach(JobControl::checkCancelled);
        Generation g = gs.get(0);
        PromptEncoder.Embedding text = prompts.encode(g.prompt());
        boolean needsNegative = g.mode() == Generation.Mode.INSTRUCT
                || (g.scheduler() != SchedulerKind.LCM && g.guidance() > 1);
        PromptEncoder.Embedding negative = needsNegative ? prompts.encode(g.negativePrompt()) : null;
        controls.forEach(JobControl::checkCancelled);

        List<Trajectory> trajectories = new ArrayList<>();
        for (Generation version : gs) {
            if (!sameButSeed(g, version)) {
                throw new IllegalArgumentException("versions stepped together may differ only in their seed "
                        + "(make them with Generation.withSeed)");
            }
            trajectories.add(start(version));
        }
        Trajectory lead = trajectories.get(0);
        if (lead.finished != null) {
            return trajectories.stream().map(t -> t.finished).toList(); // strength 0 changes nothing
        }
        List<UnetBatch.Item> items = new ArrayList<>();
        for (Trajectory t : trajectories) {
            items.addAll(items(g, text, negative, t.extra, t.imageLatents));
        }
        int group = items.size() / trajectories.size();
        Guidance guidance = Guidance.of(g, group);
        int lw = g.latentWidth();
        int lh = g.latentHeight();
        int plane = lw * lh;
        float[][] latents = new float[trajectories.size()][];
        for (int k = 0; k < latents.length; k++) {
            latents[k] = trajectories.get(k).x;
        }
        int first = lead.first;
        int steps = lead.scheduler.steps();
        PreviewPacer previews = new PreviewPacer(PREVIEW_INTERVAL_NANOS);
        try (UnetBatch unet = new UnetBatch(model.unet(), items, group, text.hiddenSize(), lw, lh)) {
            for (int i = first; i < steps; i++) {
                controls.forEach(JobControl::checkCancelled);
                unet.run(latents, lead.scheduler.inputScale(i), lead.scheduler.timestep(i));
                boolean due = previews.due(i == first);
                for (int k = 0; k < trajectories.size(); k++) {
                    Trajectory t = trajectories.get(k);
                    float[] modelOutput = guidance.combine(unet, k * group, t.eps);
                    // The preview shows where this step is heading (its predicted clean image), not its noise.
                    Raster preview = due ? LatentPreview.of(t.denoised.predict(t.x, t.scheduler.inputScale(i),
                            t.scheduler.timestep(i), modelOutput), lw, lh, 1f) : null;
                    t.scheduler.step(i, modelOutput, t.x, t.noise);
                    if (t.keepWeight != null) {
                        t.scheduler.noise(t.cleanLatents, t.startNoise, i + 1, t.renoised);
                        LatentMask.blend(t.x, t.renoised, t.keepWeight, plane);
                    }
                    JobControl control = controls.get(k);
                    if (preview != null) {
                        control.progress(i - first + 1, steps - first, STAGE, preview);
                    } else {
                        control.progress(i - first + 1, steps - first, STAGE);
                    }
                }
            }
        }
        controls.forEach(JobControl::checkCancelled);
        List<Picture> pictures = new ArrayList<>();
        for (Trajectory t : trajectories) {
            pictures.add(vae.decode(t.x, lw, lh));
        }
        return pictures;
    }

    private static boolean sameButSeed(Generation a, Generation b) {
        return a.mode() == b.mode() && a.prompt().equals(b.prompt()) && a.negativePrompt().equals(b.negativePrompt())
                && a.width() == b.width() && a.height() == b.height() && a.steps() == b.steps()
                && a.guidance() == b.guidance() && a.imageGuidance() == b.imageGuidance()
                && a.strength() == b.strength() && a.scheduler() == b.scheduler()
                && a.image().orElse(null) == b.image().orElse(null) && a.mask().orElse(null) == b.mask().orElse(null);
    }

    /** One version's state through the schedule: its noise, latents and scheduler. */
    private static final class Trajectory {
        Scheduler scheduler;
        GaussianNoise noise;
        float[] startNoise;
        int first;
        float[] x;
        Optional<float[]> extra = Optional.empty();
        float[] cleanLatents;     // latent-mask inpainting: the image to keep outside the mask
        float[] keepWeight;       // … and how much of it to keep per latent pixel
        float[] renoised;
        float[] imageLatents;     // InstructPix2Pix's image conditioning
        float[] eps;
        PredictedImage denoised;
        Picture finished;         // set when nothing is left to run (strength 0)
    }

    /** A version's starting latents and conditioning, drawing its noise in a fixed order. */
    private Trajectory start(Generation g) {
        Trajectory t = new Trajectory();
        t.scheduler = Schedulers.create(g.scheduler(), model.schedulerConfig(), g.steps());
        int steps = t.scheduler.steps();
        int plane = g.latentWidth() * g.latentHeight();
        float scale = (float) model.vaeScale();
        t.noise = new GaussianNoise(g.seed());
        // Drawn first, so a seed gives the same starting noise whatever the mode.
        t.startNoise = t.noise.next(4 * plane);
        Scheduler scheduler = t.scheduler;
        switch (g.mode()) {
            case TEXT_TO_IMAGE -> {
                t.x = scaled(t.startNoise, scheduler.initNoiseSigma());
                if (model.kind() == ModelKind.INPAINT) {
                    // An inpainting UNet generates from scratch when everything is masked.
                    t.extra = Optional.of(inpaintChannels(new Picture(g.width(), g.height()), everywhere(g), g,
                            t.noise, scale));
                }
            }
            case IMAGE_TO_IMAGE -> {
                float[] init = scaled(vae.encode(g.image().orElseThrow(), false, t.noise), scale);
                t.first = startStep(steps, g.strength());
                if (t.first == steps) {
                    t.finished = g.image().get(); // strength 0 changes nothing
                    return t;
                }
                t.x = new float[init.length];
                scheduler.noise(init, t.startNoise, t.first, t.x);
                if (model.kind() == ModelKind.INPAINT) {
                    t.extra = Optional.of(inpaintChannels(g.image().get(), everywhere(g), g, t.noise, scale));
                }
            }
            case INPAINT -> {
                if (model.kind() == ModelKind.INPAINT) {
                    t.x = scaled(t.startNoise, scheduler.initNoiseSigma());
                    t.extra = Optional.of(inpaintChannels(g.image().orElseThrow(), g.mask().orElseThrow(), g,
                            t.noise, scale));
                } else {
                    t.cleanLatents = scaled(vae.encode(g.image().orElseThrow(), false, t.noise), scale);
                    t.keepWeight = LatentMask.keepWeights(g.mask().orElseThrow(), g.width(), g.height());
                    t.first = startStep(steps, g.strength());
                    if (t.first == steps) {
                        t.finished = g.image().get();
                        return t;
                    }
                    if (t.first == 0) {
                        t.x = scaled(t.startNoise, scheduler.initNoiseSigma());
                    } else {
                        t.x = new float[t.cleanLatents.length];
                        scheduler.noise(t.cleanLatents, t.startNoise, t.first, t.x);
                    }
                    t.renoised = new float[t.x.length];
                }
            }
            case INSTRUCT -> {
                // The encoder's mean, not scaled by the VAE factor (diffusers' InstructPix2Pix pipeline).
                t.imageLatents = vae.encode(g.image().orElseThrow(), true, t.noise);
                t.x = scaled(t.startNoise, scheduler.initNoiseSigma());
            }
            default -> throw new IllegalStateException(g.mode().toString());
        }
        t.eps = new float[t.x.length];
        t.denoised = new PredictedImage(model.schedulerConfig(), t.x.length);
        return t;
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
        /** Combines the branches of the version whose items start at {@code first}. */
        float[] combine(UnetBatch unet, int first, float[] into);

        static Guidance of(Generation g, int items) {
            if (items == 1) {
                return (unet, first, into) -> unet.output(first);
            }
            if (items == 2) {
                float scale = (float) g.guidance();
                // ε = ε_u + g·(ε_c − ε_u)
                return (unet, first, into) -> {
                    float[] u = unet.output(first);
                    float[] c = unet.output(first + 1);
                    for (int i = 0; i < into.length; i++) {
                        into[i] = u[i] + scale * (c[i] - u[i]);
                    }
                    return into;
                };
            }
            float textScale = (float) g.guidance();
            float imageScale = (float) g.imageGuidance();
            // InstructPix2Pix: ε = ε_u + s_T·(ε_text − ε_image) + s_I·(ε_image − ε_u)
            return (unet, first, into) -> {
                float[] withText = unet.output(first);
                float[] withImage = unet.output(first + 1);
                float[] neither = unet.output(first + 2);
                for (int i = 0; i < into.length; i++) {
                    into[i] = neither[i] + textScale * (withText[i] - withImage[i])
                            + imageScale * (withImage[i] - neither[i]);
                }
                return into;
            };
        }
    }
}
