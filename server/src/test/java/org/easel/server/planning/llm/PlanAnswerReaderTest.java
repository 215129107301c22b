package org.easel.server.planning.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.planning.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The strict reading of the model's answer, and the reason given for each rejection. */
class PlanAnswerReaderTest {

    @ParameterizedTest
    @EnumSource(AdjustmentKind.class)
    void everyKindIsAcceptedAtFullStrength(AdjustmentKind kind) throws Exception {
        Plan plan = PlanAnswerReader.read(answer("{\"op\": \"" + kind.wireName() + "\", \"amount\": 1}"));

        assertEquals(List.of(new Adjustment(kind, 1)), plan.operations());
    }

    @Test
    void theSummaryAndDoneMessageAreTheModelsTrimmed() throws Exception {
        Plan plan = PlanAnswerReader.read("""
                {"summary": "  Make it a bit darker ", "done_message": "Made it a bit darker.\\n",
                 "operations": [{"op": "brightness", "amount": -0.125}]}""");

        assertEquals(new Plan("Make it a bit darker", "Made it a bit darker.", "classical",
                List.of(new Adjustment(AdjustmentKind.BRIGHTNESS, -0.125))), plan);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"op\": \"sparkle\", \"amount\": 0.5}                  | operation 1 is \"sparkle\", which Easel cannot do",
            "{\"op\": \"warmth\", \"amount\": -1.01}                 | operation 1 (warmth) has amount -1.01; it must be from -1 to 1",
            "{\"op\": \"invert\", \"amount\": -0.5}                  | operation 1 (invert) has amount -0.5; it must be above 0 and at most 1",
            "{\"op\": \"warmth\", \"amount\": true}                  | operation 1 (warmth) has no numeric \"amount\"",
            "{\"amount\": 0.2}                                       | operation 1 has no \"op\" name",
            "\"warmth\"                                              | operation 1 is not an object",
            "{\"op\": \"warmth\", \"amount\": 0.2, \"mask\": \"sky\"} | operation 1 has an unexpected field \"mask\""})
    void aBadOperationIsNamedInTheReason(String operation, String reason) {
        LlmFailure failure = assertThrows(LlmFailure.class, () -> PlanAnswerReader.read(answer(operation)));

        assertEquals(reason, failure.getMessage());
    }

    @Test
    void theReasonCountsOperationsFromOne() {
        LlmFailure failure = assertThrows(LlmFailure.class, () -> PlanAnswerReader.read(
                answer("{\"op\": \"warmth\", \"amount\": 0.2}, {\"op\": \"glow\", \"amount\": 0.2}")));

        assertEquals("operation 2 is \"glow\", which Easel cannot do", failure.getMessage());
    }

    @Test
    void tooManyOperationsAreRefused() {
        String operations = IntStream.rangeClosed(1, PlanSchema.MAX_OPERATIONS + 1)
                .mapToObj(i -> "{\"op\": \"warmth\", \"amount\": 0.01}").collect(Collectors.joining(", "));

        LlmFailure failure = assertThrows(LlmFailure.class, () -> PlanAnswerReader.read(answer(operations)));

        assertTrue(failure.getMessage().startsWith((PlanSchema.MAX_OPERATIONS + 1) + " operations"), failure.getMessage());
    }

    @Test
    void aSummaryOverSeveralLinesIsRefused() {
        LlmFailure failure = assertThrows(LlmFailure.class, () -> PlanAnswerReader.read("""
                {"summary": "Make it warmer.\\nI also thought about contrast.", "done_message": "Made it warmer.",
                 "operations": [{"op": "warmth", "amount": 0.25}]}"""));

        assertTrue(failure.getMessage().startsWith("\"summary\" is not one short line"), failure.getMessage());
    }

    @Test
    void aTooLongSummaryIsRefused() {
        String summary = "Make it warmer " + "and warmer ".repeat(20);

        LlmFailure failure = assertThrows(LlmFailure.class, () -> PlanAnswerReader.read("{\"summary\": \"" + summary
                + "\", \"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\", \"amount\": 0.25}]}"));

        assertTrue(failure.getMessage().startsWith("\"summary\" is not one short line"), failure.getMessage());
    }

    @Test
    void anEmptyListIsTheModelDeclining() {
        LlmFailure failure = assertThrows(LlmFailure.class, () -> PlanAnswerReader.read(answer("")));

        assertEquals("the LLM found no operation that does this instruction", failure.getMessage());
    }

    @Test
    void proseWithoutJsonIsQuotedInTheReason() {
        LlmFailure failure = assertThrows(LlmFailure.class,
                () -> PlanAnswerReader.read("I'm sorry,\nI can't edit images."));

        assertEquals("the answer holds no JSON object: \"I'm sorry, I can't edit images.\"", failure.getMessage());
    }

    @Test
    void brokenJsonIsReportedAsSuch() {
        LlmFailure failure = assertThrows(LlmFailure.class, () -> PlanAnswerReader.read("{\"summary\": }"));

        assertTrue(failure.getMessage().startsWith("the answer is not valid JSON"), failure.getMessage());
    }

    @Test
    void anUnlabelledFenceIsReadToo() throws Exception {
        Plan plan = PlanAnswerReader.read("```\n" + answer("{\"op\": \"contrast\", \"amount\": 0.5}") + "\n```");

        assertEquals(List.of(new Adjustment(AdjustmentKind.CONTRAST, 0.5)), plan.operations());
    }

    private static String answer(String operations) {
        return "{\"summary\": \"Adjust it\", \"done_message\": \"Adjusted it.\", \"operations\": [" + operations + "]}";
    }
}
