package org.easel.server.planning.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.easel.server.engines.classical.AdjustmentKind.SATURATION;
import static org.easel.server.engines.classical.AdjustmentKind.WARMTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.planning.InstructionContext;
import org.easel.server.planning.InstructionInterpreter;
import org.easel.server.planning.Plan;
import org.easel.server.planning.UnsupportedInstructionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The LLM planner against WireMock standing in for an OpenAI-compatible server. */
class LlmPlannerTest {

    private static final String CHAT = "/v1/chat/completions";
    private static final String INSTRUCTION = "make it warmer";
    /** The rules cannot do this one; only the LLM can. */
    private static final String BEYOND_RULES = "give it a golden evening glow";
    /** Generous: a loaded build machine's first request can take a second. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final String GOOD_ANSWER = """
            {"summary": "Give it a golden evening glow", "done_message": "Gave it a golden evening glow.",
             "operations": [{"op": "warmth", "amount": 0.4}, {"op": "saturation", "amount": 0.1}]}""";
    private static final Plan GOOD_PLAN = new Plan("Give it a golden evening glow", "Gave it a golden evening glow.",
            "classical", List.of(new Adjustment(WARMTH, 0.4), new Adjustment(SATURATION, 0.1)));

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final InstructionInterpreter rules = new InstructionInterpreter();

    @Test
    void aValidAnswerIsThePlan() throws Exception {
        answerWith(GOOD_ANSWER);

        assertEquals(GOOD_PLAN, planner(Optional.empty()).interpret(INSTRUCTION));
    }

    @Test
    void theLlmIsToldTheContextTheInstructionWasTypedIn() throws Exception {
        answerWith(GOOD_ANSWER);
        InstructionContext context = new InstructionContext(true, false, 800, 600, Optional.empty(), Optional.of("ink"),
                List.of("#1 “make it warmer” → Make it warmer (done)"), List.of("sd15-inpainting (inpaint)"));

        assertEquals(GOOD_PLAN, planner(Optional.empty()).interpret("rends-la plus chaude", context));

        LoggedRequest request = server.getAllServeEvents().get(0).getRequest();
        String user = Json.createReader(new StringReader(request.getBodyAsString())).readObject()
                .getJsonArray("messages").getJsonObject(1).getString("content");
        assertTrue(user.startsWith("Instruction: rends-la plus chaude"), user);
        for (String told : List.of("Selection: yes", "canvas 800×600", "Style in force: ink",
                "sd15-inpainting (inpaint)", "#1 “make it warmer” → Make it warmer (done)")) {
            assertTrue(user.contains(told), told + " in " + user);
        }
    }

    @Test
    void theLlmPlansWhatTheRulesCannot() throws Exception {
        answerWith(GOOD_ANSWER);

        assertEquals(GOOD_PLAN, planner(Optional.empty()).interpret(BEYOND_RULES));
    }

    @Test
    void anAnswerWrappedInProseAndAFenceIsRead() throws Exception {
        // What a server that ignores response_format typically sends.
        answerWith("Sure! Here is the plan:\n```json\n" + GOOD_ANSWER + "\n```\nLet me know if you want changes.");

        assertEquals(GOOD_PLAN, planner(Optional.empty()).interpret(INSTRUCTION));
    }

    @Test
    void aReasoningModelsThinkingIsSkipped() throws Exception {
        answerWith("<think>They want {warmth}; maybe {\"op\"...}</think>\n" + GOOD_ANSWER);

        assertEquals(GOOD_PLAN, planner(Optional.empty()).interpret(INSTRUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"summary\": \"Make it warmer\", \"done_message\": \"Made it warmer.\", \"operations\": [",
            "I'm sorry, but I can't help with that.",
            "{summary: 'Make it warmer'}"})
    void malformedJsonFallsBackToTheRules(String answer) throws Exception {
        answerWith(answer);

        assertFallsBack(INSTRUCTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // an op Easel does not have
            "{\"summary\": \"Add sparkle\", \"done_message\": \"Added sparkle.\", \"operations\": [{\"op\": \"sparkle\", \"amount\": 0.5}]}",
            // a signed amount out of range
            "{\"summary\": \"Make it warmer\", \"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\", \"amount\": 1.5}]}",
            // a one-way op with no strength
            "{\"summary\": \"Make it grey\", \"done_message\": \"Made it grey.\", \"operations\": [{\"op\": \"grayscale\", \"amount\": 0}]}",
            // the amount as text
            "{\"summary\": \"Make it warmer\", \"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\", \"amount\": \"0.3\"}]}",
            // no amount
            "{\"summary\": \"Make it warmer\", \"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\"}]}",
            // no summary
            "{\"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\", \"amount\": 0.3}]}",
            // an empty summary
            "{\"summary\": \" \", \"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\", \"amount\": 0.3}]}",
            // no operations
            "{\"summary\": \"Make it warmer\", \"done_message\": \"Made it warmer.\"}",
            // a field the schema does not have
            "{\"summary\": \"Make it warmer\", \"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\", \"amount\": 0.3}], \"seed\": 4}",
            // an op with a field the schema does not have
            "{\"summary\": \"Make it warmer\", \"done_message\": \"Made it warmer.\", \"operations\": [{\"op\": \"warmth\", \"amount\": 0.3, \"radius\": 2}]}",
            // the LLM declining, as the prompt tells it to
            "{\"summary\": \"I cannot do that\", \"done_message\": \"Nothing done.\", \"operations\": []}",
            // a JSON array instead of the plan object
            "[{\"op\": \"warmth\", \"amount\": 0.3}]"})
    void anAnswerBreakingTheSchemaFallsBackToTheRules(String answer) throws Exception {
        answerWith(answer);

        assertFallsBack(INSTRUCTION);
    }

    @Test
    void aServerErrorFallsBackToTheRules() throws Exception {
        server.stubFor(post(CHAT).willReturn(aResponse().withStatus(500).withBody("model failed to load")));

        assertFallsBack(INSTRUCTION);
    }

    @Test
    void aReplyThatIsNotChatCompletionsFallsBackToTheRules() throws Exception {
        server.stubFor(post(CHAT).willReturn(okJson("{\"error\": \"unknown model\"}")));

        assertFallsBack(INSTRUCTION);
    }

    @Test
    void aSlowServerFallsBackToTheRulesSoonAfterTheTimeout() throws Exception {
        int delayMillis = 8_000;
        server.stubFor(post(CHAT).willReturn(okJson(ChatReplies.withContent(GOOD_ANSWER)).withFixedDelay(delayMillis)));
        Duration timeout = Duration.ofMillis(300);
        LlmPlanner planner = new LlmPlanner(new LlmPlannerConfig(URI.create(server.baseUrl()), "test-model",
                Optional.empty(), timeout), rules);

        long start = System.nanoTime();
        Plan plan = planner.interpret(INSTRUCTION);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(rules.interpret(INSTRUCTION), plan);
        // Bounded well below the server's delay; loose enough for a loaded machine.
        assertTrue(tookMillis < delayMillis / 2, "the fallback took " + tookMillis + " ms with a "
                + timeout.toMillis() + " ms timeout");
    }

    @Test
    void anUnreachableServerFallsBackToTheRules() throws Exception {
        LlmPlanner planner = new LlmPlanner(new LlmPlannerConfig(URI.create("http://127.0.0.1:" + closedPort()),
                "test-model", Optional.empty(), TIMEOUT), rules);

        assertEquals(rules.interpret(INSTRUCTION), planner.interpret(INSTRUCTION));
    }

    @Test
    void anInstructionNeitherCanDoIsRefusedByTheRules() {
        server.stubFor(post(CHAT).willReturn(aResponse().withStatus(500)));

        UnsupportedInstructionException refusal =
                assertThrows(UnsupportedInstructionException.class, () -> planner(Optional.empty()).interpret(BEYOND_RULES));
        assertEquals(BEYOND_RULES, refusal.instruction());
    }

    @Test
    void aBlankInstructionIsNotSentToTheLlm() {
        answerWith(GOOD_ANSWER);

        assertThrows(UnsupportedInstructionException.class, () -> planner(Optional.empty()).interpret("  "));
        server.verify(0, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void theRequestCarriesTheModelInstructionSchemaAndKey() throws Exception {
        answerWith(GOOD_ANSWER);

        planner(Optional.of("sk-test-key")).interpret(INSTRUCTION);

        server.verify(1, postRequestedFor(urlEqualTo(CHAT))
                .withHeader("Authorization", equalTo("Bearer sk-test-key"))
                .withHeader("Content-Type", equalTo("application/json")));
        JsonObject body = onlyRequestBody();
        assertEquals("test-model", body.getString("model"));
        JsonObject user = body.getJsonArray("messages").getJsonObject(1);
        assertEquals("user", user.getString("role"));
        assertTrue(user.getString("content").startsWith("Instruction: " + INSTRUCTION + "\n"), user.toString());
        JsonObject format = body.getJsonObject("response_format");
        assertEquals("json_schema", format.getString("type"));
        JsonObject schema = format.getJsonObject("json_schema").getJsonObject("schema");
        assertEquals(PlanSchema.schema(), schema);
        String opNames = schema.getJsonObject("properties").getJsonObject("operations").getJsonObject("items")
                .getJsonObject("properties").getJsonObject("op").getJsonArray("enum").toString();
        for (AdjustmentKind kind : AdjustmentKind.values()) {
            assertTrue(opNames.contains("\"" + kind.wireName() + "\""), kind + " missing from " + opNames);
        }
        String system = body.getJsonArray("messages").getJsonObject(0).getString("content");
        assertTrue(system.contains(schema.toString()), "the system prompt states the schema");
    }

    @Test
    void noKeyMeansNoAuthorizationHeader() throws Exception {
        answerWith(GOOD_ANSWER);

        planner(Optional.empty()).interpret(INSTRUCTION);

        server.verify(1, postRequestedFor(urlEqualTo(CHAT)).withoutHeader("Authorization"));
    }

    @Test
    void aBaseUrlEndingInV1IsNotDoubled() throws Exception {
        answerWith(GOOD_ANSWER);
        LlmPlanner planner = new LlmPlanner(new LlmPlannerConfig(URI.create(server.baseUrl() + "/v1/"),
                "test-model", Optional.empty(), TIMEOUT), rules);

        assertEquals(GOOD_PLAN, planner.interpret(INSTRUCTION));
    }

    private void assertFallsBack(String instruction) throws UnsupportedInstructionException {
        Plan plan = planner(Optional.empty()).interpret(instruction);

        assertEquals(rules.interpret(instruction), plan);
        server.verify(1, postRequestedFor(urlEqualTo(CHAT))); // it did ask
    }

    private LlmPlanner planner(Optional<String> key) {
        return new LlmPlanner(new LlmPlannerConfig(URI.create(server.baseUrl()), "test-model", key, TIMEOUT), rules);
    }

    private static void answerWith(String content) {
        server.stubFor(post(CHAT).willReturn(okJson(ChatReplies.withContent(content))));
    }

    private static JsonObject onlyRequestBody() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(CHAT)));
        assertEquals(1, requests.size());
        return Json.createReader(new StringReader(requests.get(0).getBodyAsString())).readObject();
    }

    /** A port nothing listens on: bound a moment ago, then released. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
