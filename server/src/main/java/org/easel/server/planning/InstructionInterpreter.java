package org.easel.server.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;

/**
 * Turns a typed English instruction into a {@link Plan}, by rules: the same words always give
 * the same plan, and an instruction with a word the lexicon does not know is refused. It is the
 * exact layer of {@link InstructionReader} (an instruction whose every word it knows is read here);
 * the semantic layer reads everything else, using the same term resolution for adjustments.
 *
 * <p>How the words combine, in a clause (the words between "and", "then", "with", punctuation):
 * <ul>
 *   <li>An intensity ("a bit", "much") or direction ("more", "less", "increase") before an effect
 *       belongs to it; one after the clause's last effect belongs to that effect ("increase the
 *       contrast a lot", "turn the saturation down").</li>
 *   <li>A leading intensity carries over to the next effect when only "and"-like words and
 *       directions stand between them: "a bit brighter and warmer" is a bit of each, while
 *       "increase the contrast a lot and make it warmer" is normal warmth.</li>
 *   <li>A noun without a direction of its own takes the one of the noun before it ("reduce the
 *       contrast and the saturation"); without any, it is refused.</li>
 * </ul>
 */
public final class InstructionInterpreter implements Planner {

    public static final String ENGINE = "classical";

    @Override
    public Plan interpret(String instruction) throws UnsupportedInstructionException {
        if (instruction == null || instruction.isBlank()) {
            throw new UnsupportedInstructionException(instruction);
        }
        List<Term> terms = Lexicon.read(instruction);
        if (SynthesisReader.wants(terms)) {
            return SynthesisReader.read(terms, instruction);
        }
        if (terms.stream().anyMatch(term -> term.role() == Term.Role.UNKNOWN || term.role() == Term.Role.REMOVE
                || term.role() == Term.Role.SIDE || term.role() == Term.Role.NUMBER || term.role() == Term.Role.UNIT)) {
            throw new UnsupportedInstructionException(instruction);
        }
        return adjustments(terms, instruction);
    }

    /** The plan for the adjustments among {@code terms}; refused when there are none or one lacks a direction. */
    static Plan adjustments(List<Term> terms, String instruction) throws UnsupportedInstructionException {
        // "sharpen it, i want it crisper": one effect named twice is one operation, the later naming's
        Map<AdjustmentKind, Understood> once = new LinkedHashMap<>();
        for (Understood u : resolve(terms, instruction)) {
            once.put(u.kind(), u);
        }
        List<Understood> understood = List.copyOf(once.values());
        if (understood.isEmpty()) {
            throw new UnsupportedInstructionException(instruction);
        }
        PlanWording.Wording wording = PlanWording.describe(understood);
        List<Adjustment> operations = understood.stream().map(Understood::toAdjustment).toList();
        return new Plan(wording.summary(), wording.doneMessage(), ENGINE, operations);
    }

    private static List<Understood> resolve(List<Term> terms, String instruction)
            throws UnsupportedInstructionException {
        int[] clause = clauses(terms);
        List<Understood> result = new ArrayList<>();
        int previousEffect = -1;
        Intensity carriedIntensity = null;   // the previous effect's leading intensity, if any
        Integer nounDirection = null;        // the previous effect's direction, if it was a noun
        for (int i = 0; i < terms.size(); i++) {
            Term effect = terms.get(i);
            if (!effect.isEffect()) {
                continue;
            }
            Modifiers leading = leadingModifiers(terms, clause, i);
            Modifiers trailing = trailingModifiers(terms, clause, i);

            Intensity intensity = leading.intensity;
            if (intensity == null && carriedIntensity != null && onlyJoinersBetween(terms, previousEffect, i)) {
                intensity = carriedIntensity;
            }
            carriedIntensity = intensity;
            if (intensity == null) {
                intensity = trailing.intensity != null ? trailing.intensity : Intensity.NORMAL;
            }

            int sign;
            switch (effect.role()) {
                case DIRECTED_EFFECT -> {
                    // "less bright", "more muted"; a trailing "up"/"down" as in "warm it up" adds nothing.
                    sign = effect.sign() * (leading.direction != null ? leading.direction : 1);
                    nounDirection = null;
                }
                case NOUN_EFFECT -> {
                    Integer direction = leading.direction != null ? leading.direction
                            : trailing.direction != null ? trailing.direction : nounDirection;
                    if (direction == null) {
                        // "contrast" alone: more or less? Refuse rather than guess.
                        throw new UnsupportedInstructionException(instruction);
                    }
                    sign = effect.sign() * direction;
                    nounDirection = direction;
                }
                default -> {
                    if (leading.direction != null && leading.direction < 0) {
                        // "less blurry", "less sepia": there is no undoing those; refuse rather than guess.
                        throw new UnsupportedInstructionException(instruction);
                    }
                    sign = 0;
                    nounDirection = null;
                }
            }
            result.add(new Understood(effect.kind(), sign, intensity));
            previousEffect = i;
        }
        return result;
    }

    /** The intensity and direction words that apply to an effect from one side; null where none. */
    private record Modifiers(Intensity intensity, Integer direction) {
    }

    /** The closest intensity and direction before the effect, within its clause and after any earlier effect. */
    private static Modifiers leadingModifiers(List<Term> terms, int[] clause, int effect) {
        Intensity intensity = null;
        Integer direction = null;
        for (int j = effect - 1; j >= 0 && clause[j] == clause[effect] && !terms.get(j).isEffect(); j--) {
            Term term = terms.get(j);
            if (term.role() == Term.Role.INTENSITY && intensity == null) {
                intensity = term.intensity();
            } else if (term.role() == Term.Role.DIRECTION && direction == null) {
                direction = term.sign();
            }
        }
        return new Modifiers(intensity, direction);
    }

    /**
     * Modifiers after the effect, when it is the last effect of its clause (otherwise they lead
     * into the next effect). The first one of each kind wins: "brighten it a bit".
     */
    private static Modifiers trailingModifiers(List<Term> terms, int[] clause, int effect) {
        Intensity intensity = null;
        Integer direction = null;
        for (int j = effect + 1; j < terms.size() && clause[j] == clause[effect]; j++) {
            Term term = terms.get(j);
            if (term.isEffect()) {
                return new Modifiers(null, null);
            }
            if (term.role() == Term.Role.INTENSITY && intensity == null) {
                intensity = term.intensity();
            } else if (term.role() == Term.Role.DIRECTION && direction == null) {
                direction = term.sign();
            }
        }
        return new Modifiers(intensity, direction);
    }

    /** True when only separators and direction words lie strictly between the two positions. */
    private static boolean onlyJoinersBetween(List<Term> terms, int from, int to) {
        if (from < 0) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            Term.Role role = terms.get(j).role();
            if (role != Term.Role.SEPARATOR && role != Term.Role.DIRECTION) {
                return false;
            }
        }
        return true;
    }

    /** Numbers each term by its clause; separators start a new clause. */
    private static int[] clauses(List<Term> terms) {
        int[] clause = new int[terms.size()];
        int current = 0;
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).role() == Term.Role.SEPARATOR) {
                current++;
            }
            clause[i] = current;
        }
        return clause;
    }
}
