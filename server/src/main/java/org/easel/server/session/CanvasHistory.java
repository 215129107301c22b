package org.easel.server.session;

import java.util.List;
import java.util.Optional;
import org.easel.server.memory.TurnRecord;

/**
 * The canvas to return to when a follow-up brings back an earlier state ("undo", "go back to the
 * original", "#3"): the size that state had, and where the canvas as it is now lands in it.
 * Worked out from the remembered turns: each one that changed the canvas (an extension, or
 * undoing one) recorded the canvas it left and the offset it moved the old one by, so the way back
 * is the sum of the offsets since that state, reversed.
 *
 * <p>The canvas is only changed when the client's canvas is the one the conversation left: after
 * a resize outside Easel (or the host's own undo of an extension) moving it again would misplace
 * the picture, so it is left alone and the reply says why.
 */
final class CanvasHistory {

    /** Where to take the canvas, and what to tell the person about it ("" when nothing). */
    record Return(CanvasChange canvas, String note) {
    }

    private final List<TurnRecord> done;

    /** @param done the conversation's finished turns, oldest first */
    CanvasHistory(List<TurnRecord> done) {
        this.done = List.copyOf(done);
    }

    /** The canvas as it was before {@code turn}. */
    Return before(TurnRecord turn, EditRequest request) {
        return returnTo(turn.canvasWidth(), turn.canvasHeight(), turn.number() - 1, request);
    }

    /** The canvas as {@code turn} left it. */
    Return after(TurnRecord turn, EditRequest request) {
        CanvasChange left = PlanJson.canvasAfter(turn);
        return returnTo(left.width(), left.height(), turn.number(), request);
    }

    /** Whether {@code turn} changed the canvas. */
    static boolean changedCanvas(TurnRecord turn) {
        CanvasChange after = PlanJson.canvasAfter(turn);
        return after.width() != turn.canvasWidth() || after.height() != turn.canvasHeight()
                || after.offsetX() != 0 || after.offsetY() != 0;
    }

    /** The state after turn {@code number} (0: before the first), of size {@code width × height}. */
    private Return returnTo(int width, int height, int number, EditRequest request) {
        int dx = 0;
        int dy = 0;
        for (TurnRecord later : done) {
            if (later.number() > number) {
                CanvasChange after = PlanJson.canvasAfter(later);
                dx += after.offsetX();
                dy += after.offsetY();
            }
        }
        boolean unchanged = width == request.canvasWidth() && height == request.canvasHeight() && dx == 0 && dy == 0;
        if (unchanged) {
            return new Return(new CanvasChange(width, height, 0, 0), "");
        }
        Optional<CanvasChange> left = current();
        boolean asLeft = left.isPresent() && left.get().width() == request.canvasWidth()
                && left.get().height() == request.canvasHeight();
        if (!asLeft) {
            String note = width == request.canvasWidth() && height == request.canvasHeight() ? ""
                    : " The canvas is " + request.canvasWidth() + "×" + request.canvasHeight() + " px, not the "
                    + left.map(c -> c.width() + "×" + c.height()).orElse("?") + " px this conversation left, so "
                    + "it was not resized: resize it to " + width + "×" + height + " px by hand if needed.";
            return new Return(new CanvasChange(request.canvasWidth(), request.canvasHeight(), 0, 0), note);
        }
        return new Return(new CanvasChange(width, height, -dx, -dy),
                " The canvas is " + width + "×" + height + " px again.");
    }

    /** The canvas the conversation's last finished turn left. */
    private Optional<CanvasChange> current() {
        return done.isEmpty() ? Optional.empty() : Optional.of(PlanJson.canvasAfter(done.get(done.size() - 1)));
    }
}
