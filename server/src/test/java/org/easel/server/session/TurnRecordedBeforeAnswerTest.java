package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.MemoryException;
import org.easel.server.memory.TurnRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client that asks for the history the moment it has an edit's answer finds that edit's turn:
 * the listener looks at the history from inside its own callback, when it hears the end.
 */
class TurnRecordedBeforeAnswerTest {
    private final EditService service = TestServices.editService();

    /** Captures the conversation's turn statuses as seen when the end of the edit is heard. */
    private final class HistoryAtTheEnd implements EditListener {
        final CompletableFuture<List<String>> seen = new CompletableFuture<>();

        @Override
        public void accepted(String jobId, PlanView plan, int queuePosition) {
        }

        @Override
        public void progress(int step, int steps, String stage) {
        }

        @Override
        public void completed(PlanView plan, EditOutcome outcome) {
            seen.complete(statuses());
        }

        @Override
        public void failed(ErrorCode code, String message) {
            seen.complete(statuses());
        }

        private List<String> statuses() {
            try {
                return service.history("doc").map(c -> c.turns().stream().map(TurnRecord::status).toList())
                        .orElse(List.of());
            } catch (MemoryException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterEach
    void stop() {
        service.shutdown(1000);
    }

    private static EditRequest request(Optional<Raster> selection) {
        Raster image = new Raster(0, 0, 2, 2, PixelFormat.RGBA8, new byte[16]);
        return new EditRequest("doc", Optional.empty(), "brighter", 2, 2, image, selection, EditOptions.DEFAULTS);
    }

    @Test
    void aFinishedEditIsInTheHistoryWhenItsResultIsHeard() throws Exception {
        HistoryAtTheEnd listener = new HistoryAtTheEnd();
        service.submit(request(Optional.empty()), this, listener);
        assertEquals(List.of("done"), listener.seen.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailedEditIsInTheHistoryWhenItsErrorIsHeard() throws Exception {
        HistoryAtTheEnd listener = new HistoryAtTheEnd();
        Raster offImage = new Raster(10, 10, 1, 1, PixelFormat.A8, new byte[] {(byte) 255});
        service.submit(request(Optional.of(offImage)), this, listener);
        assertEquals(List.of("failed"), listener.seen.get(10, TimeUnit.SECONDS));
    }
}
