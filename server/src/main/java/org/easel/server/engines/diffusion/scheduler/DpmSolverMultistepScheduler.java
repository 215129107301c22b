package org.easel.server.engines.diffusion.scheduler;

/**
 * DPM++ 2M Karras: diffusers' DPMSolverMultistepScheduler with {@code algorithm_type="dpmsolver++"},
 * {@code solver_order=2}, {@code solver_type="midpoint"}, {@code use_karras_sigmas=True} and
 * {@code final_sigmas_type="zero"} (Lu et al. 2022, arXiv 2211.01095). Deterministic.
 *
 * <p>The sample is variance-preserving, {@code x = α_i·x₀ + s_i·ε} with {@code α = 1/√(σ²+1)},
 * {@code s = σ·α} for the Karras σ_i; the UNet takes it unscaled ({@code init_noise_sigma} = 1) at the
 * whole-number timestep nearest σ_i. Steps are first order on the first step (no history yet) and the
 * last (σ_n = 0, where diffusers always falls back to first order), second order in between.
 *
 * <p>Stateful: step {@code i} uses the x₀ prediction of step {@code i − 1} if that was the previous
 * call, so use one instance per image and step in order.
 */
final class DpmSolverMultistepScheduler implements Scheduler {
    private final int[] timesteps;
    /** Karras σ_0 … σ_{n−1}, then 0. */
    private final double[] sigmas;
    private final PredictionType prediction;
    /** The x₀ prediction of the step last taken (diffusers' model_outputs[-1] after conversion). */
    private float[] previousDenoised;
    private int lastStep = -1;

    private DpmSolverMultistepScheduler(int[] timesteps, double[] sigmas, PredictionType prediction) {
        this.timesteps = timesteps;
        this.sigmas = sigmas;
        this.prediction = prediction;
    }

    /**
     * Karras σ between the training table's σmax and σmin (whatever the spacing), each mapped to a
     * timestep by {@code round(_sigma_to_t(σ))} (half to even, as np.round).
     */
    static DpmSolverMultistepScheduler create(SchedulerConfig config, int steps) {
        NoiseSchedule schedule = new NoiseSchedule(config);
        double[] karras = KarrasSigmas.between(schedule.sigmaMax(), schedule.sigmaMin(), steps);
        int[] timesteps = new int[steps];
        double[] sigmas = new double[steps + 1];
        for (int i = 0; i < steps; i++) {
            timesteps[i] = (int) Math.rint(schedule.timestepForSigma(karras[i]));
            sigmas[i] = karras[i];
        }
        return new DpmSolverMultistepScheduler(timesteps, sigmas, config.predictionType());
    }

    @Override
    public int steps() {
        return timesteps.length;
    }

    @Override
    public double timestep(int i) {
        return timesteps[i];
    }

    @Override
    public double initNoiseSigma() {
        return 1;
    }

    @Override
    public double inputScale(int i) {
        return 1;
    }

    /** diffusers' add_noise here: {@code α_i·clean + s_i·n} at the Karras σ_i (σ_n = 0 gives {@code clean}). */
    @Override
    public void noise(float[] clean, float[] gaussian, int i, float[] out) {
        Latents.checkNoise(i, steps(), clean, gaussian, out);
        Latents.combine(alpha(i), clean, alpha(i) * sigmas[i], gaussian, out);
    }

    /**
     * diffusers' step: convert the output to {@code m0 = x₀}, then with {@code λ = ln α − ln s},
     * {@code h = λ_{i+1} − λ_i}:
     * first order {@code x' = (s_{i+1}/s_i)·x − α_{i+1}(e^{−h} − 1)·m0};
     * second order (midpoint) adds {@code − ½·α_{i+1}(e^{−h} − 1)·D1}, {@code D1 = (m0 − m1)/r0},
     * {@code r0 = (λ_i − λ_{i−1})/h}, m1 being the previous step's x₀.
     */
    @Override
    public void step(int i, float[] modelOutput, float[] sample, GaussianNoise noise) {
        Latents.checkStep(i, steps(), modelOutput, sample);
        double alphaS = alpha(i);
        double sS = alphaS * sigmas[i];
        double alphaT = alpha(i + 1);
        double sT = alphaT * sigmas[i + 1];
        double h = lambda(i + 1) - lambda(i);
        // At σ = 0, λ = +∞, e^{−h} = 0 and s_t/s_s = 0: the last step returns the x₀ prediction.
        double expm1 = Math.expm1(-h);
        double keep = sT / sS;
        double a = prediction.x0FromSample(alphaS, sS);
        double b = prediction.x0FromOutput(alphaS, sS);
        // diffusers goes first order while lower_order_nums < 1 (the first step taken, also mid-schedule
        // for img2img) and on the last step (lower_order_final, which final_sigmas_type "zero" forces
        // whatever the step count); second order needs the previous step's x₀.
        boolean haveHistory = lastStep == i - 1 && previousDenoised != null && previousDenoised.length == sample.length;
        boolean secondOrder = i > 0 && i < steps() - 1 && haveHistory;
        double current = -alphaT * expm1;
        double previous = 0;
        if (secondOrder) {
            double r0 = (lambda(i) - lambda(i - 1)) / h;
            double d1 = -0.5 * alphaT * expm1 / r0;
            current += d1;
            previous = -d1;
        }
        previousDenoised = Latents.buffer(previousDenoised, sample.length);
        float[] m1 = previousDenoised;
        for (int j = 0; j < sample.length; j++) {
            double m0 = a * sample[j] + b * modelOutput[j];
            sample[j] = (float) (keep * sample[j] + current * m0 + previous * m1[j]);
            m1[j] = (float) m0;
        }
        lastStep = i;
    }

    /** {@code α_i = 1/√(σ_i² + 1)} (diffusers' _sigma_to_alpha_sigma_t). */
    private double alpha(int i) {
        return 1 / Math.sqrt(sigmas[i] * sigmas[i] + 1);
    }

    /** {@code λ_i = ln α_i − ln s_i = −ln σ_i}, the half log-SNR DPM-Solver steps in. */
    private double lambda(int i) {
        return -Math.log(sigmas[i]);
    }
}
