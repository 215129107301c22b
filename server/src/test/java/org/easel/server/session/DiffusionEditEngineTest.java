package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.engines.diffusion.testmodels.TinyModelFolder;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.Raster;
import org.easel.server.planning.InstructionInterpreter;
import org.easel.server.planning.Planner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests for new content through the edit service onto an installed oracle model (see
 * {@link OracleModels}): plan, region, generation and composite together.
 */
class DiffusionEditEngineTest {
    static final int W = 64;
    static final int H = 48;
    static final float[] GREY = {0.40f, 0.50f, 0.60f}; // the oracle's unconditional colour: a neutral source

    @TempDir
    Path dir;
    private EditService service;
    private ModelLibrary library;
    private final String conversation = "doc-" + UUID.randomUUID();

    @AfterEach
    void close() {
        if (service != null) {
            service.shutdown(1000);
        }
        if (library != null) {
            library.close();
        }
    }

    void install(Map<String, TinyModelFolder> models) {
        Map<String, Path> folders = new java.util.LinkedHashMap<>();
        models.forEach((id, folder) -> folders.put(id, folder.write(dir.resolve(id))));
        library = new ModelLibrary(() -> folders, () -> new OnnxRuntime(OnnxRuntime.Device.CPU, 1));
        EditEngine engine = new EngineRouter(Map.of(InstructionInterpreter.ENGINE, new ClassicalEditEngine(),
                DiffusionEditEngine.ENGINE, new DiffusionEditEngine(library)));
        Planner rules = new InstructionInterpreter();
        service = new EditService(4, EngineCatalog.builtIn(), engine, TestServices.freshMemory(), 1L << 30, rules,
                Optional.of(library));
    }

    static Raster flatImage(float[] rgb) {
        byte[] pixels = new byte[W * H * 4];
        for (int i = 0; i < W * H; i++) {
            for (int c = 0; c < 3; c++) {
                pixels[i * 4 + c] = (byte) Math.round(rgb[c] * 255);
            }
            pixels[i * 4 + 3] = (byte) 255;
        }
        return new Raster(0, 0, W, H, PixelFormat.RGBA8, pixels);
    }

    static Raster selection(int x, int y, int w, int h) {
        byte[] mask = new byte[W * H];
        for (int row = y; row < y + h; row++) {
            for (int col = x; col < x + w; col++) {
                mask[row * W + col] = (byte) 255;
            }
        }
        return new Raster(0, 0, W, H, PixelFormat.A8, mask);
    }

    EditRequest request(String instruction, Optional<Raster> selection, Optional<String> model) {
        EditOptions options = new EditOptions(OptionalLong.of(7), OptionalDouble.empty(), OptionalInt.of(6),
                Optional.empty(), model, 0);
        return new EditRequest(conversation, Optional.of("Doc"), instruction, W, H, flatImage(GREY), selection, options);
    }

    /** The outcome of a submitted edit, or the failure as an AssertionError naming code and message. */
    EditOutcome run(EditRequest request) throws Exception {
        OutcomeListener listener = new OutcomeListener();
        service.submit(request, this, listener);
        return listener.await(60);
    }

    static int[] rgbaAt(Raster patch, int canvasX, int canvasY) {
        int i = ((canvasY - patch.y()) * patch.width() + (canvasX - patch.x())) * 4;
        byte[] p = patch.pixels();
        return new int[] {p[i] & 255, p[i + 1] & 255, p[i + 2] & 255, p[i + 3] & 255};
    }

    /** The oracle's result under the default guidance (7.5, DPM++ for its PNDM config), clipped like the VAE output. */
    static float[] guided(double guidance) {
        float[] out = new float[3];
        for (int c = 0; c < 3; c++) {
            double v = OracleModels.UNCONDITIONAL[c] + guidance * (OracleModels.CONDITIONAL[c] - OracleModels.UNCONDITIONAL[c]);
            out[c] = (float) Math.max(0, Math.min(1, v));
        }
        return out;
    }

    static void assertColour(int[] rgba, float[] expected) {
        for (int c = 0; c < 3; c++) {
            assertEquals(expected[c] * 255, rgba[c], 2.0, "channel " + c);
        }
    }

    @Test
    void newContentIsPaintedIntoTheSelectionOnly() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        EditOutcome outcome = run(request("add a red barn", Optional.of(selection(16, 8, 24, 16)), Optional.empty()));
        assertEquals(1, outcome.layers().size());
        ResultLayer layer = outcome.layers().get(0);
        assertTrue(layer.name().endsWith(" · seed 7"), layer.name());
        assertTrue(outcome.message().contains("a red barn") && outcome.message().contains("tiny"), outcome.message());
        Raster patch = layer.pixels();
        // Created pixels: the selection grown by 2 px and feathered by 4 (an 8 px soft edge).
        assertEquals(new Rect(16, 8, 24, 16).grow(CreatedPixelsEdge.GROW_PX + CreatedPixelsEdge.FEATHER_PX),
                new Rect(patch.x(), patch.y(), patch.width(), patch.height()));
        int[] inside = rgbaAt(patch, 28, 16);
        assertColour(inside, guided(7.5));
        assertEquals(255, inside[3]);
    }

    /**
     * The oracle's text encoder conditions on any non-empty text, so with a negative prompt both
     * guidance branches are conditional and the result is the conditional colour, not guided(7.5).
     */
    @Test
    void withoutInTheInstructionAndTheNegativeOptionBecomeTheNegativePrompt() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        Optional<Raster> selected = Optional.of(selection(16, 8, 24, 16));
        EditOutcome said = run(request("add a red barn, without people", selected, Optional.empty()));
        assertColour(rgbaAt(said.layers().get(0).pixels(), 28, 16), OracleModels.CONDITIONAL);

        EditRequest r = request("add a red barn", selected, Optional.empty());
        EditOptions o = r.options();
        EditOptions negative = new EditOptions(o.seed(), o.strength(), o.steps(), o.engine(), o.model(), o.featherPx(),
                Optional.of("blurry"));
        EditOutcome option = run(new EditRequest(r.conversationId(), r.title(), r.instruction(), W, H, r.image(),
                selected, negative));
        assertColour(rgbaAt(option.layers().get(0).pixels(), 28, 16), OracleModels.CONDITIONAL);
    }

    @Test
    void aWholeImageChangeWithoutAnInstructionModelIsImageToImage() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        EditOutcome outcome = run(request("make it look like a watercolour painting", Optional.empty(), Optional.empty()));
        Raster patch = outcome.layers().get(0).pixels();
        assertEquals(W, patch.width());
        assertEquals(H, patch.height());
        assertColour(rgbaAt(patch, 5, 5), guided(7.5));
        assertColour(rgbaAt(patch, 60, 40), guided(7.5));
    }

    /** The request on a picture with something in it (a flat layer reads as empty, where nothing can be removed). */
    static EditRequest onAPhoto(EditRequest r) {
        Raster flat = flatImage(GREY);
        flat.pixels()[0] = 0;
        return new EditRequest(r.conversationId(), r.title(), r.instruction(), W, H, flat, r.selection(), r.options());
    }

    @Test
    void aNamedRemovalWithoutASelectionIsAnInstructionEditWhenAModelFollowsInstructions() throws Exception {
        install(Map.of("pix2pix", OracleModels.oracle().unetChannels(8)));
        EditOutcome outcome = run(onAPhoto(request("remove all the people from the scene", Optional.empty(), Optional.empty())));
        assertTrue(outcome.message().contains("remove all the people from the scene") && outcome.message().contains("pix2pix"),
                outcome.message());
        Raster patch = outcome.layers().get(0).pixels();
        assertEquals(W, patch.width());   // the whole picture changed by the instruction
        assertEquals(H, patch.height());

        // "remove it" names nothing: without a selection there is still nothing to remove
        AssertionError nothingNamed = assertThrows(AssertionError.class,
                () -> run(onAPhoto(request("remove it", Optional.empty(), Optional.empty()))));
        assertTrue(nothingNamed.getMessage().contains(ErrorCode.EMPTY_SELECTION.wireName()), nothingNamed.getMessage());
    }

    @Test
    void aNamedRemovalWithoutASelectionStillAsksForOneWithoutAModelThatFollowsInstructions() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));   // image-to-image would paint the people it was told about
        AssertionError failure = assertThrows(AssertionError.class,
                () -> run(onAPhoto(request("remove all the people from the scene", Optional.empty(), Optional.empty()))));
        assertTrue(failure.getMessage().contains(ErrorCode.EMPTY_SELECTION.wireName()), failure.getMessage());
    }

    @Test
    void noStyleThisTimeLeavesTheStyleOutOfThatPictureOnly() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        Optional<Raster> selected = Optional.of(selection(16, 8, 24, 16));
        run(request("from now on everything in noir style", Optional.empty(), Optional.empty()));
        EditOutcome plain = run(request("a red barn, no style this time", selected, Optional.empty()));
        assertTrue(plain.message().contains("a red barn") && !plain.message().contains("noir"), plain.message());
        EditOutcome styled = run(request("a red barn", selected, Optional.empty()));
        assertTrue(styled.message().contains("noir"), "the style stays in force: " + styled.message());
    }

    @Test
    void anotherOneRemakesTheLastGeneratedContentWithANewSeed() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        Optional<Raster> selected = Optional.of(selection(16, 8, 24, 16));
        run(request("add a red barn", selected, Optional.empty()));
        service.awaitSaved(conversation);
        EditOutcome variation = run(request("another one", selected, Optional.empty()));
        String name = variation.layers().get(0).name();
        Matcher seed = Pattern.compile(" · seed (\\d+)$").matcher(name);
        assertTrue(seed.find() && Long.parseLong(seed.group(1)) != 7, "a variation takes a new seed: " + name);
        assertTrue(variation.message().contains("another version of “add a red barn”"), variation.message());
    }

    @Test
    void anotherOneWithNothingGeneratedSaysWhatVariationsAre() {
        install(Map.of("tiny", OracleModels.oracle()));
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(
                request("another one", Optional.empty(), Optional.empty()), this, null));
        assertEquals(ErrorCode.MODEL_REQUIRED, e.code());
        assertTrue(e.getMessage().contains("nothing in this conversation was generated"), e.getMessage());
    }

    @Test
    void extendingTheCanvasIsOutpaintedByAnInstalledModel() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        float[] green = {0.2f, 0.7f, 0.3f};
        EditRequest r = request("extend the canvas to the right by 16 px", Optional.empty(), Optional.empty());
        EditRequest onGreen = new EditRequest(r.conversationId(), r.title(), r.instruction(), W, H, flatImage(green),
                Optional.empty(), r.options());
        EditOutcome outcome = run(onGreen);
        assertEquals(W + 16, outcome.canvasWidth());
        assertTrue(outcome.message().contains("tiny"), outcome.message());
        Raster patch = outcome.layers().get(0).pixels();
        assertEquals(W, patch.x());
        assertEquals(16, patch.width());
        // The empty prompt is the oracle's unconditional target, not the green the exemplar fill would copy.
        assertColour(rgbaAt(patch, W + 10, 24), OracleModels.UNCONDITIONAL);
    }

    @Test
    void theClassicalEngineCanStillBeAskedForToExtend() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        float[] green = {0.2f, 0.7f, 0.3f};
        EditRequest r = request("extend the canvas to the right by 16 px", Optional.empty(), Optional.empty());
        EditOptions classical = new EditOptions(OptionalLong.of(7), OptionalDouble.empty(), OptionalInt.empty(),
                Optional.of("classical"), Optional.empty(), 0);
        EditOutcome outcome = run(new EditRequest(r.conversationId(), r.title(), r.instruction(), W, H,
                flatImage(green), Optional.empty(), classical));
        assertColour(rgbaAt(outcome.layers().get(0).pixels(), W + 10, 24), green);
    }

    @Test
    void paintingIntoNothingAsksForASelection() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        // "add a red barn" with nothing selected edits the whole picture; this is the reading that paints into the selection.
        AssertionError e = assertThrows(AssertionError.class,
                () -> run(request("paint a red barn into the selection", Optional.empty(), Optional.empty())));
        assertTrue(e.getMessage().startsWith("empty_selection: " + GenerationArea.NEEDS_SELECTION), e.getMessage());
    }

    @Test
    void aModelThatCannotDoItIsNotUsed() {
        install(Map.of("pix2pix", OracleModels.oracle().unetChannels(8)));
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(
                request("add a red barn", Optional.of(selection(0, 0, 8, 8)), Optional.empty()), this, null));
        assertEquals(ErrorCode.MODEL_REQUIRED, e.code());
    }

    @Test
    void anUnknownModelNameListsTheInstalledOnes() {
        install(Map.of("tiny", OracleModels.oracle()));
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(
                request("add a red barn", Optional.of(selection(0, 0, 8, 8)), Optional.of("nope")), this, null));
        assertEquals(ErrorCode.MODEL_REQUIRED, e.code());
        assertTrue(e.getMessage().contains("\"nope\"") && e.getMessage().contains("tiny (text-to-image"), e.getMessage());
    }

    @Test
    void aDamagedModelFileFailsTheEditWithWhatToDo() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        Files.write(dir.resolve("tiny/unet/model.onnx"), new byte[] {1, 2, 3, 4});
        AssertionError e = assertThrows(AssertionError.class,
                () -> run(request("add a red barn", Optional.of(selection(16, 8, 24, 16)), Optional.empty())));
        assertTrue(e.getMessage().startsWith("engine_failed: Could not load unet/model.onnx")
                && e.getMessage().contains("./easel models verify"), e.getMessage());
        // The daemon carries on: the classical engine still works.
        EditOutcome warmer = run(request("warmer", Optional.empty(), Optional.empty()));
        assertEquals(1, warmer.layers().size());
    }

    @Test
    void anIncompleteModelFolderIsNotOffered() {
        install(Map.of("broken", OracleModels.oracle().omit("unet")));
        assertTrue(library.installed().isEmpty());
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(
                request("generate a red barn", Optional.empty(), Optional.empty()), this, null));
        assertEquals(ErrorCode.MODEL_REQUIRED, e.code());
    }
}
