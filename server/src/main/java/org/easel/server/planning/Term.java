package org.easel.server.planning;

import org.easel.server.engines.classical.AdjustmentKind;

/**
 * One recognised word or phrase of an instruction and the role it plays.
 *
 * @param role what the word does in the sentence
 * @param kind the adjustment, for effect roles; null otherwise
 * @param sign +1 or -1: the direction of an adjective, noun or direction word; 0 when it has none
 * @param intensity for {@link Role#INTENSITY}; null otherwise
 * @param text the words as typed (lower case), for diagnostics
 * @param value for {@link Role#NUMBER} the number; for {@link Role#SIDE} and {@link Role#EXTEND} the
 *              sides named or implied ({@link Sides} bits); for {@link Role#UNIT} 1 for percent, 0 for px
 */
record Term(Role role, AdjustmentKind kind, int sign, Intensity intensity, String text, double value) {

    enum Role {
        /** A one-way effect: "black and white", "invert". */
        FIXED_EFFECT,
        /** An adjective or verb that carries its own direction: "brighter", "darken", "muted". */
        DIRECTED_EFFECT,
        /** A noun that needs a direction word: "contrast", "saturation". */
        NOUN_EFFECT,
        /** "more", "increase", "less", "reduce", "up", "down". */
        DIRECTION,
        /** "a bit", "much", "a lot". */
        INTENSITY,
        /** "and", "then", punctuation: ends a clause. */
        SEPARATOR,
        /** Words that carry no meaning for the plan: "please", "make", "the", "selection". */
        FILLER,
        /** "remove", "erase", "fill", "clean up": replace the selection from its surroundings. */
        REMOVE,
        /** "extend", "outpaint", "add space", "wider": grow the canvas. */
        EXTEND,
        /** "left", "right", "top", "both sides": where to extend. */
        SIDE,
        /** "300", "12.5". */
        NUMBER,
        /** "px", "pixels", "%", "percent". */
        UNIT,
        /** Anything else; one of these makes the whole instruction unsupported. */
        UNKNOWN
    }

    boolean isEffect() {
        return role == Role.FIXED_EFFECT || role == Role.DIRECTED_EFFECT || role == Role.NOUN_EFFECT;
    }

    /** Bits of {@link #value()} for sides. */
    static final class Sides {
        static final int LEFT = 1;
        static final int TOP = 2;
        static final int RIGHT = 4;
        static final int BOTTOM = 8;
        static final int HORIZONTAL = LEFT | RIGHT;
        static final int VERTICAL = TOP | BOTTOM;
        static final int ALL = HORIZONTAL | VERTICAL;

        private Sides() {
        }
    }

    static Term fixed(AdjustmentKind kind, String text) {
        return new Term(Role.FIXED_EFFECT, kind, 0, null, text, 0);
    }

    static Term directed(AdjustmentKind kind, int sign, String text) {
        return new Term(Role.DIRECTED_EFFECT, kind, sign, null, text, 0);
    }

    static Term noun(AdjustmentKind kind, int sign, String text) {
        return new Term(Role.NOUN_EFFECT, kind, sign, null, text, 0);
    }

    static Term direction(int sign, String text) {
        return new Term(Role.DIRECTION, null, sign, null, text, 0);
    }

    static Term intensity(Intensity intensity, String text) {
        return new Term(Role.INTENSITY, null, 0, intensity, text, 0);
    }

    static Term of(Role role, String text) {
        return new Term(role, null, 0, null, text, 0);
    }

    static Term withValue(Role role, double value, String text) {
        return new Term(role, null, 0, null, text, value);
    }
}
