package org.easel.server.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.easel.protocol.PixelFormat;
import org.easel.protocol.client.Accepted;
import org.easel.protocol.client.ClarificationNeededException;
import org.easel.protocol.client.DaemonEndpoint;
import org.easel.protocol.client.DaemonErrorException;
import org.easel.protocol.client.DaemonNotRunningException;
import org.easel.protocol.client.EaselClient;
import org.easel.protocol.client.EditCancelledException;
import org.easel.protocol.client.EditListener;
import org.easel.protocol.client.EditRequest;
import org.easel.protocol.client.EditResult;
import org.easel.protocol.client.History;
import org.easel.protocol.client.Progress;
import org.easel.protocol.client.WireImage;
import org.easel.server.Daemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java client against the real daemon: discovery, handshake, edits, clarify, cancel, history, export/import. */
class EaselClientTest {
    @TempDir
    Path stateDir;
    private Daemon daemon;
    private EaselClient client;

    @BeforeEach
    void start() throws Exception {
        daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, stateDir));
        client = EaselClient.connect(Optional.of(stateDir), "easel-java-test");
    }

    @AfterEach
    void stop() {
        client.close();
        daemon.close();
    }

    private static WireImage colourful(int side) {
        byte[] pixels = new byte[side * side * 4];
        for (int i = 0; i < side * side; i++) {
            pixels[4 * i] = (byte) (i * 7);
            pixels[4 * i + 1] = (byte) (i * 3 + 80);
            pixels[4 * i + 2] = (byte) (200 - i);
            pixels[4 * i + 3] = (byte) 255;
        }
        return new WireImage(0, 0, side, side, PixelFormat.RGBA8, pixels);
    }

    @Test
    void findsTheDaemonThroughDaemonJsonAndShakesHands() throws Exception {
        assertFalse(client.serverVersion().isBlank());
        assertTrue(client.limit("maxImageSide", 0) >= 1024, client.welcome().toString());
        assertTrue(client.ping().toMillis() < 10_000);
        assertTrue(client.models().containsKey("engines"));
    }

    @Test
    void aWrongTokenIsRefusedAndAMissingDaemonIsNamed(@TempDir Path empty) throws Exception {
        DaemonEndpoint real = DaemonEndpoint.discover(stateDir);
        DaemonEndpoint wrong = new DaemonEndpoint(real.host(), real.port(), OptionalLong.empty(), "0".repeat(64), Optional.empty());
        DaemonErrorException refused = assertThrows(DaemonErrorException.class, () -> EaselClient.connect(wrong, "t", 1));
        assertEquals("unauthorized", refused.code());
        DaemonNotRunningException none = assertThrows(DaemonNotRunningException.class,
                () -> EaselClient.connect(Optional.of(empty), "t"));
        assertTrue(none.getMessage().contains("no daemon.json in " + empty), none.getMessage());
    }

    @Test
    void anEditReportsItsPlanAndProgressAndReturnsTheLayer() throws Exception {
        List<Accepted> plans = new ArrayList<>();
        List<Progress> steps = new ArrayList<>();
        WireImage image = colourful(64);
        EditResult result = client.edit(EditRequest.of("java-edit", "make it black and white", image), new EditListener() {
            @Override
            public void accepted(Accepted accepted) {
                plans.add(accepted);
            }

            @Override
            public void progress(Progress progress) {
                steps.add(progress);
            }
        }, null);
        assertEquals(1, plans.size());
        assertTrue(plans.get(0).summary().toLowerCase().contains("black and white"), plans.get(0).summary());
        assertFalse(steps.isEmpty());
        assertEquals(1, result.layers().size());
        WireImage layer = result.layers().get(0).image();
        assertEquals(64, layer.width());
        byte[] p = layer.pixels();
        for (int i = 0; i < 64 * 64; i++) {
            assertEquals(p[4 * i], p[4 * i + 1], "grey at pixel " + i);
            assertEquals(p[4 * i + 1], p[4 * i + 2], "grey at pixel " + i);
        }
        assertFalse(result.canvasChanged(64, 64));
    }

    @Test
    void aQuestionComesBackWithItsReadingsAndNothingIsRecorded() throws Exception {
        ClarificationNeededException asked = assertThrows(ClarificationNeededException.class,
                () -> client.edit(EditRequest.of("java-ask", "contrast", colourful(16)), EditListener.NONE, null));
        assertEquals("More contrast or less?", asked.question());
        assertEquals(List.of("increase the contrast", "reduce the contrast"),
                asked.readings().stream().map(r -> r.instruction()).toList());
        assertTrue(client.history("java-ask", false).turns().isEmpty());
    }

    @Test
    void aRefusalCarriesItsCode() throws Exception {
        DaemonErrorException refused = assertThrows(DaemonErrorException.class,
                () -> client.edit(EditRequest.of("java-refused", "undo", colourful(16)), EditListener.NONE, null));
        assertEquals("no_such_turn", refused.code());
        assertTrue(client.ping().toMillis() >= 0, "the connection survives a refused edit");
    }

    @Test
    void cancelStopsARunningEdit() throws Exception {
        int side = 4096;
        byte[] pixels = new byte[side * side * 4];
        java.util.Arrays.fill(pixels, (byte) 0x7f);
        WireImage big = new WireImage(0, 0, side, side, PixelFormat.RGBA8, pixels);
        EditCancelledException cancelled = assertThrows(EditCancelledException.class, () -> client.edit(
                EditRequest.of("java-cancel", "make it black and white", big), new EditListener() {
                    @Override
                    public void accepted(Accepted accepted) {
                        assertEquals(1, client.cancel());
                    }
                }, null));
        assertEquals("cancelled", cancelled.code());
        History history = client.history("java-cancel", false);
        assertEquals(List.of("cancelled"), history.turns().stream().map(t -> t.getString("status")).toList());
    }

    @Test
    void historyExportAndImportCarryAConversation() throws Exception {
        client.edit(EditRequest.of("java-history", "make it warmer", colourful(32)).withTitle("sample.png"), EditListener.NONE, null);
        History history = client.history("java-history", true);
        assertEquals(1, history.turns().size());
        assertEquals("make it warmer", history.turns().get(0).getString("instruction"));
        assertEquals(Optional.of("sample.png"), history.title());
        WireImage thumbnail = history.thumbnail(history.turns().get(0).getJsonArray("results").getJsonObject(0)).orElseThrow();
        assertEquals(32, thumbnail.width());

        byte[] archive = client.exportConversation("java-history");
        assertTrue(archive.length > 100);
        assertEquals(1, client.importConversation(archive, Optional.of("java-copy")));
        History copy = client.history("java-copy", true);
        assertEquals("make it warmer", copy.turns().get(0).getString("instruction"));
        assertArrayEquals(thumbnail.pixels(), copy.thumbnail(copy.turns().get(0).getJsonArray("results").getJsonObject(0))
                .orElseThrow().pixels());
        DaemonErrorException unknown = assertThrows(DaemonErrorException.class, () -> client.exportConversation("nobody"));
        assertEquals("unknown_conversation", unknown.code());
    }

    @Test
    void aFollowUpUsesTheConversation() throws Exception {
        WireImage image = colourful(32);
        EditResult warmer = client.edit(EditRequest.of("java-follow", "make it warmer", image), EditListener.NONE, null);
        EditResult more = client.edit(EditRequest.of("java-follow", "more", image), EditListener.NONE, null);
        assertNotEquals(java.util.Arrays.hashCode(warmer.layers().get(0).image().pixels()),
                java.util.Arrays.hashCode(more.layers().get(0).image().pixels()), "more is stronger than the first");
        assertTrue(Files.exists(stateDir.resolve("daemon.json")));
    }
}
