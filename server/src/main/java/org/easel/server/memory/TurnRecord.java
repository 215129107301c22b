package org.easel.server.memory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One turn as remembered: what was asked, what Easel understood (the plan, as JSON) and every
 * parameter that reproduces it (as JSON), how it ended, and the images: the part of the image it
 * changed as it was before (the parent of every result), the selection mask over that part, and the
 * result layers.
 *
 * @param number 0 when not yet numbered (the store numbers turns as it records them)
 */
public record TurnRecord(int number, String instruction, String planJson, String parametersJson, String status,
                         String jobId, String message, Instant startedAt, long durationMillis,
                         int canvasWidth, int canvasHeight, Optional<PlacedImage> edited,
                         Optional<PlacedImage> selection, List<PlacedImage> results) {
    public TurnRecord {
        results = List.copyOf(results);
    }

    TurnRecord numbered(int n) {
        return new TurnRecord(n, instruction, planJson, parametersJson, status, jobId, message, startedAt,
                durationMillis, canvasWidth, canvasHeight, edited, selection, results);
    }
}
