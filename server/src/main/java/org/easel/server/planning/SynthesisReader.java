package org.easel.server.planning;

import java.util.List;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;

/**
 * Reads instructions that create pixels rather than adjust them: "remove the selected lamp",
 * "clean this up", "extend the canvas to the right by 300 px", "make it a bit wider", "add 20%
 * on top". Like the adjustments, anything unclear is refused rather than guessed: an extension
 * must say (or imply, as "wider" does) which side, a number needs its unit, and removing or
 * extending is asked for on its own, not mixed with adjustments.
 */
final class SynthesisReader {
    /** The extension, in percent of the canvas side, for "a bit", nothing, and "much". */
    private static final double SMALL_PERCENT = 10;
    private static final double NORMAL_PERCENT = 25;
    private static final double LARGE_PERCENT = 50;

    /** The plan that removes what is selected, however it was asked for. */
    static final Plan REMOVAL = new Plan("Remove what is selected and fill it in from its surroundings",
            "Removed what was selected and filled it in from its surroundings.", InstructionInterpreter.ENGINE,
            List.of(), new Synthesis.Fill());

    private SynthesisReader() {
    }

    /** True when the instruction asks to remove, fill or extend. */
    static boolean wants(List<Term> terms) {
        // "add 20% on top" extends too: "add" with a side.
        boolean addsToASide = terms.stream().anyMatch(t -> t.role() == Term.Role.SIDE)
                && terms.stream().anyMatch(t -> t.role() == Term.Role.DIRECTION && t.text().equals("add"));
        return addsToASide || terms.stream().anyMatch(t -> t.role() == Term.Role.REMOVE || t.role() == Term.Role.EXTEND);
    }

    static Plan read(List<Term> terms, String instruction) throws UnsupportedInstructionException {
        boolean remove = terms.stream().anyMatch(t -> t.role() == Term.Role.REMOVE);
        boolean extend = !remove || terms.stream().anyMatch(t -> t.role() == Term.Role.EXTEND);
        if (terms.stream().anyMatch(Term::isEffect)) {
            throw new UnsupportedInstructionException(instruction, "ask for removing or extending on its own, "
                    + "then for the colour and tone changes in a second instruction");
        }
        if (remove && extend) {
            throw new UnsupportedInstructionException(instruction, "ask for one thing at a time: "
                    + "either remove what is selected, or extend the canvas");
        }
        return remove ? fill(terms, instruction) : extension(terms, instruction);
    }

    /** Words after "remove" name the object ("the lamp"); the selection says where it is. */
    private static Plan fill(List<Term> terms, String instruction) throws UnsupportedInstructionException {
        for (Term term : terms) {
            switch (term.role()) {
                // Direction words pass: "clean this up".
                case NUMBER, UNIT, SIDE, INTENSITY -> throw new UnsupportedInstructionException(
                        instruction, "to remove something, select it and type \"remove\" (or \"fill the selection\")");
                default -> {
                }
            }
        }
        return REMOVAL;
    }

    static Plan extension(List<Term> terms, String instruction) throws UnsupportedInstructionException {
        int namedSides = 0;
        int impliedSides = 0;
        Double number = null;
        Extension.Unit unit = null;
        Intensity intensity = Intensity.NORMAL;
        boolean eachSide = false;
        for (Term term : terms) {
            switch (term.role()) {
                case EXTEND -> impliedSides |= (int) term.value();
                // "widen by 10% each side": each of the sides "widen" grows, not all four.
                case SIDE -> {
                    if (term.text().equals("each side")) {
                        eachSide = true;
                    } else {
                        namedSides |= (int) term.value();
                    }
                }
                case DIRECTION -> {
                    // "extend up", "add space down"; other direction words ("more") add nothing.
                    if (term.text().equals("up")) {
                        namedSides |= Term.Sides.TOP;
                    } else if (term.text().equals("down")) {
                        namedSides |= Term.Sides.BOTTOM;
                    }
                }
                case NUMBER -> {
                    if (number != null) {
                        throw new UnsupportedInstructionException(instruction,
                                "give one amount per instruction, e.g. \"extend the right by 300 px\"");
                    }
                    number = term.value();
                }
                case UNIT -> unit = term.value() == 1 ? Extension.Unit.PERCENT : Extension.Unit.PX;
                case INTENSITY -> intensity = term.intensity();
                case UNKNOWN -> throw new UnsupportedInstructionException(instruction);
                default -> {
                }
            }
        }
        if (number != null && unit == null) {
            throw new UnsupportedInstructionException(instruction,
                    "say whether " + format(number) + " is pixels or percent, e.g. \"" + format(number) + " px\"");
        }
        if (unit != null && number == null) {
            throw new UnsupportedInstructionException(instruction, "say how much, e.g. \"by 300 px\" or \"by 20%\"");
        }
        if (number != null && (number <= 0 || (unit == Extension.Unit.PERCENT && number > 400))) {
            throw new UnsupportedInstructionException(instruction,
                    "an extension must be more than 0 (and at most 400%)");
        }
        if (eachSide && namedSides == 0 && impliedSides == 0) {
            namedSides = Term.Sides.ALL;   // "add 50 px each side"
        }
        boolean perSide = eachSide && namedSides == 0;   // "widen by 10% each side": 10% on each of the implied sides
        int sides = namedSides != 0 ? namedSides : impliedSides;
        if (sides == 0) {
            throw new UnsupportedInstructionException(instruction, "say which side to extend, e.g. \"extend the "
                    + "canvas to the right\", \"add space on top\" or \"make it wider\"");
        }
        Extension.Amount amount;
        if (number != null) {
            // "wider by 200 px" is 200 px wider in all; "200 px on both sides" is 200 on each.
            boolean split = namedSides == 0 && !perSide && Integer.bitCount(sides) == 2;
            amount = new Extension.Amount(split ? number / 2 : number, unit);
        } else {
            double percent = switch (intensity) {
                case SMALL -> SMALL_PERCENT;
                case NORMAL -> NORMAL_PERCENT;
                case LARGE -> LARGE_PERCENT;
            };
            amount = Extension.Amount.percent(namedSides == 0 && Integer.bitCount(sides) == 2 ? percent / 2 : percent);
        }
        return extensionPlan(new Extension(side(sides, Term.Sides.LEFT, amount), side(sides, Term.Sides.TOP, amount),
                side(sides, Term.Sides.RIGHT, amount), side(sides, Term.Sides.BOTTOM, amount)));
    }

    /** The plan that grows the canvas by {@code extension} and continues the picture into it, in the words shown. */
    static Plan extensionPlan(Extension extension) {
        String where = extension.describe();
        return new Plan("Extend the canvas by " + where + " and continue the picture into the new space",
                "Extended the canvas by " + where + " and continued the picture into it.",
                InstructionInterpreter.ENGINE, List.of(), extension);
    }

    private static Extension.Amount side(int sides, int bit, Extension.Amount amount) {
        return (sides & bit) != 0 ? amount : Extension.Amount.NONE;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
