package org.easel.server.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;
import org.easel.server.Images;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.session.GatedEngine;
import org.easel.server.session.TestServices;
import org.easel.server.transport.EditRequestParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scripting API in process, exactly as Py4J calls it, without the network in between. */
class ScriptEditTest {
    private static final String BW = "make the selection black and white";

    private EditService service;

    private EaselEntryPoint easel(EditService edits) {
        service = edits;
        return new EaselEntryPoint(edits, EngineCatalog.builtIn(),
                new EditRequestParser(FrameLimits.DEFAULTS, ImageLimits.DEFAULTS));
    }

    @AfterEach
    void stop() {
        service.shutdown(1000);
    }

    @Test
    void aFullEditReturnsTheSelectionAsALayerInTheFormatSent() throws Exception {
        EaselEntryPoint easel = easel(TestServices.editService());
        ScriptJob job = easel.edit("doc", BW).title("doc.kra")
                .image(8, 6, "bgra8", Images.colourfulRgba8(8, 6))
                .selection(2, 1, 4, 3, fullMask(4 * 3))
                .feather(0).start();
        ScriptResult result = job.result();
        assertEquals("done", job.state());
        assertEquals(1, result.layers().size());
        ScriptLayer layer = result.layers().get(0);
        assertEquals(List.of(2, 1, 4, 3, "bgra8"), List.of(layer.x(), layer.y(), layer.width(), layer.height(), layer.format()));
        for (int i = 0; i < layer.pixels().length; i += 4) {
            byte[] p = layer.pixels();
            assertTrue(p[i] == p[i + 1] && p[i + 1] == p[i + 2] && p[i + 3] == (byte) 255, "pixel " + i / 4 + " is not grey");
        }
        assertArrayEquals(layer.pixels(), java.util.Base64.getDecoder().decode(layer.pixelsBase64()));
        ScriptConversation history = easel.history("doc");
        assertEquals("doc.kra", history.title());
        assertEquals(List.of("done"), history.turns().stream().map(ScriptTurn::status).toList());
        assertEquals(job.id(), history.turns().get(0).job());
    }

    @Test
    void aRunningJobShowsProgressAndStopsWhenCancelled() throws Exception {
        GatedEngine engine = new GatedEngine("held and done");
        EaselEntryPoint easel = easel(TestServices.editService(engine));
        ScriptJob job = easel.edit("doc", "brighter").image(2, 2, "rgba8", new byte[16]).start();
        assertTrue(job.plan().startsWith("Make it brighter"), job.plan());
        assertTrue(engine.started.await(10, TimeUnit.SECONDS));
        assertEquals("running", job.state());
        assertEquals(new ScriptProgress("adjusting", 0, 2), job.progress());
        assertFalse(job.waitFor(0.01), "a held job is not finished");

        assertTrue(job.cancel());
        assertTrue(job.waitFor(10));
        assertEquals("cancelled", job.state());
        assertEquals("cancelled", job.errorCode());
        ScriptError error = assertThrows(ScriptError.class, job::result);
        assertEquals("cancelled", error.code());
        assertFalse(job.cancel(), "a finished job cannot be cancelled again");
        assertEquals(List.of("cancelled"), easel.history("doc").turns().stream().map(ScriptTurn::status).toList());
    }

    @Test
    void aQueuedJobCancelledBeforeItStartsNeverRuns() throws Exception {
        GatedEngine engine = new GatedEngine("held and done");
        EaselEntryPoint easel = easel(TestServices.editService(engine));
        ScriptEdit edit = easel.edit("doc", "brighter").image(2, 2, "rgba8", new byte[16]);
        ScriptJob first = edit.start();
        ScriptJob second = edit.start();
        assertEquals(1, second.queuePosition());
        assertEquals("queued", second.state());
        assertTrue(second.cancel());
        assertEquals("cancelled", second.state(), "a queued job is withdrawn at once");
        engine.release.countDown();
        assertEquals("held and done", first.result().message());
        assertNull(first.errorCode());
    }

    static Stream<Arguments> refusedEdits() {
        return Stream.of(
                refused("bad_image", "image: attachment 0 has 100 bytes but 64×64 rgba8 needs 16384.",
                        e -> e.image(64, 64, "rgba8", new byte[100])),
                refused("bad_image", "image: has unknown format \"rgb8\"; use rgba8, bgra8, rgba16, rgbaf32 or a8.",
                        e -> e.image(2, 2, "rgb8", new byte[12])),
                refused("bad_image", "image: format a8 is for selection masks; send the layer as rgba8, bgra8, rgba16 or rgbaf32.",
                        e -> e.image(2, 2, "a8", new byte[4])),
                refused("bad_image", "selection: attachment 1 has 3 bytes but 2×2 a8 needs 4.",
                        e -> e.image(2, 2, "rgba8", new byte[16]).selection(0, 0, 2, 2, new byte[3])),
                refused("bad_request", "\"options.feather\" must be an integer from 0 to 64 px, got 99.",
                        e -> e.image(2, 2, "rgba8", new byte[16]).feather(99)),
                refused("bad_request", "\"options.strength\" must be between 0 and 1, got 1.5.",
                        e -> e.image(2, 2, "rgba8", new byte[16]).strength(1.5)),
                refused("bad_request", "\"options.negative\" must be 1 to 1000 characters long, got 0.",
                        e -> e.image(2, 2, "rgba8", new byte[16]).negative("")),
                refused("bad_request", "The engine \"dall-e\" is not available. Available engines: classical.",
                        e -> e.image(2, 2, "rgba8", new byte[16]).engine("dall-e")),
                refused("bad_request", "The edit has no image: call image(width, height, format, pixels) or "
                        + "image(x, y, width, height, format, pixels) before start().", e -> e),
                refused("bad_request", "The selection has no mask bytes: pass one byte per pixel (0 = unselected, "
                        + "255 = selected), or leave selection(...) out to edit the whole image.",
                        e -> e.image(2, 2, "rgba8", new byte[16]).selection(0, 0, 2, 2, null)));
    }

    private static Arguments refused(String code, String message, Function<ScriptEdit, ScriptEdit> setUp) {
        return Arguments.of(code, message, setUp);
    }

    @ParameterizedTest
    @MethodSource("refusedEdits")
    void aRefusedEditSaysWhatToFixAndRecordsNothing(String code, String message, Function<ScriptEdit, ScriptEdit> setUp) {
        EaselEntryPoint easel = easel(TestServices.editService());
        ScriptError error = assertThrows(ScriptError.class, () -> setUp.apply(easel.edit("doc", BW)).start());
        assertEquals(code, error.code());
        assertEquals(message, error.getMessage());
        assertEquals(List.of(), easel.history("doc").turns());
    }

    @Test
    void missingConversationOrInstructionAreNamed() {
        EaselEntryPoint easel = easel(TestServices.editService());
        ScriptError noConversation = assertThrows(ScriptError.class,
                () -> easel.edit(null, BW).image(2, 2, "rgba8", new byte[16]).start());
        assertTrue(noConversation.getMessage().contains("\"conversation.id\" is required"), noConversation.getMessage());
        ScriptError noInstruction = assertThrows(ScriptError.class,
                () -> easel.edit("doc", null).image(2, 2, "rgba8", new byte[16]).start());
        assertTrue(noInstruction.getMessage().contains("\"instruction\" is required"), noInstruction.getMessage());
        ScriptError unsupported = assertThrows(ScriptError.class,
                () -> easel.edit("doc", "sing me a song").image(2, 2, "rgba8", new byte[16]).start());
        assertEquals("unsupported_instruction", unsupported.code());
    }

    @Test
    void anInstructionWithCloseReadingsAsksWithTheInstructionsToCallAgainWith() throws Exception {
        EaselEntryPoint easel = easel(TestServices.editService());
        ScriptError asked = assertThrows(ScriptError.class,
                () -> easel.edit("doc", "contrast").image(2, 2, "rgba8", new byte[16]).start());
        assertEquals("clarify", asked.code());
        assertEquals("More contrast or less?\n"
                + "- \"increase the contrast\": Increase the contrast — whole layer\n"
                + "- \"reduce the contrast\": Reduce the contrast — whole layer", asked.getMessage());
        assertEquals(List.of(), easel.history("doc").turns(), "asking is no turn");
        ScriptJob chosen = easel.edit("doc", "reduce the contrast").image(2, 2, "rgba8", new byte[16]).start();
        assertTrue(chosen.plan().startsWith("Reduce the contrast"), chosen.plan());
        chosen.result();
        assertEquals(List.of("reduce the contrast"),
                easel.history("doc").turns().stream().map(ScriptTurn::instruction).toList());
    }

    @Test
    void theCatalogueCalls() {
        EaselEntryPoint easel = easel(TestServices.editService());
        assertEquals(List.of("classical"), easel.engines().stream().map(EngineCatalog.EngineInfo::id).toList());
        assertEquals(List.of(), easel.models());
        assertEquals(List.of("rgba8", "bgra8", "rgba16", "rgbaf32", "a8"), easel.formats());
        assertEquals(1, easel.protocolVersion());
        assertEquals(new ScriptConversation("unknown", null, null, List.of()), easel.history("unknown"));
        assertEquals("bad_request", assertThrows(ScriptError.class, () -> easel.history(null)).code());
    }

    private static byte[] fullMask(int length) {
        byte[] mask = new byte[length];
        java.util.Arrays.fill(mask, (byte) 255);
        return mask;
    }
}
