package org.easel.server.engines.diffusion.pipeline;

import java.util.Arrays;
import java.util.Map;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.onnx.InferenceModel;
import org.easel.server.engines.diffusion.onnx.TensorBuffer;
import org.easel.server.engines.diffusion.onnx.TensorOutputs;
import org.easel.server.engines.diffusion.onnx.TensorSpec;
import org.easel.server.engines.diffusion.scheduler.GaussianNoise;

/**
 * Pixels ↔ latents through the model's VAE. Encoders come in two kinds: older exports output one
 * random draw ({@code latent_sample}), Optimum ≥ 1.23 the distribution's parameters
 * ({@code latent_parameters}: mean in channels 0–3, log-variance in 4–7), drawn from here with the
 * job's seeded noise so results stay reproducible.
 */
final class VaeCodec {
    static final int LATENT_CHANNELS = 4;

    private final DiffusionModel model;

    VaeCodec(DiffusionModel model) {
        this.model = model;
    }

    /**
     * Latents of {@code picture}, not yet multiplied by the VAE scale, {@code [4, h, w]}.
     *
     * @param mean the distribution's mean instead of a draw (InstructPix2Pix's image conditioning)
     */
    float[] encode(Picture picture, boolean mean, GaussianNoise noise) {
        InferenceModel encoder = model.vaeEncoder();
        TensorSpec input = encoder.input("sample");
        String output = encoder.output("latent_sample", "latent_parameters").name();
        try (TensorBuffer pixels = TensorBuffer.of(input.type(), 1, 3, picture.height(),
                picture.width())) {
            float[] rgb = picture.rgb();
            for (int i = 0; i < rgb.length; i++) {
                pixels.set(i, rgb[i] * 2f - 1f);
            }
            TensorOutputs result = encoder.run(Map.of(input.name(), pixels));
            float[] values = result.floats(output);
            int plane = (picture.width() / 8) * (picture.height() / 8);
            long[] shape = result.shape(output);
            if (shape.length != 4 || shape[2] * shape[3] != plane || (shape[1] != 4 && shape[1] != 8)) {
                throw new DiffusionException(encoder.label() + " returned " + output + " of shape "
                        + Arrays.toString(shape) + " for a " + picture.width() + "×" + picture.height() + " image");
            }
            return shape[1] == 4 ? values : fromParameters(values, plane, mean, noise);
        }
    }

    /** diffusers' DiagonalGaussianDistribution: log-variance clamped to [−30, 20], std = exp(logvar / 2). */
    private static float[] fromParameters(float[] parameters, int plane, boolean mean, GaussianNoise noise) {
        float[] latents = Arrays.copyOf(parameters, LATENT_CHANNELS * plane);
        if (mean) {
            return latents;
        }
        float[] draw = noise.next(latents.length);
        for (int i = 0; i < latents.length; i++) {
            double logVariance = Math.max(-30, Math.min(20, parameters[LATENT_CHANNELS * plane + i]));
            latents[i] += (float) (Math.exp(0.5 * logVariance) * draw[i]);
        }
        return latents;
    }

    /** The picture for UNet-space latents {@code [4, h, w]} (divided by the VAE scale here). */
    Picture decode(float[] latents, int latentWidth, int latentHeight) {
        InferenceModel decoder = model.vaeDecoder();
        TensorSpec input = decoder.input("latent_sample");
        String output = decoder.output("sample").name();
        float inverseScale = (float) (1.0 / model.vaeScale());
        try (TensorBuffer in = TensorBuffer.of(input.type(), 1, LATENT_CHANNELS, latentHeight,
                latentWidth)) {
            for (int i = 0; i < latents.length; i++) {
                in.set(i, latents[i] * inverseScale);
            }
            float[] values = decoder.run(Map.of(input.name(), in)).floats(output);
            int width = latentWidth * 8;
            int height = latentHeight * 8;
            if (values.length != 3 * width * height) {
                throw new DiffusionException(decoder.label() + " returned " + values.length + " values for a "
                        + width + "×" + height + " image");
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(0f, Math.min(1f, values[i] / 2f + 0.5f));
            }
            return new Picture(width, height, values);
        }
    }
}
