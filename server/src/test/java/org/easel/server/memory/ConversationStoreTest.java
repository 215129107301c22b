package org.easel.server.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationStoreTest {

    @TempDir
    Path dir;

    @Test
    void turnsAndTheirImagesSurviveARestart() throws Exception {
        byte[] original = Turns.pixels(8 * 8 * 4, 1);
        byte[] result = Turns.pixels(4 * 4 * 4, 2);
        try (ConversationStore store = ConversationStore.open(dir)) {
            StoredImage edited = store.images().put(8, 8, PixelFormat.RGBA8, original);
            StoredImage patch = store.images().put(4, 4, PixelFormat.RGBA8, result);
            TurnRecord first = store.record("doc", Optional.of("cat.kra"), Turns.done("warmer",
                    Optional.of(new PlacedImage(null, edited, 0, 0)), List.of(new PlacedImage("Easel: warmer", patch, 2, 3))));
            TurnRecord second = store.record("doc", Optional.empty(), Turns.done("cooler", Optional.empty(), List.of()));
            assertEquals(1, first.number());
            assertEquals(2, second.number());
        }
        try (ConversationStore store = ConversationStore.open(dir)) {
            ConversationRecord doc = store.conversation("doc").orElseThrow();
            assertEquals(Optional.of("cat.kra"), doc.title(), "a later turn without a title keeps the first");
            assertEquals(List.of("warmer", "cooler"), doc.turns().stream().map(TurnRecord::instruction).toList());
            TurnRecord first = doc.turns().get(0);
            assertEquals("{\"summary\":\"warmer\"}", first.planJson());
            assertEquals(64, first.canvasWidth());
            PlacedImage layer = first.results().get(0);
            assertEquals("Easel: warmer", layer.name());
            assertEquals(2, layer.x());
            assertArrayEquals(result, store.images().read(layer.image()));
            assertArrayEquals(original, store.images().read(first.edited().orElseThrow().image()));
            assertEquals(Optional.empty(), store.conversation("other"));
        }
    }

    @Test
    void identicalImagesAreStoredOnce() throws Exception {
        try (ConversationStore store = ConversationStore.open(dir)) {
            byte[] pixels = Turns.pixels(16 * 16 * 4, 3);
            StoredImage a = store.images().put(16, 16, PixelFormat.RGBA8, pixels);
            StoredImage b = store.images().put(16, 16, PixelFormat.RGBA8, pixels.clone());
            StoredImage c = store.images().put(16, 16, PixelFormat.BGRA8, pixels);
            assertEquals(a.id(), b.id());
            assertFalse(a.id().equals(c.id()), "the same bytes in another format are another image");
            try (var files = Files.walk(dir.resolve("images"))) {
                assertEquals(2, files.filter(Files::isRegularFile).count());
            }
        }
    }

    @Test
    void aDamagedImageFileIsReportedNotReturned() throws Exception {
        try (ConversationStore store = ConversationStore.open(dir)) {
            StoredImage image = store.images().put(8, 8, PixelFormat.RGBA8, Turns.pixels(256, 4));
            Path file = dir.resolve("images").resolve(image.id().substring(0, 2)).resolve(image.id() + ".px");
            byte[] whole = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
            assertThrows(java.io.IOException.class, () -> store.images().read(image));
        }
    }

    @Test
    void stylePersistsUntilCleared() throws Exception {
        try (ConversationStore store = ConversationStore.open(dir)) {
            store.setStyle("doc", Optional.of("watercolour"));
        }
        try (ConversationStore store = ConversationStore.open(dir)) {
            assertEquals(Optional.of("watercolour"), store.conversation("doc").orElseThrow().style());
            store.setStyle("doc", Optional.empty());
            assertEquals(Optional.empty(), store.conversation("doc").orElseThrow().style());
        }
    }

    @Test
    void theSizeLimitPrunesTheOldestImagesButKeepsTurnsAndTheLatestImages() throws Exception {
        try (ConversationStore store = ConversationStore.open(dir)) {
            for (int i = 0; i < 5; i++) {
                StoredImage image = store.images().put(32, 32, PixelFormat.RGBA8, randomPixels(32 * 32 * 4, i));
                store.record("doc", Optional.empty(), Turns.done("turn " + i, Optional.empty(),
                        List.of(new PlacedImage("layer", image, 0, 0))));
            }
            long oneImage = store.images().sizeOnDisk(store.conversation("doc").orElseThrow().turns().get(0).results().get(0).image().id());
            int pruned = store.enforceLimit("doc", oneImage * 2);
            assertEquals(3, pruned);
            List<TurnRecord> turns = store.conversation("doc").orElseThrow().turns();
            assertEquals(5, turns.size(), "turns are never dropped");
            assertEquals(List.of(true, true, true, false, false),
                    turns.stream().map(t -> t.results().get(0).image().pruned()).toList());
            assertTrue(store.images().contains(turns.get(4).results().get(0).image().id()));
            assertFalse(store.images().contains(turns.get(0).results().get(0).image().id()));
        }
    }

    @Test
    void anImageSharedWithAnotherConversationIsNotPruned() throws Exception {
        try (ConversationStore store = ConversationStore.open(dir)) {
            StoredImage shared = store.images().put(32, 32, PixelFormat.RGBA8, randomPixels(4096, 9));
            StoredImage latest = store.images().put(32, 32, PixelFormat.RGBA8, randomPixels(4096, 10));
            store.record("a", Optional.empty(), Turns.done("x", Optional.empty(), List.of(new PlacedImage("l", shared, 0, 0))));
            store.record("a", Optional.empty(), Turns.done("y", Optional.empty(), List.of(new PlacedImage("l", latest, 0, 0))));
            store.record("b", Optional.empty(), Turns.done("z", Optional.of(new PlacedImage(null, shared, 0, 0)), List.of()));
            assertEquals(0, store.enforceLimit("a", 1));
            assertTrue(store.images().contains(shared.id()));
        }
    }

    @Test
    void aMemoryFromANewerEaselIsRefused() throws Exception {
        ConversationStore.open(dir).close();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("conversations.db"));
             var s = db.createStatement()) {
            s.execute("PRAGMA user_version=99");
        }
        MemoryException e = assertThrows(MemoryException.class, () -> ConversationStore.open(dir));
        assertTrue(e.getMessage().contains("newer Easel"), e.getMessage());
    }

    private static byte[] randomPixels(int length, int seed) {
        byte[] p = new byte[length];
        new java.util.Random(seed).nextBytes(p); // incompressible, so sizes are predictable
        return p;
    }
}
