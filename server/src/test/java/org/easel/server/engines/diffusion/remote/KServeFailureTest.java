package org.easel.server.engines.diffusion.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxJavaType;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.TensorBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way an inference server fails, played by WireMock against one small model "m" (input x
 * FP32 [-1, 2], output y FP32 [-1, 2]): the message names the server and the model, transient
 * failures are retried a bounded number of times, and nothing else is.
 */
class KServeFailureTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static final String METADATA = """
            {"name":"m","versions":["1"],"platform":"onnxruntime_onnx",
             "inputs":[{"name":"x","datatype":"FP32","shape":[-1,2]}],
             "outputs":[{"name":"y","datatype":"FP32","shape":[-1,2]}]}""";

    RemoteEndpoint endpoint(Duration timeout) {
        return new RemoteEndpoint(URI.create(server.baseUrl()), Optional.empty(), Map.of("unet", "m"), timeout, 3,
                Duration.ofMillis(10));
    }

    @BeforeEach
    void readyModel() {
        server.stubFor(get(urlEqualTo("/v2/health/ready")).willReturn(aResponse().withStatus(200)));
        server.stubFor(get(urlEqualTo("/v2/models/m/ready")).willReturn(aResponse().withStatus(200)));
        server.stubFor(get(urlEqualTo("/v2/models/m")).willReturn(okJson(METADATA)));
    }

    static byte[] answer(float a, float b) {
        byte[] header = "{\"model_name\":\"m\",\"outputs\":[{\"name\":\"y\",\"datatype\":\"FP32\",\"shape\":[1,2],\"parameters\":{\"binary_data_size\":8}}]}"
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer body = ByteBuffer.allocate(header.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        body.put(header).putFloat(a).putFloat(b);
        return body.array();
    }

    static int headerLength() {
        return answer(0, 0).length - 8;
    }

    KServeModel open(Duration timeout) {
        KServeClient client = new KServeClient(endpoint(timeout));
        client.checkServerReady();
        return KServeModel.open(client, "unet", "m");
    }

    static TensorBuffer input(float a, float b) {
        TensorBuffer x = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 2);
        x.set(0, a);
        x.set(1, b);
        return x;
    }

    @Test
    void aBusyServerIsAskedAgainAndTheStepCompletes() {
        server.stubFor(post(urlEqualTo("/v2/models/m/infer")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"queue full\"}")).willSetStateTo("free"));
        server.stubFor(post(urlEqualTo("/v2/models/m/infer")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(200).withHeader("Inference-Header-Content-Length",
                        Integer.toString(headerLength())).withBody(answer(3f, -4f))));
        try (KServeModel model = open(Duration.ofSeconds(5)); TensorBuffer x = input(1f, 2f);
             TensorBuffer y = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 2)) {
            model.runInto(Map.of("x", x), Map.of("y", y));
            assertEquals(3f, y.get(0));
            assertEquals(-4f, y.get(1));
        }
        server.verify(2, postRequestedFor(urlEqualTo("/v2/models/m/infer"))
                .withHeader("Content-Type", equalTo("application/octet-stream")));
        // The request carried x as 8 raw little-endian bytes after a JSON header of the announced length.
        var request = server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().endsWith("/infer"))
                .findFirst().orElseThrow().getRequest();
        int jsonLength = Integer.parseInt(request.getHeader("Inference-Header-Content-Length"));
        byte[] body = request.getBody();
        assertEquals(jsonLength + 8, body.length);
        String json = new String(body, 0, jsonLength, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"binary_data_size\":8") && json.contains("\"binary_data\":true")
                && json.contains("\"datatype\":\"FP32\"") && json.contains("\"shape\":[1,2]"), json);
        ByteBuffer data = ByteBuffer.wrap(body, jsonLength, 8).order(ByteOrder.LITTLE_ENDIAN);
        assertArrayEquals(new float[] {1f, 2f}, new float[] {data.getFloat(), data.getFloat()});
    }

    @Test
    void aServerThatStaysBusyFailsTheStepAfterBoundedAttempts() {
        server.stubFor(post(urlEqualTo("/v2/models/m/infer")).willReturn(aResponse().withStatus(503)
                .withBody("{\"error\":\"queue full\"}")));
        try (KServeModel model = open(Duration.ofSeconds(5)); TensorBuffer x = input(1f, 2f);
             TensorBuffer y = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 2)) {
            DiffusionException e = assertThrows(DiffusionException.class, () -> model.runInto(Map.of("x", x), Map.of("y", y)));
            assertTrue(e.getMessage().contains("did not run \"m\" (HTTP 503: queue full, 3 attempts)")
                    && e.getMessage().contains("nothing was changed") && e.getMessage().contains(server.baseUrl()), e.getMessage());
        }
        server.verify(3, postRequestedFor(urlEqualTo("/v2/models/m/infer")));
    }

    @Test
    void aStepThatTimesOutIsRetriedThenFails() {
        server.stubFor(post(urlEqualTo("/v2/models/m/infer")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1500).withBody(answer(0, 0))));
        try (KServeModel model = open(Duration.ofMillis(300)); TensorBuffer x = input(1f, 2f);
             TensorBuffer y = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 2)) {
            DiffusionException e = assertThrows(DiffusionException.class, () -> model.runInto(Map.of("x", x), Map.of("y", y)));
            assertTrue(e.getMessage().contains("no answer within"), e.getMessage());
        }
        server.verify(3, postRequestedFor(urlEqualTo("/v2/models/m/infer")));
    }

    @Test
    void aRefusalIsNotRetriedAndQuotesTheServer() {
        server.stubFor(post(urlEqualTo("/v2/models/m/infer")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"unexpected shape for input 'x'\"}")));
        try (KServeModel model = open(Duration.ofSeconds(5)); TensorBuffer x = input(1f, 2f);
             TensorBuffer y = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 2)) {
            DiffusionException e = assertThrows(DiffusionException.class, () -> model.runInto(Map.of("x", x), Map.of("y", y)));
            assertTrue(e.getMessage().contains("refused to run \"m\" (HTTP 400: unexpected shape for input 'x')"), e.getMessage());
        }
        server.verify(1, postRequestedFor(urlEqualTo("/v2/models/m/infer")));
    }

    @Test
    void aShapeMismatchNamesTheModelAndTheInputBeforeAnythingIsSent() {
        try (KServeModel model = open(Duration.ofSeconds(5)); TensorBuffer x = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 3);
             TensorBuffer y = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 2)) {
            DiffusionException e = assertThrows(DiffusionException.class, () -> model.runInto(Map.of("x", x), Map.of("y", y)));
            assertTrue(e.getMessage().contains("Shape mismatch on unet (\"m\" on " + server.baseUrl() + "): input \"x\" "
                    + "would be FP32 [1, 3] but the server declares FP32 [-1, 2]"), e.getMessage());
        }
        server.verify(0, postRequestedFor(urlEqualTo("/v2/models/m/infer")));
    }

    @Test
    void anAnswerOfTheWrongShapeIsRefused() {
        server.stubFor(post(urlEqualTo("/v2/models/m/infer")).willReturn(aResponse().withStatus(200)
                .withHeader("Inference-Header-Content-Length", Integer.toString(headerLength())).withBody(answer(1, 2))));
        try (KServeModel model = open(Duration.ofSeconds(5)); TensorBuffer x = input(1f, 2f);
             TensorBuffer y = TensorBuffer.of(OnnxJavaType.FLOAT, 2, 2)) {
            DiffusionException e = assertThrows(DiffusionException.class, () -> model.runInto(Map.of("x", x), Map.of("y", y)));
            assertTrue(e.getMessage().contains("returned y as FP32 [1, 2]; expected FP32 [2, 2]"), e.getMessage());
        }
    }

    @Test
    void aServerThatIsNotReadySaysSo() {
        server.stubFor(get(urlEqualTo("/v2/health/ready")).willReturn(aResponse().withStatus(503)));
        DiffusionException e = assertThrows(DiffusionException.class,
                () -> new KServeClient(endpoint(Duration.ofSeconds(5))).checkServerReady());
        assertTrue(e.getMessage().contains("The inference server at " + server.baseUrl() + " is not ready (HTTP 503)"),
                e.getMessage());
    }

    @Test
    void aModelThatIsNotReadyIsNamed() {
        server.stubFor(get(urlEqualTo("/v2/models/m/ready")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"Request for unknown model: 'm' has no available versions\"}")));
        KServeClient client = new KServeClient(endpoint(Duration.ofSeconds(5)));
        DiffusionException e = assertThrows(DiffusionException.class, () -> KServeModel.open(client, "unet", "m"));
        assertTrue(e.getMessage().contains("The model \"m\" is not ready on the inference server at " + server.baseUrl()
                + " (HTTP 400: Request for unknown model: 'm' has no available versions)"), e.getMessage());
    }

    @Test
    void aServerThatIsDownIsNamed() {
        RemoteEndpoint down = new RemoteEndpoint(URI.create("http://127.0.0.1:9"), Optional.empty(), Map.of("unet", "m"),
                Duration.ofSeconds(2), 3, Duration.ofMillis(10));
        DiffusionException e = assertThrows(DiffusionException.class, () -> new KServeClient(down).checkServerReady());
        assertTrue(e.getMessage().contains("Cannot reach the inference server at http://127.0.0.1:9")
                && e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void theTokenIsSentAsABearerToken() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "s3cret\n");
        server.stubFor(get(urlEqualTo("/v2/health/ready")).withHeader("Authorization", equalTo("Bearer s3cret"))
                .willReturn(aResponse().withStatus(200)).atPriority(1));
        server.stubFor(get(urlEqualTo("/v2/health/ready")).willReturn(aResponse().withStatus(401)).atPriority(2));
        RemoteEndpoint withToken = new RemoteEndpoint(URI.create(server.baseUrl()), Optional.of(token), Map.of("unet", "m"),
                Duration.ofSeconds(5), 3, Duration.ofMillis(10));
        new KServeClient(withToken).checkServerReady();
        DiffusionException e = assertThrows(DiffusionException.class,
                () -> new KServeClient(endpoint(Duration.ofSeconds(5))).checkServerReady());
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    }

    @Test
    void aBatchedScalarTravelsWithTheTrailingOneTritonDeclares() {
        // export-triton's dims: [1] + reshape: [] makes Triton declare the UNet's timestep [batch] as [-1, 1].
        server.stubFor(get(urlEqualTo("/v2/models/t")).willReturn(okJson("""
                {"name":"t","inputs":[{"name":"timestep","datatype":"FP32","shape":[-1,1]}],
                 "outputs":[{"name":"y","datatype":"FP32","shape":[-1,2]}]}""")));
        server.stubFor(get(urlEqualTo("/v2/models/t/ready")).willReturn(aResponse().withStatus(200)));
        server.stubFor(post(urlEqualTo("/v2/models/t/infer")).willReturn(aResponse().withStatus(200)
                .withHeader("Inference-Header-Content-Length", Integer.toString(headerLength())).withBody(answer(5, 6))));
        KServeClient client = new KServeClient(endpoint(Duration.ofSeconds(5)));
        try (KServeModel model = KServeModel.open(client, "unet", "t");
             TensorBuffer t = TensorBuffer.of(OnnxJavaType.FLOAT, 1);
             TensorBuffer y = TensorBuffer.of(OnnxJavaType.FLOAT, 1, 2)) {
            model.runInto(Map.of("timestep", t), Map.of("y", y));
            assertEquals(6f, y.get(1));
        }
        var request = server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().endsWith("/t/infer"))
                .findFirst().orElseThrow().getRequest();
        int jsonLength = Integer.parseInt(request.getHeader("Inference-Header-Content-Length"));
        String json = new String(request.getBody(), 0, jsonLength, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"shape\":[1,1]"), json);
    }
}
