package org.easel.server.session;

import java.util.Map;
import java.util.function.Consumer;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;

/** Hands each plan to the engine it names ("classical", "diffusion"). */
public final class EngineRouter implements EditEngine {
    private final Map<String, EditEngine> engines;

    public EngineRouter(Map<String, EditEngine> engines) {
        this.engines = Map.copyOf(engines);
    }

    @Override
    public EditOutcome run(EditRequest request, Plan plan, JobControl control) {
        return engineFor(plan).run(request, plan, control);
    }

    @Override
    public void runVariants(EditRequest request, Plan plan, int count, JobControl control, Consumer<Variant> finished) {
        engineFor(plan).runVariants(request, plan, count, control, finished);
    }

    private EditEngine engineFor(Plan plan) {
        EditEngine engine = engines.get(plan.engine());
        if (engine == null) {
            throw new IllegalStateException("no engine \"" + plan.engine() + "\" in this daemon");
        }
        return engine;
    }
}
