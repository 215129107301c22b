package org.easel.server.planning.llm;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.planning.InstructionContext;

/** The system prompt: what the LLM is for, the operations it may use and how to answer. */
final class PlanPrompt {

    private PlanPrompt() {
    }

    static String system(JsonObject schema) {
        return String.join("\n",
                "You plan image edits for Easel, an assistant inside a painting program. The user message is an "
                        + "artist's instruction (in any language), then the context it was typed in: the selection, "
                        + "the layer, the style in force, the installed models and the conversation's recent turns "
                        + "with what Easel did. Reply with one JSON object and nothing else, matching this JSON schema:",
                schema.toString(),
                "",
                "The operations apply in order to the selected area, or to the whole layer without a selection.",
                "- " + names(true) + ": amount " + PlanSchema.range(true) + "; positive increases the named quality "
                        + "(brighter, warmer), negative decreases it (darker, cooler).",
                "- " + names(false) + ": amount " + PlanSchema.range(false) + ", 1 being the strongest.",
                // The same scale as the rule-based interpreter's intensity words, so both planners
                // mean the same by "a bit".
                "For signed operations use 0.125 for \"a bit\" or \"slightly\", 0.25 when no strength is given, "
                        + "and 0.5 for \"much\" or \"a lot\".",
                "\"" + PlanSchema.SUMMARY + "\" says what will be done as a short imperative sentence, for example "
                        + "\"Make it a bit brighter and warmer\"; \"" + PlanSchema.DONE_MESSAGE + "\" says the same in "
                        + "the past tense, for example \"Made it a bit brighter and warmer.\".",
                "If the instruction asks for anything these operations cannot do, reply with an empty \""
                        + PlanSchema.OPERATIONS + "\" list rather than an approximation.");
    }

    /** The instruction, then the context it was typed in. */
    static String user(String instruction, InstructionContext context) {
        return "Instruction: " + instruction + "\n\nContext:\n" + context.describe();
    }

    private static String names(boolean signed) {
        return Arrays.stream(AdjustmentKind.values()).filter(kind -> kind.isSigned() == signed)
                .map(AdjustmentKind::wireName).collect(Collectors.joining(", "));
    }
}
