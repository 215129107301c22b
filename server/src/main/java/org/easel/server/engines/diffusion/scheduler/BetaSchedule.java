package org.easel.server.engines.diffusion.scheduler;

import java.util.Optional;

/** How the training betas run from {@code beta_start} to {@code beta_end} (diffusers' {@code beta_schedule}). */
public enum BetaSchedule {
    /** {@code linspace(beta_start, beta_end, T)}. */
    LINEAR("linear"),
    /** {@code linspace(√beta_start, √beta_end, T)²}: the latent-diffusion schedule every Stable Diffusion uses. */
    SCALED_LINEAR("scaled_linear");

    private final String configName;

    BetaSchedule(String configName) {
        this.configName = configName;
    }

    /** The value as scheduler_config.json spells it. */
    public String configName() {
        return configName;
    }

    public static Optional<BetaSchedule> fromConfigName(String name) {
        for (BetaSchedule schedule : values()) {
            if (schedule.configName.equals(name)) {
                return Optional.of(schedule);
            }
        }
        return Optional.empty();
    }
}
