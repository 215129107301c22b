package org.easel.server.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.remote.KServeConformanceServer;
import org.easel.server.engines.diffusion.remote.RemoteEndpoint;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.models.ModelStore;
import org.easel.server.models.StoredModels;
import org.easel.server.planning.InstructionInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit on a remote model whose server stops answering mid-job (WireMock in front of the
 * conformance server, turning the UNet's third request on into 503s): the step is retried, then
 * the edit fails with a message naming the server and model, and no result layer is sent. And a
 * server slow to answer a step: cancel ends the edit at once, not when the server answers.
 */
class RemoteDiffusionEditTest {
    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private KServeConformanceServer backend;
    private EditService service;
    private ModelLibrary library;

    @AfterEach
    void close() throws Exception {
        if (service != null) {
            service.shutdown(1000);
        }
        if (library != null) {
            library.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void aServerThatFailsMidJobFailsTheEditAndSendsNoLayer() throws Exception {
        startOnRemoteOracle();
        String infer = "/v2/models/oracle_unet/infer";
        proxy.stubFor(post(urlEqualTo(infer)).atPriority(1).inScenario("fails").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().proxiedFrom(backend.url().toString())).willSetStateTo("second"));
        proxy.stubFor(post(urlEqualTo(infer)).atPriority(1).inScenario("fails").whenScenarioStateIs("second")
                .willReturn(aResponse().proxiedFrom(backend.url().toString())).willSetStateTo("down"));
        proxy.stubFor(post(urlEqualTo(infer)).atPriority(1).inScenario("fails").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"server is shutting down\"}")));

        connectService();
        AtomicInteger steps = new AtomicInteger();
        OutcomeListener listener = new OutcomeListener() {
            @Override
            public void progress(int step, int total, String stage) {
                steps.incrementAndGet();
            }
        };
        DiffusionEditEngineTest fixture = new DiffusionEditEngineTest();
        service.submit(fixture.request("add a red barn", Optional.of(DiffusionEditEngineTest.selection(16, 8, 24, 16)),
                Optional.empty()), this, listener);
        AssertionError failure = assertThrows(AssertionError.class, () -> listener.await(60));
        assertTrue(failure.getMessage().contains("did not run \"oracle_unet\" (HTTP 503: server is shutting down, 3 attempts)")
                && failure.getMessage().contains(proxy.baseUrl()), failure.getMessage());
        assertTrue(steps.get() >= 2, "it failed mid-job, after " + steps.get() + " progress reports");
        assertEquals(2, backend.inferCalls("oracle_unet"), "two steps ran on the server before it refused");
    }

    @Test
    void cancelDuringASlowStepEndsTheEditWithoutWaitingForTheServer() throws Exception {
        startOnRemoteOracle();
        // The UNet's answer takes 30 s: longer than the endpoint's 10 s time-out and its retries.
        proxy.stubFor(post(urlEqualTo("/v2/models/oracle_unet/infer")).atPriority(1)
                .willReturn(aResponse().proxiedFrom(backend.url().toString()).withFixedDelay(30_000)));
        connectService();
        CompletableFuture<String> accepted = new CompletableFuture<>();
        OutcomeListener listener = new OutcomeListener() {
            @Override
            public void accepted(String jobId, PlanView plan, int queuePosition) {
                accepted.complete(jobId);
            }
        };
        DiffusionEditEngineTest fixture = new DiffusionEditEngineTest();
        service.submit(fixture.request("add a red barn", Optional.of(DiffusionEditEngineTest.selection(16, 8, 24, 16)),
                Optional.empty()), this, listener);
        String job = accepted.get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (proxy.findAll(postRequestedFor(urlEqualTo("/v2/models/oracle_unet/infer"))).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);   // until the first step is on the server
        }
        long cancelledAt = System.nanoTime();
        assertTrue(service.cancel(job, this), "the job was running");
        AssertionError ended = assertThrows(AssertionError.class, () -> listener.await(20));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt);
        assertTrue(ended.getMessage().startsWith("cancelled"), ended.getMessage());
        assertTrue(tookMillis < 3000, "cancel ended the edit " + tookMillis + " ms later, not after the server's 30 s");
    }

    /** The oracle models behind the conformance server, with WireMock in front passing everything on. */
    private void startOnRemoteOracle() throws Exception {
        Path folder = OracleModels.oracle().write(dir.resolve("oracle"));
        Path repo = dir.resolve("repo");
        for (String part : List.of("text_encoder", "unet", "vae_decoder", "vae_encoder")) {
            Path version = Files.createDirectories(repo.resolve("oracle_" + part + "/1"));
            Files.copy(folder.resolve(part + "/model.onnx"), version.resolve("model.onnx"));
        }
        backend = new KServeConformanceServer(repo);
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(backend.url().toString())));
    }

    /** The remote model installed from WireMock's address, and an edit service that runs it. */
    private void connectService() throws Exception {
        Path folder = dir.resolve("oracle");
        ModelStore store = new ModelStore(ModelStore.modelsDir(dir.resolve("state")));
        RemoteEndpoint endpoint = new RemoteEndpoint(URI.create(proxy.baseUrl()), Optional.empty(),
                RemoteEndpoint.partNames("oracle", true), Duration.ofSeconds(10), 3, Duration.ofMillis(10));
        StoredModels.installRemote(store, "oracle-remote", folder, endpoint.toJson(),
                List.of("text-to-image", "image-to-image", "inpaint", "outpaint", "variations"));
        library = new ModelLibrary(new InstalledModels(store)::folders, () -> new OnnxRuntime(OnnxRuntime.Device.CPU, 1));
        EditEngine engine = new EngineRouter(Map.of(InstructionInterpreter.ENGINE, new ClassicalEditEngine(),
                DiffusionEditEngine.ENGINE, new DiffusionEditEngine(library)));
        service = new EditService(4, EngineCatalog.builtIn(), engine, TestServices.freshMemory(), 1L << 30,
                new InstructionInterpreter(), Optional.of(library));

    }
}
