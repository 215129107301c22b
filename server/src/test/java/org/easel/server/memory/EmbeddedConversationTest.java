package org.easel.server.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.easel.protocol.PixelFormat;
import org.easel.server.session.Thumbnails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversation a document carries: capped to a size (newest turns keep their pixels, older
 * ones their plans and previews) and imported on open only when it is newer than the daemon's.
 */
class EmbeddedConversationTest {
    private static final int SIDE = 64;
    private static final int IMAGE_BYTES = SIDE * SIDE * 4;

    @TempDir
    Path source;
    @TempDir
    Path target;

    /** Noise, so the pixels do not compress and sizes are predictable. */
    private static byte[] noise(int seed) {
        byte[] pixels = new byte[IMAGE_BYTES];
        new Random(seed).nextBytes(pixels);
        for (int i = 3; i < pixels.length; i += 4) {
            pixels[i] = (byte) 255;
        }
        return pixels;
    }

    private static TurnRecord turn(int n, StoredImage before, StoredImage after) {
        return new TurnRecord(0, "edit " + n, "{\"summary\":\"edit " + n + "\"}", "{\"feather\":0}", "done", "j-" + n,
                "Done.", Instant.parse("2026-11-26T12:00:00Z").plusSeconds(n), 10, SIDE, SIDE,
                Optional.of(new PlacedImage(null, before, 0, 0)), Optional.empty(),
                List.of(new PlacedImage("Easel: edit " + n, after, 0, 0)));
    }

    /** {@code turns} turns, each with its own 16 KiB parent and result. */
    private static void record(ConversationStore store, String id, int from, int turns) throws Exception {
        for (int n = from; n < from + turns; n++) {
            StoredImage before = store.images().put(SIDE, SIDE, PixelFormat.RGBA8, noise(2 * n));
            StoredImage after = store.images().put(SIDE, SIDE, PixelFormat.RGBA8, noise(2 * n + 1));
            store.record(id, Optional.of("cat.kra"), turn(n, before, after));
        }
    }

    private static ConversationArchive archives(ConversationStore store) {
        return new ConversationArchive(store, 1 << 26, Thumbnails::of);
    }

    @Test
    void aCappedExportKeepsTheNewestTurnsWholeAndPreviewsOfTheOlderOnes() throws Exception {
        byte[] archive;
        try (ConversationStore store = ConversationStore.open(source)) {
            record(store, "doc", 1, 10);
            long cap = 5 * 2 * IMAGE_BYTES + 64 * 1024;   // room for about five turns' pixels
            ConversationArchive.Exported exported = archives(store).export("doc", cap).orElseThrow();
            archive = exported.archive();
            assertTrue(archive.length <= cap, archive.length + " > " + cap);
            List<Integer> without = exported.turnsWithoutPixels();
            assertFalse(without.isEmpty(), "ten turns of noise cannot fit");
            assertTrue(without.size() < 10, "the newest turns keep their pixels");
            assertEquals(Integer.valueOf(1), without.get(0), "the oldest turns lose their pixels first");
            int newestDropped = without.get(without.size() - 1);
            assertEquals(newestDropped, without.size(), "the turns without pixels are exactly the oldest ones: " + without);
            // Uncapped, everything travels.
            assertEquals(List.of(), archives(store).export("doc", Long.MAX_VALUE).orElseThrow().turnsWithoutPixels());
        }
        try (ConversationStore other = ConversationStore.open(target)) {
            ConversationRecord imported = archives(other).importArchive(archive, Optional.empty());
            assertEquals(10, imported.turns().size(), "every turn travels, with its plan");
            TurnRecord oldest = imported.turns().get(0);
            TurnRecord newest = imported.turns().get(9);
            assertEquals("{\"summary\":\"edit 1\"}", oldest.planJson());
            assertTrue(oldest.edited().orElseThrow().image().pruned());
            assertTrue(oldest.results().get(0).image().pruned());
            assertFalse(newest.edited().orElseThrow().image().pruned());
            assertArrayEquals(noise(20), other.images().read(newest.edited().orElseThrow().image()),
                    "the newest turn can still be undone: its parent's pixels are whole");
            Preview preview = other.images().preview(oldest.results().get(0).image().id()).orElseThrow();
            assertEquals(SIDE, preview.width(), "a 64 px layer's preview is the layer at full size");
            byte[] expected = Thumbnails.of(new org.easel.server.imaging.Raster(0, 0, SIDE, SIDE, PixelFormat.RGBA8,
                    noise(3))).pixels();
            assertArrayEquals(expected, preview.rgba(), "the preview shows the dropped result");
            // Exported again (the file saved once more), the preview still travels.
            ConversationArchive.Exported again = archives(other).export("doc", Long.MAX_VALUE).orElseThrow();
            try (ConversationStore third = ConversationStore.open(source.resolve("third"))) {
                ConversationRecord copy = archives(third).importArchive(again.archive(), Optional.empty());
                assertTrue(third.images().preview(copy.turns().get(0).results().get(0).image().id()).isPresent());
            }
        }
    }

    @Test
    void aCapTooSmallForAnyPixelsStillCarriesEveryTurn() throws Exception {
        try (ConversationStore store = ConversationStore.open(source)) {
            record(store, "doc", 1, 3);
            ConversationArchive.Exported exported = archives(store).export("doc", 8 * 1024).orElseThrow();
            assertEquals(List.of(1, 2, 3), exported.turnsWithoutPixels());
            assertTrue(exported.archive().length <= 8 * 1024);
            MemoryException tiny = assertThrows(MemoryException.class, () -> archives(store).export("doc", 100));
            assertTrue(tiny.getMessage().contains("even without any pixels"), tiny.getMessage());
        }
    }

    @Test
    void aDaemonThatNeverSawTheConversationImportsIt() throws Exception {
        byte[] archive;
        try (ConversationStore store = ConversationStore.open(source)) {
            record(store, "doc", 1, 3);
            archive = archives(store).export("doc").orElseThrow();
        }
        try (ConversationStore fresh = ConversationStore.open(target)) {
            ConversationArchive.ImportOutcome outcome = archives(fresh).importIfNewer(archive, Optional.of("doc"));
            assertTrue(outcome.imported(), outcome.reason());
            assertEquals(3, fresh.conversation("doc").orElseThrow().turns().size());
        }
    }

    @Test
    void aNewerDocumentCopyReplacesTheDaemonsOlderOne() throws Exception {
        try (ConversationStore store = ConversationStore.open(source)) {
            record(store, "doc", 1, 2);
            byte[] older = archives(store).export("doc").orElseThrow();
            record(store, "doc", 3, 2);
            byte[] newer = archives(store).export("doc").orElseThrow();
            try (ConversationStore laptop = ConversationStore.open(target)) {
                archives(laptop).importArchive(older, Optional.empty());
                ConversationArchive.ImportOutcome outcome = archives(laptop).importIfNewer(newer, Optional.of("doc"));
                assertTrue(outcome.imported(), outcome.reason());
                assertTrue(outcome.reason().contains("2 more turns"), outcome.reason());
                assertEquals(Optional.of(CopyComparison.Verdict.DOCUMENT_NEWER), outcome.verdict());
                assertEquals(List.of("edit 1", "edit 2", "edit 3", "edit 4"),
                        laptop.conversation("doc").orElseThrow().turns().stream().map(TurnRecord::instruction).toList());
            }
        }
    }

    @Test
    void anOlderSameOrDivergedDocumentCopyChangesNothing() throws Exception {
        try (ConversationStore store = ConversationStore.open(source)) {
            record(store, "doc", 1, 2);
            byte[] older = archives(store).export("doc").orElseThrow();
            record(store, "doc", 3, 1);
            byte[] same = archives(store).export("doc").orElseThrow();

            ConversationArchive.ImportOutcome whenOlder = archives(store).importIfNewer(older, Optional.of("doc"));
            assertFalse(whenOlder.imported());
            assertTrue(whenOlder.reason().contains("1 more turns than the document's"), whenOlder.reason());
            ConversationArchive.ImportOutcome whenSame = archives(store).importIfNewer(same, Optional.of("doc"));
            assertFalse(whenSame.imported());
            assertTrue(whenSame.reason().contains("already has the same 3 turns"), whenSame.reason());
            assertEquals(Optional.of(CopyComparison.Verdict.SAME), whenSame.verdict());
            assertEquals(Optional.of(CopyComparison.Verdict.DAEMON_NEWER), whenOlder.verdict());

            try (ConversationStore elsewhere = ConversationStore.open(target)) {
                archives(elsewhere).importArchive(older, Optional.empty());
                StoredImage x = elsewhere.images().put(SIDE, SIDE, PixelFormat.RGBA8, noise(99));
                elsewhere.record("doc", Optional.empty(), new TurnRecord(0, "something else", "{}", "{}", "done", "j-9",
                        "Done.", Instant.parse("2026-12-01T00:00:00Z"), 1, SIDE, SIDE, Optional.of(new PlacedImage(null, x, 0, 0)),
                        Optional.empty(), List.of(new PlacedImage("l", x, 0, 0))));
                elsewhere.record("doc", Optional.empty(), new TurnRecord(0, "and more", "{}", "{}", "done", "j-10",
                        "Done.", Instant.parse("2026-12-01T00:00:01Z"), 1, SIDE, SIDE, Optional.empty(),
                        Optional.empty(), List.of(new PlacedImage("l", x, 0, 0))));
                byte[] diverged = archives(elsewhere).export("doc").orElseThrow();
                ConversationArchive.ImportOutcome whenDiverged = archives(store).importIfNewer(diverged, Optional.of("doc"));
                assertFalse(whenDiverged.imported());
                assertTrue(whenDiverged.reason().contains("separate ways"), whenDiverged.reason());
                assertEquals(Optional.of(CopyComparison.Verdict.DIVERGED), whenDiverged.verdict());
            }
            assertEquals(List.of("edit 1", "edit 2", "edit 3"),
                    store.conversation("doc").orElseThrow().turns().stream().map(TurnRecord::instruction).toList());
        }
    }

    @Test
    void aDamagedOrForeignEmbeddedConversationIsRefusedAndNothingChanges() throws Exception {
        try (ConversationStore store = ConversationStore.open(source)) {
            record(store, "doc", 1, 2);
            byte[] archive = archives(store).export("doc").orElseThrow();
            byte[] truncated = Arrays.copyOf(archive, archive.length / 2);
            byte[] foreign = "<?xml version='1.0'?><krita-annotation/>".getBytes();
            try (ConversationStore fresh = ConversationStore.open(target)) {
                for (byte[] bad : List.of(truncated, foreign)) {
                    MemoryException e = assertThrows(MemoryException.class,
                            () -> archives(fresh).importIfNewer(bad, Optional.of("doc")));
                    assertTrue(e.getMessage().contains("The memory is unchanged"), e.getMessage());
                }
                assertEquals(Optional.empty(), fresh.conversation("doc"));
            }
        }
    }
}
