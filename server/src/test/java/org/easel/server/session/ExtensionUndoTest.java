package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.TurnRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo means the document comes back as it was (issue 15, part 2): undoing an extension, going
 * back to the original or showing a turn from before it takes the canvas back to its size and
 * position, through the real service, classical engine and memory, applied to a document that
 * behaves as Krita's and GIMP's do (a resize moves the layers and keeps their pixels).
 */
class ExtensionUndoTest {
    private static final int W = 24;
    private static final int H = 16;

    @TempDir
    Path dir;
    private ConversationStore memory;
    private EditService service;
    private HostDocument document;

    @BeforeEach
    void start() throws Exception {
        memory = ConversationStore.open(dir);
        service = new EditService(4, EngineCatalog.builtIn(), new ClassicalEditEngine(), memory, 1L << 30);
        document = new HostDocument(W, H, colourful());
    }

    @AfterEach
    void stop() {
        service.shutdown(5000);
        memory.close();
    }

    /** Sends the instruction on the document as it is now, applies the outcome as a plugin does. */
    private EditOutcome say(String instruction) throws Exception {
        OutcomeListener listener = new OutcomeListener();
        service.submit(new EditRequest("doc", Optional.empty(), instruction, document.width, document.height,
                document.flatten(), Optional.empty(), EditOptions.DEFAULTS), this, listener);
        EditOutcome outcome = listener.await(30);
        document.apply(outcome);
        return outcome;
    }

    @Test
    void undoingAnExtensionToTheRightTakesTheCanvasBackAndTheOriginalPixels() throws Exception {
        byte[] before = document.flatten().pixels();
        EditOutcome extended = say("extend the canvas to the right by 10 px");
        assertEquals(W + 10, extended.canvasWidth());
        assertEquals(W + 10, document.width);
        EditOutcome undone = say("undo");
        assertEquals(W, undone.canvasWidth(), undone.message());
        assertEquals(H, undone.canvasHeight());
        assertEquals(0, undone.canvasOffsetX());
        assertEquals(0, undone.canvasOffsetY());
        assertTrue(undone.message().contains("24×16 px again"), undone.message());
        assertArrayEquals(before, document.flatten().pixels(), "the original size and pixels");
    }

    @Test
    void undoingAnExtensionToTheLeftAndTopMovesThePictureBack() throws Exception {
        byte[] before = document.flatten().pixels();
        EditOutcome extended = say("extend the canvas to the left by 6 px");
        assertEquals(6, extended.canvasOffsetX());
        say("make it darker");
        EditOutcome darkerUndone = say("undo");
        assertEquals(W + 6, darkerUndone.canvasWidth(), "undoing an adjustment leaves the canvas alone");
        assertEquals(0, darkerUndone.canvasOffsetX());
        // Back past the extension in one step: the canvas loses the strip, the pixels are the first ones.
        EditOutcome original = say("go back to the original");
        assertEquals(W, original.canvasWidth(), original.message());
        assertEquals(-6, original.canvasOffsetX(), "the 6 px on the left go again");
        assertArrayEquals(before, document.flatten().pixels(), "the original size and pixels");
    }

    @Test
    void undoingTheUndoAndShowingTheExtensionAgainBringItBack() throws Exception {
        say("extend the canvas to the top by 5 px");
        byte[] extended = document.flatten().pixels();
        EditOutcome undone = say("undo");
        assertEquals(H, undone.canvasHeight());
        assertEquals(-5, undone.canvasOffsetY());
        EditOutcome redone = say("undo");
        assertEquals(H + 5, redone.canvasHeight(), redone.message());
        assertEquals(5, redone.canvasOffsetY());
        assertArrayEquals(extended, document.flatten().pixels(), "undoing the undo brings the extension back");
        say("undo");
        EditOutcome shown = say("#1");
        assertEquals(H + 5, shown.canvasHeight(), "result #1 is shown on the canvas it made");
        assertEquals(5, shown.canvasOffsetY());
        assertArrayEquals(extended, document.flatten().pixels());
    }

    @Test
    void aCanvasResizedOutsideEaselIsNotResizedAgain() throws Exception {
        byte[] before = document.flatten().pixels();
        say("extend the canvas to the right by 10 px");
        document = new HostDocument(W, H, new Raster(0, 0, W, H, PixelFormat.RGBA8, before)); // Ctrl+Z in the host
        EditOutcome undone = say("undo");
        assertEquals(W, undone.canvasWidth());
        assertEquals(0, undone.canvasOffsetX());
        assertArrayEquals(before, document.flatten().pixels());
    }

    @Test
    void theTurnRemembersTheCanvasItLeftAndKeepsNoPixelsOfTheOldCanvas() throws Exception {
        say("extend the canvas to the left by 6 px");
        service.awaitSaved("doc");
        TurnRecord turn = memory.conversation("doc").orElseThrow().turns().get(0);
        assertEquals(new CanvasChange(W + 6, H, 6, 0), PlanJson.canvasAfter(turn));
        assertTrue(turn.parametersJson().contains("\"canvasAfter\""), turn.parametersJson());
        assertTrue(turn.edited().isEmpty(), "an extension changes no pixel of the old canvas");
    }

    // --- a document as Krita and GIMP keep it ---------------------------------------------------

    /** Layers keep their pixels beyond the canvas; a resize moves them by the offset. */
    static final class HostDocument {
        int width;
        int height;
        final List<Raster> layers = new ArrayList<>();

        HostDocument(int width, int height, Raster background) {
            this.width = width;
            this.height = height;
            layers.add(background);
        }

        void apply(EditOutcome outcome) {
            int dx = outcome.canvasOffsetX();
            int dy = outcome.canvasOffsetY();
            layers.replaceAll(r -> new Raster(r.x() + dx, r.y() + dy, r.width(), r.height(), r.format(), r.pixels()));
            width = outcome.canvasWidth();
            height = outcome.canvasHeight();
            outcome.layers().forEach(layer -> layers.add(layer.pixels()));
        }

        /** What the canvas shows: transparent, then every layer over it (8-bit, straight alpha). */
        Raster flatten() {
            byte[] out = new byte[width * height * 4];
            for (Raster layer : layers) {
                for (int y = Math.max(0, layer.y()); y < Math.min(height, layer.bottom()); y++) {
                    for (int x = Math.max(0, layer.x()); x < Math.min(width, layer.right()); x++) {
                        int t = ((y - layer.y()) * layer.width() + x - layer.x()) * 4;
                        int b = (y * width + x) * 4;
                        int a = layer.pixels()[t + 3] & 0xFF;
                        int under = out[b + 3] & 0xFF;
                        for (int c = 0; c < 3; c++) {
                            out[b + c] = (byte) (((layer.pixels()[t + c] & 0xFF) * a + (out[b + c] & 0xFF) * (255 - a)
                                    + 127) / 255);
                        }
                        out[b + 3] = (byte) (a + (under * (255 - a) + 127) / 255);
                    }
                }
            }
            return new Raster(0, 0, width, height, PixelFormat.RGBA8, out);
        }
    }

    private static Raster colourful() {
        byte[] p = new byte[W * H * 4];
        for (int i = 0; i < W * H; i++) {
            p[i * 4] = (byte) (60 + i % W * 5);
            p[i * 4 + 1] = (byte) (40 + i / W * 9);
            p[i * 4 + 2] = (byte) 150;
            p[i * 4 + 3] = (byte) 255;
        }
        return new Raster(0, 0, W, H, PixelFormat.RGBA8, p);
    }
}
