package org.easel.server.session;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.Jsons;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.memory.TurnRecord;
import org.easel.server.planning.InstructionContext;

/** The JSON form of plans and edit parameters, as sent to clients and kept in the memory. */
public final class PlanJson {
    private PlanJson() {
    }

    /** The adjustments of a remembered plan; kinds this version does not know are left out. */
    static List<Adjustment> operations(String planJson) {
        JsonObject plan = Jsons.createReader(new StringReader(planJson)).readObject();
        List<Adjustment> operations = new ArrayList<>();
        for (JsonValue value : plan.getJsonArray("operations")) {
            JsonObject op = value.asJsonObject();
            Arrays.stream(AdjustmentKind.values()).filter(k -> k.wireName().equals(op.getString("op"))).findFirst()
                    .ifPresent(kind -> operations.add(new Adjustment(kind, op.getJsonNumber("amount").doubleValue())));
        }
        return operations;
    }

    /** The content a remembered plan generated with a diffusion model, if it did. */
    /** The engine a remembered plan ran on ("diffusion", or a hosted engine's id). */
    static String engine(String planJson) {
        return Jsons.createReader(new StringReader(planJson)).readObject().getString("engine", DiffusionEditEngine.ENGINE);
    }

    static Optional<Synthesis.Generate> generation(String planJson) {
        JsonObject plan = Jsons.createReader(new StringReader(planJson)).readObject();
        for (JsonValue value : plan.getJsonArray("operations")) {
            JsonObject op = value.asJsonObject();
            if (op.getString("op").equals("generate")) {
                return Optional.of(new Synthesis.Generate(op.getString("capability"), op.getString("prompt"),
                        op.getString("negative", ""), op.getString("model")));
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of a conversation's last change, skipping turns that changed nothing ("undo", "#2",
     * a style): what "again", "more" and the interpreter's context mean by the last change.
     */
    static Optional<InstructionContext.ChangeKind> lastChange(List<TurnRecord> turns) {
        return lastChangeTurn(turns).flatMap(turn -> changeKind(turn.planJson()));
    }

    /** The conversation's done turns that changed the picture, oldest first, with what each changed. */
    static List<InstructionContext.TurnChange> changes(List<TurnRecord> turns) {
        List<InstructionContext.TurnChange> changes = new ArrayList<>();
        for (TurnRecord turn : turns) {
            Optional<InstructionContext.ChangeKind> kind = turn.status().equals("done") ? changeKind(turn.planJson())
                    : Optional.empty();
            kind.ifPresent(k -> changes.add(new InstructionContext.TurnChange(turn.number(), k,
                    k == InstructionContext.ChangeKind.ADJUSTMENT ? operations(turn.planJson()) : List.of(), turn.instruction())));
        }
        return changes;
    }

    /** The conversation's last done turn that changed the picture. */
    private static Optional<TurnRecord> lastChangeTurn(List<TurnRecord> turns) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            TurnRecord turn = turns.get(i);
            if (turn.status().equals("done") && changeKind(turn.planJson()).isPresent()) {
                return Optional.of(turn);
            }
        }
        return Optional.empty();
    }

    /** What kind of change a remembered plan made; empty for one that only brought back images. */
    static Optional<InstructionContext.ChangeKind> changeKind(String planJson) {
        JsonObject plan = Jsons.createReader(new StringReader(planJson)).readObject();
        for (JsonValue value : plan.getJsonArray("operations")) {
            return Optional.of(switch (value.asJsonObject().getString("op")) {
                case "generate" -> InstructionContext.ChangeKind.GENERATED;
                case "fill" -> InstructionContext.ChangeKind.FILL;
                case "extend" -> InstructionContext.ChangeKind.EXTENSION;
                default -> InstructionContext.ChangeKind.ADJUSTMENT;
            });
        }
        return Optional.empty();
    }

    /** A remembered plan's summary. */
    static String summary(String planJson) {
        return Jsons.createReader(new StringReader(planJson)).readObject().getString("summary", "");
    }

    /** The feather a remembered edit used. */
    static int feather(String parametersJson) {
        return Jsons.createReader(new StringReader(parametersJson)).readObject()
                .getInt("feather", EditOptions.DEFAULT_FEATHER_PX);
    }

    public static JsonObject plan(PlanView plan) {
        JsonArrayBuilder operations = Jsons.createArrayBuilder();
        for (Adjustment a : plan.operations()) {
            operations.add(Jsons.createObjectBuilder().add("op", a.kind().wireName()).add("amount", a.amount()));
        }
        plan.synthesis().ifPresent(s -> operations.add(synthesis(s)));
        return Jsons.createObjectBuilder().add("summary", plan.summary()).add("engine", plan.engine())
                .add("operations", operations).build();
    }

    /**
     * {"op":"fill"}, {"op":"extend","left":{"value":300,"unit":"px"},…} with every side present, or
     * {"op":"generate","capability":"inpaint","prompt":"a red hat","negative":"","model":"sd15-inpainting"}.
     */
    private static JsonObjectBuilder synthesis(Synthesis synthesis) {
        JsonObjectBuilder op = Jsons.createObjectBuilder().add("op", synthesis.wireName());
        if (synthesis instanceof Extension e) {
            sides(op, e);
        } else if (synthesis instanceof CanvasOperation operation) {
            canvasOperation(op, operation);
        } else if (synthesis instanceof Synthesis.Generate g) {
            op.add("capability", g.capability()).add("prompt", g.prompt()).add("negative", g.negative())
                    .add("model", g.model());
        }
        return op;
    }

    /**
     * {"op":"crop","to":"selection"}, {"op":"crop","to":"content","border":"white"},
     * {"op":"crop","cut":{"left":{…},"top":{…},"right":{…},"bottom":{…}}}, {"op":"border","left":{…},…,"colour":"white"}, {"op":"crop","aspect":{"width":16,"height":9}}, {"op":"rotate","degrees":90},
     * {"op":"straighten","degrees":-1.5}, {"op":"straighten","measure":true[,"magnitude":2]}, {"op":"flip","axis":"horizontal"}, {"op":"upscale","factor":2} or
     * {"op":"upscale","width":4000} ("height", "longSide").
     */
    private static void canvasOperation(JsonObjectBuilder op, CanvasOperation operation) {
        if (operation instanceof CanvasOperation.CropToSelection) {
            op.add("to", "selection");
        } else if (operation instanceof CanvasOperation.AddBorder border) {
            sides(op, border.sides()).add("colour", border.colour().name().toLowerCase(java.util.Locale.ROOT));
        } else if (operation instanceof CanvasOperation.CutSides cut) {
            op.add("cut", sides(Jsons.createObjectBuilder(), cut.sides()));
        } else if (operation instanceof CanvasOperation.TrimBorder trim) {
            op.add("to", "content").add("border", trim.colour().name().toLowerCase(java.util.Locale.ROOT));
        } else if (operation instanceof CanvasOperation.CropToRatio ratio) {
            op.add("aspect", Jsons.createObjectBuilder().add("width", ratio.width()).add("height", ratio.height()));
        } else if (operation instanceof CanvasOperation.Rotate rotate) {
            op.add("degrees", rotate.degrees());
        } else if (operation instanceof CanvasOperation.Straighten straighten) {
            op.add("degrees", straighten.degrees());
        } else if (operation instanceof CanvasOperation.Level level) {
            op.add("measure", true);
            level.magnitude().ifPresent(magnitude -> op.add("magnitude", magnitude));
        } else if (operation instanceof CanvasOperation.Flip flip) {
            op.add("axis", flip.axis() == CanvasOperation.Flip.Axis.HORIZONTAL ? "horizontal" : "vertical");
        } else if (operation instanceof CanvasOperation.Upscale upscale) {
            switch (upscale.target()) {
                case FACTOR -> op.add("factor", upscale.amount());
                case WIDTH -> op.add("width", (long) upscale.amount());
                case HEIGHT -> op.add("height", (long) upscale.amount());
                case LONG_SIDE -> op.add("longSide", (long) upscale.amount());
            }
        }
    }

    /** "left", "top", "right", "bottom", each side's amount: an extension's, a border's or a cut's. */
    private static JsonObjectBuilder sides(JsonObjectBuilder into, Extension e) {
        return into.add("left", amount(e.left())).add("top", amount(e.top())).add("right", amount(e.right()))
                .add("bottom", amount(e.bottom()));
    }

    private static JsonObjectBuilder amount(Extension.Amount amount) {
        return Jsons.createObjectBuilder().add("value", amount.value())
                .add("unit", amount.unit() == Extension.Unit.PX ? "px" : "percent");
    }

    /**
     * The canvas a remembered turn left (its {@code canvasAfter}), or the canvas it started from
     * when it did not change it.
     */
    static CanvasChange canvasAfter(TurnRecord turn) {
        JsonObject parameters = Jsons.createReader(new StringReader(turn.parametersJson())).readObject();
        JsonObject after = parameters.getJsonObject(CANVAS_AFTER);
        if (after == null) {
            return new CanvasChange(turn.canvasWidth(), turn.canvasHeight(), 0, 0);
        }
        JsonObject offset = after.getJsonObject("offset");
        return new CanvasChange(after.getInt("width"), after.getInt("height"),
                offset == null ? 0 : offset.getInt("x", 0), offset == null ? 0 : offset.getInt("y", 0));
    }

    private static final String CANVAS_AFTER = "canvasAfter";

    /**
     * The parameters of a finished edit: those of its request, and when it changed the canvas
     * (an extension, or undoing one) the canvas it left, as {@code canvasAfter}.
     */
    static JsonObject parameters(EditRequest request, Optional<EditOutcome> outcome) {
        JsonObject parameters = parameters(request);
        if (outcome.isEmpty() || !changesCanvas(request, outcome.get())) {
            return parameters;
        }
        EditOutcome o = outcome.get();
        return Jsons.createObjectBuilder(parameters).add(CANVAS_AFTER, Jsons.createObjectBuilder()
                .add("width", o.canvasWidth()).add("height", o.canvasHeight())
                .add("offset", Jsons.createObjectBuilder().add("x", o.canvasOffsetX()).add("y", o.canvasOffsetY())))
                .build();
    }

    static boolean changesCanvas(EditRequest request, EditOutcome outcome) {
        return outcome.canvasWidth() != request.canvasWidth() || outcome.canvasHeight() != request.canvasHeight()
                || outcome.canvasOffsetX() != 0 || outcome.canvasOffsetY() != 0;
    }

    /** Everything besides the plan that reproduces the edit: options, region and canvas. */
    public static JsonObject parameters(EditRequest request) {
        EditOptions o = request.options();
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("feather", o.featherPx());
        o.seed().ifPresent(seed -> b.add("seed", seed));
        o.strength().ifPresent(strength -> b.add("strength", strength));
        o.steps().ifPresent(steps -> b.add("steps", steps));
        o.engine().ifPresent(engine -> b.add("engine", engine));
        o.model().ifPresent(model -> b.add("model", model));
        o.negativePrompt().ifPresent(negative -> b.add("negative", negative));
        if (o.variations() > EditOptions.MIN_VARIATIONS) {
            b.add("variations", o.variations());
        }
        request.selection().ifPresent(s -> b.add("selection", Jsons.createObjectBuilder()
                .add("x", s.x()).add("y", s.y()).add("width", s.width()).add("height", s.height())));
        return b.add("canvas", Jsons.createObjectBuilder().add("width", request.canvasWidth())
                .add("height", request.canvasHeight())).build();
    }
}
