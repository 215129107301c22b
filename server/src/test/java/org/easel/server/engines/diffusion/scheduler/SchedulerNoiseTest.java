package org.easel.server.engines.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Seeds, the noise the stochastic samplers draw, and what a step costs. */
class SchedulerNoiseTest {
    private static final SchedulerConfig SD15 = SchedulerConfig.stableDiffusion15();
    private static final int LENGTH = 256;

    /** A whole text-to-image run with a made-up model, so the drawn noise shows in the result. */
    private static float[] generate(SchedulerKind kind, long seed) {
        Scheduler scheduler = Schedulers.create(kind, SD15, 6);
        GaussianNoise noise = new GaussianNoise(seed);
        float[] x = noise.next(LENGTH);
        for (int j = 0; j < LENGTH; j++) {
            x[j] *= (float) scheduler.initNoiseSigma();
        }
        float[] out = new float[LENGTH];
        for (int i = 0; i < scheduler.steps(); i++) {
            for (int j = 0; j < LENGTH; j++) {
                out[j] = (float) (0.8 * x[j] * scheduler.inputScale(i) + 0.01 * j / LENGTH);
            }
            scheduler.step(i, out, x, noise);
        }
        return x;
    }

    @Test
    void theSameSeedGivesTheSameImage() {
        for (SchedulerKind kind : SchedulerKind.values()) {
            assertArrayEquals(generate(kind, 1234), generate(kind, 1234), kind.name());
            assertFalse(Arrays.equals(generate(kind, 1234), generate(kind, 1235)), kind.name());
        }
    }

    @Test
    void onlyTheAncestralAndConsistencySamplersDrawNoise() {
        for (SchedulerKind kind : SchedulerKind.values()) {
            Scheduler scheduler = Schedulers.create(kind, SD15, 4);
            float[] sample = new float[8];
            Arrays.fill(sample, 1f);
            if (kind.drawsNoise()) {
                assertTrue(kind == SchedulerKind.EULER_ANCESTRAL || kind == SchedulerKind.LCM, kind.name());
                // the last step draws nothing, so it needs no noise source
                scheduler.step(3, new float[8], sample, null);
            } else {
                for (int i = 0; i < 4; i++) {
                    scheduler.step(i, new float[8], sample, null);
                }
            }
        }
    }

    /** diffusers' ancestral step with the N(0, 1) draws replayed from the same seed. */
    @Test
    void eulerAncestralAddsSigmaUpTimesTheDrawnNoise() {
        EulerAncestralScheduler a = (EulerAncestralScheduler) Schedulers.create(SchedulerKind.EULER_ANCESTRAL, SD15, 20);
        float[] sample = new GaussianNoise(1).next(LENGTH);
        float[] output = new GaussianNoise(2).next(LENGTH);
        float[] z = new GaussianNoise(3).next(LENGTH);
        float[] expected = new float[LENGTH];
        double sigma = Math.sqrt(1 / (a.inputScale(2) * a.inputScale(2)) - 1);
        for (int j = 0; j < LENGTH; j++) {
            double x0 = sample[j] - sigma * output[j];
            double derivative = (sample[j] - x0) / sigma;
            expected[j] = (float) (sample[j] + derivative * (a.sigmaDown(2) - sigma) + z[j] * a.sigmaUp(2));
        }
        a.step(2, output, sample, new GaussianNoise(3));
        assertArrayEquals(expected, sample, 1e-5f);
    }

    /** diffusers' LCM step with the N(0, 1) draws replayed from the same seed. */
    @Test
    void lcmRenoisesTheDenoisedEstimateToTheNextTimestep() {
        LcmScheduler lcm = (LcmScheduler) Schedulers.create(SchedulerKind.LCM, SD15, 4);
        NoiseSchedule table = new NoiseSchedule(SD15);
        float[] sample = new GaussianNoise(1).next(LENGTH);
        float[] output = new GaussianNoise(2).next(LENGTH);
        float[] z = new GaussianNoise(3).next(LENGTH);
        double alphaBar = table.alphaCumprod(759);
        double alphaBarNext = table.alphaCumprod(499);
        float[] expected = new float[LENGTH];
        for (int j = 0; j < LENGTH; j++) {
            double x0 = (sample[j] - Math.sqrt(1 - alphaBar) * output[j]) / Math.sqrt(alphaBar);
            double denoised = lcm.cOut(1) * x0 + lcm.cSkip(1) * sample[j];
            expected[j] = (float) (Math.sqrt(alphaBarNext) * denoised + Math.sqrt(1 - alphaBarNext) * z[j]);
        }
        lcm.step(1, output, sample, new GaussianNoise(3));
        assertArrayEquals(expected, sample, 1e-5f);
    }

    /** At 512² latents (16 384 floats) a step must not allocate: scratch buffers are made once per sampler. */
    @Test
    void stepsAfterTheFirstAllocateNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        int length = 16_384;
        float[] output = new GaussianNoise(4).next(length);
        for (SchedulerKind kind : SchedulerKind.values()) {
            Scheduler scheduler = Schedulers.create(kind, SD15, 50);
            GaussianNoise noise = new GaussianNoise(5);
            float[] sample = noise.next(length);
            scheduler.step(0, output, sample, noise);
            long thread = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 1; i < 49; i++) {
                scheduler.step(i, output, sample, noise);
            }
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertTrue(allocated < length, kind + " allocated " + allocated + " bytes in 48 steps");
        }
    }
}
