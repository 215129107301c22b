package org.easel.server.engines.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sampler, driven by the exact denoiser of a one-point data distribution ({@link PointOracle}),
 * must end on that point, from pure noise and from partly noised latents. A sampler whose σ/ᾱ
 * bookkeeping, input scaling, prediction conversion or final step disagrees with the model misses.
 */
class AnalyticOracleTest {
    private static final int LENGTH = 64;
    private static final long[] SEEDS = {1, 42, 20240601};
    private static final double TOLERANCE = 1e-4;

    record Case(SchedulerKind kind, String label, SchedulerConfig config, int steps) {
        @Override
        public String toString() {
            return kind.userName() + " " + label + " " + config.predictionType().configName() + " " + steps + " steps";
        }

        Scheduler scheduler() {
            return Schedulers.create(kind, config, steps);
        }

        boolean vPrediction() {
            return config.predictionType() == PredictionType.V_PREDICTION;
        }

        /** DDIM's last step lands on ᾱ_0, not ᾱ = 1, unless set_alpha_to_one: x = √ᾱ_0·x₀ + √(1−ᾱ_0)·ε. */
        float[] expected(float[] x0, PointOracle oracle) {
            if (kind != SchedulerKind.DDIM || config.setAlphaToOne()) {
                return x0;
            }
            double alphaBar = PointOracle.alphaCumprod(0);
            float[] eps = oracle.lastEpsilon();
            float[] expected = new float[x0.length];
            for (int j = 0; j < x0.length; j++) {
                expected[j] = (float) (Math.sqrt(alphaBar) * x0[j] + Math.sqrt(1 - alphaBar) * eps[j]);
            }
            return expected;
        }
    }

    static SchedulerConfig config(Optional<TimestepSpacing> spacing, PredictionType prediction, boolean alphaToOne,
            boolean karras) {
        SchedulerConfig c = SchedulerConfig.stableDiffusion15();
        return new SchedulerConfig(c.className(), c.numTrainTimesteps(), c.betaStart(), c.betaEnd(), c.betaSchedule(),
                c.stepsOffset(), spacing, prediction, alphaToOne, c.originalInferenceSteps(), karras,
                c.timestepScaling());
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (PredictionType prediction : PredictionType.values()) {
            for (SchedulerKind kind : List.of(SchedulerKind.EULER, SchedulerKind.EULER_ANCESTRAL)) {
                for (TimestepSpacing spacing : TimestepSpacing.values()) {
                    for (int steps : new int[] {1, 2, 3, 4, 10, 25}) {
                        cases.add(new Case(kind, spacing.configName(),
                                config(Optional.of(spacing), prediction, false, false), steps));
                    }
                }
            }
            for (int steps : new int[] {1, 2, 4, 10, 25}) {
                cases.add(new Case(SchedulerKind.EULER, "karras", config(Optional.empty(), prediction, false, true),
                        steps));
            }
            for (TimestepSpacing spacing : TimestepSpacing.values()) {
                for (boolean alphaToOne : new boolean[] {false, true}) {
                    for (int steps : new int[] {1, 2, 3, 4, 10, 50}) {
                        cases.add(new Case(SchedulerKind.DDIM,
                                spacing.configName() + (alphaToOne ? " alpha-to-one" : ""),
                                config(Optional.of(spacing), prediction, alphaToOne, false), steps));
                    }
                }
            }
            for (int steps : new int[] {1, 2, 3, 4, 5, 10, 15, 20, 30}) {
                cases.add(new Case(SchedulerKind.DPMPP_2M_KARRAS, "", config(Optional.empty(), prediction, false, false),
                        steps));
            }
            for (int steps : new int[] {1, 2, 3, 4, 8, 20}) {
                cases.add(new Case(SchedulerKind.LCM, "", config(Optional.empty(), prediction, false, false), steps));
            }
        }
        return cases.stream();
    }

    static float[] point(long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        float[] x0 = new float[LENGTH];
        for (int j = 0; j < LENGTH; j++) {
            x0[j] = (float) (4 * random.nextDouble() - 2);
        }
        return x0;
    }

    /** The pipeline loop: UNet on {@code x·inputScale(i)} at {@code timestep(i)}, then step. */
    static void denoise(Scheduler scheduler, PointOracle oracle, float[] x, int start, GaussianNoise noise) {
        float[] input = new float[x.length];
        for (int i = start; i < scheduler.steps(); i++) {
            double scale = scheduler.inputScale(i);
            for (int j = 0; j < x.length; j++) {
                input[j] = (float) (x[j] * scale);
            }
            scheduler.step(i, oracle.predict(input, scheduler.timestep(i)), x, noise);
        }
    }

    static float[] textToImage(Case c, float[] x0, long seed, PointOracle oracle) {
        Scheduler scheduler = c.scheduler();
        GaussianNoise noise = new GaussianNoise(seed);
        float[] x = noise.next(LENGTH);
        for (int j = 0; j < LENGTH; j++) {
            x[j] *= (float) scheduler.initNoiseSigma();
        }
        denoise(scheduler, oracle, x, 0, noise);
        return x;
    }

    static float[] imageToImage(Case c, float[] x0, long seed, int start, PointOracle oracle) {
        Scheduler scheduler = c.scheduler();
        GaussianNoise noise = new GaussianNoise(seed);
        float[] clean = point(seed + 7);
        float[] x = new float[LENGTH];
        scheduler.noise(clean, noise.next(LENGTH), start, x);
        denoise(scheduler, oracle, x, start, noise);
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void textToImageLandsOnThePoint(Case c) {
        for (long seed : SEEDS) {
            float[] x0 = point(seed);
            PointOracle oracle = new PointOracle(x0, c.vPrediction());
            float[] x = textToImage(c, x0, seed, oracle);
            assertArrayEquals(c.expected(x0, oracle), x, (float) TOLERANCE, c + ", seed " + seed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void imageToImageLandsOnThePoint(Case c) {
        for (long seed : SEEDS) {
            for (int start : new int[] {c.steps() / 2, c.steps() - 1}) {
                float[] x0 = point(seed);
                PointOracle oracle = new PointOracle(x0, c.vPrediction());
                float[] x = imageToImage(c, x0, seed, start, oracle);
                assertArrayEquals(c.expected(x0, oracle), x, (float) TOLERANCE,
                        c + ", seed " + seed + ", from step " + start);
            }
        }
    }

    @Test
    void noiseAtTheEndIsTheCleanLatentsForEverySampler() {
        float[] clean = point(3);
        float[] gaussian = new GaussianNoise(3).next(LENGTH);
        for (SchedulerKind kind : SchedulerKind.values()) {
            Scheduler scheduler = Schedulers.create(kind, SchedulerConfig.stableDiffusion15(), 4);
            float[] out = new float[LENGTH];
            scheduler.noise(clean, gaussian, 4, out);
            assertArrayEquals(clean, out, kind.name());
            float[] inPlace = clean.clone();
            scheduler.noise(inPlace, gaussian, 1, inPlace);
            float[] separate = new float[LENGTH];
            scheduler.noise(clean, gaussian, 1, separate);
            assertArrayEquals(separate, inPlace, kind.name() + ": out may be clean");
        }
    }

    // The oracle is not blind: a sampler built for another model misses the point. The misses are
    // checked on one- and two-step trailing schedules, whose last step starts at a high noise level:
    // near σ = 0 every noise table and both prediction types agree to within a few thousandths,
    // so long schedules hide such mistakes in their final, nearly exact, step.

    @Test
    void aSamplerWithTheWrongNoiseTableMisses() {
        SchedulerConfig sd = config(Optional.of(TimestepSpacing.TRAILING), PredictionType.EPSILON, false, false);
        SchedulerConfig wrong = new SchedulerConfig("", 1000, 0.0001, 0.02, BetaSchedule.LINEAR, 1,
                Optional.of(TimestepSpacing.TRAILING), PredictionType.EPSILON, false, 50, false, 10.0);
        for (SchedulerKind kind : SchedulerKind.values()) {
            for (int steps = 1; steps <= 2; steps++) {
                Case right = new Case(kind, "trailing", sd, steps);
                assertTrue(error(right, false) < TOLERANCE, right.toString());
                Case mismatched = new Case(kind, "trailing, linear betas", wrong, steps);
                assertTrue(error(mismatched, false) > 100 * TOLERANCE,
                        mismatched + " landed on the point though its noise table is not the model's");
            }
        }
    }

    @Test
    void aSamplerReadingVelocityAsNoiseMisses() {
        SchedulerConfig eps = config(Optional.of(TimestepSpacing.TRAILING), PredictionType.EPSILON, false, false);
        for (SchedulerKind kind : SchedulerKind.values()) {
            for (int steps = 1; steps <= 2; steps++) {
                Case c = new Case(kind, "trailing", eps, steps);
                assertTrue(error(c, true) > 100 * TOLERANCE,
                        c + " reading v as ε still landed on the point");
            }
        }
    }

    /** How far text-to-image ends from where it should, driven by an ε or a v oracle. */
    private static double error(Case c, boolean vOracle) {
        float[] x0 = point(9);
        PointOracle oracle = new PointOracle(x0, vOracle);
        float[] x = textToImage(c, x0, 9, oracle);
        return maxError(c.expected(x0, oracle), x);
    }

    private static double maxError(float[] expected, float[] actual) {
        double max = 0;
        for (int j = 0; j < expected.length; j++) {
            max = Math.max(max, Math.abs(expected[j] - actual[j]));
        }
        return max;
    }
}
