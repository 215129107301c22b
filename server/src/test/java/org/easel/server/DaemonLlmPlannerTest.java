package org.easel.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.easel.protocol.Frame;
import org.easel.server.planning.llm.ChatReplies;
import org.easel.server.planning.llm.LlmPlannerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A daemon configured with an LLM planner plans with it, and by rules when it fails. */
class DaemonLlmPlannerTest {

    private static final String CHAT = "/v1/chat/completions";

    @RegisterExtension
    static WireMockExtension llm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path stateDir;
    private Daemon daemon;
    private String token;

    @BeforeEach
    void start() throws Exception {
        LlmPlannerConfig planner = new LlmPlannerConfig(URI.create(llm.baseUrl()), "test-model", Optional.empty(),
                Duration.ofSeconds(10));
        daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir, Daemon.Config.DEFAULT_MAX_CONVERSATION_BYTES,
                Optional.of(planner)));
        token = Files.readString(stateDir.resolve("token")).strip();
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    @Test
    void theLlmsPlanIsAcceptedAndRun() throws Exception {
        llm.stubFor(post(CHAT).willReturn(okJson(ChatReplies.withContent("""
                {"summary": "Give it a golden evening glow", "done_message": "Gave it a golden evening glow.",
                 "operations": [{"op": "warmth", "amount": 0.4}]}"""))));
        try (TestClient client = TestClient.connected(daemon, token)) {
            client.send(Images.edit("e1", "give it a golden evening glow", 4, 4).build(), Images.colourfulRgba8(4, 4));

            JsonObject plan = client.readUntil("accepted").header().getJsonObject("plan");
            assertTrue(plan.getString("summary").startsWith("Give it a golden evening glow"), plan.toString());
            assertEquals("warmth", plan.getJsonArray("operations").getJsonObject(0).getString("op"));
            assertEquals(0.4, plan.getJsonArray("operations").getJsonObject(0).getJsonNumber("amount").doubleValue());
            Frame result = client.readUntil("result");
            assertEquals("e1", result.id().orElseThrow());
        }
    }

    @Test
    void whenTheLlmFailsTheRulesAnswer() throws Exception {
        llm.stubFor(post(CHAT).willReturn(aResponse().withStatus(503)));
        try (TestClient client = TestClient.connected(daemon, token)) {
            client.send(Images.edit("e1", "make it warmer", 4, 4).build(), Images.colourfulRgba8(4, 4));
            JsonObject plan = client.readUntil("accepted").header().getJsonObject("plan");
            assertTrue(plan.getString("summary").startsWith("Make it warmer"), plan.toString());
            client.readUntil("result");

            Frame refusal = client.request(Images.edit("e2", "sing me a song", 4, 4).build(), Images.colourfulRgba8(4, 4));
            assertEquals("unsupported_instruction", refusal.header().getString("code"), refusal.header().toString());
        }
    }
}
