package org.easel.server.engines.diffusion.scheduler;

/**
 * One denoising schedule for a fixed number of steps, as diffusers defines it. Instances keep the
 * state a multistep sampler needs (DPM++ remembers the previous prediction), so use one per image.
 *
 * <p>The pipeline loop is: {@code x = noise · initNoiseSigma()} (or {@link #noise} of encoded
 * latents for image-to-image), then for each step {@code i}: run the UNet on
 * {@code x · inputScale(i)} at {@code timestep(i)} and call {@link #step}.
 */
public interface Scheduler {

    /** How many UNet evaluations the schedule makes. */
    int steps();

    /** The timestep the UNet is evaluated at in step {@code i} (fractional for some spacings). */
    double timestep(int i);

    /** The standard deviation of the starting noise for text-to-image. */
    double initNoiseSigma();

    /** The factor the latents are multiplied by before they go into the UNet in step {@code i}. */
    double inputScale(int i);

    /**
     * Advances {@code sample} in place from step {@code i} to step {@code i + 1}, given the UNet's
     * output for it (interpreted by the model's prediction type). Ancestral and consistency
     * samplers draw fresh noise from {@code noise}.
     */
    void step(int i, float[] modelOutput, float[] sample, GaussianNoise noise);

    /**
     * Writes into {@code out} the clean latents noised to the level the sampler holds just before
     * step {@code i} ({@code i == steps()} means fully denoised, so {@code out = clean}). Image-to-image
     * starts from {@code noise(clean, n, start, x)}; latent-mask inpainting re-noises the kept area
     * with it after every step. {@code out} may be {@code clean}.
     */
    void noise(float[] clean, float[] gaussian, int i, float[] out);
}
