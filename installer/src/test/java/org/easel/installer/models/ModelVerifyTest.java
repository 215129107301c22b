package org.easel.installer.models;

import org.easel.server.models.ModelStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** easel models verify's check: the installed files against the manifest. */
class ModelVerifyTest {
    @TempDir
    Path temp;

    private Path installedCopy(ModelStore store) throws Exception {
        Path from = temp.resolve("from");
        Files.createDirectories(from.resolve("unet"));
        Files.writeString(from.resolve("model_index.json"), "{}");
        Files.write(from.resolve("unet/model.onnx"), FakeHub.bytes(50_000, 7));
        return new LocalInstaller(store, dir -> Long.MAX_VALUE / 4, DownloadProgress.NONE, java.time.Clock.systemUTC())
                .installOwn("m", from, List.of("inpaint")).folder();
    }

    @Test
    void anIntactModelVerifies() throws Exception {
        ModelStore store = new ModelStore(temp.resolve("models"));
        Path folder = installedCopy(store);

        ModelVerifier.Result result = ModelVerifier.verify(folder, store.manifest("m").orElseThrow(), DownloadProgress.NONE);

        assertTrue(result.ok(), result.problems().toString());
        assertEquals(2, result.files());
    }

    @Test
    void aChangedByteAMissingFileAndATruncatedFileAreReported() throws Exception {
        ModelStore store = new ModelStore(temp.resolve("models"));
        Path folder = installedCopy(store);
        byte[] unet = Files.readAllBytes(folder.resolve("unet/model.onnx"));
        unet[123] ^= 1;
        Files.write(folder.resolve("unet/model.onnx"), unet);

        ModelVerifier.Result result = ModelVerifier.verify(folder, store.manifest("m").orElseThrow(), DownloadProgress.NONE);

        assertFalse(result.ok());
        assertEquals(List.of("unet/model.onnx"), result.problems().stream().map(ModelVerifier.Problem::path).toList());
        assertTrue(result.problems().get(0).what().startsWith("sha256 is "), result.problems().toString());

        Files.delete(folder.resolve("model_index.json"));
        Files.write(folder.resolve("unet/model.onnx"), new byte[10]);
        result = ModelVerifier.verify(folder, store.manifest("m").orElseThrow(), DownloadProgress.NONE);
        assertEquals(List.of(new ModelVerifier.Problem("model_index.json", "missing"),
                new ModelVerifier.Problem("unet/model.onnx", "is 10 bytes, should be 50000")), result.problems());
    }
}
