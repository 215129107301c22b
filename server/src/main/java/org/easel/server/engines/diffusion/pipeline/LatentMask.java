package org.easel.server.engines.diffusion.pipeline;

/** Masks between pixel and latent resolution (one latent pixel covers 8×8 image pixels). */
final class LatentMask {
    private LatentMask() {
    }

    /**
     * The inpainting UNet's mask input: nearest-resized to the latent grid and made binary at 0.5,
     * as diffusers prepares it.
     */
    static float[] binaryNearest(float[] mask, int width, int height) {
        int lw = width / 8;
        int lh = height / 8;
        float[] out = new float[lw * lh];
        for (int y = 0; y < lh; y++) {
            for (int x = 0; x < lw; x++) {
                out[y * lw + x] = mask[(y * 8 + 4) * width + x * 8 + 4] >= 0.5f ? 1f : 0f;
            }
        }
        return out;
    }

    /**
     * How much of the original to keep per latent pixel when a plain UNet inpaints: 1 − the mean of
     * the soft mask over the 8×8 pixels it covers, so the region pipeline's feathered edge becomes a
     * soft transition in denoising strength rather than a seam.
     */
    static float[] keepWeights(float[] mask, int width, int height) {
        int lw = width / 8;
        int lh = height / 8;
        float[] keep = new float[lw * lh];
        for (int y = 0; y < lh; y++) {
            for (int x = 0; x < lw; x++) {
                float sum = 0;
                for (int dy = 0; dy < 8; dy++) {
                    int row = (y * 8 + dy) * width + x * 8;
                    for (int dx = 0; dx < 8; dx++) {
                        sum += mask[row + dx];
                    }
                }
                keep[y * lw + x] = 1f - sum / 64f;
            }
        }
        return keep;
    }

    /** {@code x = (1 − keep)·x + keep·original}, per latent pixel, over all four channels. */
    static void blend(float[] x, float[] original, float[] keep, int plane) {
        for (int i = 0; i < x.length; i++) {
            float k = keep[i % plane];
            x[i] = (1f - k) * x[i] + k * original[i];
        }
    }

    /** The image with the masked part set to mid-grey (0 in the VAE's −1..1 range), as diffusers masks it. */
    static Picture maskOut(Picture image, float[] mask) {
        float[] rgb = image.rgb().clone();
        int plane = image.width() * image.height();
        for (int i = 0; i < plane; i++) {
            if (mask[i] >= 0.5f) {
                rgb[i] = 0.5f;
                rgb[plane + i] = 0.5f;
                rgb[2 * plane + i] = 0.5f;
            }
        }
        return new Picture(image.width(), image.height(), rgb);
    }
}
