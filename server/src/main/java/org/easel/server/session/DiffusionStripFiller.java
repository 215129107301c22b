package org.easel.server.session;

import java.util.Optional;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.fill.ExtendEngine;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.pipeline.DiffusionPipeline;
import org.easel.server.engines.diffusion.pipeline.Generation;
import org.easel.server.engines.diffusion.pipeline.Picture;
import org.easel.server.engines.diffusion.pipeline.Sampling;
import org.easel.server.imaging.ColourDrift;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Lanczos3;
import org.easel.server.imaging.Rect;

/**
 * Outpainting: each new strip of an extended canvas is inpainted by a diffusion model from its
 * context (the image next to it and the strips already made), at the model's native size.
 */
final class DiffusionStripFiller implements ExtendEngine.StripFiller {
    private final DiffusionPipeline pipeline;
    private final DiffusionModel model;
    private final Sampling sampling;
    private final int steps;
    private final String negative;

    DiffusionStripFiller(DiffusionModel model, EditOptions options) {
        this.model = model;
        this.pipeline = new DiffusionPipeline(model);
        this.sampling = Sampling.defaultsFor(model);
        this.steps = options.steps().orElse(sampling.steps());
        this.negative = options.negativePrompt().orElse("");
    }

    @Override
    public FloatImage fill(FloatImage crop, boolean[] hole, Rect strip, Rect canvas, long seed, JobControl control) {
        int[] size = DiffusionEditEngine.workSize(model.unet().input("sample"), crop.width(), crop.height());
        int w = size[0];
        int h = size[1];
        float[] mask = new float[w * h];
        for (int y = 0; y < h; y++) {
            int cy = PictureConversion.nearest(y, h, crop.height());
            for (int x = 0; x < w; x++) {
                mask[y * w + x] = hole[cy * crop.width() + PictureConversion.nearest(x, w, crop.width())] ? 1f : 0f;
            }
        }
        Picture source = PictureConversion.toPicture(Lanczos3.resize(crop, w, h));
        // An empty prompt: the model continues the picture from what it sees around the strip.
        Picture generated = pipeline.generate(new Generation(Generation.Mode.INPAINT, "", negative, w, h, steps,
                sampling.guidance(), sampling.imageGuidance(), 1.0, seed, sampling.scheduler(), Optional.of(source),
                Optional.of(mask)), control);
        FloatImage result = Lanczos3.resize(PictureConversion.toImage(generated, crop, false), crop.width(),
                crop.height());
        ColourDrift.correct(result, crop, hole, DiffusionEditEngine.DRIFT_BAND_PX);
        float[] out = result.data();
        float[] known = crop.data();
        for (int i = 0; i < hole.length; i++) {
            if (!hole[i]) {
                System.arraycopy(known, i * 4, out, i * 4, 4);
            }
        }
        return result;
    }
}
