package org.easel.server.planning.llm;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Optional;
import org.easel.protocol.Jsons;
import org.easel.server.engines.classical.AdjustmentKind;

/**
 * The shape of the plan the LLM is asked for, as a JSON schema sent with every request, and the
 * amount ranges that {@link PlanAnswerReader} enforces. Both come from {@link AdjustmentKind}, so a
 * new kind is offered to the LLM and accepted from it without changes here.
 *
 * <p>The schema keeps to the subset that OpenAI's strict mode and llama.cpp's grammar converter
 * both accept: one item shape with an {@code enum} of op names, rather than one shape per op,
 * whose identical first keys strict mode rejects. The tighter range of one-way ops is therefore
 * stated in the prompt and checked here, not in the schema.
 */
final class PlanSchema {

    static final String SUMMARY = "summary";
    static final String DONE_MESSAGE = "done_message";
    static final String OPERATIONS = "operations";
    static final String OP = "op";
    static final String AMOUNT = "amount";

    /** More than this is not a plan anyone typed; it is a model that lost its way. */
    static final int MAX_OPERATIONS = 16;
    /** Summaries are shown on one line in the plugins' transcripts. */
    static final int MAX_TEXT_LENGTH = 200;

    private PlanSchema() {
    }

    static JsonObject schema() {
        JsonArrayBuilder opNames = Jsons.createArrayBuilder();
        Arrays.stream(AdjustmentKind.values()).forEach(kind -> opNames.add(kind.wireName()));
        JsonObject operation = Jsons.createObjectBuilder()
                .add("type", "object")
                .add("properties", Jsons.createObjectBuilder()
                        .add(OP, Jsons.createObjectBuilder().add("type", "string").add("enum", opNames))
                        .add(AMOUNT, Jsons.createObjectBuilder().add("type", "number").add("minimum", -1).add("maximum", 1)
                                .add("description", "Signed ops: -1 to 1. One-way ops: above 0, at most 1.")))
                .add("required", Jsons.createArrayBuilder().add(OP).add(AMOUNT))
                .add("additionalProperties", false)
                .build();
        return Jsons.createObjectBuilder()
                .add("type", "object")
                .add("properties", Jsons.createObjectBuilder()
                        .add(SUMMARY, Jsons.createObjectBuilder().add("type", "string")
                                .add("description", "What will be done, as a short imperative sentence."))
                        .add(DONE_MESSAGE, Jsons.createObjectBuilder().add("type", "string")
                                .add("description", "The same in the past tense."))
                        .add(OPERATIONS, Jsons.createObjectBuilder().add("type", "array").add("items", operation)
                                .add("description", "In the order they apply; empty when the instruction asks "
                                        + "for something these operations cannot do.")))
                .add("required", Jsons.createArrayBuilder().add(SUMMARY).add(DONE_MESSAGE).add(OPERATIONS))
                .add("additionalProperties", false)
                .build();
    }

    /** The kind with this {@code op} name, if Easel has one. */
    static Optional<AdjustmentKind> kind(String wireName) {
        return Arrays.stream(AdjustmentKind.values()).filter(kind -> kind.wireName().equals(wireName)).findFirst();
    }

    /** Whether {@code amount} is one the kind accepts: the same domain as {@code Adjustment}'s check. */
    static boolean allows(AdjustmentKind kind, double amount) {
        return kind.isSigned() ? amount >= -1 && amount <= 1 : amount > 0 && amount <= 1;
    }

    /** The range in words, for prompts and failure reasons. */
    static String range(AdjustmentKind kind) {
        return range(kind.isSigned());
    }

    static String range(boolean signed) {
        return signed ? "from -1 to 1" : "above 0 and at most 1";
    }
}
