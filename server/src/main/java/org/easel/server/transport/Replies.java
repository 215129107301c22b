package org.easel.server.transport;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.ImageDescriptor;
import org.easel.protocol.Jsons;
import org.easel.protocol.Messages;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.memory.ConversationRecord;
import org.easel.server.memory.PlacedImage;
import org.easel.server.memory.StoredImage;
import org.easel.server.memory.TurnRecord;
import org.easel.server.session.ClarificationNeeded;
import org.easel.server.session.HostedConsentNeeded;
import org.easel.server.session.EditOutcome;
import org.easel.server.session.EngineCatalog;
import org.easel.server.session.PlanView;
import org.easel.server.session.PlanJson;
import org.easel.server.session.ResultLayer;

/** Builds the daemon's messages (PROTOCOL.md section 4) from session objects. */
final class Replies {

    private Replies() {
    }

    static Frame error(Optional<String> id, ErrorCode code, String message) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add(Messages.TYPE, Messages.ERROR);
        id.ifPresent(value -> b.add(Messages.ID, value));
        return Frame.of(b.add("code", code.wireName()).add("message", message).add("fatal", code.isFatal()).build());
    }

    /** An error {@code consent_required} that names the hosted engine the edit must name to go ahead. */
    static Frame consentRequired(String id, HostedConsentNeeded consent) {
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.ERROR).add(Messages.ID, id)
                .add("code", consent.code().wireName()).add("message", consent.getMessage())
                .add("fatal", consent.code().isFatal()).add("engine", consent.engine()).build());
    }

    /**
     * Easel asks instead of guessing: the question, and each reading as the instruction to send
     * back with what it would do. It ends the edit, as an error would.
     */
    static Frame clarify(String id, ClarificationNeeded clarification) {
        JsonArrayBuilder readings = Jsons.createArrayBuilder();
        for (ClarificationNeeded.Reading reading : clarification.readings()) {
            readings.add(Jsons.createObjectBuilder().add("instruction", reading.instruction())
                    .add("summary", reading.summary()));
        }
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.CLARIFY).add(Messages.ID, id)
                .add("question", clarification.question()).add("readings", readings).build());
    }

    static Frame welcome(ServerIdentity identity, EngineCatalog engines) {
        List<EngineCatalog.ModelInfo> models = engines.models(); // reads the model store: once
        return Frame.of(Jsons.createObjectBuilder()
                .add(Messages.TYPE, Messages.WELCOME)
                .add("protocol", Messages.PROTOCOL_VERSION)
                .add("server", Jsons.createObjectBuilder().add("name", "easel").add("version", identity.version()))
                .add("limits", Jsons.createObjectBuilder()
                        .add("maxHeaderBytes", identity.frameLimits().maxHeaderBytes())
                        .add("maxAttachments", identity.frameLimits().maxAttachments())
                        .add("maxAttachmentBytes", identity.frameLimits().maxAttachmentBytes())
                        .add("maxImageSide", identity.imageLimits().maxImageSide())
                        .add("maxImagePixels", identity.imageLimits().maxImagePixels())
                        .add("maxQueuedJobs", identity.maxQueuedJobs()))
                .add("engines", engines(engines.engines(models)))
                .add("models", models(models))
                .add("compute", engines.compute())
                .add("formats", Jsons.createArrayBuilder().add("rgba8").add("bgra8").add("rgba16").add("rgbaf32").add("a8"))
                .build());
    }

    static Frame pong(String id) {
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.PONG).add(Messages.ID, id).build());
    }

    static Frame models(String id, EngineCatalog engines) {
        List<EngineCatalog.ModelInfo> models = engines.models(); // reads the model store: once
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.MODELS).add(Messages.ID, id)
                .add("engines", engines(engines.engines(models))).add("models", models(models)).build());
    }

    static Frame unloaded(String id, List<String> models) {
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.UNLOADED).add(Messages.ID, id)
                .add("models", Jsons.createArrayBuilder(models)).build());
    }

    static Frame accepted(String id, String jobId, PlanView plan, int queuePosition) {
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.ACCEPTED).add(Messages.ID, id)
                .add("job", jobId).add("queuePosition", queuePosition).add("plan", plan(plan)).build());
    }

    static Frame progress(String id, String jobId, int step, int steps, String stage) {
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.PROGRESS).add(Messages.ID, id)
                .add("job", jobId).add("step", step).add("steps", steps).add("stage", stage).build());
    }

    /** Progress with a preview image: its descriptor in {@code preview}, its pixels the one attachment. */
    static Frame progress(String id, String jobId, int step, int steps, String stage, Raster preview) {
        JsonObject descriptor = new ImageDescriptor(0, 0, preview.width(), preview.height(), preview.format(), 0).toJson();
        return new Frame(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.PROGRESS).add(Messages.ID, id)
                .add("job", jobId).add("step", step).add("steps", steps).add("stage", stage)
                .add("preview", descriptor).build(), List.of(preview.pixels()));
    }

    /** Progress of one of several versions: a plain progress message saying which version it is. */
    static Frame variationProgress(String id, String jobId, int variation, int variations, int step, int steps,
                                   String stage, Raster preview) {
        Frame plain = preview == null ? progress(id, jobId, step, steps, stage)
                : progress(id, jobId, step, steps, stage, preview);
        return new Frame(Jsons.createObjectBuilder(plain.header()).add("variation", variation)
                .add("variations", variations).build(), plain.attachments());
    }

    /** [{"variation":1,"seed":7,"turn":5,"layer":0}, …]: which result layer is which version. */
    private static JsonArrayBuilder versions(EditOutcome outcome) {
        JsonArrayBuilder versions = Jsons.createArrayBuilder();
        for (EditOutcome.Version v : outcome.versions()) {
            JsonObjectBuilder version = Jsons.createObjectBuilder().add("variation", v.index()).add("seed", v.seed());
            v.turn().ifPresent(turn -> version.add("turn", turn));
            versions.add(version.add("layer", v.layer()));
        }
        return versions;
    }

    static Frame cancelAck(String id, String jobId, boolean found) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add(Messages.TYPE, Messages.CANCEL_ACK).add(Messages.ID, id);
        if (jobId != null) {
            b.add("job", jobId);
        }
        return Frame.of(b.add("found", found).build());
    }

    static Frame result(String id, String jobId, PlanView plan, EditOutcome outcome) {
        JsonArrayBuilder layers = Jsons.createArrayBuilder();
        List<byte[]> attachments = new ArrayList<>();
        for (ResultLayer layer : outcome.layers()) {
            Raster r = layer.pixels();
            JsonObject descriptor = new ImageDescriptor(r.x(), r.y(), r.width(), r.height(), r.format(), attachments.size()).toJson();
            layers.add(Jsons.createObjectBuilder().add("name", layer.name()).addAll(Jsons.createObjectBuilder(descriptor)));
            attachments.add(r.pixels());
        }
        JsonObject header = Jsons.createObjectBuilder().add(Messages.TYPE, Messages.RESULT).add(Messages.ID, id)
                .add("job", jobId).add("message", outcome.message()).add("plan", plan(plan)).add("layers", layers)
                .add("canvas", Jsons.createObjectBuilder().add("width", outcome.canvasWidth())
                        .add("height", outcome.canvasHeight())
                        .add("offset", Jsons.createObjectBuilder().add("x", outcome.canvasOffsetX())
                                .add("y", outcome.canvasOffsetY())))
                .build();
        if (!outcome.versions().isEmpty()) {
            header = Jsons.createObjectBuilder(header).add("variations", versions(outcome)).build();
        }
        return new Frame(header, attachments);
    }

    /**
     * The history; each result with a preview in {@code thumbnails} gets a {@code thumbnail}
     * descriptor pointing into the frame's single attachment, where all previews lie end to end
     * (one attachment however long the conversation, so the attachment-count limit never bites).
     */
    static Frame history(String id, String conversationId, Optional<ConversationRecord> conversation,
                         Map<String, Raster> thumbnails) {
        ByteArrayOutputStream previews = new ByteArrayOutputStream();
        Map<String, Integer> offsets = new HashMap<>();
        for (Map.Entry<String, Raster> t : thumbnails.entrySet()) {
            offsets.put(t.getKey(), previews.size());
            previews.writeBytes(t.getValue().pixels());
        }
        JsonArrayBuilder turns = Jsons.createArrayBuilder();
        for (TurnRecord t : conversation.map(ConversationRecord::turns).orElse(List.of())) {
            JsonObjectBuilder turn = Jsons.createObjectBuilder().add("turn", t.number()).add("instruction", t.instruction())
                    .add("plan", json(t.planJson())).add("parameters", json(t.parametersJson()))
                    .add("status", t.status()).add("job", t.jobId())
                    .add("message", t.message()).add("startedAt", t.startedAt().toString())
                    .add("durationMs", t.durationMillis());
            t.edited().ifPresent(e -> turn.add("edited", image(e)));
            JsonArrayBuilder results = Jsons.createArrayBuilder();
            for (PlacedImage r : t.results()) {
                JsonObjectBuilder result = image(r);
                Raster preview = thumbnails.get(r.image().id());
                if (preview != null) {
                    result.add("thumbnail", Jsons.createObjectBuilder().add("width", preview.width())
                            .add("height", preview.height()).add("format", preview.format().wireName())
                            .add("attachment", 0).add("offset", offsets.get(r.image().id())));
                }
                results.add(result);
            }
            turns.add(turn.add("results", results));
        }
        JsonObjectBuilder b = Jsons.createObjectBuilder().add(Messages.TYPE, Messages.HISTORY).add(Messages.ID, id)
                .add("conversation", conversationId);
        conversation.flatMap(ConversationRecord::title).ifPresent(title -> b.add("title", title));
        conversation.flatMap(ConversationRecord::style).ifPresent(style -> b.add("style", style));
        JsonObject header = b.add("turns", turns).build();
        return previews.size() == 0 ? Frame.of(header) : new Frame(header, List.of(previews.toByteArray()));
    }

    static Frame exported(String id, String conversationId, ConversationArchive.Exported exported) {
        JsonArrayBuilder withoutPixels = Jsons.createArrayBuilder();
        exported.turnsWithoutPixels().forEach(withoutPixels::add);
        return new Frame(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.EXPORT).add(Messages.ID, id)
                .add("conversation", conversationId).add("bytes", exported.archive().length)
                .add("turns_without_pixels", withoutPixels).build(), List.of(exported.archive()));
    }

    static Frame imported(String id, ConversationArchive.ImportOutcome outcome) {
        ConversationRecord conversation = outcome.conversation();
        JsonObjectBuilder reply = Jsons.createObjectBuilder().add(Messages.TYPE, Messages.IMPORT).add(Messages.ID, id)
                .add("conversation", conversation.id()).add("turns", conversation.turns().size())
                .add("imported", outcome.imported()).add("reason", outcome.reason());
        outcome.verdict().ifPresent(v -> reply.add("copies", v.name().toLowerCase(java.util.Locale.ROOT)));
        return Frame.of(reply.build());
    }

    /** A remembered image: its id (a content address), placement, size, and whether it was pruned. */
    private static JsonObjectBuilder image(PlacedImage placed) {
        JsonObjectBuilder b = Jsons.createObjectBuilder();
        if (placed.name() != null) {
            b.add("name", placed.name());
        }
        StoredImage i = placed.image();
        return b.add("image", i.id()).add("x", placed.x()).add("y", placed.y()).add("width", i.width())
                .add("height", i.height()).add("format", i.format().wireName()).add("pruned", i.pruned());
    }

    private static JsonValue json(String text) {
        return Jsons.createReader(new StringReader(text)).readValue();
    }

    private static JsonObject plan(PlanView plan) {
        return PlanJson.plan(plan);
    }

    private static JsonArrayBuilder models(List<EngineCatalog.ModelInfo> known) {
        JsonArrayBuilder models = Jsons.createArrayBuilder();
        for (EngineCatalog.ModelInfo m : known) {
            models.add(Jsons.createObjectBuilder().add("id", m.id()).add("installed", m.installed())
                    .add("capabilities", Jsons.createArrayBuilder(m.capabilities())).add("description", m.description()));
        }
        return models;
    }

    private static JsonArrayBuilder engines(List<EngineCatalog.EngineInfo> known) {
        JsonArrayBuilder engines = Jsons.createArrayBuilder();
        for (EngineCatalog.EngineInfo e : known) {
            engines.add(Jsons.createObjectBuilder().add("id", e.id()).add("available", e.available()).add("description", e.description()));
        }
        return engines;
    }
}
