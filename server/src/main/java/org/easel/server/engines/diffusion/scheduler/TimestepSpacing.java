package org.easel.server.engines.diffusion.scheduler;

import java.util.Optional;

/**
 * How inference timesteps are picked from the training range (diffusers' {@code timestep_spacing},
 * after Table 2 of "Common Diffusion Noise Schedules and Sample Steps are Flawed", arXiv 2305.08891).
 */
public enum TimestepSpacing {
    /** {@code linspace(0, T−1, n)} reversed; fractional (Euler interpolates σ between training steps). */
    LINSPACE("linspace"),
    /** {@code arange(n)·(T // n) + steps_offset} reversed: never reaches T−1, the SD 1.x default for DDIM/PNDM. */
    LEADING("leading"),
    /** {@code round(arange(T, 0, −T/n)) − 1}: always starts at T−1, what few-step models (SD-Turbo) need. */
    TRAILING("trailing");

    private final String configName;

    TimestepSpacing(String configName) {
        this.configName = configName;
    }

    /** The value as scheduler_config.json spells it. */
    public String configName() {
        return configName;
    }

    public static Optional<TimestepSpacing> fromConfigName(String name) {
        for (TimestepSpacing spacing : values()) {
            if (spacing.configName.equals(name)) {
                return Optional.of(spacing);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code steps} timesteps, highest first, as diffusers' Euler schedulers compute them
     * (linspace ones unrounded; leading and trailing ones are whole numbers).
     */
    double[] timesteps(int steps, int trainTimesteps, int stepsOffset) {
        double[] t = new double[steps];
        switch (this) {
            case LINSPACE -> {
                // np.linspace(0, T-1, n)[::-1]: numpy computes i·step and pins the last point to the end.
                double step = steps > 1 ? (trainTimesteps - 1.0) / (steps - 1) : 0;
                for (int i = 0; i < steps; i++) {
                    int k = steps - 1 - i;
                    t[i] = k == steps - 1 && steps > 1 ? trainTimesteps - 1.0 : k * step;
                }
            }
            case LEADING -> {
                int ratio = trainTimesteps / steps;
                for (int i = 0; i < steps; i++) {
                    t[i] = (double) (steps - 1 - i) * ratio + stepsOffset;
                }
            }
            case TRAILING -> {
                // round(arange(T, 0, -T/n)) - 1, with np.round's half-to-even (Math.rint). numpy's arange
                // can yield n+1 points here through rounding (n = 61, 103, ...), the last of them -1;
                // taking exactly n keeps the schedule n steps long.
                double ratio = (double) trainTimesteps / steps;
                for (int i = 0; i < steps; i++) {
                    t[i] = Math.rint(trainTimesteps - i * ratio) - 1;
                }
            }
            default -> throw new AssertionError(this);
        }
        return t;
    }
}
