package org.easel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The byte-exact frames in protocol/testdata, which the Python client's tests check too. */
class FrameCodecGoldenTest {

    private static final Path TESTDATA = Path.of("testdata");

    record Vector(String name, byte[] bytes, JsonObject header, List<byte[]> attachments) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        try (InputStream in = Files.newInputStream(TESTDATA.resolve("vectors.json"));
             JsonReader reader = Json.createReader(in)) {
            List<Vector> vectors = new ArrayList<>();
            for (JsonValue entry : reader.readArray()) {
                JsonObject v = entry.asJsonObject();
                List<byte[]> attachments = v.getJsonArray("attachments").getValuesAs(
                        (JsonValue hex) -> HexFormat.of().parseHex(((jakarta.json.JsonString) hex).getString()));
                vectors.add(new Vector(v.getString("name"), Files.readAllBytes(TESTDATA.resolve(v.getString("file"))),
                        v.getJsonObject("header"), attachments));
            }
            return vectors.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void encodingGivesTheGoldenBytes(Vector vector) {
        assertArrayEquals(vector.bytes(), FrameCodec.encode(new Frame(vector.header(), vector.attachments())));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void decodingGivesTheHeaderAndAttachments(Vector vector) throws Exception {
        Frame frame = FrameCodec.read(new ByteArrayInputStream(vector.bytes()), FrameLimits.DEFAULTS);
        JsonObject header = frame.header();
        vector.header().forEach((key, value) -> assertEquals(value, header.get(key), key));
        int extra = vector.attachments().isEmpty() ? 0 : 1;
        assertEquals(vector.header().size() + extra, header.size(), "only the attachments member is added");
        assertEquals(vector.attachments().size(), frame.attachments().size());
        for (int i = 0; i < frame.attachments().size(); i++) {
            assertArrayEquals(vector.attachments().get(i), frame.attachments().get(i));
        }
    }
}
