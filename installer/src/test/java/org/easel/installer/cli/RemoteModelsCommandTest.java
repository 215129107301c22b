package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.easel.server.engines.diffusion.model.DiffusionModel;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.pipeline.DiffusionPipeline;
import org.easel.server.engines.diffusion.pipeline.Generation;
import org.easel.server.engines.diffusion.pipeline.Picture;
import org.easel.server.engines.diffusion.remote.KServeConformanceServer;
import org.easel.server.engines.diffusion.scheduler.SchedulerKind;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.engines.JobControl;
import org.easel.server.models.ModelStore;
import org.easel.server.session.InstalledModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export-triton → a KServe v2 server running that repository → add-remote → the daemon's model
 * library: the remote pipeline, its tensors over real HTTP with the binary extension, makes the
 * same pixels as the local one for the same seed.
 */
class RemoteModelsCommandTest {
    private static final int STEPS = 6;

    @TempDir
    Path state;

    private String out;
    private String err;

    private int easel(String... args) {
        EaselRun run = EaselRun.easel(args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void anExportedModelServedRemotelyMakesTheSamePixelsAsTheLocalOne() throws Exception {
        Path folder = OracleModels.oracle().write(state.resolve("oracle"));
        assertEquals(0, easel("models", "install", "oracle", "--from", folder.toString(), "--state-dir", state.toString()), err);
        Path repo = state.resolve("triton");
        assertEquals(0, easel("models", "export-triton", "oracle", repo.toString(), "--state-dir", state.toString()), err);
        assertTrue(out.contains("tritonserver --model-repository"), out);

        String unetConfig = Files.readString(repo.resolve("oracle_unet/config.pbtxt"));
        assertTrue(unetConfig.contains("platform: \"onnxruntime_onnx\""), unetConfig);
        assertTrue(unetConfig.contains("name: \"encoder_hidden_states\"") && unetConfig.contains("name: \"out_sample\""), unetConfig);
        assertTrue(unetConfig.contains("kind: KIND_GPU"), unetConfig);
        assertTrue(Files.isRegularFile(repo.resolve("oracle_unet/1/model.onnx")));
        assertTrue(Files.isRegularFile(repo.resolve("oracle_vae_encoder/1/model.onnx")));
        assertEquals(Files.size(folder.resolve("unet/model.onnx")), Files.size(repo.resolve("oracle_unet/1/model.onnx")));

        try (KServeConformanceServer server = new KServeConformanceServer(repo)) {
            assertEquals(0, easel("models", "add-remote", "oracle-remote", "--url", server.url().toString(), "--prefix",
                    "oracle", "--pipeline", folder.toString(), "--state-dir", state.toString()), err);
            assertTrue(out.contains("text-to-image, image-to-image, inpaint"), out);
            assertEquals(0, easel("models", "list", "--state-dir", state.toString()));
            assertTrue(out.contains("oracle-remote  installed (not in the catalog)"), out);
            assertTrue(out.contains("from: inference server at " + server.url()), out);
            ModelStore store = new ModelStore(ModelStore.modelsDir(state));
            assertFalse(Files.exists(store.dir().resolve("oracle-remote/unet")), "no network is copied locally");

            InstalledModels installed = new InstalledModels(store);
            try (ModelLibrary library = new ModelLibrary(installed::folders, () -> new OnnxRuntime(OnnxRuntime.Device.CPU, 1))) {
                assertEquals(List.of("text-to-image", "image-to-image", "inpaint", "outpaint", "variations"),
                        library.installed().stream().filter(m -> m.id().equals("oracle-remote")).findFirst().orElseThrow()
                                .capabilities());
                Picture local = generate(library, "oracle");
                int callsBefore = server.inferCalls("oracle_unet");
                Picture remote = generate(library, "oracle-remote");

                assertArrayEquals(local.rgb(), remote.rgb(), "the remote pipeline's pixels");
                assertEquals(STEPS, server.inferCalls("oracle_unet") - callsBefore, "one UNet request per step");
                for (List<String> inputs : server.inferInputs()) {
                    assertEquals(inputs.size(), Set.copyOf(inputs).size(), "each tensor sent once: " + inputs);
                }
                assertTrue(server.connections() <= 2, "kept alive: " + server.connections() + " connections");
            }
        }
    }

    private static Picture generate(ModelLibrary library, String id) {
        ModelLibrary.Installed installed = library.installed().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        DiffusionModel model = library.acquire(installed);
        try {
            Generation generation = new Generation(Generation.Mode.TEXT_TO_IMAGE, "a red boat", "", 32, 24, STEPS, 7.5, 0,
                    1, 42, SchedulerKind.EULER_ANCESTRAL, Optional.empty(), Optional.empty());
            return new DiffusionPipeline(model).generate(generation, JobControl.NONE);
        } finally {
            library.release(model);
        }
    }

    @Test
    void aServerThatIsDownIsNamedAndNothingIsAdded() throws Exception {
        Path folder = OracleModels.oracle().write(state.resolve("oracle"));
        assertEquals(1, easel("models", "add-remote", "gone", "--url", "http://127.0.0.1:9", "--pipeline",
                folder.toString(), "--state-dir", state.toString()));
        assertTrue(err.contains("Cannot reach the inference server at http://127.0.0.1:9"), err);
        assertTrue(new ModelStore(ModelStore.modelsDir(state)).find("gone").isEmpty());
    }
}
