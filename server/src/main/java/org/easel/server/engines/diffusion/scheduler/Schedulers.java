package org.easel.server.engines.diffusion.scheduler;

/** Builds the sampler of a kind for a model's config and a step count. */
public final class Schedulers {

    private Schedulers() {
    }

    /**
     * A fresh sampler (samplers carry per-image state: make one per image).
     *
     * @throws IllegalArgumentException if {@code steps} is below 1 or above the training timesteps, or
     *     above {@code original_inference_steps} for LCM, or puts DDIM's "leading" timesteps plus
     *     {@code steps_offset} past the table's end
     */
    public static Scheduler create(SchedulerKind kind, SchedulerConfig config, int steps) {
        if (steps < 1 || steps > config.numTrainTimesteps()) {
            throw new IllegalArgumentException("steps must be in 1.." + config.numTrainTimesteps() + ", not " + steps);
        }
        return switch (kind) {
            case EULER -> EulerScheduler.create(config, steps);
            case EULER_ANCESTRAL -> EulerAncestralScheduler.create(config, steps);
            case DDIM -> DdimScheduler.create(config, steps);
            case DPMPP_2M_KARRAS -> DpmSolverMultistepScheduler.create(config, steps);
            case LCM -> LcmScheduler.create(config, steps);
        };
    }
}
