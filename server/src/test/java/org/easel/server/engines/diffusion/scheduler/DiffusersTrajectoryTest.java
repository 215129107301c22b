package org.easel.server.engines.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whole deterministic runs against a float64 numpy transliteration of diffusers' set_timesteps and
 * step (the expected values below), with a made-up nonlinear, time-dependent model
 * {@code out = ½·tanh(x_in) + 0.3·x_in + c·t/1000}. Unlike the point oracle, which forgives any
 * intermediate step whose x₀ is consistent, these pin every coefficient of every step, including
 * DPM++'s second-order history.
 */
class DiffusersTrajectoryTest {
    private static final float[] START = {0.3f, -1.2f, 0.8f, 2.0f, -0.5f};
    private static final double[] C = {0.7, -0.2, 0.1, 0.4, -0.9};
    /** float32 state against float64 numpy over up to 20 steps. */
    private static final double RELATIVE = 2e-5;

    private static SchedulerConfig config(TimestepSpacing spacing, PredictionType prediction, boolean alphaToOne,
            boolean karras) {
        SchedulerConfig c = SchedulerConfig.stableDiffusion15();
        return new SchedulerConfig(c.className(), c.numTrainTimesteps(), c.betaStart(), c.betaEnd(), c.betaSchedule(),
                c.stepsOffset(), Optional.ofNullable(spacing), prediction, alphaToOne, c.originalInferenceSteps(),
                karras, c.timestepScaling());
    }

    private static float[] model(float[] input, double t) {
        float[] out = new float[input.length];
        for (int j = 0; j < input.length; j++) {
            out[j] = (float) (0.5 * Math.tanh(input[j]) + 0.3 * input[j] + C[j] * (t / 1000.0));
        }
        return out;
    }

    private static void run(Scheduler scheduler, float[] x, int start) {
        float[] input = new float[x.length];
        for (int i = start; i < scheduler.steps(); i++) {
            for (int j = 0; j < x.length; j++) {
                input[j] = (float) (x[j] * scheduler.inputScale(i));
            }
            scheduler.step(i, model(input, scheduler.timestep(i)), x, null);
        }
    }

    private static void assertRun(SchedulerKind kind, SchedulerConfig config, int steps, double... expected) {
        Scheduler scheduler = Schedulers.create(kind, config, steps);
        float[] x = START.clone();
        for (int j = 0; j < x.length; j++) {
            x[j] *= (float) scheduler.initNoiseSigma();
        }
        run(scheduler, x, 0);
        assertClose(expected, x);
    }

    private static void assertClose(double[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], RELATIVE * Math.max(1, Math.abs(expected[j])), "element " + j);
        }
    }

    @Test
    void eulerLinspace() {
        assertRun(SchedulerKind.EULER, config(null, PredictionType.EPSILON, false, false), 10,
                -1.710356277, -2.152311418, 1.062792065, 5.227353893, 2.112007811);
    }

    @Test
    void eulerLeadingVPrediction() {
        assertRun(SchedulerKind.EULER, config(TimestepSpacing.LEADING, PredictionType.V_PREDICTION, false, false), 10,
                -0.0999999272, -0.2813139568, 0.1841704933, 0.5235496078, 0.0995838468);
    }

    @Test
    void eulerTrailing() {
        assertRun(SchedulerKind.EULER, config(TimestepSpacing.TRAILING, PredictionType.EPSILON, false, false), 4,
                -3.0149618, -2.328331426, 1.164079453, 5.616197747, 3.765046983);
    }

    @Test
    void eulerWithKarrasSigmas() {
        SchedulerConfig karras = config(null, PredictionType.EPSILON, false, true);
        Scheduler euler = Schedulers.create(SchedulerKind.EULER, karras, 7);
        double[] timesteps = {999, 868.4154467, 687.1527461, 427.4887041, 145.9380686, 17.85821012, 0};
        for (int i = 0; i < timesteps.length; i++) {
            assertEquals(timesteps[i], euler.timestep(i), 1e-6, "timestep " + i);
        }
        assertRun(SchedulerKind.EULER, karras, 7, -2.185295952, -2.251611125, 1.117894524, 5.473442025, 2.712983117);
    }

    @Test
    void ddimLeading() {
        assertRun(SchedulerKind.DDIM, config(null, PredictionType.EPSILON, false, false), 10,
                -0.8147923741, -1.653698914, 0.8702251667, 3.834578786, 0.9350563235);
    }

    @Test
    void ddimLeadingVPrediction() {
        assertRun(SchedulerKind.DDIM, config(null, PredictionType.V_PREDICTION, false, false), 10,
                -0.1024674178, -0.2882165241, 0.188732707, 0.5359071613, 0.1020349944);
    }

    @Test
    void ddimTrailingToAlphaOne() {
        assertRun(SchedulerKind.DDIM, config(TimestepSpacing.TRAILING, PredictionType.EPSILON, true, false), 4,
                -3.012513256, -2.343542866, 1.171206303, 5.646399377, 3.760405236);
    }

    @Test
    void dpmSolverTenSteps() {
        Scheduler dpm = Schedulers.create(SchedulerKind.DPMPP_2M_KARRAS, config(null, PredictionType.EPSILON, false,
                false), 10);
        double[] timesteps = {999, 916, 815, 687, 523, 327, 146, 41, 7, 0};
        for (int i = 0; i < timesteps.length; i++) {
            assertEquals(timesteps[i], dpm.timestep(i), 0, "timestep " + i);
        }
        assertRun(SchedulerKind.DPMPP_2M_KARRAS, config(null, PredictionType.EPSILON, false, false), 10,
                -0.760245631, -1.991794663, 0.977487902, 4.848972512, 0.8721499163);
    }

    @Test
    void dpmSolverTwentySteps() {
        assertRun(SchedulerKind.DPMPP_2M_KARRAS, config(null, PredictionType.EPSILON, false, false), 20,
                -0.9757164266, -2.025940964, 1.000426441, 4.922400025, 1.151501941);
    }

    @Test
    void dpmSolverThreeSteps() {
        assertRun(SchedulerKind.DPMPP_2M_KARRAS, config(null, PredictionType.EPSILON, false, false), 3,
                -3.384078126, -2.309990258, 1.126276726, 5.51561074, 4.222580211);
    }

    @Test
    void dpmSolverVPrediction() {
        assertRun(SchedulerKind.DPMPP_2M_KARRAS, config(null, PredictionType.V_PREDICTION, false, false), 10,
                -0.03987042708, -0.4189802358, 0.2757069191, 0.7548241392, 0.0098985447);
    }

    /** Starting mid-schedule, DPM++ has no history: its first step is first order, as in diffusers' img2img. */
    @Test
    void dpmSolverImageToImageStartsFirstOrder() {
        Scheduler dpm = Schedulers.create(SchedulerKind.DPMPP_2M_KARRAS, config(null, PredictionType.EPSILON, false,
                false), 10);
        float[] x = new float[START.length];
        dpm.noise(START, new float[] {0.5f, -0.3f, 1.1f, -0.7f, 0.2f}, 4, x);
        run(dpm, x, 4);
        assertClose(new double[] {0.2778980025, -0.6224977998, 1.173048687, 0.1934460443, 0.1272473621}, x);
    }
}
