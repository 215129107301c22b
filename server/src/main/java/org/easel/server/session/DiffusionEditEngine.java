package org.easel.server.session;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.engines.classical.fill.ExtendEngine;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelKind;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.diffusion.onnx.TensorSpec;
import org.easel.server.engines.diffusion.pipeline.DiffusionPipeline;
import org.easel.server.engines.diffusion.pipeline.Generation;
import org.easel.server.engines.diffusion.pipeline.Picture;
import org.easel.server.engines.diffusion.pipeline.Sampling;
import org.easel.server.imaging.ColourDrift;
import org.easel.server.imaging.Composite;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Lanczos3;
import org.easel.server.imaging.Raster;
import org.easel.server.planning.Plan;

/**
 * Runs plans that need new content on an installed diffusion model, through the region pipeline:
 * the selection (or the whole layer) and its surroundings are cropped, resized to the model's
 * native size, generated, resized back and returned as a patch whose alpha is the selection's
 * feathered coverage, so nothing outside the selection changes. The generation itself blends into
 * the surroundings (an inpainting UNet sees them; a plain one keeps them by latent masking with the
 * soft mask); what remains is the VAE's colour drift, taken out by comparing the generated image
 * with the original just outside the selection ({@link ColourDrift}).
 */
public final class DiffusionEditEngine implements EditEngine {
    public static final String ENGINE = "diffusion";
    /** Stable Diffusion 1.x/2.x base and SD-Turbo are trained at 512 px. */
    static final int NATIVE_SIDE = 512;
    /** The UNet halves the latent grid three times: sizes are multiples of 8 latent pixels. */
    static final int SIZE_MULTIPLE = 64;
    static final double DEFAULT_EDIT_STRENGTH = 0.6;
    /** How far around the selection the generated image is compared with the original for colour drift. */
    static final int DRIFT_BAND_PX = 8;

    private final ModelLibrary library;
    private final LongSupplier seeds;

    /** Seeds drawn when the request gives none are 0 … 2³¹−2: short enough for the artist to type back. */
    public DiffusionEditEngine(ModelLibrary library) {
        this(library, randomSeeds(new SecureRandom()));
    }

    private static LongSupplier randomSeeds(SecureRandom random) {
        return () -> random.nextInt(Integer.MAX_VALUE);
    }

    /** @param seeds where the seed comes from when the request gives none */
    DiffusionEditEngine(ModelLibrary library, LongSupplier seeds) {
        this.library = library;
        this.seeds = seeds;
    }

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        if (plan.synthesis().orElse(null) instanceof Extension extension) {
            return outpaint(request, plan, extension, control);
        }
        if (!(plan.synthesis().orElse(null) instanceof Synthesis.Generate generate)) {
            throw new IllegalArgumentException("the diffusion engine runs generation plans, not " + plan.summary());
        }
        control.progress(0, 1, "loading model");
        long seed = request.options().seed().orElseGet(seeds);
        return using(installedFor(generate), control, model -> generate(request, plan, generate, model, control, seed));
    }

    /**
     * The versions are made on the model loaded once, each with its own seed and reporting as its
     * own variation. When the UNet's export leaves the batch dimension free they are stepped
     * together, one UNet call per step for all of them (the GPU's parallelism pays); otherwise
     * (a fixed-batch export) one after another, each kept the moment it is done.
     */
    @Override
    public void runVariants(EditRequest request, Plan plan, int count, JobControl control, Consumer<Variant> finished) {
        if (!(plan.synthesis().orElse(null) instanceof Synthesis.Generate generate)) {
            throw new IllegalArgumentException("variations are made of generated content, not " + plan.summary());
        }
        control.progress(0, 1, "loading model");
        long[] variantSeeds = variantSeeds(request, count);
        using(installedFor(generate), control, model -> {
            DiffusionPipeline pipeline = new DiffusionPipeline(model);
            if (pipeline.batchesVersions()) {
                Prepared first = prepare(request, generate, model, variantSeeds[0]);
                List<Prepared> prepared = new ArrayList<>();
                List<JobControl> controls = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    prepared.add(new Prepared(first.area(), first.crop(), first.generation().withSeed(variantSeeds[i])));
                    controls.add(control.variation(i + 1, count));
                }
                List<Picture> pictures = pipeline.generateAll(prepared.stream().map(Prepared::generation).toList(),
                        controls);
                for (int i = 0; i < count; i++) {
                    finished.accept(new Variant(i + 1, variantSeeds[i], finish(request, plan, model, prepared.get(i),
                            pictures.get(i), controls.get(i))));
                }
            } else {
                for (int i = 0; i < count; i++) {
                    JobControl variation = control.variation(i + 1, count);
                    finished.accept(new Variant(i + 1, variantSeeds[i],
                            generate(request, plan, generate, model, variation, variantSeeds[i])));
                }
            }
            return null;
        });
    }

    /**
     * Each version's seed: from a seed the artist gave, that seed and the ones after it (so the
     * set can be made again); otherwise drawn, never the same twice in one set.
     */
    long[] variantSeeds(EditRequest request, int count) {
        long[] chosen = new long[count];
        if (request.options().seed().isPresent()) {
            for (int i = 0; i < count; i++) {
                chosen[i] = request.options().seed().getAsLong() + i;
            }
            return chosen;
        }
        Set<Long> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            drawn.add(seeds.getAsLong());
        }
        int i = 0;
        for (long seed : drawn) {
            chosen[i++] = seed;
        }
        return chosen;
    }

    private ModelLibrary.Installed installedFor(Synthesis.Generate generate) {
        return library.installed().stream().filter(m -> m.id().equals(generate.model()))
                .findFirst().orElseThrow(() -> new DiffusionException("The model " + generate.model()
                        + " is no longer installed. Install it again (./easel models install " + generate.model()
                        + ") or ask again to use another one."));
    }

    /** Runs {@code work} on the model loaded and held for this job (an unload waits for it). */
    private EditOutcome using(ModelLibrary.Installed installed, JobControl control,
                              Function<DiffusionModel, EditOutcome> work) {
        DiffusionModel model = library.acquire(installed);
        try {
            control.checkCancelled();
            return work.apply(model);
        } finally {
            library.release(model);
        }
    }

    /** Layers are named after the instruction and the seed that made them, so a result can be made again. */
    private static String layerName(EditRequest request, long seed) {
        return ClassicalEditEngine.layerName(request.instruction()) + " · seed " + seed;
    }

    private EditOutcome generate(EditRequest request, Plan plan, Synthesis.Generate generate, DiffusionModel model,
                                 JobControl control, long seed) {
        Prepared prepared = prepare(request, generate, model, seed);
        Picture generated = new DiffusionPipeline(model).generate(prepared.generation(), control);
        return finish(request, plan, model, prepared, generated, control);
    }

    /** What one generation starts from: the area, the crop at full size and the request to the pipeline. */
    private record Prepared(GenerationArea area, FloatImage crop, Generation generation) {
    }

    private Prepared prepare(EditRequest request, Synthesis.Generate generate, DiffusionModel model, long seed) {
        boolean inpaint = generate.capability().equals("inpaint");
        GenerationArea area = GenerationArea.of(request, inpaint);
        Sampling defaults = Sampling.defaultsFor(model);
        int[] size = workSize(model.unet().input("sample"), area.context().width(), area.context().height());
        FloatImage crop = FloatImage.read(request.image(), area.context());
        Picture source = PictureConversion.toPicture(Lanczos3.resize(crop, size[0], size[1]));
        Generation generation = new Generation(mode(generate, model, area), generate.prompt(), generate.negative(),
                size[0], size[1], request.options().steps().orElse(defaults.steps()), defaults.guidance(),
                defaults.imageGuidance(),
                strength(generate, request.options()), seed, defaults.scheduler(), Optional.of(source),
                Optional.of(area.maskAt(size[0], size[1])));
        return new Prepared(area, crop, generation);
    }

    /** The generated picture back at the crop's size, colour-corrected and composited into a patch. */
    private EditOutcome finish(EditRequest request, Plan plan, DiffusionModel model, Prepared prepared,
                               Picture generated, JobControl control) {
        GenerationArea area = prepared.area();
        FloatImage crop = prepared.crop();
        Generation generation = prepared.generation();
        long seed = generation.seed();
        control.progress(0, 1, "compositing");
        FloatImage result = Lanczos3.resize(PictureConversion.toImage(generated, crop, keepsAlpha(generation, area)),
                crop.width(), crop.height());
        if (area.selected()) {
            ColourDrift.correct(result, crop, area.hole(), DRIFT_BAND_PX);
        }
        Raster patch = Composite.patch(result, area.coverage(), request.image().format());
        return new EditOutcome(plan.doneMessage() + " (" + model.id() + ", seed " + seed + ")",
                List.of(new ResultLayer(layerName(request, seed), patch)), request.canvasWidth(), request.canvasHeight());
    }

    /** Extends the canvas with the new strips inpainted by a model that can outpaint. */
    private EditOutcome outpaint(EditRequest request, Plan plan, Extension extension, JobControl control) {
        control.progress(0, 1, "loading model");
        ModelLibrary.Installed installed = library.choose("outpaint", request.options().model())
                .orElseThrow(() -> new DiffusionException("No installed model can extend the canvas any more "
                        + "(./easel models list); ask again to extend it with the built-in fill."));
        long seed = request.options().seed().orElseGet(seeds);
        return using(installed, control, model -> {
            ExtendEngine.Extended extended = new ExtendEngine(new DiffusionStripFiller(model, request.options()))
                    .extend(request.image(), request.canvasWidth(), request.canvasHeight(), extension, seed, control);
            return new EditOutcome(plan.doneMessage() + " The canvas is now " + extended.canvasWidth() + "×"
                    + extended.canvasHeight() + " px (" + model.id() + ", seed " + seed + ").",
                    List.of(new ResultLayer(layerName(request, seed), extended.patch())), extended.canvasWidth(),
                    extended.canvasHeight(), extended.offsetX(), extended.offsetY());
        });
    }

    private static Generation.Mode mode(Synthesis.Generate generate, DiffusionModel model, GenerationArea area) {
        return switch (generate.capability()) {
            case "instruction-edit" -> model.kind() == ModelKind.INSTRUCT_PIX2PIX
                    ? Generation.Mode.INSTRUCT : Generation.Mode.IMAGE_TO_IMAGE;
            // New content in a selection is inpainted, so it fits what is around it.
            default -> area.selected() ? Generation.Mode.INPAINT : Generation.Mode.TEXT_TO_IMAGE;
        };
    }

    private static double strength(Synthesis.Generate generate, EditOptions options) {
        double fallback = generate.capability().equals("instruction-edit") ? DEFAULT_EDIT_STRENGTH : 1.0;
        return options.strength().orElse(fallback);
    }

    /** Whole-layer edits keep the layer's transparency; new content in a selection is opaque. */
    private static boolean keepsAlpha(Generation generation, GenerationArea area) {
        return !area.selected() && generation.mode() != Generation.Mode.TEXT_TO_IMAGE;
    }

    /**
     * The size to generate at: the context scaled so its longer side is the model's native size,
     * in multiples of 64; exactly the UNet's size when its export fixes one.
     */
    static int[] workSize(TensorSpec sample, int width, int height) {
        if (sample.dim(2) > 0 && sample.dim(3) > 0) {
            return new int[] {(int) sample.dim(3) * 8, (int) sample.dim(2) * 8};
        }
        double scale = (double) NATIVE_SIDE / Math.max(width, height);
        return new int[] {roundToMultiple(width * scale), roundToMultiple(height * scale)};
    }

    private static int roundToMultiple(double size) {
        return Math.max(SIZE_MULTIPLE, (int) Math.round(size / SIZE_MULTIPLE) * SIZE_MULTIPLE);
    }
}
