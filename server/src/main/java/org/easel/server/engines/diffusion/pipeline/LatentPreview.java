package org.easel.server.engines.diffusion.pipeline;

import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;

/**
 * A cheap look at the image while it is being denoised: each latent pixel becomes one RGB pixel
 * through a fixed linear map fitted to Stable Diffusion's VAE (the factors ComfyUI and others use for
 * live previews), instead of running the VAE decoder every step. The preview is latent-sized
 * (64×64 for a 512×512 image), within the protocol's 256 px for previews.
 */
final class LatentPreview {
    /** Rows: latent channels 0–3; columns: R, G, B contributions. */
    private static final float[][] FACTORS = {
            {0.3512f, 0.2297f, 0.3227f},
            {0.3250f, 0.4974f, 0.2350f},
            {-0.2829f, 0.1762f, 0.2721f},
            {-0.2120f, -0.2616f, -0.7177f},
    };
    static final int MAX_SIDE = 256;

    private LatentPreview() {
    }

    /** @param latents UNet-space latents {@code [4, h, w]}, already brought to unit scale */
    static Raster of(float[] latents, int width, int height, float scale) {
        int plane = width * height;
        int step = Math.max(1, (Math.max(width, height) + MAX_SIDE - 1) / MAX_SIDE);
        int outWidth = (width + step - 1) / step;
        int outHeight = (height + step - 1) / step;
        byte[] rgba = new byte[outWidth * outHeight * 4];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int source = y * step * width + x * step;
                int o = (y * outWidth + x) * 4;
                for (int c = 0; c < 3; c++) {
                    float v = 0;
                    for (int l = 0; l < 4; l++) {
                        v += latents[l * plane + source] * scale * FACTORS[l][c];
                    }
                    rgba[o + c] = (byte) Math.round(Math.max(0f, Math.min(1f, (v + 1f) / 2f)) * 255f);
                }
                rgba[o + 3] = (byte) 255;
            }
        }
        return new Raster(0, 0, outWidth, outHeight, PixelFormat.RGBA8, rgba);
    }
}
