package org.easel.server.planning;

/**
 * An instruction that refers to the conversation rather than describing a change on its own:
 * "undo", "more", "use #3 instead", "in watercolour from now on". What it refers to is resolved
 * against the conversation's memory, deterministically.
 */
public sealed interface FollowUp {

    /** Which earlier turn an instruction points at. */
    enum Reference { FIRST, LAST, PREVIOUS, NUMBERED }

    /** "undo", "revert that": bring back what the last change covered. */
    record Undo() implements FollowUp {
    }

    /** "go back to the original": bring back what the first change covered, as it was before it. */
    record Original() implements FollowUp {
    }

    /** "use #3 instead", "the first one", "the previous one": show an earlier result again. */
    record ShowTurn(Reference reference, int number) implements FollowUp {
    }

    /**
     * "more", "less", "not so much": redo the last change from where it started, at
     * {@code factor} times its strength.
     */
    record Rescale(double factor) implements FollowUp {
    }

    /** "again", "do it again": apply the last change once more to the image sent now. */
    record Again() implements FollowUp {
    }

    /** "re-apply #3", "do #3 again": apply that turn's change to the image sent now. */
    record Reapply(int number) implements FollowUp {
    }

    /**
     * "try again", "another one", "different seed": a variation, which needs a random engine;
     * "another take, this time in crayon" makes that one in {@code style} ("" for the same style).
     */
    record Variation(String style) implements FollowUp {
        public Variation() {
            this("");
        }
    }

    /** "in watercolour from now on", "keep this style": a style later turns keep. */
    record SetStyle(String style) implements FollowUp {
    }

    /** "keep this style": confirm the style in force. */
    record KeepStyle() implements FollowUp {
    }

    /** "no style", "forget the style". */
    record ClearStyle() implements FollowUp {
    }
}
