package org.easel.server.engines.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each sampler's timesteps, σ and scalings for SD 1.5, against the values diffusers computes. */
class SchedulerTimestepsTest {
    private static final SchedulerConfig SD15 = SchedulerConfig.stableDiffusion15();
    private static final NoiseSchedule TABLE = new NoiseSchedule(SD15);

    static SchedulerConfig withSpacing(TimestepSpacing spacing) {
        SchedulerConfig c = SD15;
        return new SchedulerConfig(c.className(), c.numTrainTimesteps(), c.betaStart(), c.betaEnd(), c.betaSchedule(),
                c.stepsOffset(), Optional.of(spacing), c.predictionType(), c.setAlphaToOne(),
                c.originalInferenceSteps(), c.useKarrasSigmas(), c.timestepScaling());
    }

    private static double[] timesteps(Scheduler s) {
        double[] t = new double[s.steps()];
        for (int i = 0; i < t.length; i++) {
            t[i] = s.timestep(i);
        }
        return t;
    }

    /** σ_i recovered from the Euler input scale 1/√(σ²+1). */
    private static double eulerSigma(Scheduler s, int i) {
        double scale = s.inputScale(i);
        return Math.sqrt(1 / (scale * scale) - 1);
    }

    private static double[] descending(int first, int stride, int count) {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = first - i * stride;
        }
        return t;
    }

    @Test
    void eulerLinspaceFourSteps() {
        Scheduler euler = Schedulers.create(SchedulerKind.EULER, SD15, 4);
        assertArrayEquals(new double[] {999, 666, 333, 0}, timesteps(euler), 1e-9);
        double[] sigmas = {14.6146, 2.9183, 0.9324, 0.0292};
        for (int i = 0; i < 4; i++) {
            assertEquals(sigmas[i], eulerSigma(euler, i), 5e-5, "σ_" + i);
        }
        assertEquals(14.614641, euler.initNoiseSigma(), 14.614641 * 1e-5, "linspace: init σ = σ_max");
        // σ_4 = 0: noising to level 4 is the clean latents themselves.
        float[] clean = {1.5f, -2f};
        float[] out = new float[2];
        euler.noise(clean, new float[] {7f, 7f}, 4, out);
        assertArrayEquals(clean, out);
    }

    @Test
    void eulerLinspaceTwentySteps() {
        Scheduler euler = Schedulers.create(SchedulerKind.EULER, SD15, 20);
        assertEquals(946.4211, euler.timestep(1), 1e-4);
        assertEquals(10.746857, eulerSigma(euler, 1), 10.746857 * 1e-5);
        assertEquals(0, euler.timestep(19), 0);
    }

    @Test
    void eulerLeadingUsesStepsOffsetAndTheLargerInitSigma() {
        Scheduler euler = Schedulers.create(SchedulerKind.EULER, withSpacing(TimestepSpacing.LEADING), 20);
        assertArrayEquals(descending(951, 50, 20), timesteps(euler), 0);
        assertEquals(11.073587, euler.initNoiseSigma(), 11.073587 * 1e-5, "leading: √(σ_max² + 1)");
    }

    @Test
    void sdTurboTrailingStartsAtTheLastTrainingStep() {
        SchedulerConfig turbo = withSpacing(TimestepSpacing.TRAILING);
        assertArrayEquals(new double[] {999}, timesteps(Schedulers.create(SchedulerKind.EULER, turbo, 1)), 0);
        assertArrayEquals(new double[] {999, 749, 499, 249},
                timesteps(Schedulers.create(SchedulerKind.EULER, turbo, 4)), 0);
        assertEquals(TABLE.sigmaMax(), Schedulers.create(SchedulerKind.EULER, turbo, 1).initNoiseSigma(), 1e-12,
                "trailing: init σ = σ_max");
        // round half to even, as np.round: 16 steps of 62.5 give 937.5 -> 938 and 812.5 -> 812.
        double[] sixteen = timesteps(Schedulers.create(SchedulerKind.DDIM, turbo, 16));
        assertEquals(937, sixteen[1], 0);
        assertEquals(811, sixteen[3], 0);
        // numpy's arange yields 62 points here, the last -1; the schedule stays 61 steps long.
        Scheduler odd = Schedulers.create(SchedulerKind.EULER, turbo, 61);
        assertEquals(61, odd.steps());
        assertEquals(15, odd.timestep(60), 0);
    }

    @Test
    void ddimLeadingFiftySteps() {
        Scheduler ddim = Schedulers.create(SchedulerKind.DDIM, SD15, 50);
        assertArrayEquals(descending(981, 20, 50), timesteps(ddim), 0);
        assertEquals(1, ddim.initNoiseSigma(), 0);
        assertEquals(1, ddim.inputScale(7), 0);
    }

    @Test
    void ddimLinspaceRoundsTheTimesteps() {
        Scheduler ddim = Schedulers.create(SchedulerKind.DDIM, withSpacing(TimestepSpacing.LINSPACE), 20);
        assertEquals(946, ddim.timestep(1), 0);
        assertEquals(0, ddim.timestep(19), 0);
    }

    @Test
    void dpmSolverKarrasTwentySteps() {
        Scheduler dpm = Schedulers.create(SchedulerKind.DPMPP_2M_KARRAS, SD15, 20);
        assertArrayEquals(new double[] {999, 962, 921, 876, 827, 772, 710, 640, 561, 474, 380, 285, 197, 123, 69,
                35, 15, 6, 2, 0}, timesteps(dpm), 0);
        assertEquals(1, dpm.initNoiseSigma(), 0);
        assertEquals(1, dpm.inputScale(3), 0);
        // noise level 0 is the Karras σ_max = the table's σ_max: α·x + σα·n.
        float[] out = new float[1];
        dpm.noise(new float[] {1f}, new float[] {1f}, 0, out);
        double alpha = 1 / Math.sqrt(TABLE.sigmaMax() * TABLE.sigmaMax() + 1);
        assertEquals(alpha * (1 + TABLE.sigmaMax()), out[0], 1e-6);
    }

    @Test
    void dpmSolverIgnoresTheSpacing() {
        double[] linspace = timesteps(Schedulers.create(SchedulerKind.DPMPP_2M_KARRAS, SD15, 12));
        double[] trailing = timesteps(
                Schedulers.create(SchedulerKind.DPMPP_2M_KARRAS, withSpacing(TimestepSpacing.TRAILING), 12));
        assertArrayEquals(linspace, trailing, 0);
    }

    @Test
    void eulerAncestralSigmaUpAndDownOfTheFirstStep() {
        EulerAncestralScheduler a = (EulerAncestralScheduler) Schedulers.create(SchedulerKind.EULER_ANCESTRAL, SD15, 20);
        assertEquals(7.283035, a.sigmaUp(0), 7.283035 * 1e-5);
        assertEquals(7.902679, a.sigmaDown(0), 7.902679 * 1e-5);
        assertEquals(0, a.sigmaUp(19), 0, "no noise is added after the last step");
        assertEquals(0, a.sigmaDown(19), 0);
    }

    @Test
    void lcmTimestepsFollowTheDistillationSchedule() {
        assertArrayEquals(new double[] {999, 759, 499, 259}, timesteps(Schedulers.create(SchedulerKind.LCM, SD15, 4)), 0);
        assertArrayEquals(new double[] {999, 879, 759, 639, 499, 379, 259, 139},
                timesteps(Schedulers.create(SchedulerKind.LCM, SD15, 8)), 0);
        assertArrayEquals(new double[] {999}, timesteps(Schedulers.create(SchedulerKind.LCM, SD15, 1)), 0);
        assertEquals(50, Schedulers.create(SchedulerKind.LCM, SD15, 50).steps());
        assertThrows(IllegalArgumentException.class, () -> Schedulers.create(SchedulerKind.LCM, SD15, 51));
    }

    @Test
    void lcmBoundaryConditionScalings() {
        LcmScheduler lcm = (LcmScheduler) Schedulers.create(SchedulerKind.LCM, SD15, 4);
        // t = 259, timestep_scaling 10, σ_data 0.5
        assertEquals(0.25 / (2590.0 * 2590.0 + 0.25), lcm.cSkip(3), 1e-20);
        assertEquals(2590 / Math.sqrt(2590.0 * 2590.0 + 0.25), lcm.cOut(3), 1e-15);
    }

    @Test
    void stepCountsOutsideTheTrainingRangeAreRefused() {
        for (SchedulerKind kind : SchedulerKind.values()) {
            assertThrows(IllegalArgumentException.class, () -> Schedulers.create(kind, SD15, 0), kind.name());
            assertThrows(IllegalArgumentException.class, () -> Schedulers.create(kind, SD15, 1001), kind.name());
        }
        // leading spacing + steps_offset 1 would evaluate DDIM at t = 1000, past the table
        assertThrows(IllegalArgumentException.class, () -> Schedulers.create(SchedulerKind.DDIM, SD15, 1000));
        assertEquals(999, Schedulers.create(SchedulerKind.DDIM, SD15, 999).timestep(0), 0);
    }

    @Test
    void stepAndNoiseCheckTheirArguments() {
        Scheduler euler = Schedulers.create(SchedulerKind.EULER, SD15, 4);
        assertThrows(IllegalArgumentException.class, () -> euler.step(4, new float[2], new float[2], null));
        assertThrows(IllegalArgumentException.class, () -> euler.step(0, new float[3], new float[2], null));
        assertThrows(IllegalArgumentException.class, () -> euler.noise(new float[2], new float[2], 5, new float[2]));
        assertThrows(IllegalArgumentException.class, () -> euler.noise(new float[2], new float[1], 0, new float[2]));
    }
}
