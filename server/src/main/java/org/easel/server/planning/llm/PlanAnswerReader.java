package org.easel.server.planning.llm;

import static org.easel.server.planning.llm.PlanSchema.AMOUNT;
import static org.easel.server.planning.llm.PlanSchema.DONE_MESSAGE;
import static org.easel.server.planning.llm.PlanSchema.OP;
import static org.easel.server.planning.llm.PlanSchema.OPERATIONS;
import static org.easel.server.planning.llm.PlanSchema.SUMMARY;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.planning.Plan;

/**
 * Turns the model's reply into a {@link Plan}, checking it strictly against {@link PlanSchema}:
 * a server may ignore the schema, and a model may invent ops, so nothing is taken on trust. The
 * first problem found is the failure's reason.
 */
final class PlanAnswerReader {

    /** Adjustments are the classical engine's work, whichever planner chose them. */
    static final String ENGINE = "classical";

    private PlanAnswerReader() {
    }

    static Plan read(String reply) throws LlmFailure {
        JsonObject answer = AnswerJson.parse(reply);
        onlyFields(answer, Set.of(SUMMARY, DONE_MESSAGE, OPERATIONS), "the plan");
        if (!(answer.get(OPERATIONS) instanceof JsonArray operations)) {
            throw new LlmFailure("\"" + OPERATIONS + "\" is missing or not a list");
        }
        if (operations.isEmpty()) {
            // How the prompt asks the model to say "I can't".
            throw new LlmFailure("the LLM found no operation that does this instruction");
        }
        if (operations.size() > PlanSchema.MAX_OPERATIONS) {
            throw new LlmFailure(operations.size() + " operations, more than the " + PlanSchema.MAX_OPERATIONS
                    + " a plan may have");
        }
        String summary = line(answer, SUMMARY);
        String doneMessage = line(answer, DONE_MESSAGE);
        List<Adjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            adjustments.add(adjustment(operations.get(i), i + 1));
        }
        return new Plan(summary, doneMessage, ENGINE, adjustments);
    }

    private static Adjustment adjustment(JsonValue value, int number) throws LlmFailure {
        String where = "operation " + number;
        if (!(value instanceof JsonObject operation)) {
            throw new LlmFailure(where + " is not an object");
        }
        onlyFields(operation, Set.of(OP, AMOUNT), where);
        if (!(operation.get(OP) instanceof JsonString opName)) {
            throw new LlmFailure(where + " has no \"" + OP + "\" name");
        }
        AdjustmentKind kind = PlanSchema.kind(opName.getString())
                .orElseThrow(() -> new LlmFailure(where + " is \"" + opName.getString() + "\", which Easel cannot do"));
        if (!(operation.get(AMOUNT) instanceof JsonNumber amount)) {
            throw new LlmFailure(where + " (" + kind.wireName() + ") has no numeric \"" + AMOUNT + "\"");
        }
        if (!PlanSchema.allows(kind, amount.doubleValue())) {
            throw new LlmFailure(where + " (" + kind.wireName() + ") has amount " + amount + "; it must be "
                    + PlanSchema.range(kind));
        }
        return new Adjustment(kind, amount.doubleValue());
    }

    /** A non-empty single line of text, as the plugins show summaries. */
    private static String line(JsonObject answer, String field) throws LlmFailure {
        if (!(answer.get(field) instanceof JsonString value) || value.getString().isBlank()) {
            throw new LlmFailure("\"" + field + "\" is missing or empty");
        }
        String text = value.getString().strip();
        if (text.length() > PlanSchema.MAX_TEXT_LENGTH || text.lines().count() > 1) {
            throw new LlmFailure("\"" + field + "\" is not one short line: " + AnswerJson.quote(text));
        }
        return text;
    }

    /** Rejects fields the schema does not have: a model that adds some has not followed it. */
    private static void onlyFields(JsonObject object, Set<String> allowed, String where) throws LlmFailure {
        for (String field : object.keySet()) {
            if (!allowed.contains(field)) {
                throw new LlmFailure(where + " has an unexpected field \"" + field + "\"");
            }
        }
    }
}
