package org.easel.server.engines.diffusion.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.easel.server.engines.diffusion.scheduler.SchedulerKind;

/**
 * One image to generate.
 *
 * @param mode           what to do with {@code image} and {@code mask}
 * @param prompt         what the result should show (for an instruction edit: the instruction)
 * @param negativePrompt what it should not show; also the unconditional branch of guidance
 * @param width          output width in pixels, a multiple of 8
 * @param height         output height in pixels, a multiple of 8
 * @param steps          denoising steps the schedule is made for (image-to-image runs the last {@code strength} of them)
 * @param guidance       classifier-free guidance scale; at most 1 disables it (one UNet batch item)
 * @param imageGuidance  InstructPix2Pix's image guidance scale
 * @param strength       how much of the image is re-generated (image-to-image, plain-UNet inpainting), 0..1
 * @param seed           the noise; the same seed on the same device gives the same image
 * @param scheduler      the sampler
 * @param image          the source image (every mode but text-to-image)
 * @param mask           where to repaint, 1 = repaint, {@code width · height} values (inpainting)
 */
public record Generation(Mode mode, String prompt, String negativePrompt, int width, int height, int steps,
                         double guidance, double imageGuidance, double strength, long seed, SchedulerKind scheduler,
                         Optional<Picture> image, Optional<float[]> mask) {

    public enum Mode { TEXT_TO_IMAGE, IMAGE_TO_IMAGE, INPAINT, INSTRUCT }

    public Generation {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(negativePrompt, "negativePrompt");
        Objects.requireNonNull(scheduler, "scheduler");
        if (width < 8 || height < 8 || width % 8 != 0 || height % 8 != 0) {
            throw new IllegalArgumentException("the size must be a multiple of 8, got " + width + "×" + height);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("at least one step, got " + steps);
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be within 0..1, got " + strength);
        }
        if (mode != Mode.TEXT_TO_IMAGE && image.filter(p -> p.width() == width && p.height() == height).isEmpty()) {
            throw new IllegalArgumentException(mode + " needs a " + width + "×" + height + " source image");
        }
        if (mode == Mode.INPAINT && mask.filter(m -> m.length == width * height).isEmpty()) {
            throw new IllegalArgumentException("inpainting needs a " + width + "×" + height + " mask");
        }
    }

    /** The same generation from another seed (sharing the image and mask). */
    public Generation withSeed(long newSeed) {
        return new Generation(mode, prompt, negativePrompt, width, height, steps, guidance, imageGuidance, strength,
                newSeed, scheduler, image, mask);
    }

    public int latentWidth() {
        return width / 8;
    }

    public int latentHeight() {
        return height / 8;
    }
}
