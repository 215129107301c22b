package org.easel.server.session;

import java.util.List;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.CanvasEngine;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.engines.classical.ToneEngine;
import org.easel.server.engines.classical.fill.ExtendEngine;
import org.easel.server.engines.classical.fill.FillEngine;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.Raster;
import org.easel.server.planning.Plan;

/**
 * Runs plans on the CPU engines that need no model: exemplar fill (remove the selection), canvas
 * extension, crops, flips and quarter turns, and the colour, tone and filter adjustments.
 */
public final class ClassicalEditEngine implements EditEngine {
    private static final int MAX_LAYER_NAME = 60;

    private final ToneEngine toneEngine = new ToneEngine();
    private final FillEngine fillEngine = new FillEngine();
    private final ExtendEngine extendEngine = new ExtendEngine();
    private final CanvasEngine canvasEngine = new CanvasEngine();

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        long seed = request.options().seed().orElse(0L);
        String name = layerName(request.instruction());
        if (plan.synthesis().isPresent()) {
            Synthesis synthesis = plan.synthesis().get();
            if (synthesis instanceof CanvasOperation operation) {
                CanvasEngine.Result changed = canvasEngine.apply(operation, request.image(), request.selection(),
                        request.canvasWidth(), request.canvasHeight(), control);
                String note = changed.note().isEmpty() ? "" : " " + changed.note();
                return new EditOutcome(plan.doneMessage() + note + " The canvas is now " + changed.canvasWidth() + "×"
                        + changed.canvasHeight() + " px.",
                        changed.layer().map(layer -> List.of(new ResultLayer(name, layer))).orElse(List.of()),
                        changed.canvasWidth(), changed.canvasHeight(), changed.offsetX(), changed.offsetY());
            }
            if (synthesis instanceof Extension extension) {
                ExtendEngine.Extended extended = extendEngine.extend(request.image(), request.canvasWidth(),
                        request.canvasHeight(), extension, seed, control);
                return new EditOutcome(plan.doneMessage() + " The canvas is now " + extended.canvasWidth() + "×"
                        + extended.canvasHeight() + " px.", List.of(new ResultLayer(name, extended.patch())),
                        extended.canvasWidth(), extended.canvasHeight(), extended.offsetX(), extended.offsetY());
            }
            Raster patch = fillEngine.fill(request.image(), request.selection().orElse(null), request.canvasWidth(),
                    request.canvasHeight(), CreatedPixelsEdge.featherPx(request.options().featherPx()), seed, control);
            return new EditOutcome(plan.doneMessage(), List.of(new ResultLayer(name, patch)),
                    request.canvasWidth(), request.canvasHeight());
        }
        Raster patch = toneEngine.apply(request.image(), request.selection().orElse(null),
                request.canvasWidth(), request.canvasHeight(), plan.operations(),
                request.options().featherPx(), control);
        return new EditOutcome(plan.doneMessage(), List.of(new ResultLayer(name, patch)),
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
