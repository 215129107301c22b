package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.easel.protocol.Frame;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.models.StoredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diffusion engine end to end: a daemon without models answers requests for new content with
 * {@code model_required}; once a model is installed into its store (while it runs) the same request
 * is planned on it, reports progress with previews and returns a patch that changes the selection
 * only, over the real socket.
 */
class DiffusionProtocolTest {
    static final int W = 64;
    static final int H = 48;

    @TempDir
    Path dir;

    @Test
    void anInstalledModelPaintsIntoTheSelectionOverTheProtocol() throws Exception {
        Path stateDir = Files.createDirectories(dir.resolve("state"));
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
             TestClient client = new TestClient(daemon.address())) {
            JsonObject welcome = client.request(TestClient.hello(Files.readString(stateDir.resolve("token")).strip(), 1))
                    .header();
            assertEquals("CPU", welcome.getString("compute"), "the CPU build runs models on the CPU");
            JsonObject edit = Images.edit("e1", "add a red barn", W, H)
                    .add("selection", Images.descriptor(0, 0, W, H, "a8", 1))
                    .add("options", Json.createObjectBuilder().add("seed", 7).add("steps", 6)).build();
            byte[] image = Images.colourfulRgba8(W, H);
            byte[] mask = Images.rectangleMask(W, H, 16, 8, 24, 16);

            JsonObject before = client.request(TestClient.message("models", "m1").build()).header();
            assertTrue(installed(before).isEmpty(), before.toString());
            assertTrue(before.toString().contains("\"sd15-inpainting\""), "the catalog's models are offered: " + before);
            client.send(edit, image, mask);
            Frame refused = client.readUntil("error");
            assertEquals("model_required", refused.header().getString("code"));
            assertTrue(refused.header().getString("message").contains("./easel models install"), refused.header().toString());

            Path folder = OracleModels.oracle().write(dir.resolve("tiny-download"));
            StoredModels.installLocal(stateDir, "tiny", folder, List.of("text-to-image", "inpaint"));

            JsonObject after = client.request(TestClient.message("models", "m2").build()).header();
            assertEquals(List.of("tiny"), installed(after));
            assertTrue(after.getJsonArray("engines").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("id").equals("diffusion") && e.getBoolean("available")), after.toString());

            client.send(Json.createObjectBuilder(edit).add("id", "e2").build(), image, mask);
            JsonObject op = client.readUntil("accepted").header().getJsonObject("plan").getJsonArray("operations")
                    .getJsonObject(0);
            assertEquals("generate", op.getString("op"));
            assertEquals("a red barn", op.getString("prompt"));
            assertEquals("tiny", op.getString("model"));
            List<Frame> progress = new ArrayList<>();
            Frame frame;
            while (!(frame = client.read()).header().getString("type").equals("result")) {
                assertEquals("progress", frame.header().getString("type"), frame.header().toString());
                progress.add(frame);
            }
            Frame withPreview = progress.stream().filter(p -> p.header().containsKey("preview")).findFirst().orElseThrow();
            JsonObject preview = withPreview.header().getJsonObject("preview");
            assertEquals("rgba8", preview.getString("format"));
            assertEquals(preview.getInt("width") * preview.getInt("height") * 4, withPreview.attachments().get(0).length);

            JsonObject layer = frame.header().getJsonArray("layers").getJsonObject(0);
            // Created pixels: the selection grown by 2 px with an 8 px soft edge, 6 px beyond it in all.
            assertEquals(List.of(10, 2, 36, 28), List.of(layer.getInt("x"), layer.getInt("y"), layer.getInt("width"),
                    layer.getInt("height")), "the patch covers the selection and its soft edge only");
            assertTrue(layer.getString("name").endsWith(" · seed 7"), layer.toString());
            byte[] pixels = frame.attachments().get(layer.getInt("attachment"));
            int centre = (14 * 36 + 18) * 4; // canvas (28, 16), the selection's centre
            assertEquals(255, pixels[centre + 3] & 255, "opaque inside the selection");
            assertFalse(frame.header().getString("message").isBlank());
            // The oracle's conditional target under the default guidance 7.5, as decoded by its linear VAE.
            for (int c = 0; c < 3; c++) {
                double expected = Math.max(0, Math.min(1, OracleModels.UNCONDITIONAL[c]
                        + 7.5 * (OracleModels.CONDITIONAL[c] - OracleModels.UNCONDITIONAL[c])));
                assertEquals(expected * 255, pixels[centre + c] & 255, 3.0, "channel " + c + " of the new content");
            }

            JsonObject unloaded = client.request(TestClient.message("unload", "u1").build()).header();
            assertEquals("unloaded", unloaded.getString("type"));
            assertEquals(List.of("tiny"), unloaded.getJsonArray("models").getValuesAs(JsonString::getString));
            JsonObject again = client.request(TestClient.message("unload", "u2").build()).header();
            assertTrue(again.getJsonArray("models").isEmpty(), again.toString());
        }
    }

    private static List<String> installed(JsonObject modelsReply) {
        return modelsReply.getJsonArray("models").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getBoolean("installed")).map(m -> m.getString("id")).toList();
    }
}
