package org.easel.server.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Test turns. */
final class Turns {
    private Turns() {
    }

    static TurnRecord done(String instruction, Optional<PlacedImage> edited, List<PlacedImage> results) {
        return new TurnRecord(0, instruction, "{\"summary\":\"" + instruction + "\"}", "{\"feather\":4}", "done", "j-1",
                "Done.", Instant.parse("2026-11-26T12:00:00Z"), 12, 64, 48, edited, Optional.empty(), results);
    }

    static byte[] pixels(int length, int seed) {
        byte[] p = new byte[length];
        for (int i = 0; i < length; i++) {
            p[i] = (byte) (i * 31 + seed * 7 + (i >> 5));
        }
        return p;
    }
}
