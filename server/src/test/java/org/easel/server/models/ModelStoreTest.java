package org.easel.server.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.easel.server.models.ModelStore.InstalledModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the daemon sees of the store: complete installs only. */
class ModelStoreTest {
    @TempDir
    Path state;

    private static ModelManifest manifest(String id) {
        return new ModelManifest(id, id, "o/r", "b".repeat(40), "mit", List.of("inpaint", "outpaint"),
                Instant.parse("2025-01-01T00:00:00Z"), "https://huggingface.co",
                List.of(new ModelManifest.FileRecord("model_index.json", 2, "c".repeat(64), "catalog sha256")));
    }

    private ModelStore store() {
        return new ModelStore(ModelStore.modelsDir(state));
    }

    private InstalledModel publish(ModelStore store, String id) throws Exception {
        Path staged = Files.createDirectories(store.incoming(id));
        Files.writeString(staged.resolve("model_index.json"), "{}");
        return store.publish(id, staged, manifest(id));
    }

    @Test
    void theModelsFolderIsInTheStateDirectory() {
        assertEquals(state.resolve("models"), ModelStore.modelsDir(state));
        assertEquals(List.of(), store().installed(), "no models folder yet: none installed");
    }

    @Test
    void onlyFoldersWithAReadableManifestOfTheirOwnIdAreModels() throws Exception {
        ModelStore store = store();
        InstalledModel good = publish(store, "good");
        Path dir = store.dir();
        Files.createDirectories(dir.resolve("no-manifest/unet"));
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/" + ModelStore.MANIFEST), "{\"format\": 1, \"id\": ");
        Files.createDirectories(dir.resolve("renamed"));
        Files.writeString(dir.resolve("renamed/" + ModelStore.MANIFEST), manifest("other").toJson());
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/" + ModelStore.MANIFEST), manifest("hidden").toJson());
        Files.createDirectories(dir.resolve(".incoming/half"));
        Files.writeString(dir.resolve(".incoming/half/" + ModelStore.MANIFEST), manifest("half").toJson());
        Files.writeString(dir.resolve("file-not-folder"), "x");

        assertEquals(List.of(good), store.installed());
        assertEquals(new InstalledModel("good", dir.resolve("good"), List.of("inpaint", "outpaint"), "o/r", "b".repeat(40)), good);
        assertEquals(Optional.of(good), store.find("good"));
        for (String id : List.of("no-manifest", "broken", "renamed", ".hidden", ".incoming", "half", "missing")) {
            assertTrue(store.find(id).isEmpty(), id);
        }
    }

    @Test
    void findNeverJoinsAnInvalidIdToAPath() throws Exception {
        ModelStore store = new ModelStore(Files.createDirectories(state.resolve("a/models")));
        Path outside = Files.createDirectories(state.resolve("a/x"));
        Files.writeString(outside.resolve(ModelStore.MANIFEST), manifest("x").toJson());

        assertTrue(store.find("../x").isEmpty());
        assertTrue(store.manifest("../x").isEmpty());
        assertFalse(store.remove("../x"));
        assertThrows(IllegalArgumentException.class, () -> store.incoming("../x"));
        assertTrue(Files.exists(outside.resolve(ModelStore.MANIFEST)));
    }

    @Test
    void publishingWritesTheManifestLastAndReplacesAnOlderCopy() throws Exception {
        ModelStore store = store();
        publish(store, "m");
        Files.writeString(store.dir().resolve("m/old-only.txt"), "old");

        InstalledModel again = publish(store, "m");

        assertFalse(Files.exists(again.folder().resolve("old-only.txt")));
        assertEquals(manifest("m"), store.manifest("m").orElseThrow());
        assertFalse(Files.exists(again.folder().resolve(ModelStore.MANIFEST + ".tmp")));
        try (var names = Files.list(store.dir())) {
            assertEquals(List.of(".incoming", "m"), names.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void removeDeletesTheModelAndItsUnfinishedDownloads() throws Exception {
        ModelStore store = store();
        publish(store, "m");
        Files.createDirectories(store.incoming("m").resolve("unet"));
        Files.writeString(store.incoming("m").resolve("unet/model.onnx.part"), "partial");

        assertTrue(store.remove("m"));

        assertEquals(List.of(), store.installed());
        assertFalse(Files.exists(store.dir().resolve("m")));
        assertFalse(Files.exists(store.incoming("m")));
        assertFalse(store.remove("m"), "not installed any more");
    }

    @Test
    void leftoversOfInterruptedPublishesAreCleanedUp() throws Exception {
        ModelStore store = store();
        Files.createDirectories(store.dir().resolve(".old-m-123/unet"));
        Files.createDirectories(store.dir().resolve(".removing-m-456"));

        store.cleanUp();

        try (var names = Files.list(store.dir())) {
            assertEquals(List.of(), names.toList());
        }
    }

    @Test
    void aSecondInstallOfTheSameIdIsRefusedWhileOneRuns() throws Exception {
        ModelStore store = store();
        try (ModelStore.Lock lock = store.lock("m")) {
            ModelException e = assertThrows(ModelException.class, () -> store.lock("m"));
            assertTrue(e.getMessage().contains("Another `easel models install m`"), e.getMessage());
            store.lock("other").close();
        }
        store.lock("m").close();
    }

    @Test
    void theManifestRoundTrips() {
        ModelManifest m = manifest("m");
        assertEquals(Optional.of(m), ModelManifest.parse(m.toJson()));
        assertTrue(ModelManifest.parse("{}").isEmpty());
        assertTrue(ModelManifest.parse(m.toJson().replace("model_index.json", "../escape")).isEmpty());
    }
}
