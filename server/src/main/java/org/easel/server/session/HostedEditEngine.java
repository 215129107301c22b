package org.easel.server.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.HostedFailure;
import org.easel.server.engines.hosted.ImageSizes;
import org.easel.server.engines.hosted.ImagesApiClient;
import org.easel.server.engines.hosted.Letterbox;
import org.easel.server.engines.hosted.Png;
import org.easel.server.imaging.ColourDrift;
import org.easel.server.imaging.Composite;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Lanczos3;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.planning.Plan;

/**
 * Runs generation plans on a hosted image model (the OpenAI Images API or a server that speaks
 * it) through the same region pipeline as the diffusion engine: the selection and its
 * surroundings ({@link GenerationArea}) are cropped, Lanczos-resized and padded to a size the
 * model accepts ({@link Letterbox}), sent with a mask whose transparent pixels are the grown
 * selection; the answer is cropped, resized back, colour-drift corrected and composited so only
 * the selection changes. Without a selection an instruction edit sends the whole layer
 * (downscaled) and the answer comes back at the layer's size; text-to-image asks for a new image.
 */
public final class HostedEditEngine implements EditEngine {
    /** How far around the selection the answer is compared with the original for colour drift. */
    static final int DRIFT_BAND_PX = 8;

    private final HostedEngineConfig config;
    private final Function<HostedEngineConfig, ImagesApiClient> clients;

    public HostedEditEngine(HostedEngineConfig config, Function<HostedEngineConfig, ImagesApiClient> clients) {
        this.config = config;
        this.clients = clients;
    }

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        if (!(plan.synthesis().orElse(null) instanceof Synthesis.Generate generate)) {
            throw new IllegalArgumentException("a hosted engine runs generation plans, not " + plan.summary());
        }
        control.progress(0, 1, "preparing");
        GenerationArea area = GenerationArea.of(request, generate.capability().equals("inpaint"));
        boolean edit = area.selected() || generate.capability().equals("instruction-edit");
        Rect context = area.context();
        ImageSizes.Size size = ImageSizes.choose(config.model(), edit, context.width(), context.height());
        Letterbox box = Letterbox.fit(context.width(), context.height(), size);
        FloatImage crop = FloatImage.read(request.image(), context);
        ImagesApiClient client = clients.apply(config);
        String prompt = promptOf(generate);
        List<byte[]> answers;
        if (edit) {
            byte[] image = Png.encode(padded(Lanczos3.resize(crop, box.innerWidth(), box.innerHeight()), box));
            // An image over the provider's upload limit is sent smaller rather than refused there.
            Optional<ImageSizes.Size> smaller = ImageSizes.smaller(config.model(), true, size);
            while (image.length > ImageSizes.maxUploadBytes(config.model()) && smaller.isPresent()) {
                size = smaller.get();
                box = Letterbox.fit(context.width(), context.height(), size);
                image = Png.encode(padded(Lanczos3.resize(crop, box.innerWidth(), box.innerHeight()), box));
                smaller = ImageSizes.smaller(config.model(), true, size);
            }
            answers = client.edit(image, area.selected() ? Optional.of(Png.encode(mask(area, box))) : Optional.empty(),
                    prompt, size, control);
        } else {
            answers = client.generate(prompt, size, control);
        }
        control.checkCancelled();

        control.progress(0, 1, "compositing");
        FloatImage answer = Png.decode(answers.get(0));
        if (answer.width() != size.width() || answer.height() != size.height()) {
            answer = Lanczos3.resize(answer, size.width(), size.height()); // a compatible server may answer another size
        }
        FloatImage inner = answer.crop(new Rect(box.left(), box.top(), box.innerWidth(), box.innerHeight()));
        FloatImage result = Lanczos3.resize(inner.movedTo(0, 0), context.width(), context.height())
                .movedTo(context.x(), context.y());
        setAlpha(result, crop, !area.selected() && edit);
        if (area.selected()) {
            ColourDrift.correct(result, crop, area.hole(), DRIFT_BAND_PX);
        }
        Raster patch = Composite.patch(result, area.coverage(), request.image().format());
        String layer = ClassicalEditEngine.layerName(request.instruction()) + " · " + config.model();
        return new EditOutcome(plan.doneMessage() + " (" + config.model() + " at " + config.host() + ")",
                List.of(new ResultLayer(layer, patch)), request.canvasWidth(), request.canvasHeight());
    }

    /** The prompt, with what to leave out said in words: the Images API has no negative prompt. */
    static String promptOf(Synthesis.Generate generate) {
        return generate.negative().isBlank() ? generate.prompt()
                : generate.prompt() + ". Do not show: " + generate.negative();
    }

    /** The scaled context at its place in the accepted size; the padding repeats the nearest edge pixel. */
    static FloatImage padded(FloatImage scaled, Letterbox box) {
        FloatImage out = new FloatImage(0, 0, box.outerWidth(), box.outerHeight());
        float[] src = scaled.data();
        float[] dst = out.data();
        for (int y = 0; y < box.outerHeight(); y++) {
            int sy = Math.max(0, Math.min(scaled.height() - 1, y - box.top()));
            for (int x = 0; x < box.outerWidth(); x++) {
                int sx = Math.max(0, Math.min(scaled.width() - 1, x - box.left()));
                System.arraycopy(src, (sy * scaled.width() + sx) * 4, dst, (y * box.outerWidth() + x) * 4, 4);
            }
        }
        return out;
    }

    /**
     * The mask at the accepted size: transparent (alpha 0) where the grown selection reaches, so the
     * model repaints exactly there; opaque elsewhere and in the padding, which it keeps.
     */
    static FloatImage mask(GenerationArea area, Letterbox box) {
        Rect context = area.context();
        boolean[] hole = area.hole();
        FloatImage mask = new FloatImage(0, 0, box.outerWidth(), box.outerHeight());
        float[] rgba = mask.data();
        for (int y = 0; y < box.outerHeight(); y++) {
            for (int x = 0; x < box.outerWidth(); x++) {
                int ix = x - box.left();
                int iy = y - box.top();
                boolean inside = ix >= 0 && iy >= 0 && ix < box.innerWidth() && iy < box.innerHeight();
                boolean repaint = inside && hole[PictureConversion.nearest(iy, box.innerHeight(), context.height())
                        * context.width() + PictureConversion.nearest(ix, box.innerWidth(), context.width())];
                rgba[(y * box.outerWidth() + x) * 4 + 3] = repaint ? 0f : 1f;
            }
        }
        return mask;
    }

    /** New content in a selection is opaque; a whole-layer edit keeps the layer's transparency. */
    private static void setAlpha(FloatImage result, FloatImage source, boolean keepSourceAlpha) {
        float[] out = result.data();
        float[] in = source.data();
        for (int i = 3; i < out.length; i += 4) {
            out[i] = keepSourceAlpha ? in[i] : 1f;
        }
    }

}
