package org.easel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.easel.protocol.Frame;
import org.easel.server.state.DaemonInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daemon with a small heap announces the attachment limit its memory can hold, and keeps to it. */
class HeapLimitTest {

    @TempDir
    Path temp;

    @Test
    void aSmallHeapLowersTheAnnouncedAttachmentLimit() throws Exception {
        Path stateDir = temp.resolve("state");
        try (ForkedDaemon daemon = ForkedDaemon.start(stateDir, -1)) { // runs with -Xmx512m
            assertTrue(daemon.awaitListening(), daemon.safeOutput());
            DaemonInfo info = DaemonInfo.parse(Files.readString(stateDir.resolve("daemon.json"))).orElseThrow();
            String token = Files.readString(stateDir.resolve("token")).strip();
            try (TestClient client = new TestClient(new InetSocketAddress(info.host(), info.port()))) {
                JsonObject welcome = client.request(TestClient.hello(token, 1)).header();
                long limit = welcome.getJsonObject("limits").getJsonNumber("maxAttachmentBytes").longValue();
                assertTrue(limit <= 256L << 20 && limit >= 128L << 20, "half of a 512 MiB heap: " + limit);

                JsonObject tooBig = TestClient.message("edit", "big").add("attachments", Json.createArrayBuilder().add(limit + 1)).build();
                byte[] json = tooBig.toString().getBytes(StandardCharsets.UTF_8);
                client.sendRaw(ByteBuffer.allocate(4 + json.length).putInt(json.length).put(json).array());
                Frame error = client.read();
                assertEquals("frame_too_large", error.header().getString("code"), "refused before a byte of it is read");
            }
        }
    }
}
