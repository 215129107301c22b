package org.easel.server;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.Frame;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.engines.hosted.ApiKey;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.HostedEngineStore;
import org.easel.server.engines.hosted.ImagesApiAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hosted engine end to end over the socket, the daemon pointed at a WireMock Images API: the
 * first hosted edit of a conversation is answered {@code consent_required}; named, it is planned
 * with the privacy note, reports "waiting for …", and comes back as a patch that leaves every pixel
 * outside the selection as it was; "another one" asks the provider again. The key is used, and
 * appears in no reply, log line or daemon.json.
 */
class HostedProtocolTest {
    static final int W = 96;
    static final int H = 80;
    static final String KEY = "sk-e2e-VERYSECRETKEY0123456789";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    @Test
    void anInpaintThroughTheProtocolChangesOnlyTheSelection() throws Exception {
        api.stubFor(post("/v1/images/edits").willReturn(okJson(ImagesApiAnswers.imagesJson(
                ImagesApiAnswers.solidPng(1024, 1024, 1, 0, 0))).withFixedDelay(1_200)));
        Path stateDir = Files.createDirectories(dir.resolve("state"));
        HostedEngineStore store = new HostedEngineStore(stateDir);
        ApiKey key = store.writeKey("openai", KEY);
        store.save(new HostedEngineStore.Engines(List.of(new HostedEngineConfig("openai", "gpt-image-1",
                URI.create(api.baseUrl()), key, "low")), Optional.empty()));
        StringBuilder everything = new StringBuilder();
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
             TestClient client = new TestClient(daemon.address())) {
            JsonObject welcome = client.request(TestClient.hello(Files.readString(stateDir.resolve("token")).strip(), 1))
                    .header();
            everything.append(welcome).append(Files.readString(stateDir.resolve("daemon.json")))
                    .append(Files.readString(store.file()));
            assertTrue(welcome.toString().contains("\"id\":\"openai\""), welcome.toString());
            byte[] image = Images.colourfulRgba8(W, H);
            byte[] mask = Images.rectangleMask(W, H, 30, 20, 24, 16);
            JsonObject edit = Images.edit("e1", "add a red hat with gpt-image-1", W, H)
                    .add("selection", Images.descriptor(0, 0, W, H, "a8", 1))
                    .add("options", Json.createObjectBuilder().add("feather", 0)).build();

            client.send(edit, image, mask);
            Frame refused = client.readUntilEnd("e1");
            everything.append(refused.header());
            assertEquals("consent_required", refused.header().getString("code"), refused.header().toString());
            assertEquals("openai", refused.header().getString("engine"));
            assertEquals(0, api.getAllServeEvents().size(), "nothing left the computer before consent");

            JsonObject agreed = Json.createObjectBuilder(edit).add("id", "e2")
                    .add("options", Json.createObjectBuilder().add("feather", 0).add("engine", "openai")).build();
            client.send(agreed, image, mask);
            JsonObject plan = client.readUntil("accepted").header().getJsonObject("plan");
            everything.append(plan);
            assertEquals("openai", plan.getString("engine"));
            String host = URI.create(api.baseUrl()).getHost() + ":" + URI.create(api.baseUrl()).getPort();
            assertTrue(plan.getString("summary").contains("with gpt-image-1 (openai) — sends the selection and its "
                    + "surroundings to " + host), plan.getString("summary"));
            assertEquals("a red hat", plan.getJsonArray("operations").getJsonObject(0).getString("prompt"));
            List<String> stages = new ArrayList<>();
            Frame frame;
            while (!(frame = client.read()).header().getString("type").equals("result")) {
                assertEquals("progress", frame.header().getString("type"), frame.header().toString());
                stages.add(frame.header().getString("stage"));
            }
            everything.append(frame.header());
            assertTrue(stages.contains("waiting for " + host + " (1 s)"), stages.toString());

            JsonObject layer = frame.header().getJsonArray("layers").getJsonObject(0);
            byte[] patch = frame.attachments().get(layer.getInt("attachment"));
            byte[] composited = over(image, patch, layer);
            int changedOutside = 0;
            int changedInside = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    // Created pixels reach past the selection by its grow and soft edge (PROTOCOL.md, "Selections").
                    int reach = CreatedPixelsEdge.GROW_PX + CreatedPixelsEdge.FEATHER_PX;
                    boolean selected = x >= 30 - reach && x < 54 + reach && y >= 20 - reach && y < 36 + reach;
                    boolean changed = false;
                    for (int c = 0; c < 4; c++) {
                        changed |= composited[(y * W + x) * 4 + c] != image[(y * W + x) * 4 + c];
                    }
                    changedOutside += !selected && changed ? 1 : 0;
                    changedInside += selected && changed ? 1 : 0;
                }
            }
            assertEquals(0, changedOutside, "pixels outside the selection and its soft edge changed");
            assertTrue(changedInside > 24 * 16 / 2, "the selection got the answer: " + changedInside);
            api.verify(postRequestedFor(urlEqualTo("/v1/images/edits")).withHeader("Authorization", equalTo("Bearer " + KEY)));

            client.send(Images.edit("e3", "another one", W, H).add("selection", Images.descriptor(0, 0, W, H, "a8", 1))
                    .add("options", Json.createObjectBuilder().add("engine", "openai")).build(), image, mask);
            JsonObject again = client.readUntil("accepted").header().getJsonObject("plan");
            everything.append(again);
            assertEquals("openai", again.getString("engine"), again.toString());
            assertTrue(again.getString("summary").contains("sends the selection and its surroundings to"), again.toString());
            Frame another = client.readUntilEnd("e3");
            everything.append(another.header());
            assertEquals("result", another.header().getString("type"), another.header().toString());
            assertEquals(2, api.getAllServeEvents().size(), "another one asks the provider again");
        } finally {
            System.setErr(originalErr);
        }
        everything.append(log.toString(StandardCharsets.UTF_8));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("hosted engine openai"), "the daemon logged");
        assertFalse(everything.toString().contains("VERYSECRET"), "the key appeared in a reply, file or log line");
    }

    /** The patch laid over the image with its alpha, as the plugins insert it (a layer above). */
    private static byte[] over(byte[] image, byte[] patch, JsonObject layer) {
        byte[] out = image.clone();
        int lx = layer.getInt("x");
        int ly = layer.getInt("y");
        int lw = layer.getInt("width");
        for (int y = 0; y < layer.getInt("height"); y++) {
            for (int x = 0; x < lw; x++) {
                int p = (y * lw + x) * 4;
                int i = ((ly + y) * W + lx + x) * 4;
                int a = patch[p + 3] & 255;
                if (a == 0) {
                    continue;
                }
                for (int c = 0; c < 3; c++) {
                    out[i + c] = (byte) Math.round(((patch[p + c] & 255) * a + (image[i + c] & 255) * (255 - a)) / 255.0);
                }
            }
        }
        return out;
    }
}
