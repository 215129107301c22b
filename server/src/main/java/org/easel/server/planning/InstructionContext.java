package org.easel.server.planning;

import java.util.Objects;
import java.util.Optional;

/**
 * What the words alone cannot say: whether the artist selected something, whether the layer is
 * empty, the canvas, what the conversation did last and the style in force. The interpreter uses
 * it to choose between readings ("a lantern" with a selection is painted into it; on an empty
 * layer it is a new picture).
 *
 * @param lastChange what the conversation's last change was, empty before the first
 */
public record InstructionContext(boolean hasSelection, boolean blankLayer, int canvasWidth, int canvasHeight,
                                 Optional<ChangeKind> lastChange, Optional<String> style) {

    /** The kinds of change a turn can make, as later follow-ups need to know them. */
    public enum ChangeKind { ADJUSTMENT, GENERATED, FILL, EXTENSION }

    public InstructionContext {
        Objects.requireNonNull(lastChange, "lastChange");
        Objects.requireNonNull(style, "style");
    }

    /** No selection, an image on the layer, no history: how an instruction reads on its own. */
    public static final InstructionContext NONE = new InstructionContext(false, false, 1024, 768,
            Optional.empty(), Optional.empty());

    public InstructionContext withSelection(boolean selection) {
        return new InstructionContext(selection, blankLayer, canvasWidth, canvasHeight, lastChange, style);
    }
}
