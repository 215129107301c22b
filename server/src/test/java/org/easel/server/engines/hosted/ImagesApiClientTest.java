package org.easel.server.engines.hosted;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.JobControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Images API client against WireMock stubs in the API's request and answer shapes. */
class ImagesApiClientTest {
    static final String KEY = "sk-proj-TESTKEY0123456789abcdefSECRET";
    static final String GENERATIONS = "/v1/images/generations";
    static final String EDITS = "/v1/images/edits";
    static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(10));

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final List<String> stages = new CopyOnWriteArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final JobControl control = new JobControl() {
        @Override
        public void progress(int step, int steps, String stage) {
            stages.add(stage);
        }

        @Override
        public void checkCancelled() {
            if (cancelled.get()) {
                throw new CancelledException();
            }
        }
    };

    @Test
    void generationsSendsTheApisJsonAndDecodesB64Json() {
        byte[] png = ImagesApiAnswers.solidPng(4, 4, 1, 0, 0);
        api.stubFor(post(GENERATIONS).willReturn(okJson(ImagesApiAnswers.imagesJson(png))));

        List<byte[]> images = client("gpt-image-1", QUICK).generate("a castle", new ImageSizes.Size(1536, 1024), control);

        assertEquals(1, images.size());
        assertArrayEquals(png, images.get(0));
        api.verify(postRequestedFor(urlEqualTo(GENERATIONS))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"gpt-image-1\",\"prompt\":\"a castle\",\"size\":\"1536x1024\","
                        + "\"n\":1,\"quality\":\"auto\"}")));
    }

    @Test
    void dallE2IsAskedForBase64BecauseItAnswersUrlsOtherwise() {
        api.stubFor(post(GENERATIONS).willReturn(okJson(ImagesApiAnswers.imagesJson(ImagesApiAnswers.solidPng(2, 2, 0, 0, 1)))));

        client("dall-e-2", QUICK).generate("a castle", new ImageSizes.Size(512, 512), control);

        api.verify(postRequestedFor(urlEqualTo(GENERATIONS)).withRequestBody(equalToJson(
                "{\"model\":\"dall-e-2\",\"prompt\":\"a castle\",\"size\":\"512x512\",\"n\":1,\"response_format\":\"b64_json\"}")));
    }

    @Test
    void editsSendsImageMaskAndFieldsAsMultipart() {
        byte[] image = ImagesApiAnswers.solidPng(8, 8, 0, 1, 0);
        byte[] mask = ImagesApiAnswers.solidPng(8, 8, 0, 0, 0);
        api.stubFor(post(EDITS).willReturn(okJson(ImagesApiAnswers.imagesJson(ImagesApiAnswers.solidPng(8, 8, 1, 1, 0)))));

        client("gpt-image-1", QUICK).edit(image, Optional.of(mask), "a red hat", new ImageSizes.Size(1024, 1024), control);

        api.verify(postRequestedFor(urlEqualTo(EDITS))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("multipart/form-data; boundary="))
                .withRequestBodyPart(aMultipart("image").withHeader("Content-Type", equalTo("image/png"))
                        .withBody(com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo(image)).build())
                .withRequestBodyPart(aMultipart("mask").withBody(
                        com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo(mask)).build())
                .withRequestBodyPart(aMultipart("prompt").withBody(equalTo("a red hat")).build())
                .withRequestBodyPart(aMultipart("model").withBody(equalTo("gpt-image-1")).build())
                .withRequestBodyPart(aMultipart("size").withBody(equalTo("1024x1024")).build())
                .withRequestBodyPart(aMultipart("n").withBody(equalTo("1")).build())
                .withRequestBodyPart(aMultipart("quality").withBody(equalTo("auto")).build()));
    }

    @Test
    void aWrongKeyIsSaidWithoutRepeatingTheKey() {
        // OpenAI's own 401 quotes the start and end of the key it was given.
        api.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody(ImagesApiAnswers.errorJson("Incorrect API key provided: " + KEY + ". You can find your API "
                        + "key at https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key"))));

        HostedFailure failure = assertThrows(HostedFailure.class,
                () -> client("gpt-image-1", QUICK).generate("a castle", new ImageSizes.Size(1024, 1024), control));

        assertTrue(failure.getMessage().contains("did not accept the API key (HTTP 401)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Incorrect API key provided"), failure.getMessage());
        assertFalse(failure.getMessage().contains("TESTKEY"), failure.getMessage());
        assertEquals(1, api.getAllServeEvents().size(), "a wrong key is not retried");
    }

    @Test
    void aPolicyRefusalIsShownAsTheProviderWroteIt() {
        String said = "Your request was rejected as a result of our safety system. Your request may contain content "
                + "that is not allowed by our safety system.";
        for (int status : new int[] {400, 403}) {
            api.resetAll();
            api.stubFor(post(EDITS).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(ImagesApiAnswers.errorJson(said, "image_generation_user_error", "moderation_blocked"))));

            HostedFailure failure = assertThrows(HostedFailure.class, () -> client("gpt-image-1", QUICK)
                    .edit(new byte[] {1}, Optional.empty(), "x", new ImageSizes.Size(1024, 1024), control));

            assertEquals("OpenAI-compatible server declined the request (HTTP " + status + "): “" + said + "”",
                    failure.getMessage().replace(api.getRuntimeInfo().getHttpBaseUrl().replace("http://", ""),
                            "OpenAI-compatible server"));
            assertEquals(1, api.getAllServeEvents().size(), "a refusal is not retried (it would cost again)");
        }
    }

    @Test
    void aRateLimitWaitsForRetryAfterAndSaysItIsWaitingForTheProvider() {
        api.stubFor(post(GENERATIONS).inScenario("rate").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("retry-after", "1")
                        .withBody(ImagesApiAnswers.errorJson("Rate limit reached", "requests", "rate_limit_exceeded")))
                .willSetStateTo("waited"));
        api.stubFor(post(GENERATIONS).inScenario("rate").whenScenarioStateIs("waited")
                .willReturn(okJson(ImagesApiAnswers.imagesJson(ImagesApiAnswers.solidPng(2, 2, 1, 1, 1)))));

        long start = System.nanoTime();
        List<byte[]> images = client("gpt-image-1", QUICK).generate("a castle", new ImageSizes.Size(1024, 1024), control);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(1, images.size());
        assertTrue(waitedMillis >= 950, "waited " + waitedMillis + " ms for retry-after: 1");
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("waiting for the provider")), stages.toString());
        assertEquals(2, api.getAllServeEvents().size());
    }

    @Test
    void anExhaustedQuotaIsNotRetried() {
        api.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(429).withBody(ImagesApiAnswers.errorJson(
                "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota",
                "insufficient_quota"))));

        HostedFailure failure = assertThrows(HostedFailure.class,
                () -> client("gpt-image-1", QUICK).generate("a castle", new ImageSizes.Size(1024, 1024), control));

        assertTrue(failure.getMessage().contains("You exceeded your current quota"), failure.getMessage());
        assertEquals(1, api.getAllServeEvents().size());
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenSucceed() {
        api.stubFor(post(GENERATIONS).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        api.stubFor(post(GENERATIONS).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("third"));
        api.stubFor(post(GENERATIONS).inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(okJson(ImagesApiAnswers.imagesJson(ImagesApiAnswers.solidPng(2, 2, 1, 1, 1)))));

        assertEquals(1, client("gpt-image-1", QUICK).generate("x", new ImageSizes.Size(1024, 1024), control).size());
        assertEquals(3, api.getAllServeEvents().size());
    }

    @Test
    void serverErrorsStopAfterTheAttemptsWithTheProvidersMessage() {
        api.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(502).withBody(
                ImagesApiAnswers.errorJson("Bad gateway", "server_error", null))));

        HostedFailure failure = assertThrows(HostedFailure.class,
                () -> client("gpt-image-1", QUICK).generate("x", new ImageSizes.Size(1024, 1024), control));

        assertEquals(QUICK.attempts(), api.getAllServeEvents().size(), "at most N attempts");
        assertTrue(failure.getMessage().contains("failed (HTTP 502): “Bad gateway” (tried 3 times)"), failure.getMessage());
    }

    @Test
    void aSlowAnswerTimesOutAndReportsElapsedSeconds() {
        api.stubFor(post(GENERATIONS).willReturn(okJson(ImagesApiAnswers.imagesJson(ImagesApiAnswers.solidPng(2, 2, 1, 1, 1)))
                .withFixedDelay(5_000)));
        RetryPolicy shortTimeout = new RetryPolicy(1, Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofMillis(1500));

        HostedFailure failure = assertThrows(HostedFailure.class,
                () -> client("gpt-image-1", shortTimeout).generate("x", new ImageSizes.Size(1024, 1024), control));

        assertTrue(failure.getMessage().startsWith("No answer from "), failure.getMessage());
        String provider = api.getRuntimeInfo().getHttpBaseUrl().replace("http://", "");
        assertTrue(stages.contains("waiting for " + provider + " (0 s)"), stages.toString());
        assertTrue(stages.contains("waiting for " + provider + " (1 s)"), "elapsed time counts up: " + stages);
    }

    @Test
    void cancelAbortsTheCallWhileTheProviderIsStillWorking() throws Exception {
        api.stubFor(post(EDITS).willReturn(okJson(ImagesApiAnswers.imagesJson(ImagesApiAnswers.solidPng(2, 2, 1, 1, 1)))
                .withFixedDelay(8_000)));
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                return;
            }
            cancelled.set(true);
        });
        canceller.start();

        long start = System.nanoTime();
        assertThrows(CancelledException.class, () -> client("gpt-image-1", QUICK)
                .edit(new byte[] {1}, Optional.empty(), "x", new ImageSizes.Size(1024, 1024), control));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(tookMillis < 2_000, "cancel took " + tookMillis + " ms while the answer needs 8 s");
        assertEquals(1, api.getAllServeEvents().size(), "nothing is sent again after cancel");
    }

    @Test
    void modelsListsWhatTheServerOffers() {
        api.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-image-1\","
                + "\"object\":\"model\",\"created\":1,\"owned_by\":\"system\"},{\"id\":\"dall-e-2\",\"object\":\"model\"}]}")));

        assertEquals(List.of("gpt-image-1", "dall-e-2"), client("gpt-image-1", QUICK).models(Duration.ofSeconds(5)));
        api.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/v1/models"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void theKeyIsInNoLogLineAndNoMessage() {
        api.stubFor(post(GENERATIONS).willReturn(aResponse().withStatus(401).withBody(ImagesApiAnswers.errorJson(
                "Incorrect API key provided: " + KEY + ".", "invalid_request_error", "invalid_api_key"))));
        api.stubFor(post(EDITS).willReturn(aResponse().withStatus(500).withBody("upstream said " + KEY)));
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StringBuilder messages = new StringBuilder();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            ImagesApiClient client = client("gpt-image-1", QUICK);
            messages.append(assertThrows(HostedFailure.class, () -> client.generate("x",
                    new ImageSizes.Size(1024, 1024), control)).getMessage());
            messages.append(assertThrows(HostedFailure.class, () -> client.edit(new byte[] {1}, Optional.empty(), "x",
                    new ImageSizes.Size(1024, 1024), control)).getMessage());
        } finally {
            System.setErr(original);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("HTTP 401"), "the failures were logged: " + logged);
        assertFalse(logged.contains("TESTKEY"), logged);
        assertFalse(messages.toString().contains("TESTKEY"), messages.toString());
        assertFalse(stages.toString().contains("TESTKEY"));
    }

    static HostedEngineConfig config(String model) {
        return new HostedEngineConfig("openai", model, URI.create(api.baseUrl()), new ApiKey.FromEnvironment("TEST_KEY"),
                HostedEngineConfig.DEFAULT_QUALITY);
    }

    private static ImagesApiClient client(String model, RetryPolicy policy) {
        return new ImagesApiClient(config(model), Map.of("TEST_KEY", KEY), policy);
    }
}
