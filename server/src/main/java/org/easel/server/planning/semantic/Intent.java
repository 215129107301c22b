package org.easel.server.planning.semantic;

/**
 * The coarse meaning of an instruction, the part a sentence embedding tells reliably. Polarity
 * (brighter or darker), sides, persistence and amounts are not intents: the embedding puts
 * opposites as close as paraphrases, so the structure readers decide those.
 */
public enum Intent {
    /** Colour, tone and effect changes: "a bit warmer", "way too dim". */
    ADJUST,
    /** Remove what is selected and fill it from its surroundings. */
    REMOVE,
    /** Grow the canvas: "extend to the right", "zoom out", "make it 16:9". */
    EXTEND,
    /** Crop, turn, straighten or flip the whole document: "square crop", "it's sideways", "the horizon is crooked". */
    CANVAS,
    /** Enlarge the whole picture, more pixels: "upscale 2x", "higher res for print". */
    UPSCALE,
    /** New things: a plain prompt, "put a lantern here", "fill this spot with daisies". */
    CONTENT,
    /** Change the existing picture as described: "make it winter", "make it look like a woodcut". */
    CHANGE,
    /** Undo the last change. */
    UNDO,
    /** An earlier result or the original: "#3", "the second one was nicer". */
    REFER,
    /** More or less of the last change. */
    INTENSIFY,
    /** The last change once more. */
    AGAIN,
    /** The last generated content with a new seed. */
    VARIATION,
    /** An earlier turn's change applied to the image now. */
    REAPPLY,
    /** Set, keep or clear the style later turns use. */
    STYLE,
    /** Nothing Easel can do: greetings, questions, file operations. */
    CHAT
}
