package org.easel.server.engines.diffusion.testmodels;

/** The output of a VAE encoder export. */
public enum VaeEncoderOutput {
    /** {@code latent_sample [b,4,h,w]}: the posterior's mean (diffusers' exporter samples; ours is deterministic). */
    LATENT_SAMPLE("latent_sample", 4),
    /** {@code latent_parameters [b,8,h,w]}: channels 0–3 the mean, 4–7 the log-variance. */
    LATENT_PARAMETERS("latent_parameters", 8);

    public final String outputName;
    public final int channels;

    VaeEncoderOutput(String outputName, int channels) {
        this.outputName = outputName;
        this.channels = channels;
    }
}
