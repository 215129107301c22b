package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.easel.protocol.Frame;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.models.StoredModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several versions in one edit over the real socket, on an installed oracle model: progress names
 * the version, the result carries one layer per version with its seed and turn, every version is in
 * the history, "#N" brings one back, and bad counts are refused before anything runs.
 */
class VariationsProtocolTest {
    static final int W = 64;
    static final int H = 48;

    @TempDir
    Path dir;

    @Test
    void twoVersionsInOneEditEachReachableAsATurn() throws Exception {
        Path stateDir = Files.createDirectories(dir.resolve("state"));
        Path folder = OracleModels.oracle().write(dir.resolve("tiny-download"));
        StoredModels.installLocal(stateDir, "tiny", folder, List.of("text-to-image", "inpaint"));
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
             TestClient client = TestClient.connected(daemon, Files.readString(stateDir.resolve("token")).strip())) {
            byte[] image = Images.colourfulRgba8(W, H);
            byte[] mask = Images.rectangleMask(W, H, 16, 8, 24, 16);
            JsonObject edit = Images.edit("e1", "add a red barn", W, H)
                    .add("selection", Images.descriptor(0, 0, W, H, "a8", 1))
                    .add("options", Json.createObjectBuilder().add("steps", 4).add("feather", 0).add("variations", 2))
                    .build();

            client.send(edit, image, mask);
            assertEquals("accepted", client.read().header().getString("type"));
            Set<Integer> previewed = new TreeSet<>();
            List<Integer> order = new ArrayList<>();
            Frame frame;
            while (!(frame = client.read()).header().getString("type").equals("result")) {
                JsonObject progress = frame.header();
                assertEquals("progress", progress.getString("type"), progress.toString());
                if (progress.containsKey("variation")) {
                    assertEquals(2, progress.getInt("variations"));
                    order.add(progress.getInt("variation"));
                    if (progress.containsKey("preview")) {
                        previewed.add(progress.getInt("variation"));
                    }
                }
            }
            assertEquals(Set.of(1, 2), previewed, "previews of each version as it progresses");
            assertEquals(1, order.get(0));
            assertEquals(2, order.get(order.size() - 1));

            JsonObject result = frame.header();
            JsonArray layers = result.getJsonArray("layers");
            JsonArray variations = result.getJsonArray("variations");
            assertEquals(2, layers.size());
            assertEquals(2, variations.size());
            List<Integer> turns = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonObject v = variations.getJsonObject(i);
                assertEquals(i + 1, v.getInt("variation"));
                JsonObject layer = layers.getJsonObject(v.getInt("layer"));
                assertTrue(layer.getString("name").endsWith(" · seed " + v.getJsonNumber("seed").longValue()),
                        layer.toString());
                byte[] pixels = frame.attachments().get(layer.getInt("attachment"));
                // The selection (16,8 24×16)'s centre, in the patch (created pixels reach past the selection's edge).
                int centre = ((16 - layer.getInt("y")) * layer.getInt("width") + 28 - layer.getInt("x")) * 4;
                assertEquals(255, pixels[centre + 3] & 255, "opaque inside the selection");
                turns.add(v.getInt("turn"));
            }
            assertNotEquals(variations.getJsonObject(0).getJsonNumber("seed"), variations.getJsonObject(1).getJsonNumber("seed"));
            assertEquals(List.of(1, 2), turns);

            JsonObject history = client.request(TestClient.message("history", "h1")
                    .add("conversation", "doc-1").add("thumbnails", false).build()).header();
            assertEquals(2, history.getJsonArray("turns").size());
            assertTrue(history.getJsonArray("turns").stream().map(JsonValue::asJsonObject)
                    .allMatch(t -> t.getString("status").equals("done") && t.getJsonArray("results").size() == 1));

            client.send(Json.createObjectBuilder(Images.edit("e2", "#1", W, H).build()).build(), image);
            assertEquals("accepted", client.readUntil("accepted").header().getString("type"));
            JsonObject shown = client.readUntil("result").header();
            assertEquals(layers.getJsonObject(0).getString("name"), shown.getJsonArray("layers").getJsonObject(0)
                    .getString("name"), "#1 is the first version");
            assertTrue(!shown.containsKey("variations"), "one result carries no choices");

            for (JsonValue bad : List.of(Json.createValue(0), Json.createValue(5), Json.createValue(2.5),
                    Json.createValue("two"))) {
                client.send(Images.edit("e3", "add a red barn", W, H)
                        .add("options", Json.createObjectBuilder().add("variations", bad)).build(), image);
                JsonObject error = client.readUntil("error").header();
                assertEquals("bad_request", error.getString("code"), error.toString());
                assertTrue(error.getString("message").contains("\"options.variations\" must be"), error.toString());
            }
        }
    }
}
