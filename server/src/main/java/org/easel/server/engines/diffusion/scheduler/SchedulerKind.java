package org.easel.server.engines.diffusion.scheduler;

import java.util.Locale;
import java.util.Optional;

/** The samplers Easel implements, by their user-facing names and the diffusers classes they follow. */
public enum SchedulerKind {
    /** EulerDiscreteScheduler: first-order ODE steps in σ. */
    EULER("euler", "EulerDiscreteScheduler", TimestepSpacing.LINSPACE, false),
    /** EulerAncestralDiscreteScheduler: Euler to σ_down, then fresh noise up to σ_next. */
    EULER_ANCESTRAL("euler-a", "EulerAncestralDiscreteScheduler", TimestepSpacing.LINSPACE, true),
    /** DDIMScheduler with η = 0 (deterministic). */
    DDIM("ddim", "DDIMScheduler", TimestepSpacing.LEADING, false),
    /** DPMSolverMultistepScheduler as dpmsolver++, order 2, midpoint, Karras σ. */
    DPMPP_2M_KARRAS("dpm++2m-karras", "DPMSolverMultistepScheduler", TimestepSpacing.LINSPACE, false),
    /** LCMScheduler: consistency-model steps, re-noised between steps. */
    LCM("lcm", "LCMScheduler", TimestepSpacing.LEADING, true);

    private final String userName;
    private final String diffusersClass;
    private final TimestepSpacing defaultSpacing;
    private final boolean drawsNoise;

    SchedulerKind(String userName, String diffusersClass, TimestepSpacing defaultSpacing, boolean drawsNoise) {
        this.userName = userName;
        this.diffusersClass = diffusersClass;
        this.defaultSpacing = defaultSpacing;
        this.drawsNoise = drawsNoise;
    }

    /** The name users pick it by ("euler-a"). */
    public String userName() {
        return userName;
    }

    /** The diffusers class name ({@code _class_name}) it implements. */
    public String diffusersClass() {
        return diffusersClass;
    }

    /**
     * The {@code timestep_spacing} diffusers' class defaults to when the config has none. DPM++ 2M
     * Karras and LCM do not use it: their timesteps come from Karras σ and the LCM schedule.
     */
    public TimestepSpacing defaultSpacing() {
        return defaultSpacing;
    }

    /** Whether {@link Scheduler#step} draws from its {@link GaussianNoise} (the others never touch it). */
    public boolean drawsNoise() {
        return drawsNoise;
    }

    /**
     * The sampler for a model config's {@code _class_name}; empty for classes Easel does not implement
     * (PNDMScheduler, LMSDiscreteScheduler, ...), so the caller picks its default.
     */
    public static Optional<SchedulerKind> fromClassName(String className) {
        for (SchedulerKind kind : values()) {
            if (kind.diffusersClass.equals(className)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The sampler a user named ("euler", "euler-a", "ddim", "dpm++2m-karras", "lcm"; case and surrounding blanks ignored). */
    public static Optional<SchedulerKind> fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (SchedulerKind kind : values()) {
            if (kind.userName.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
