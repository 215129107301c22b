package org.easel.server.engines.diffusion.pipeline;

/**
 * Latent consistency models take the guidance scale as an input instead of a second batch item:
 * diffusers' {@code get_guidance_scale_embedding} of {@code w = guidance − 1}, a sinusoidal
 * embedding of {@code 1000 w} (sines, then cosines, frequencies {@code 10000^(−k/(d/2−1))}).
 */
final class GuidanceEmbedding {
    private GuidanceEmbedding() {
    }

    static float[] of(double guidance, int dimension) {
        double w = (guidance - 1) * 1000.0;
        int half = dimension / 2;
        double exponent = Math.log(10000.0) / (half - 1);
        float[] out = new float[dimension];
        for (int k = 0; k < half; k++) {
            double angle = w * Math.exp(-exponent * k);
            out[k] = (float) Math.sin(angle);
            out[half + k] = (float) Math.cos(angle);
        }
        return out;
    }
}
