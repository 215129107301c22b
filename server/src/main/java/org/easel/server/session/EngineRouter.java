package org.easel.server.session;

import java.util.Map;
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
        EditEngine engine = engines.get(plan.engine());
        if (engine == null) {
            throw new IllegalStateException("no engine \"" + plan.engine() + "\" in this daemon");
        }
        return engine.run(request, plan, control);
    }
}
