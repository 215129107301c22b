package org.easel.server.session;

import java.util.List;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.ToneEngine;
import org.easel.server.imaging.Raster;
import org.easel.server.planning.Plan;

/** Runs plans on the CPU engines that need no model: today the tonal and colour adjustments. */
public final class ClassicalEditEngine implements EditEngine {
    private static final int MAX_LAYER_NAME = 60;

    private final ToneEngine toneEngine = new ToneEngine();

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        Raster patch = toneEngine.apply(request.image(), request.selection().orElse(null),
                request.canvasWidth(), request.canvasHeight(), plan.operations(),
                request.options().featherPx(), control);
        return new EditOutcome(plan.doneMessage(), List.of(new ResultLayer(layerName(request.instruction()), patch)),
                request.canvasWidth(), request.canvasHeight());
    }

    /** Layers are named after the instruction so the artist recognises them in the layer stack. */
    static String layerName(String instruction) {
        String oneLine = instruction.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > MAX_LAYER_NAME) {
            oneLine = oneLine.substring(0, MAX_LAYER_NAME - 1) + "…";
        }
        return "Easel: " + oneLine;
    }
}
