package org.easel.server.engines.diffusion.testmodels;

/**
 * Oracle model folders whose targets are colours: the UNet's x₀ for the empty prompt decodes to
 * {@link #UNCONDITIONAL}, for any other prompt to {@link #CONDITIONAL} (through the linear VAE and
 * Stable Diffusion's latent scale), so pipeline results can be checked against colours by hand.
 */
public final class OracleModels {
    public static final float VAE_SCALE = 0.18215f;
    public static final float[] UNCONDITIONAL = {0.40f, 0.50f, 0.60f};
    public static final float[] CONDITIONAL = {0.50f, 0.45f, 0.55f};

    private OracleModels() {
    }

    /** The UNet-space latent whose decoded 8×8 block has colour {@code rgb} (0..1). */
    public static float[] latentFor(float[] rgb) {
        float[] centred = {rgb[0] * 2 - 1, rgb[1] * 2 - 1, rgb[2] * 2 - 1};
        float[] latent = LinearVae.encode(centred);
        for (int i = 0; i < latent.length; i++) {
            latent[i] *= VAE_SCALE;
        }
        return latent;
    }

    /**
     * The oracle folder. DDIM's last step goes to ᾱ = 1 here: with Stable Diffusion's
     * {@code set_alpha_to_one: false} it stops at ᾱ₀ and keeps √(1−ᾱ₀) ≈ 0.03 of the starting noise,
     * which the linear VAE's 1/0.18215 would magnify into a visible miss.
     */
    public static TinyModelFolder oracle() {
        return TinyModelFolder.builder().targets(latentFor(UNCONDITIONAL), latentFor(CONDITIONAL))
                .schedulerOption("set_alpha_to_one", true);
    }
}
