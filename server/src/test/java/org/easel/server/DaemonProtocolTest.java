package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.easel.protocol.Frame;
import org.easel.server.memory.TurnRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon over a real socket: handshake, every error case of PROTOCOL.md, and a whole edit. */
class DaemonProtocolTest {

    @TempDir
    Path stateDir;
    private Daemon daemon;
    private String token;

    @BeforeEach
    void start() throws Exception {
        daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
        token = Files.readString(stateDir.resolve("token")).strip();
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    private static String code(Frame error) {
        assertEquals("error", error.type().orElseThrow(), error.header().toString());
        return error.header().getString("code");
    }

    @Test
    void welcomeAnnouncesVersionLimitsAndEngines() throws Exception {
        try (TestClient client = new TestClient(daemon.address())) {
            JsonObject welcome = client.request(TestClient.hello(token, 1)).header();
            assertEquals("welcome", welcome.getString("type"));
            assertEquals(1, welcome.getInt("protocol"));
            assertEquals(1 << 20, welcome.getJsonObject("limits").getInt("maxHeaderBytes"));
            assertEquals("classical", welcome.getJsonArray("engines").getJsonObject(0).getString("id"));
            assertEquals("pong", client.request(TestClient.message("ping", "p1").build()).type().orElseThrow());
        }
    }

    @Test
    void wrongTokenIsRefusedAndClosed() throws Exception {
        try (TestClient client = new TestClient(daemon.address())) {
            Frame error = client.request(TestClient.hello("0".repeat(64), 1));
            assertEquals("unauthorized", code(error));
            assertTrue(error.header().getBoolean("fatal"));
            assertTrue(client.isClosedByPeer());
        }
        try (TestClient client = new TestClient(daemon.address())) {
            JsonObject noToken = Json.createObjectBuilder().add("type", "hello").add("protocol", 1).build();
            assertEquals("unauthorized", code(client.request(noToken)));
        }
    }

    @Test
    void otherProtocolVersionIsRefused() throws Exception {
        try (TestClient client = new TestClient(daemon.address())) {
            Frame error = client.request(TestClient.hello(token, 2));
            assertEquals("unsupported_protocol", code(error));
            assertTrue(error.header().getString("message").contains("version 1"));
            assertTrue(client.isClosedByPeer());
        }
    }

    @Test
    void requestsBeforeHelloAreRefused() throws Exception {
        try (TestClient client = new TestClient(daemon.address())) {
            assertEquals("handshake_required", code(client.request(TestClient.message("ping", "p").build())));
            assertTrue(client.isClosedByPeer());
        }
    }

    @Test
    void httpIsRefusedWithAClearError() throws Exception {
        try (TestClient client = new TestClient(daemon.address())) {
            client.sendRaw("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Frame error = client.read();
            assertEquals("not_http", code(error));
            assertTrue(client.isClosedByPeer());
        }
    }

    @Test
    void malformedJsonAnswersAnErrorAndKeepsTheConnection() throws Exception {
        try (TestClient client = TestClient.connected(daemon, token)) {
            byte[] junk = "{\"type\":\"ping\",".getBytes(StandardCharsets.UTF_8);
            client.sendRaw(ByteBuffer.allocate(4 + junk.length).putInt(junk.length).put(junk).array());
            assertEquals("bad_request", code(client.read()));
            assertEquals("pong", client.request(TestClient.message("ping", "p2").build()).type().orElseThrow());
        }
    }

    @Test
    void oversizedHeaderAnswersAnErrorAndCloses() throws Exception {
        try (TestClient client = TestClient.connected(daemon, token)) {
            client.sendRaw(ByteBuffer.allocate(4).putInt((1 << 20) + 1).array());
            Frame error = client.read();
            assertEquals("frame_too_large", code(error));
            assertTrue(client.isClosedByPeer());
        }
    }

    @Test
    void oversizedAttachmentIsRefusedBeforeItIsSent() throws Exception {
        try (TestClient client = TestClient.connected(daemon, token)) {
            JsonObject header = TestClient.message("edit", "e1")
                    .add("attachments", Json.createArrayBuilder().add(2L << 30)).build();
            byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
            client.sendRaw(ByteBuffer.allocate(4 + json.length).putInt(json.length).put(json).array());
            Frame error = client.read();
            assertEquals("frame_too_large", code(error));
            assertEquals("e1", error.id().orElseThrow());
            assertTrue(client.isClosedByPeer());
        }
    }

    @Test
    void unknownTypesAndUnknownFields() throws Exception {
        try (TestClient client = TestClient.connected(daemon, token)) {
            assertEquals("unknown_type", code(client.request(TestClient.message("paint", "x1").build())));
            Frame pong = client.request(TestClient.message("ping", "p3").add("futureField", Json.createObjectBuilder()).build());
            assertEquals("pong", pong.type().orElseThrow());
            assertEquals("bad_request", code(client.request(Json.createObjectBuilder().add("type", "ping").build())));
        }
    }

    @Test
    void descriptorMismatchAnswersBadImageAndKeepsTheConnection() throws Exception {
        try (TestClient client = TestClient.connected(daemon, token)) {
            Frame error = client.request(Images.edit("e1", "make it brighter", 8, 8).build(), new byte[100]);
            assertEquals("bad_image", code(error));
            assertTrue(error.header().getString("message").contains("needs 256"), error.header().toString());
            JsonObject huge = Images.edit("e2", "brighter", 8, 8)
                    .add("image", Images.descriptor(0, 0, 65536, 65536, "rgba8", 0)).build();
            assertEquals("bad_image", code(client.request(huge, new byte[4])));
            JsonObject maskAsLayer = Images.edit("e3", "brighter", 2, 2)
                    .add("image", Images.descriptor(0, 0, 2, 2, "a8", 0)).build();
            assertEquals("bad_image", code(client.request(maskAsLayer, new byte[4])));
            JsonObject noConversation = Images.edit("e4", "brighter", 2, 2).remove("conversation").build();
            assertEquals("bad_request", code(client.request(noConversation, new byte[16])));
            assertEquals("pong", client.request(TestClient.message("ping", "p").build()).type().orElseThrow());
        }
    }

    @Test
    void unsupportedInstructionSaysWhatEaselCanDo() throws Exception {
        try (TestClient client = TestClient.connected(daemon, token)) {
            Frame error = client.request(Images.edit("e1", "sing me a song", 4, 4).build(), Images.colourfulRgba8(4, 4));
            assertEquals("unsupported_instruction", code(error));
            assertTrue(error.header().getString("message").contains("sing me a song"));
            assertTrue(error.header().getString("message").toLowerCase().contains("black and white"));
        }
    }

    @Test
    void editOfTheSelectionStreamsProgressAndReturnsAGrayPatch() throws Exception {
        int w = 64, h = 48;
        byte[] image = Images.colourfulRgba8(w, h);
        byte[] mask = Images.rectangleMask(w, h, 20, 16, 24, 16);
        try (TestClient client = TestClient.connected(daemon, token)) {
            JsonObject edit = Images.edit("e1", "make the selection black and white", w, h)
                    .add("selection", Images.descriptor(0, 0, w, h, "a8", 1)).build();
            client.send(edit, image, mask);
            List<String> types = new ArrayList<>();
            Frame frame;
            do {
                frame = client.read();
                assertEquals("e1", frame.id().orElseThrow());
                types.add(frame.type().orElseThrow());
            } while (!List.of("result", "error").contains(frame.type().orElseThrow()));
            assertEquals("accepted", types.get(0));
            assertTrue(types.contains("progress"), types.toString());
            assertEquals("result", frame.type().orElseThrow(), frame.header().toString());

            JsonObject layer = frame.header().getJsonArray("layers").getJsonObject(0);
            int lx = layer.getInt("x"), ly = layer.getInt("y"), lw = layer.getInt("width"), lh = layer.getInt("height");
            assertEquals("rgba8", layer.getString("format"));
            assertTrue(lx <= 20 && ly <= 16 && lx + lw >= 44 && ly + lh >= 32, "patch covers the selection: " + layer);
            assertTrue(lx >= 0 && ly >= 0 && lx + lw <= w && ly + lh <= h, "patch inside the image: " + layer);
            byte[] patch = frame.attachments().get(layer.getInt("attachment"));
            for (int y = 0; y < lh; y++) {
                for (int x = 0; x < lw; x++) {
                    int cx = lx + x, cy = ly + y, i = (y * lw + x) * 4;
                    boolean deepInside = cx >= 25 && cx < 39 && cy >= 21 && cy < 27;
                    boolean farOutside = cx < 14 || cx >= 50 || cy < 10 || cy >= 38;
                    if (deepInside) {
                        assertEquals(patch[i], patch[i + 1], "gray at " + cx + "," + cy);
                        assertEquals(patch[i + 1], patch[i + 2], "gray at " + cx + "," + cy);
                        assertEquals((byte) 255, patch[i + 3]);
                    }
                    if (farOutside) {
                        assertEquals(0, patch[i + 3], "transparent outside the selection at " + cx + "," + cy);
                    }
                }
            }
            Frame history = client.request(TestClient.message("history", "h1").add("conversation", "doc-1").build());
            JsonObject turn = history.header().getJsonArray("turns").getJsonObject(0);
            assertEquals("make the selection black and white", turn.getString("instruction"));
            assertEquals("done", turn.getString("status"));
            assertEquals("test.kra", history.header().getString("title"));
            JsonObject thumbnail = turn.getJsonArray("results").getJsonObject(0).getJsonObject("thumbnail");
            assertEquals(lw, thumbnail.getInt("width"), "a layer under 128 px keeps its size");
            byte[] previews = history.attachments().get(0);
            int offset = thumbnail.getInt("offset");
            for (int i = 0; i < lw * lh; i++) {
                assertEquals(patch[i * 4 + 3], previews[offset + i * 4 + 3], "preview alpha at " + i);
            }
        }
    }

    @Test
    void anEditMayNameATurnToReapplyInsteadOfAnInstruction() throws Exception {
        byte[] image = Images.colourfulRgba8(8, 8);
        try (TestClient client = TestClient.connected(daemon, token)) {
            client.send(Images.edit("e1", "invert the colours", 8, 8).build(), image);
            byte[] inverted = client.readUntil("result").attachments().get(0);
            JsonObject reapply = Images.edit("e2", "unused", 8, 8).remove("instruction").add("reapply", 1).build();
            client.send(reapply, image);
            Frame accepted = client.readUntil("accepted");
            assertTrue(accepted.header().getJsonObject("plan").getString("summary").contains("invert"), accepted.header().toString());
            assertArrayEquals(inverted, client.readUntil("result").attachments().get(0));
            Frame history = client.request(TestClient.message("history", "h").add("conversation", "doc-1").build());
            assertEquals("re-apply #1", history.header().getJsonArray("turns").getJsonObject(1).getString("instruction"));
        }
    }

    @Test
    void sixteenBitAndFloatLayersComeBackInTheirOwnFormat() throws Exception {
        try (TestClient client = TestClient.connected(daemon, token)) {
            for (String format : List.of("rgba16", "rgbaf32", "bgra8")) {
                int bpp = format.equals("rgba16") ? 8 : format.equals("rgbaf32") ? 16 : 4;
                JsonObject edit = Images.edit("e-" + format, "make it brighter", 4, 4)
                        .add("image", Images.descriptor(0, 0, 4, 4, format, 0)).build();
                client.send(edit, new byte[16 * bpp]);
                Frame result = client.readUntil("result");
                JsonObject layer = result.header().getJsonArray("layers").getJsonObject(0);
                assertEquals(format, layer.getString("format"));
                assertEquals(16 * bpp, result.attachments().get(0).length);
            }
        }
    }

    /**
     * Cancels target a job queued behind a big one, sent in the same breath as the edit, so the
     * outcome does not depend on timing. (Cancelling a running job, and a disconnect cancelling a
     * connection's jobs, are covered by EditServiceTest and BackpressureTest with engines the
     * tests control.)
     */
    @Test
    void cancelWithdrawsAQueuedEdit() throws Exception {
        int side = 4096;
        byte[] big = Images.colourfulRgba8(side, side);
        try (TestClient client = TestClient.connected(daemon, token)) {
            client.send(Images.edit("big", "make it warmer", side, side).build(), big);
            client.readUntil("accepted");
            client.send(Images.edit("small", "make it cooler", 4, 4).build(), Images.colourfulRgba8(4, 4));
            client.send(TestClient.message("cancel", "c1").add("edit", "small").build());
            String smallEnd = null;
            String bigEnd = null;
            Boolean found = null;
            while (smallEnd == null || bigEnd == null || found == null) {
                Frame f = client.read();
                String type = f.type().orElseThrow();
                if (type.equals("cancel_ack")) {
                    found = f.header().getBoolean("found");
                } else if (type.equals("result") || type.equals("error")) {
                    String outcome = type.equals("error") ? f.header().getString("code") : "result";
                    if (f.id().orElseThrow().equals("small")) {
                        smallEnd = outcome;
                    } else {
                        bigEnd = outcome;
                    }
                }
            }
            assertTrue(found);
            assertEquals("cancelled", smallEnd);
            assertEquals("result", bigEnd, "only the named edit is cancelled");
            Frame again = client.request(TestClient.message("cancel", "c2").add("edit", "small").build());
            assertFalse(again.header().getBoolean("found"), "a finished edit is not found");
        }
    }

    @Test
    void resultBytesOutsideTheSelectionAreTheOriginals() throws Exception {
        // With no selection the patch is the whole layer; an identity-free check that alpha is kept.
        byte[] image = Images.colourfulRgba8(8, 8);
        image[3] = 77; // one half-transparent pixel keeps its alpha
        try (TestClient client = TestClient.connected(daemon, token)) {
            client.send(Images.edit("e1", "invert the colours", 8, 8).build(), image);
            Frame result = client.readUntil("result");
            byte[] patch = result.attachments().get(0);
            assertEquals(77, patch[3] & 0xFF);
            assertEquals(255 - (image[0] & 0xFF), patch[0] & 0xFF);
            byte[] twice = new byte[patch.length];
            client.send(Images.edit("e2", "invert the colours", 8, 8).build(), patch);
            System.arraycopy(client.readUntil("result").attachments().get(0), 0, twice, 0, twice.length);
            assertArrayEquals(image, twice);
        }
    }
}
