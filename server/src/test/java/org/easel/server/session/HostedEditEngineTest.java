package org.easel.server.session;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.engines.hosted.ApiKey;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.ImagesApiAnswers;
import org.easel.server.engines.hosted.ImagesApiClient;
import org.easel.server.engines.hosted.Letterbox;
import org.easel.server.engines.hosted.ImageSizes;
import org.easel.server.engines.hosted.Png;
import org.easel.server.engines.hosted.RetryPolicy;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.planning.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The region pipeline around a hosted model, against a WireMock Images API: what is sent (the
 * cropped context at an accepted size, a mask whose transparent pixels are exactly the grown
 * selection) and what comes back (only the selection changes; whole-layer edits at the layer's size).
 */
class HostedEditEngineTest {
    static final int CANVAS = 512;
    static final Rect SELECTION = new Rect(200, 220, 100, 60);

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void anInpaintSendsTheContextAndAMaskOfExactlyTheSelection() {
        api.stubFor(post("/v1/images/edits").willReturn(okJson(ImagesApiAnswers.imagesJson(
                ImagesApiAnswers.solidPng(1024, 1024, 1, 0, 1)))));
        EditRequest request = request(gradient(CANVAS, CANVAS), Optional.of(selection()), 0);

        EditOutcome outcome = engine().run(request, plan("inpaint"), JobControl.NONE);

        Request sent = api.getAllServeEvents().get(0).getRequest();
        String size = part(sent, "size").getBody().asString();
        FloatImage image = Png.decode(part(sent, "image").getBody().asBytes());
        FloatImage mask = Png.decode(part(sent, "mask").getBody().asBytes());
        assertEquals(size, image.width() + "x" + image.height(), "the image is sent at the size asked for");
        assertEquals(size, mask.width() + "x" + mask.height());
        assertTrue(ImageSizes.accepted("gpt-image-1", true).stream().anyMatch(s -> s.toString().equals(size)), size);
        assertEquals("a red hat", part(sent, "prompt").getBody().asString());

        Rect context = GenerationArea.of(request, true).context();
        assertTrue(context.contains(SELECTION) && context.width() > SELECTION.width(), "the selection and surroundings");
        Letterbox box = Letterbox.fit(context.width(), context.height(), new ImageSizes.Size(image.width(), image.height()));
        // The sent image shows the context: the gradient encodes each pixel's canvas position.
        assertCanvasPosition(image, box.left() + box.innerWidth() / 2, box.top() + box.innerHeight() / 2,
                context.x() + context.width() / 2.0, context.y() + context.height() / 2.0);
        assertCanvasPosition(image, box.left() + 2, box.top() + 2, context.x() + 2.0 * context.width() / box.innerWidth(),
                context.y() + 2.0 * context.height() / box.innerHeight());
        // Transparent exactly where created pixels reach (the selection grown, with its soft edge), opaque elsewhere.
        GenerationArea area = GenerationArea.of(request, true);
        int wrong = 0;
        int transparent = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                int ix = x - box.left();
                int iy = y - box.top();
                boolean inside = ix >= 0 && iy >= 0 && ix < box.innerWidth() && iy < box.innerHeight();
                int cx = context.x() + (int) ((ix + 0.5) * context.width() / box.innerWidth());
                int cy = context.y() + (int) ((iy + 0.5) * context.height() / box.innerHeight());
                boolean selected = inside && area.coverage().at(cx, cy) > 0f;
                float alpha = mask.data()[(y * mask.width() + x) * 4 + 3];
                transparent += alpha == 0f ? 1 : 0;
                wrong += selected == (alpha == 0f) ? 0 : 1;
            }
        }
        assertEquals(0, wrong, "mask pixels that disagree with where created pixels reach");
        assertTrue(transparent > 1000, "the mask marks the selection: " + transparent);

        Raster patch = outcome.layers().get(0).pixels();
        assertEquals(area.coverage().bounds(), new Rect(patch.x(), patch.y(), patch.width(), patch.height()),
                "the result covers the selection and its soft edge only, so nothing further out changes");
        FloatImage result = FloatImage.read(patch, SELECTION);
        float[] centre = pixel(result, SELECTION.x() + 50, SELECTION.y() + 30);
        assertTrue(centre[0] > 0.85f && centre[1] < 0.15f && centre[2] > 0.85f && centre[3] == 1f,
                "the model's answer fills the selection: " + java.util.Arrays.toString(centre));
        assertTrue(outcome.layers().get(0).name().endsWith("gpt-image-1"));
    }

    @Test
    void aFeatheredSelectionIsGrownInTheMaskAndTheResultStaysInsideIt() {
        api.stubFor(post("/v1/images/edits").willReturn(okJson(ImagesApiAnswers.imagesJson(
                ImagesApiAnswers.solidPng(1024, 1024, 0, 1, 0)))));
        int feather = 6;
        EditRequest request = request(gradient(CANVAS, CANVAS), Optional.of(selection()), feather);

        EditOutcome outcome = engine().run(request, plan("inpaint"), JobControl.NONE);

        Request sent = api.getAllServeEvents().get(0).getRequest();
        FloatImage mask = Png.decode(part(sent, "mask").getBody().asBytes());
        Rect context = GenerationArea.of(request, true).context();
        Letterbox box = Letterbox.fit(context.width(), context.height(), new ImageSizes.Size(mask.width(), mask.height()));
        Rect grown = SELECTION.grow(CreatedPixelsEdge.GROW_PX + feather);
        boolean beyondSelection = false;
        for (int y = box.top(); y < box.top() + box.innerHeight(); y++) {
            for (int x = box.left(); x < box.left() + box.innerWidth(); x++) {
                int cx = context.x() + (int) ((x - box.left() + 0.5) * context.width() / box.innerWidth());
                int cy = context.y() + (int) ((y - box.top() + 0.5) * context.height() / box.innerHeight());
                boolean repaint = mask.data()[(y * mask.width() + x) * 4 + 3] == 0f;
                assertFalse(repaint && !grown.contains(cx, cy), "repaint outside the grown selection at " + cx + "," + cy);
                assertFalse(!repaint && SELECTION.contains(cx, cy), "the selection kept at " + cx + "," + cy);
                beyondSelection |= repaint && !SELECTION.contains(cx, cy);
            }
        }
        assertTrue(beyondSelection, "the mask is grown beyond the selection by the feather");
        Raster patch = outcome.layers().get(0).pixels();
        assertTrue(grown.contains(new Rect(patch.x(), patch.y(), patch.width(), patch.height())), patch.toString());
    }

    @Test
    void aWholeLayerEditSendsTheLayerDownscaledAndComesBackAtItsSize() {
        api.stubFor(post("/v1/images/edits").willReturn(okJson(ImagesApiAnswers.imagesJson(
                ImagesApiAnswers.solidPng(1536, 1024, 0, 0, 1)))));
        Raster layer = gradient(1800, 1200);
        layer.pixels()[3] = (byte) 0; // one transparent pixel: the layer keeps its transparency
        EditRequest request = new EditRequest("c1", Optional.empty(), "make it look like a watercolour", 1800, 1200,
                layer, Optional.empty(), EditOptions.DEFAULTS);

        EditOutcome outcome = engine().run(request, plan("instruction-edit"), JobControl.NONE);

        Request sent = api.getAllServeEvents().get(0).getRequest();
        assertEquals("1536x1024", part(sent, "size").getBody().asString(), "the shape closest to the layer's");
        assertTrue(sent.getParts().stream().noneMatch(p -> p.getName().equals("mask")), "no mask: the whole image");
        FloatImage image = Png.decode(part(sent, "image").getBody().asBytes());
        assertEquals(List.of(1536, 1024), List.of(image.width(), image.height()), "downscaled to the model's size");
        Raster result = outcome.layers().get(0).pixels();
        assertEquals(new Rect(0, 0, 1800, 1200), new Rect(result.x(), result.y(), result.width(), result.height()));
        FloatImage back = FloatImage.read(result, new Rect(0, 0, 1800, 1200));
        assertEquals(1f, pixel(back, 900, 600)[2], 0.01f);
        assertEquals(0f, pixel(back, 0, 0)[3], 0.01f);
    }

    @Test
    void anImageOverTheUploadLimitIsSentAtASmallerAcceptedSize() {
        api.stubFor(post("/v1/images/edits").willReturn(okJson(ImagesApiAnswers.imagesJson(
                ImagesApiAnswers.solidPng(512, 512, 0, 0, 1)))));
        // Noise in every channel barely compresses: 1024×1024 RGBA would be over dall-e-2's 4 MB.
        byte[] noise = new byte[1100 * 1100 * 4];
        new java.util.Random(7).nextBytes(noise);
        EditRequest request = new EditRequest("c1", Optional.empty(), "make it look like a watercolour", 1100, 1100,
                new Raster(0, 0, 1100, 1100, PixelFormat.RGBA8, noise), Optional.empty(), EditOptions.DEFAULTS);

        engine("dall-e-2").run(request, plan("instruction-edit"), JobControl.NONE);

        Request sent = api.getAllServeEvents().get(0).getRequest();
        byte[] image = part(sent, "image").getBody().asBytes();
        assertEquals("512x512", part(sent, "size").getBody().asString());
        assertTrue(image.length <= ImageSizes.maxUploadBytes("dall-e-2"), image.length + " bytes");
        assertTrue(Png.encode(Lanczos3Check.resized(request, 1024)).length > ImageSizes.maxUploadBytes("dall-e-2"),
                "the full size would have been too big");
    }

    @Test
    void aNewPictureWithoutASelectionUsesGenerations() {
        api.stubFor(post("/v1/images/generations").willReturn(okJson(ImagesApiAnswers.imagesJson(
                ImagesApiAnswers.solidPng(1024, 1536, 1, 1, 0)))));
        EditRequest request = new EditRequest("c1", Optional.empty(), "generate a lighthouse", 400, 600,
                new Raster(0, 0, 400, 600, PixelFormat.RGBA8, new byte[400 * 600 * 4]), Optional.empty(),
                EditOptions.DEFAULTS);

        EditOutcome outcome = engine().run(request, plan("text-to-image"), JobControl.NONE);

        String body = api.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertTrue(body.contains("\"size\":\"1024x1536\""), body);
        Raster result = outcome.layers().get(0).pixels();
        assertEquals(List.of(400, 600), List.of(result.width(), result.height()));
        assertEquals(1f, pixel(FloatImage.read(result, new Rect(0, 0, 400, 600)), 200, 300)[0], 0.01f);
    }

    private static void assertCanvasPosition(FloatImage sent, int x, int y, double canvasX, double canvasY) {
        float[] p = pixel(sent, x, y);
        assertEquals(canvasX, p[0] * (CANVAS - 1), 3.0, "canvas x of sent pixel " + x + "," + y);
        assertEquals(canvasY, p[1] * (CANVAS - 1), 3.0, "canvas y of sent pixel " + x + "," + y);
    }

    private static float[] pixel(FloatImage image, int x, int y) {
        int i = image.offset(x, y);
        return java.util.Arrays.copyOfRange(image.data(), i, i + 4);
    }

    private static com.github.tomakehurst.wiremock.http.Request.Part part(Request request, String name) {
        return request.getParts().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + name));
    }

    /** R and G encode the canvas position (x / 511, y / 511): what was sent shows where it came from. */
    static Raster gradient(int width, int height) {
        byte[] px = new byte[width * height * 4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 4;
                px[i] = (byte) Math.round(Math.min(x, CANVAS - 1) * 255.0 / (CANVAS - 1));
                px[i + 1] = (byte) Math.round(Math.min(y, CANVAS - 1) * 255.0 / (CANVAS - 1));
                px[i + 2] = (byte) 128;
                px[i + 3] = (byte) 255;
            }
        }
        return new Raster(0, 0, width, height, PixelFormat.RGBA8, px);
    }

    private static Raster selection() {
        byte[] mask = new byte[SELECTION.width() * SELECTION.height()];
        java.util.Arrays.fill(mask, (byte) 255);
        return new Raster(SELECTION.x(), SELECTION.y(), SELECTION.width(), SELECTION.height(), PixelFormat.A8, mask);
    }

    private static EditRequest request(Raster image, Optional<Raster> selection, int feather) {
        return new EditRequest("c1", Optional.empty(), "add a red hat", CANVAS, CANVAS, image, selection,
                new EditOptions(OptionalLong.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.of("openai"),
                        Optional.empty(), feather));
    }

    private static Plan plan(String capability) {
        return new Plan("Paint", "Painted.", "openai", List.of(),
                new Synthesis.Generate(capability, "a red hat", "", "gpt-image-1"));
    }

    /** The layer at {@code side}×{@code side}, as the engine would first have sent it. */
    static final class Lanczos3Check {
        static FloatImage resized(EditRequest request, int side) {
            return org.easel.server.imaging.Lanczos3.resize(FloatImage.read(request.image(),
                    new Rect(0, 0, request.canvasWidth(), request.canvasHeight())), side, side).movedTo(0, 0);
        }
    }

    private static HostedEditEngine engine() {
        return engine("gpt-image-1");
    }

    private static HostedEditEngine engine(String model) {
        HostedEngineConfig config = new HostedEngineConfig("openai", model, URI.create(api.baseUrl()),
                new ApiKey.None(), HostedEngineConfig.DEFAULT_QUALITY);
        RetryPolicy quick = new RetryPolicy(1, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(20));
        return new HostedEditEngine(config, c -> new ImagesApiClient(c, Map.of(), quick));
    }
}
