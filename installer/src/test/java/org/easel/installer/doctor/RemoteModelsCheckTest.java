package org.easel.installer.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.easel.installer.models.RemoteModelAdder;
import org.easel.server.engines.diffusion.remote.KServeConformanceServer;
import org.easel.server.engines.diffusion.remote.RemoteEndpoint;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.models.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** easel doctor on remote models: ready parts pass; a server that is down or lacks a part is a fix. */
class RemoteModelsCheckTest {
    @TempDir
    Path dir;

    @Test
    void noRemoteModelIsANote() {
        List<Finding> findings = new RemoteModelsCheck(dir.resolve("state"), Duration.ofSeconds(2)).run();
        assertEquals(1, findings.size());
        assertEquals(Status.NOTE, findings.get(0).status(), findings.toString());
    }

    @Test
    void readyPartsPassAndAServerThatStoppedNeedsAFix() throws Exception {
        Path folder = OracleModels.oracle().write(dir.resolve("oracle"));
        try (KServeConformanceServer server = new KServeConformanceServer(repository(folder))) {
            add("oracle-remote", folder, server, RemoteEndpoint.partNames("oracle", true));
            add("half-there", folder, server, Map.of("unet", "missing_unet"));

            List<Finding> findings = new RemoteModelsCheck(dir.resolve("state"), Duration.ofSeconds(2)).run();
            Finding ready = find(findings, "oracle-remote");
            assertEquals(Status.OK, ready.status(), ready.text());
            assertTrue(ready.text().contains("4 parts ready at " + server.url()), ready.text());
            Finding missing = find(findings, "half-there");
            assertEquals(Status.FIX, missing.status(), missing.text());
            assertTrue(missing.text().contains("\"missing_unet\" is not ready"), missing.text());
        }
        Finding down = find(new RemoteModelsCheck(dir.resolve("state"), Duration.ofSeconds(2)).run(), "oracle-remote");
        assertEquals(Status.FIX, down.status(), down.text());
        assertTrue(down.text().contains("Cannot reach the inference server"), down.text());
    }

    private void add(String id, Path folder, KServeConformanceServer server, Map<String, String> parts) throws Exception {
        RemoteEndpoint endpoint = new RemoteEndpoint(server.url(), Optional.empty(), parts, Duration.ofSeconds(5), 1,
                Duration.ofMillis(10));
        new RemoteModelAdder(new ModelStore(ModelStore.modelsDir(dir.resolve("state"))), Clock.systemUTC()).add(id, folder,
                Files.readString(folder.resolve("model_index.json")), endpoint.toJson(), server.url().toString(),
                List.of("text-to-image"));
    }

    private Path repository(Path folder) throws Exception {
        Path repo = dir.resolve("repo");
        for (String part : List.of("text_encoder", "unet", "vae_decoder", "vae_encoder")) {
            Path version = Files.createDirectories(repo.resolve("oracle_" + part + "/1"));
            Files.copy(folder.resolve(part + "/model.onnx"), version.resolve("model.onnx"));
        }
        return repo;
    }

    private static Finding find(List<Finding> findings, String model) {
        return findings.stream().filter(f -> f.text().startsWith(model + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + model + ": " + findings));
    }
}
