package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.engines.classical.ToneEngine;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.ConversationStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-turn conversations through the real service, classical engine and memory: follow-ups
 * resolve against what was said and done before, deterministically.
 */
class ConversationScriptTest {
    private static final int W = 24;
    private static final int H = 16;

    @TempDir
    Path dir;
    private ConversationStore memory;
    private EditService service;
    private final Raster original = colourful();
    private final Raster mask = rectangle(6, 4, 10, 8);

    @BeforeEach
    void start() throws Exception {
        memory = ConversationStore.open(dir);
        service = new EditService(4, EngineCatalog.builtIn(), new ClassicalEditEngine(), memory, 1L << 30);
    }

    @AfterEach
    void stop() {
        service.shutdown(5000);
        memory.close();
    }

    /** Sends one instruction on {@code image} with the test selection and waits for its outcome. */
    private EditOutcome say(String instruction, Raster image) throws Exception {
        OutcomeListener listener = new OutcomeListener();
        service.submit(new EditRequest("doc", Optional.empty(), instruction, W, H, image, Optional.of(mask),
                EditOptions.DEFAULTS), this, listener);
        return listener.await(20);
    }

    /** The conversation as the memory holds it once its turns are saved (saving runs in the background). */
    private java.util.Optional<org.easel.server.memory.ConversationRecord> remembered() throws Exception {
        service.awaitSaved("doc");
        return memory.conversation("doc");
    }

    private EditRejected refused(String instruction) {
        return assertThrows(EditRejected.class, () -> say(instruction, original));
    }

    /** {@code adjustments} applied to {@code image} inside the test selection, as the engine does. */
    private Raster adjusted(Raster image, List<Adjustment> adjustments) {
        return new ToneEngine().apply(image, mask, W, H, adjustments, EditOptions.DEFAULT_FEATHER_PX, JobControl.NONE);
    }

    private Raster direct(double warmth) {
        return adjusted(original, List.of(new Adjustment(AdjustmentKind.WARMTH, warmth)));
    }

    private static Raster layer(EditOutcome outcome) {
        assertEquals(1, outcome.layers().size());
        return outcome.layers().get(0).pixels();
    }

    @Test
    void moreAndLessRedoTheLastChangeFromWhereItStartedAtAnotherStrength() throws Exception {
        Raster warmer = layer(say("make it warmer", original));
        assertArrayEquals(direct(0.25).pixels(), warmer.pixels(), "the first turn is the plain adjustment");
        // The plugin now sends the image with the result on it; "more" still starts from before "warmer".
        Raster more = layer(say("more", composite(original, warmer)));
        assertArrayEquals(direct(0.375).pixels(), more.pixels(), "more = 1.5 × the strength, from the original");
        assertEquals(warmer.x(), more.x());
        Raster less = layer(say("not so much", composite(original, more)));
        assertArrayEquals(direct(0.1875).pixels(), less.pixels(), "less halves the last change's strength");
    }

    @Test
    void undoBringsBackWhatTheLastChangeCoveredAndUseNumberShowsAnEarlierResult() throws Exception {
        Raster warmer = layer(say("make it warmer", original));
        Raster darker = layer(say("make it darker", composite(original, warmer)));
        Raster undone = layer(say("undo", composite(composite(original, warmer), darker)));
        assertArrayEquals(crop(composite(original, warmer), undone).pixels(), undone.pixels(),
                "undo shows the image as it was before the last change, where that change applied");
        Raster first = layer(say("use #1 instead", original));
        assertArrayEquals(warmer.pixels(), first.pixels());
        assertEquals(warmer.x(), first.x());
        Raster originalAgain = layer(say("go back to the original", original));
        assertArrayEquals(crop(original, originalAgain).pixels(), originalAgain.pixels());
        assertEquals(5, remembered().orElseThrow().turns().size(), "follow-ups are turns too");
    }

    @Test
    void againAppliesTheLastChangeToTheImageSentNow() throws Exception {
        Raster warmer = layer(say("make it warmer", original));
        Raster current = composite(original, warmer);
        Raster again = layer(say("again", current));
        Raster expected = adjusted(current, List.of(new Adjustment(AdjustmentKind.WARMTH, 0.25)));
        assertArrayEquals(expected.pixels(), again.pixels());
    }

    @Test
    void reapplyingANumberedTurnAppliesItsChangeToTheImageSentNow() throws Exception {
        say("make it warmer", original);
        say("make it darker", original);
        Raster elsewhere = composite(original, layer(say("invert", original)));
        Raster reapplied = layer(say("re-apply #1", elsewhere));
        Raster expected = adjusted(elsewhere, List.of(new Adjustment(AdjustmentKind.WARMTH, 0.25)));
        assertArrayEquals(expected.pixels(), reapplied.pixels());
        assertEquals(ErrorCode.NO_SUCH_TURN, refused("re-apply #9").code());
    }

    @Test
    void anEarlierChangeNamedByWhatItDidIsAppliedToTheImageSentNow() throws Exception {
        say("make it a lot warmer", original);
        say("make it darker", original);
        Raster elsewhere = composite(original, layer(say("invert", original)));
        Raster reapplied = layer(say("apply the warming from the start here too", elsewhere));
        // Turn 1's own strength, not a new "warmer" at the default one.
        List<Adjustment> first = PlanJson.operations(remembered().orElseThrow().turns().get(0).planJson());
        assertEquals(AdjustmentKind.WARMTH, first.get(0).kind());
        assertTrue(first.get(0).amount() > 0.25, "a lot warmer: " + first);
        Raster expected = adjusted(elsewhere, first);
        assertArrayEquals(expected.pixels(), reapplied.pixels());
        assertEquals(4, remembered().orElseThrow().turns().size());
        // What each change was asked with is remembered, for "show me the … one" to find it.
        assertEquals(List.of("make it a lot warmer", "make it darker", "invert", "apply the warming from the start here too"),
                PlanJson.changes(remembered().orElseThrow().turns()).stream().map(c -> c.instruction()).toList());
    }

    @Test
    void aStyleIsRememberedShownAndCleared() throws Exception {
        EditOutcome set = say("make everything noir from now on", original);
        assertTrue(set.layers().isEmpty());
        assertTrue(set.message().contains("noir"), set.message());
        assertEquals(Optional.of("noir"), remembered().orElseThrow().style());
        say("make it warmer", original);
        String plan = remembered().orElseThrow().turns().get(1).planJson();
        assertTrue(plan.contains("style in force: noir"), plan);
        say("no style", original);
        assertEquals(Optional.empty(), remembered().orElseThrow().style());
    }

    @Test
    void keepingTheLookJustAskedForWithNoStyleSetMakesItTheStyle() throws Exception {
        say("make it look like an old photo", original);
        EditOutcome kept = say("love that, use that look for everything from now on", original);
        assertTrue(kept.layers().isEmpty());
        assertTrue(kept.message().contains("old photo"), kept.message());
        assertEquals(Optional.of("old photo"), remembered().orElseThrow().style());
    }

    @Test
    void referencesThatPointNowhereAndRequestsForModelsAreAnsweredClearly() throws Exception {
        assertEquals(ErrorCode.NO_SUCH_TURN, refused("undo").code());
        assertEquals(ErrorCode.NO_SUCH_TURN, refused("more").code());
        say("make it warmer", original);
        EditRejected missing = refused("use #7 instead");
        assertEquals(ErrorCode.NO_SUCH_TURN, missing.code());
        assertTrue(missing.getMessage().contains("#1"), missing.getMessage());
        EditRejected variation = refused("try again");
        assertEquals(ErrorCode.MODEL_REQUIRED, variation.code());
        EditRejected dragon = refused("add a dragon");
        assertEquals(ErrorCode.MODEL_REQUIRED, dragon.code());
        assertTrue(dragon.getMessage().contains("./easel models install"), dragon.getMessage());
        assertTrue(dragon.getMessage().contains("add a dragon"), dragon.getMessage());
        assertFalse(refused("sing me a song").getMessage().contains("models install"));
    }

    // --- test images -----------------------------------------------------------------------------

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

    private static Raster rectangle(int x, int y, int w, int h) {
        byte[] m = new byte[W * H];
        for (int row = y; row < y + h; row++) {
            for (int col = x; col < x + w; col++) {
                m[row * W + col] = (byte) 255;
            }
        }
        return new Raster(0, 0, W, H, PixelFormat.A8, m);
    }

    /** {@code top} (straight alpha, 8-bit) over the opaque {@code base}, as a painting program would. */
    private static Raster composite(Raster base, Raster top) {
        byte[] out = base.pixels().clone();
        for (int y = 0; y < top.height(); y++) {
            for (int x = 0; x < top.width(); x++) {
                int t = (y * top.width() + x) * 4;
                int b = ((top.y() + y) * base.width() + top.x() + x) * 4;
                int a = top.pixels()[t + 3] & 0xFF;
                for (int c = 0; c < 3; c++) {
                    int mixed = ((top.pixels()[t + c] & 0xFF) * a + (out[b + c] & 0xFF) * (255 - a) + 127) / 255;
                    out[b + c] = (byte) mixed;
                }
            }
        }
        return new Raster(base.x(), base.y(), base.width(), base.height(), base.format(), out);
    }

    private static Raster crop(Raster image, Raster to) {
        byte[] out = new byte[to.width() * to.height() * 4];
        for (int y = 0; y < to.height(); y++) {
            System.arraycopy(image.pixels(), ((to.y() - image.y() + y) * image.width() + to.x() - image.x()) * 4,
                    out, y * to.width() * 4, to.width() * 4);
        }
        return new Raster(to.x(), to.y(), to.width(), to.height(), image.format(), out);
    }
}
