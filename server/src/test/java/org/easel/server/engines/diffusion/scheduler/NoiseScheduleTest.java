package org.easel.server.engines.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SD 1.5 training schedule against diffusers' values. */
class NoiseScheduleTest {
    private final NoiseSchedule sd = new NoiseSchedule(SchedulerConfig.stableDiffusion15());

    @Test
    void alphasCumprodMatchDiffusers() {
        assertEquals(1000, sd.trainTimesteps());
        assertEquals(0.99915, sd.alphaCumprod(0), 1e-12);
        assertEquals(0.27766952, sd.alphaCumprod(499), 0.27766952 * 1e-5);
        assertEquals(0.0046600985, sd.alphaCumprod(999), 0.0046600985 * 1e-5);
    }

    @Test
    void sigmaRangeMatchesDiffusers() {
        assertEquals(14.614641, sd.sigmaMax(), 14.614641 * 1e-5);
        assertEquals(0.029168, sd.sigmaMin(), 1e-6);
        assertEquals(Math.sqrt((1 - sd.alphaCumprod(500)) / sd.alphaCumprod(500)), sd.sigma(500), 1e-15);
    }

    @Test
    void sigmaIsInterpolatedLinearlyAndClampedLikeNpInterp() {
        assertEquals(sd.sigma(946) + 0.4211 * (sd.sigma(947) - sd.sigma(946)), sd.sigmaAt(946.4211), 1e-12);
        assertEquals(10.746857, sd.sigmaAt(999 * 18 / 19.0), 10.746857 * 1e-5);
        assertEquals(sd.sigma(333), sd.sigmaAt(333), 0);
        assertEquals(sd.sigmaMin(), sd.sigmaAt(-3), 0);
        assertEquals(sd.sigmaMax(), sd.sigmaAt(1200), 0);
    }

    @Test
    void timestepForSigmaInvertsTheTableInLogSigma() {
        assertEquals(0, sd.timestepForSigma(sd.sigmaMin()), 1e-9);
        assertEquals(999, sd.timestepForSigma(sd.sigmaMax()), 1e-9);
        assertEquals(420, sd.timestepForSigma(sd.sigma(420)), 1e-9);
        double halfway = Math.exp((Math.log(sd.sigma(700)) + Math.log(sd.sigma(701))) / 2);
        assertEquals(700.5, sd.timestepForSigma(halfway), 1e-9);
        assertEquals(0, sd.timestepForSigma(1e-4), 0, "below the table clamps to 0");
        assertEquals(999, sd.timestepForSigma(100), 0, "above the table clamps to T-1");
    }

    @Test
    void linearBetasRunFromStartToEnd() {
        NoiseSchedule linear = new NoiseSchedule(BetaSchedule.LINEAR, 0.0001, 0.02, 1000);
        assertEquals(1 - 0.0001, linear.alphaCumprod(0), 1e-15);
        assertEquals(linear.alphaCumprod(998) * (1 - 0.02), linear.alphaCumprod(999), 1e-15);
    }
}
