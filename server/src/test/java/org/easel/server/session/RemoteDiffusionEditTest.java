package org.easel.server.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
 * the edit fails with a message naming the server and model, and no result layer is sent.
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
        Path folder = OracleModels.oracle().write(dir.resolve("oracle"));
        Path repo = dir.resolve("repo");
        for (String part : List.of("text_encoder", "unet", "vae_decoder", "vae_encoder")) {
            Path version = Files.createDirectories(repo.resolve("oracle_" + part + "/1"));
            Files.copy(folder.resolve(part + "/model.onnx"), version.resolve("model.onnx"));
        }
        backend = new KServeConformanceServer(repo);
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(backend.url().toString())));
        String infer = "/v2/models/oracle_unet/infer";
        proxy.stubFor(post(urlEqualTo(infer)).atPriority(1).inScenario("fails").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().proxiedFrom(backend.url().toString())).willSetStateTo("second"));
        proxy.stubFor(post(urlEqualTo(infer)).atPriority(1).inScenario("fails").whenScenarioStateIs("second")
                .willReturn(aResponse().proxiedFrom(backend.url().toString())).willSetStateTo("down"));
        proxy.stubFor(post(urlEqualTo(infer)).atPriority(1).inScenario("fails").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"server is shutting down\"}")));

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
}
