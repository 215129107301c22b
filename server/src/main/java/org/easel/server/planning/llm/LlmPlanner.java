package org.easel.server.planning.llm;

import jakarta.json.JsonObject;
import java.util.stream.Collectors;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.planning.InstructionContext;
import org.easel.server.planning.Plan;
import org.easel.server.planning.Planner;
import org.easel.server.planning.UnsupportedInstructionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans with a language model behind an OpenAI-compatible chat-completions endpoint, and with
 * the rule-based planner whenever that does not give a valid plan: server down or slow, HTTP
 * error, an answer that is not JSON, breaks the schema or declines. The artist then gets the
 * rule-based answer, plan or refusal, exactly as without an LLM; why the LLM's was not used goes
 * to the daemon log only, since it is the operator's to fix, not the artist's.
 *
 * <p>The plan carries no mark of which planner made it: artists judge a plan by its summary and
 * operations, which they always see. The log says which planner made each plan.
 */
public final class LlmPlanner implements Planner {
    private static final Logger log = LoggerFactory.getLogger(LlmPlanner.class);

    private final LlmPlannerConfig config;
    private final Planner fallback;
    private final ChatCompletionsClient client;
    private final JsonObject schema = PlanSchema.schema();
    private final String systemPrompt = PlanPrompt.system(schema);

    /** @param fallback answers whenever the LLM does not; normally the rule-based interpreter */
    public LlmPlanner(LlmPlannerConfig config, Planner fallback) {
        this.config = config;
        this.fallback = fallback;
        this.client = new ChatCompletionsClient(config);
    }

    @Override
    public Plan interpret(String instruction) throws UnsupportedInstructionException {
        return interpret(instruction, InstructionContext.NONE);
    }

    /** Asks with the instruction and, below it, the context: the selection, style, models and recent turns. */
    @Override
    public Plan interpret(String instruction, InstructionContext context) throws UnsupportedInstructionException {
        if (instruction == null || instruction.isBlank()) {
            return fallback.interpret(instruction); // nothing to ask; the fallback says what to type
        }
        try {
            Plan plan = PlanAnswerReader.read(client.complete(systemPrompt, PlanPrompt.user(instruction, context), schema));
            log.info("planned by the LLM ({}): {}", config.model(), operations(plan));
            return plan;
        } catch (LlmFailure e) {
            log.warn("LLM planner ({}) not used, planning by rules: {}", config.model(), e.getMessage());
        } catch (RuntimeException e) { // a bug here must not cost the artist their edit either
            log.warn("LLM planner ({}) not used, planning by rules: unexpected {}", config.model(), e.toString());
        }
        return fallback.interpret(instruction);
    }

    private static String operations(Plan plan) {
        return plan.operations().stream().map(LlmPlanner::operation).collect(Collectors.joining(", "));
    }

    private static String operation(Adjustment adjustment) {
        return adjustment.kind().wireName() + " " + adjustment.amount();
    }
}
