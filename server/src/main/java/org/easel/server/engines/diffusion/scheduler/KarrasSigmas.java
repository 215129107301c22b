package org.easel.server.engines.diffusion.scheduler;

/** The noise levels of Karras et al. 2022 (arXiv 2206.00364, eq. 5), as diffusers' {@code _convert_to_karras}. */
final class KarrasSigmas {
    /** ρ = 7, the paper's value. */
    private static final double RHO = 7.0;

    private KarrasSigmas() {
    }

    /**
     * {@code σ_i = (σmax^{1/ρ} + i/(n−1)·(σmin^{1/ρ} − σmax^{1/ρ}))^ρ} for {@code i = 0 … n−1}: dense
     * near σmin, where detail forms. One step gives {@code [σmax]} ({@code linspace(0, 1, 1) = [0]}).
     */
    static double[] between(double sigmaMax, double sigmaMin, int steps) {
        double maxInvRho = Math.pow(sigmaMax, 1 / RHO);
        double minInvRho = Math.pow(sigmaMin, 1 / RHO);
        double[] sigmas = new double[steps];
        for (int i = 0; i < steps; i++) {
            double ramp = steps == 1 ? 0 : i == steps - 1 ? 1 : (double) i / (steps - 1);
            sigmas[i] = Math.pow(maxInvRho + ramp * (minInvRho - maxInvRho), RHO);
        }
        return sigmas;
    }
}
