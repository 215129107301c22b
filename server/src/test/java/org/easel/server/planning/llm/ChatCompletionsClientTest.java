package org.easel.server.planning.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the log says when the server does not give an answer. */
class ChatCompletionsClientTest {

    private static final String CHAT = "/v1/chat/completions";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void theAnswerIsTheFirstChoicesMessage() throws Exception {
        server.stubFor(post(CHAT).willReturn(okJson(ChatReplies.withContent("{\"plan\": 1}"))));

        assertEquals("{\"plan\": 1}", complete(client(Duration.ofSeconds(10))));
    }

    @Test
    void anHttpErrorGivesTheStatusAndBody() {
        server.stubFor(post(CHAT).willReturn(aResponse().withStatus(401).withBody("{\"error\": \"invalid api key\"}")));

        LlmFailure failure = assertThrows(LlmFailure.class, () -> complete(client(Duration.ofSeconds(10))));

        assertEquals("HTTP 401 from " + server.baseUrl() + CHAT + ": \"{\"error\": \"invalid api key\"}\"",
                failure.getMessage());
    }

    @Test
    void aTimeoutSaysHowLongItWaited() {
        server.stubFor(post(CHAT).willReturn(okJson(ChatReplies.withContent("{}")).withFixedDelay(5_000)));

        LlmFailure failure = assertThrows(LlmFailure.class, () -> complete(client(Duration.ofMillis(200))));

        assertEquals("no answer from " + server.baseUrl() + CHAT + " within 200 ms", failure.getMessage());
    }

    @Test
    void aRefusedConnectionAsksWhetherTheServerRuns() throws Exception {
        String base = "http://127.0.0.1:" + LlmPlannerTest.closedPort();
        ChatCompletionsClient client = new ChatCompletionsClient(
                new LlmPlannerConfig(URI.create(base), "test-model", Optional.empty(), Duration.ofSeconds(10)));

        LlmFailure failure = assertThrows(LlmFailure.class, () -> complete(client));

        assertEquals("cannot connect to " + base + CHAT + "; is the server running?", failure.getMessage());
    }

    @Test
    void aModelRefusalIsReportedAsOne() {
        server.stubFor(post(CHAT).willReturn(okJson("""
                {"choices": [{"index": 0, "message": {"role": "assistant", "content": null,
                  "refusal": "I can't help with that."}, "finish_reason": "stop"}]}""")));

        LlmFailure failure = assertThrows(LlmFailure.class, () -> complete(client(Duration.ofSeconds(10))));

        assertEquals("the model refused: \"I can't help with that.\"", failure.getMessage());
    }

    private static String complete(ChatCompletionsClient client) throws LlmFailure {
        return client.complete("system prompt", "make it warmer", JsonValue.EMPTY_JSON_OBJECT);
    }

    private static ChatCompletionsClient client(Duration timeout) {
        return new ChatCompletionsClient(
                new LlmPlannerConfig(URI.create(server.baseUrl()), "test-model", Optional.empty(), timeout));
    }
}
