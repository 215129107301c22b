package org.easel.server.transport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.ImageDescriptor;
import org.easel.protocol.Messages;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.imaging.Raster;
import org.easel.server.session.ConversationLog;
import org.easel.server.session.EditOutcome;
import org.easel.server.session.EngineCatalog;
import org.easel.server.session.PlanView;
import org.easel.server.session.ResultLayer;
import org.easel.server.session.Turn;

/** Builds the daemon's messages (PROTOCOL.md section 4) from session objects. */
final class Replies {

    private Replies() {
    }

    static Frame error(Optional<String> id, ErrorCode code, String message) {
        JsonObjectBuilder b = Json.createObjectBuilder().add(Messages.TYPE, Messages.ERROR);
        id.ifPresent(value -> b.add(Messages.ID, value));
        return Frame.of(b.add("code", code.wireName()).add("message", message).add("fatal", code.isFatal()).build());
    }

    static Frame welcome(ServerIdentity identity, EngineCatalog engines) {
        return Frame.of(Json.createObjectBuilder()
                .add(Messages.TYPE, Messages.WELCOME)
                .add("protocol", Messages.PROTOCOL_VERSION)
                .add("server", Json.createObjectBuilder().add("name", "easel").add("version", identity.version()))
                .add("limits", Json.createObjectBuilder()
                        .add("maxHeaderBytes", identity.frameLimits().maxHeaderBytes())
                        .add("maxAttachments", identity.frameLimits().maxAttachments())
                        .add("maxAttachmentBytes", identity.frameLimits().maxAttachmentBytes())
                        .add("maxImageSide", identity.imageLimits().maxImageSide())
                        .add("maxImagePixels", identity.imageLimits().maxImagePixels())
                        .add("maxQueuedJobs", identity.maxQueuedJobs()))
                .add("engines", engines(engines))
                .add("models", Json.createArrayBuilder())
                .add("formats", Json.createArrayBuilder().add("rgba8").add("bgra8").add("rgba16").add("rgbaf32").add("a8"))
                .build());
    }

    static Frame pong(String id) {
        return Frame.of(Json.createObjectBuilder().add(Messages.TYPE, Messages.PONG).add(Messages.ID, id).build());
    }

    static Frame models(String id, EngineCatalog engines) {
        return Frame.of(Json.createObjectBuilder().add(Messages.TYPE, Messages.MODELS).add(Messages.ID, id)
                .add("engines", engines(engines)).add("models", Json.createArrayBuilder()).build());
    }

    static Frame accepted(String id, String jobId, PlanView plan, int queuePosition) {
        return Frame.of(Json.createObjectBuilder().add(Messages.TYPE, Messages.ACCEPTED).add(Messages.ID, id)
                .add("job", jobId).add("queuePosition", queuePosition).add("plan", plan(plan)).build());
    }

    static Frame progress(String id, String jobId, int step, int steps, String stage) {
        return Frame.of(Json.createObjectBuilder().add(Messages.TYPE, Messages.PROGRESS).add(Messages.ID, id)
                .add("job", jobId).add("step", step).add("steps", steps).add("stage", stage).build());
    }

    static Frame cancelAck(String id, String jobId, boolean found) {
        JsonObjectBuilder b = Json.createObjectBuilder().add(Messages.TYPE, Messages.CANCEL_ACK).add(Messages.ID, id);
        if (jobId != null) {
            b.add("job", jobId);
        }
        return Frame.of(b.add("found", found).build());
    }

    static Frame result(String id, String jobId, PlanView plan, EditOutcome outcome) {
        JsonArrayBuilder layers = Json.createArrayBuilder();
        List<byte[]> attachments = new ArrayList<>();
        for (ResultLayer layer : outcome.layers()) {
            Raster r = layer.pixels();
            JsonObject descriptor = new ImageDescriptor(r.x(), r.y(), r.width(), r.height(), r.format(), attachments.size()).toJson();
            layers.add(Json.createObjectBuilder().add("name", layer.name()).addAll(Json.createObjectBuilder(descriptor)));
            attachments.add(r.pixels());
        }
        JsonObject header = Json.createObjectBuilder().add(Messages.TYPE, Messages.RESULT).add(Messages.ID, id)
                .add("job", jobId).add("message", outcome.message()).add("plan", plan(plan)).add("layers", layers)
                .add("canvas", Json.createObjectBuilder().add("width", outcome.canvasWidth())
                        .add("height", outcome.canvasHeight())
                        .add("offset", Json.createObjectBuilder().add("x", outcome.canvasOffsetX())
                                .add("y", outcome.canvasOffsetY())))
                .build();
        return new Frame(header, attachments);
    }

    static Frame history(String id, String conversationId, ConversationLog.Conversation conversation) {
        JsonArrayBuilder turns = Json.createArrayBuilder();
        for (Turn t : conversation.turns()) {
            turns.add(Json.createObjectBuilder().add("turn", t.number()).add("instruction", t.instruction())
                    .add("plan", plan(t.plan())).add("status", t.status().wireName()).add("job", t.jobId())
                    .add("message", t.message()).add("startedAt", t.startedAt().toString())
                    .add("durationMs", t.durationMillis()));
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add(Messages.TYPE, Messages.HISTORY).add(Messages.ID, id)
                .add("conversation", conversationId);
        conversation.title().ifPresent(title -> b.add("title", title));
        return Frame.of(b.add("turns", turns).build());
    }

    private static JsonObjectBuilder plan(PlanView plan) {
        JsonArrayBuilder operations = Json.createArrayBuilder();
        for (Adjustment a : plan.operations()) {
            operations.add(Json.createObjectBuilder().add("op", a.kind().wireName()).add("amount", a.amount()));
        }
        plan.synthesis().ifPresent(s -> operations.add(synthesis(s)));
        return Json.createObjectBuilder().add("summary", plan.summary()).add("engine", plan.engine()).add("operations", operations);
    }

    /** {"op":"fill"} or {"op":"extend","left":{"value":300,"unit":"px"},…} with every side present. */
    private static JsonObjectBuilder synthesis(Synthesis synthesis) {
        JsonObjectBuilder op = Json.createObjectBuilder().add("op", synthesis.wireName());
        if (synthesis instanceof Extension e) {
            op.add("left", amount(e.left())).add("top", amount(e.top())).add("right", amount(e.right()))
                    .add("bottom", amount(e.bottom()));
        }
        return op;
    }

    private static JsonObjectBuilder amount(Extension.Amount amount) {
        return Json.createObjectBuilder().add("value", amount.value())
                .add("unit", amount.unit() == Extension.Unit.PX ? "px" : "percent");
    }

    private static JsonArrayBuilder engines(EngineCatalog catalog) {
        JsonArrayBuilder engines = Json.createArrayBuilder();
        for (EngineCatalog.EngineInfo e : catalog.engines()) {
            engines.add(Json.createObjectBuilder().add("id", e.id()).add("available", e.available()).add("description", e.description()));
        }
        return engines;
    }
}
