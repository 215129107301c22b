package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.easel.server.planning.semantic.ExemplarBank;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.easel.server.planning.semantic.SentenceEncoder;
import org.junit.jupiter.api.Test;

/**
 * The held-out evaluation of understanding (see {@link UnderstandingEvaluation}), with the real
 * MiniLM model. The set was written by someone who saw neither the exemplars nor the rules; it is
 * never used for tuning. The per-kind table goes to {@code target/understanding-evaluation.md}
 * (and BENCHMARKS.md); the assertions hold the measured level so a regression fails the build.
 */
class UnderstandingEvaluationTest {

    private final InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
            SemanticUnderstanding::examplesEmbedded);

    @Test
    void noEvaluationSentenceIsAnExemplarOrNearlyOne() throws IOException {
        SentenceEncoder encoder = SemanticUnderstanding.encoder();
        List<float[]> exemplars = new ArrayList<>();
        for (ExemplarBank.Exemplar e : ExemplarBank.load()) {
            exemplars.add(encoder.embed(e.sentence()));
        }
        List<String> nearDuplicates = new ArrayList<>();
        for (UnderstandingEvaluation.Case c : UnderstandingEvaluation.cases().stream()
                .filter(UnderstandingEvaluation.Case::scored).toList()) {
            float[] v = encoder.embed(c.instruction());
            for (float[] e : exemplars) {
                if (SentenceEncoder.cosine(v, e) >= 0.97) {
                    nearDuplicates.add(c.instruction());
                    break;
                }
            }
            // nor one of the sentences with meant readings that the interpreter turns to before asking
            SemanticUnderstanding.examples().asCloseAs(c.instruction(), 0.97)
                    .ifPresent(example -> nearDuplicates.add(c.instruction() + " ~ example \"" + example.sentence() + "\""));
        }
        assertTrue(nearDuplicates.isEmpty(), "evaluation sentences that are (nearly) exemplars or examples: " + nearDuplicates);
    }

    @Test
    void theHeldOutSetIsPlannedAsExpected() throws IOException {
        List<UnderstandingEvaluation.Outcome> outcomes = UnderstandingEvaluation.run(reader);
        int[] total = new int[8];
        StringBuilder report = new StringBuilder(UnderstandingEvaluation.table(outcomes, total));
        long[] nanos = outcomes.stream().mapToLong(UnderstandingEvaluation.Outcome::nanos).sorted().toArray();
        report.append(String.format(Locale.ROOT, "%nTime per instruction: p50 %.2f ms, p95 %.2f ms (%d instructions)%n",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos.length));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/understanding-evaluation.md"), report.toString());
        System.out.println(report);

        double planned = (double) total[1] / total[0];
        // an adjustment made the opposite way ("too dark" made darker) is as wrong as a wrong action
        double wrong = (double) (total[4] + total[7]) / total[0];
        assertTrue(planned >= FLOOR_PLANNED, "planned as expected: " + planned);
        assertTrue(wrong <= CEILING_WRONG, "wrong actions and adjustments made the opposite way: " + wrong);
    }

    /**
     * The level measured when the interpreter last changed (94.7% planned as expected, 5 wrong actions
     * or 1.0% and none the opposite way, 2026-12-07), less about two sentences each, so a change that reads worse fails
     * the build.
     * The target for planned (95%) is higher; BENCHMARKS.md reports both.
     */
    private static final double FLOOR_PLANNED = 0.94;
    private static final double CEILING_WRONG = 0.015;
}
