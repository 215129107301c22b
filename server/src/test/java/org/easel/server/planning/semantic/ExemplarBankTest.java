package org.easel.server.planning.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exemplar bank, checked on itself by leave-one-out with the real MiniLM model: each
 * exemplar is classified against all the others. This is also how the margin at which Easel
 * asks instead of acting was chosen — on the bank, never on the held-out evaluation set.
 */
class ExemplarBankTest {
    /** The margin the interpreter uses (InstructionReader.MARGIN); kept in step by the last test. */
    private static final double MARGIN = 0.035;

    private final IntentClassifier classifier = SemanticUnderstanding.shared();

    @Test
    void everyIntentHasEnoughExemplarsAndNoneIsThereTwice() {
        List<ExemplarBank.Exemplar> bank = classifier.exemplars();
        Map<Intent, Integer> counts = new EnumMap<>(Intent.class);
        Set<String> seen = new HashSet<>();
        for (ExemplarBank.Exemplar e : bank) {
            counts.merge(e.intent(), 1, Integer::sum);
            assertTrue(seen.add(e.sentence().toLowerCase(Locale.ROOT).strip()), "twice: " + e.sentence());
        }
        for (Intent intent : Intent.values()) {
            assertTrue(counts.getOrDefault(intent, 0) >= 25, intent + " has " + counts.get(intent) + " exemplars");
        }
        assertTrue(bank.size() >= 400, bank.size() + " exemplars");
    }

    @Test
    void leftOutExemplarsAreMostlyReadAsTheirIntentAndTheMarginSortsOutTheRest() {
        List<ExemplarBank.Exemplar> bank = classifier.exemplars();
        int right = 0;
        int confident = 0;
        int confidentRight = 0;
        StringBuilder table = new StringBuilder("margin  acted  precision\n");
        double[] margins = {0, 0.01, 0.02, 0.03, 0.035, 0.04, 0.05, 0.06, 0.08};
        int[] acted = new int[margins.length];
        int[] actedRight = new int[margins.length];
        Map<Intent, int[]> perIntent = new EnumMap<>(Intent.class);
        for (int i = 0; i < bank.size(); i++) {
            IntentClassifier.Classification c = classifier.classifyExemplar(i);
            boolean correct = c.best() == bank.get(i).intent();
            int[] row = perIntent.computeIfAbsent(bank.get(i).intent(), k -> new int[2]);
            row[0]++;
            row[1] += correct ? 1 : 0;
            right += correct ? 1 : 0;
            if (c.margin() >= MARGIN) {
                confident++;
                confidentRight += correct ? 1 : 0;
            }
            for (int m = 0; m < margins.length; m++) {
                if (c.margin() >= margins[m]) {
                    acted[m]++;
                    actedRight[m] += correct ? 1 : 0;
                }
            }
        }
        for (int m = 0; m < margins.length; m++) {
            table.append(String.format(Locale.ROOT, "%.3f   %5.1f%%  %5.1f%%%n", margins[m], 100.0 * acted[m] / bank.size(),
                    100.0 * actedRight[m] / Math.max(1, acted[m])));
        }
        perIntent.forEach((intent, row) -> table.append(String.format(Locale.ROOT, "%-10s %3d/%3d%n", intent, row[1], row[0])));
        System.out.println("Exemplar bank, leave-one-out (" + bank.size() + " exemplars):\n" + table);
        double accuracy = (double) right / bank.size();
        double precision = (double) confidentRight / confident;
        // Each exemplar is deliberately a new way of saying it (and the bank holds contrast pairs), so a
        // left-out one often has no near neighbour of its own intent; the pipeline adds structure on top.
        assertTrue(accuracy >= 0.70, "leave-one-out accuracy " + accuracy);
        assertTrue(precision > accuracy, "acting only above the margin must be more precise: " + precision);
    }

    @Test
    void theTestUsesTheInterpretersMargin() throws Exception {
        var field = Class.forName("org.easel.server.planning.InstructionReader").getDeclaredField("MARGIN");
        field.setAccessible(true);
        assertEquals(MARGIN, field.getDouble(null));
    }
}
