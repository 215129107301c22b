package org.easel.server.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.easel.server.engines.classical.Adjustment;

/**
 * What the words alone cannot say: whether the artist selected something, whether the layer is
 * empty, the canvas, what the conversation did last and the style in force. The interpreter uses
 * it to choose between readings ("a lantern" with a selection is painted into it; on an empty
 * layer it is a new picture); an LLM planner is told all of it.
 *
 * @param lastChange  what the conversation's last change was, empty before the first
 * @param recentTurns the conversation's last turns, oldest first, e.g. "#3 “make it warmer” → Make it warmer"
 * @param models      the installed diffusion models with what they can do, e.g. "sd15-inpainting (inpaint)"
 * @param lastAdjustments the adjustments of the last change when it was one ("make it warmer": warmth +0.5),
 *                    so "even warmer" or "less warm" right after it rescale it instead of adding another
 * @param changes     the conversation's changes, oldest first, each with its turn number, so "redo the white
 *                    balance one" can find the turn that balanced the white
 * @param editsByInstruction whether an engine that follows edit instructions is at hand (an InstructPix2Pix model
 *                    installed, or a hosted engine chosen), so "remove the people" needs no selection
 */
public record InstructionContext(boolean hasSelection, boolean blankLayer, int canvasWidth, int canvasHeight,
                                 Optional<ChangeKind> lastChange, Optional<String> style, List<String> recentTurns,
                                 List<String> models, List<Adjustment> lastAdjustments, List<TurnChange> changes,
                                 boolean editsByInstruction) {

    /** The kinds of change a turn can make, as later follow-ups need to know them. */
    public enum ChangeKind { ADJUSTMENT, GENERATED, FILL, EXTENSION }

    /**
     * A change an earlier turn made.
     *
     * @param turn        the turn's number, as "#3" names it
     * @param adjustments what it adjusted, when it was an adjustment; empty otherwise
     * @param instruction what the artist typed for it, so "show me the dusk version" can find it; empty when unknown
     */
    public record TurnChange(int turn, ChangeKind kind, List<Adjustment> adjustments, String instruction) {
        public TurnChange {
            Objects.requireNonNull(kind, "kind");
            adjustments = List.copyOf(adjustments);
            Objects.requireNonNull(instruction, "instruction");
        }

        /** A change whose instruction is not known. */
        public TurnChange(int turn, ChangeKind kind, List<Adjustment> adjustments) {
            this(turn, kind, adjustments, "");
        }
    }

    public InstructionContext {
        Objects.requireNonNull(lastChange, "lastChange");
        Objects.requireNonNull(style, "style");
        recentTurns = List.copyOf(recentTurns);
        models = List.copyOf(models);
        lastAdjustments = List.copyOf(lastAdjustments);
        changes = List.copyOf(changes);
    }

    /** A context without an engine that follows edit instructions. */
    public InstructionContext(boolean hasSelection, boolean blankLayer, int canvasWidth, int canvasHeight,
                              Optional<ChangeKind> lastChange, Optional<String> style, List<String> recentTurns,
                              List<String> models, List<Adjustment> lastAdjustments, List<TurnChange> changes) {
        this(hasSelection, blankLayer, canvasWidth, canvasHeight, lastChange, style, recentTurns, models,
                lastAdjustments, changes, false);
    }

    /** A context that does not know the conversation's earlier changes, only its last. */
    public InstructionContext(boolean hasSelection, boolean blankLayer, int canvasWidth, int canvasHeight,
                              Optional<ChangeKind> lastChange, Optional<String> style, List<String> recentTurns,
                              List<String> models, List<Adjustment> lastAdjustments) {
        this(hasSelection, blankLayer, canvasWidth, canvasHeight, lastChange, style, recentTurns, models,
                lastAdjustments, List.of());
    }

    /** A context whose last change was no adjustment, or is not known. */
    public InstructionContext(boolean hasSelection, boolean blankLayer, int canvasWidth, int canvasHeight,
                              Optional<ChangeKind> lastChange, Optional<String> style, List<String> recentTurns,
                              List<String> models) {
        this(hasSelection, blankLayer, canvasWidth, canvasHeight, lastChange, style, recentTurns, models, List.of());
    }

    /** A context without the conversation's turns and the models, which only an LLM planner reads. */
    public InstructionContext(boolean hasSelection, boolean blankLayer, int canvasWidth, int canvasHeight,
                              Optional<ChangeKind> lastChange, Optional<String> style) {
        this(hasSelection, blankLayer, canvasWidth, canvasHeight, lastChange, style, List.of(), List.of());
    }

    /** The context in lines an LLM reads, for the planner's user message. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("Selection: ").append(hasSelection ? "yes, the edit applies inside it" : "none, the whole layer")
                .append('\n');
        b.append("Layer: ").append(blankLayer ? "empty" : "has a picture").append(", canvas ").append(canvasWidth)
                .append('×').append(canvasHeight).append(" px\n");
        b.append("Style in force: ").append(style.orElse("none")).append('\n');
        b.append("Installed diffusion models: ").append(models.isEmpty() ? "none" : String.join("; ", models))
                .append('\n');
        b.append("Conversation so far:").append(recentTurns.isEmpty() ? " no turns yet" : "");
        recentTurns.forEach(turn -> b.append("\n- ").append(turn));
        return b.toString();
    }

    /** No selection, an image on the layer, no history: how an instruction reads on its own. */
    public static final InstructionContext NONE = new InstructionContext(false, false, 1024, 768,
            Optional.empty(), Optional.empty());

    public InstructionContext withSelection(boolean selection) {
        return new InstructionContext(selection, blankLayer, canvasWidth, canvasHeight, lastChange, style, recentTurns,
                models, lastAdjustments, changes, editsByInstruction);
    }

    /** This context with or without an engine that follows edit instructions. */
    public InstructionContext withEditsByInstruction(boolean edits) {
        return new InstructionContext(hasSelection, blankLayer, canvasWidth, canvasHeight, lastChange, style, recentTurns,
                models, lastAdjustments, changes, edits);
    }

    /** This context after an adjustment turn that made {@code adjustments}. */
    public InstructionContext afterAdjusting(List<Adjustment> adjustments) {
        return new InstructionContext(hasSelection, blankLayer, canvasWidth, canvasHeight, Optional.of(ChangeKind.ADJUSTMENT),
                style, recentTurns, models, adjustments, changes, editsByInstruction);
    }
}
