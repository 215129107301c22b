package org.easel.server.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.easel.protocol.FrameCodec;
import org.easel.server.session.ClarificationNeeded;
import org.junit.jupiter.api.Test;

/** The daemon writes {@code clarify} byte for byte as the golden frame the clients are tested on. */
class ClarifyReplyTest {

    private static final Path GOLDEN = Path.of("..", "protocol", "testdata", "clarify.bin");

    @Test
    void clarifyIsTheGoldenFrame() throws Exception {
        ClarificationNeeded asked = new ClarificationNeeded("More contrast or less?", List.of(
                new ClarificationNeeded.Reading("increase the contrast", "Increase the contrast — whole layer"),
                new ClarificationNeeded.Reading("reduce the contrast", "Reduce the contrast — whole layer")));
        assertArrayEquals(Files.readAllBytes(GOLDEN), FrameCodec.encode(Replies.clarify("e1", asked)));
    }
}
