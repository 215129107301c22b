package org.easel.server.engines.diffusion.pipeline;

import java.util.Optional;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelKind;
import org.easel.server.engines.diffusion.scheduler.SchedulerConfig;
import org.easel.server.engines.diffusion.scheduler.SchedulerKind;
import org.easel.server.engines.diffusion.scheduler.TimestepSpacing;

/**
 * How a model samples unless the artist says otherwise: distilled fast models (SD-Turbo's
 * "trailing" Euler schedule, latent consistency models) in a few steps without classifier-free
 * guidance, InstructPix2Pix with its own sampler and scales, everything else DPM++ 2M Karras.
 */
public record Sampling(SchedulerKind scheduler, int steps, double guidance, double imageGuidance) {
    static final double INSTRUCT_IMAGE_GUIDANCE = 1.5;

    public static Sampling defaultsFor(DiffusionModel model) {
        SchedulerConfig config = model.schedulerConfig();
        Optional<SchedulerKind> shipped = SchedulerKind.fromClassName(config.className());
        if (shipped.filter(kind -> kind == SchedulerKind.LCM).isPresent()) {
            return new Sampling(SchedulerKind.LCM, 4, 8.0, 0);
        }
        if (config.timestepSpacing().filter(spacing -> spacing == TimestepSpacing.TRAILING).isPresent()) {
            // SD-Turbo: adversarially distilled for 1–4 Euler steps, trained without guidance.
            return new Sampling(SchedulerKind.EULER, 4, 0.0, 0);
        }
        if (model.kind() == ModelKind.INSTRUCT_PIX2PIX) {
            return new Sampling(shipped.orElse(SchedulerKind.EULER_ANCESTRAL), 20, 7.5, INSTRUCT_IMAGE_GUIDANCE);
        }
        return new Sampling(SchedulerKind.DPMPP_2M_KARRAS, 25, 7.5, 0);
    }
}
