package org.easel.server.session;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.easel.server.engines.classical.Adjustment;

/** The JSON form of plans and edit parameters, as sent to clients and kept in the memory. */
public final class PlanJson {
    private PlanJson() {
    }

    public static JsonObject plan(PlanView plan) {
        JsonArrayBuilder operations = Json.createArrayBuilder();
        for (Adjustment a : plan.operations()) {
            operations.add(Json.createObjectBuilder().add("op", a.kind().wireName()).add("amount", a.amount()));
        }
        return Json.createObjectBuilder().add("summary", plan.summary()).add("engine", plan.engine())
                .add("operations", operations).build();
    }

    /** Everything besides the plan that reproduces the edit: options, region and canvas. */
    public static JsonObject parameters(EditRequest request) {
        EditOptions o = request.options();
        JsonObjectBuilder b = Json.createObjectBuilder().add("feather", o.featherPx());
        o.seed().ifPresent(seed -> b.add("seed", seed));
        o.strength().ifPresent(strength -> b.add("strength", strength));
        o.steps().ifPresent(steps -> b.add("steps", steps));
        o.engine().ifPresent(engine -> b.add("engine", engine));
        o.model().ifPresent(model -> b.add("model", model));
        request.selection().ifPresent(s -> b.add("selection", Json.createObjectBuilder()
                .add("x", s.x()).add("y", s.y()).add("width", s.width()).add("height", s.height())));
        return b.add("canvas", Json.createObjectBuilder().add("width", request.canvasWidth())
                .add("height", request.canvasHeight())).build();
    }
}
