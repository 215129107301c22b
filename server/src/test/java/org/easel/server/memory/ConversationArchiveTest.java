package org.easel.server.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.easel.protocol.PixelFormat;
import org.easel.server.session.Thumbnails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationArchiveTest {

    @TempDir
    Path source;
    @TempDir
    Path target;

    private byte[] exportOneConversation(byte[] original, byte[] result) throws Exception {
        try (ConversationStore store = ConversationStore.open(source)) {
            StoredImage edited = store.images().put(8, 8, PixelFormat.RGBA16, original);
            StoredImage patch = store.images().put(4, 2, PixelFormat.RGBA16, result);
            store.record("doc", Optional.of("cat.kra"), Turns.done("warmer",
                    Optional.of(new PlacedImage(null, edited, 0, 0)), List.of(new PlacedImage("Easel: warmer", patch, 1, 2))));
            store.record("doc", Optional.empty(), Turns.done("add a dragon", Optional.empty(), List.of()));
            store.setStyle("doc", Optional.of("noir"));
            return new ConversationArchive(store, 1 << 20, Thumbnails::of).export("doc").orElseThrow();
        }
    }

    @Test
    void aConversationTravelsToAnotherMemoryIntact() throws Exception {
        byte[] original = Turns.pixels(8 * 8 * 8, 1);
        byte[] result = Turns.pixels(4 * 2 * 8, 2);
        byte[] archive = exportOneConversation(original, result);
        try (ConversationStore store = ConversationStore.open(target)) {
            ConversationRecord imported = new ConversationArchive(store, 1 << 20, Thumbnails::of).importArchive(archive, Optional.empty());
            assertEquals("doc", imported.id());
            assertEquals(Optional.of("cat.kra"), imported.title());
            assertEquals(Optional.of("noir"), imported.style());
            assertEquals(List.of("warmer", "add a dragon"), imported.turns().stream().map(TurnRecord::instruction).toList());
            TurnRecord first = imported.turns().get(0);
            assertEquals("{\"summary\":\"warmer\"}", first.planJson());
            assertArrayEquals(original, store.images().read(first.edited().orElseThrow().image()));
            assertArrayEquals(result, store.images().read(first.results().get(0).image()));
            assertEquals(1, first.results().get(0).x());
            // A later turn numbers after the imported ones.
            assertEquals(3, store.record("doc", Optional.empty(), Turns.done("cooler", Optional.empty(), List.of())).number());
        }
    }

    @Test
    void importUnderAnotherIdAndReimportReplaces() throws Exception {
        byte[] archive = exportOneConversation(Turns.pixels(512, 1), Turns.pixels(64, 2));
        try (ConversationStore store = ConversationStore.open(target)) {
            ConversationArchive archives = new ConversationArchive(store, 1 << 20, Thumbnails::of);
            archives.importArchive(archive, Optional.of("copy"));
            archives.importArchive(archive, Optional.of("copy"));
            assertEquals(2, store.conversation("copy").orElseThrow().turns().size(), "importing twice does not duplicate turns");
            assertEquals(Optional.empty(), store.conversation("doc"));
        }
    }

    @Test
    void aTamperedImageIsRejectedAndNothingChanges() throws Exception {
        byte[] archive = exportOneConversation(Turns.pixels(512, 1), Turns.pixels(64, 2));
        byte[] tampered = rewrite(archive, (name, content) -> {
            if (name.startsWith("images/")) {
                content[0] ^= 1;
            }
            return content;
        });
        try (ConversationStore store = ConversationStore.open(target)) {
            store.record("doc", Optional.empty(), Turns.done("kept", Optional.empty(), List.of()));
            MemoryException e = assertThrows(MemoryException.class,
                    () -> new ConversationArchive(store, 1 << 20, Thumbnails::of).importArchive(tampered, Optional.empty()));
            assertTrue(e.getMessage().contains("does not match its content"), e.getMessage());
            assertEquals(List.of("kept"), store.conversation("doc").orElseThrow().turns().stream().map(TurnRecord::instruction).toList());
        }
    }

    @Test
    void garbageAndOversizedArchivesAreRefusedClearly() throws Exception {
        try (ConversationStore store = ConversationStore.open(target)) {
            MemoryException garbage = assertThrows(MemoryException.class,
                    () -> new ConversationArchive(store, 1 << 20, Thumbnails::of).importArchive("not a zip".getBytes(), Optional.empty()));
            assertTrue(garbage.getMessage().contains("not"), garbage.getMessage());
            byte[] archive = exportOneConversation(Turns.pixels(512, 1), Turns.pixels(64, 2));
            MemoryException big = assertThrows(MemoryException.class,
                    () -> new ConversationArchive(store, 100, Thumbnails::of).importArchive(archive, Optional.empty()));
            assertTrue(big.getMessage().contains("more than 100 bytes"), big.getMessage());
        }
    }

    @Test
    void prunedImagesExportAsPrunedAndImportWithoutPixels() throws Exception {
        try (ConversationStore store = ConversationStore.open(source)) {
            StoredImage old = store.images().put(32, 32, PixelFormat.RGBA8, Turns.pixels(4096, 5));
            StoredImage latest = store.images().put(2, 2, PixelFormat.RGBA8, Turns.pixels(16, 6));
            store.record("doc", Optional.empty(), Turns.done("a", Optional.empty(), List.of(new PlacedImage("l", old, 0, 0))));
            store.record("doc", Optional.empty(), Turns.done("b", Optional.empty(), List.of(new PlacedImage("l", latest, 0, 0))));
            store.enforceLimit("doc", 1);
            byte[] archive = new ConversationArchive(store, 1 << 20, Thumbnails::of).export("doc").orElseThrow();
            try (ConversationStore other = ConversationStore.open(target)) {
                ConversationRecord imported = new ConversationArchive(other, 1 << 20, Thumbnails::of).importArchive(archive, Optional.empty());
                assertTrue(imported.turns().get(0).results().get(0).image().pruned());
                assertEquals(false, imported.turns().get(1).results().get(0).image().pruned());
            }
        }
    }

    interface EntryRewrite {
        byte[] apply(String name, byte[] content);
    }

    private static byte[] rewrite(byte[] zip, EntryRewrite rewrite) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(rewrite.apply(e.getName(), in.readAllBytes()));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
