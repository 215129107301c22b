package org.easel.server.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.easel.server.planning.semantic.ExampleMemory;
import org.easel.server.planning.semantic.ExemplarBank;
import org.easel.server.planning.semantic.IntentClassifier;
import org.easel.server.planning.semantic.SentenceEncoder;

/**
 * The interpreter's costs and its held-out accuracy, for BENCHMARKS.md (also written to
 * {@code server/target/benchmarks-understanding.md}). Run in a fresh JVM by {@code mvn -Pbench}, so
 * the model load is a cold one. The baseline in the same run is the rule-based reading alone
 * (whole-phrase follow-ups and the lexicon) on the same instructions.
 */
public final class UnderstandingBenchmark {
    private static final int PASSES = 5;

    private UnderstandingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        SentenceEncoder encoder = new SentenceEncoder();
        encoder.embed("warm up");
        long modelMs = (System.nanoTime() - start) / 1_000_000;
        IntentClassifier classifier = new IntentClassifier(encoder::embed, ExemplarBank.load());
        long bankStart = System.nanoTime();
        classifier.warmUp(() -> false);
        long bankMs = (System.nanoTime() - bankStart) / 1_000_000;

        ExampleMemory examples = new ExampleMemory(encoder::embed, ExampleMemory.load(), Optional.empty());
        long examplesStart = System.nanoTime();
        examples.warmUp(() -> false);
        long examplesMs = (System.nanoTime() - examplesStart) / 1_000_000;

        InstructionReader reader = new InstructionReader(Optional.empty(), classifier, () -> examples);
        List<UnderstandingEvaluation.Case> cases = UnderstandingEvaluation.cases().stream()
                .filter(UnderstandingEvaluation.Case::scored).toList();
        long[] semantic = new long[cases.size() * PASSES];
        long[] rules = new long[cases.size() * PASSES];
        RulesOnlyReading before = new RulesOnlyReading();
        int n = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (UnderstandingEvaluation.Case c : cases) {
                long t0 = System.nanoTime();
                reader.read(c.instruction(), c.readAgainst());
                long t1 = System.nanoTime();
                before.read(c.instruction());
                long t2 = System.nanoTime();
                semantic[n] = t1 - t0;
                rules[n++] = t2 - t1;
            }
        }
        Arrays.sort(semantic);
        Arrays.sort(rules);
        List<UnderstandingEvaluation.Outcome> outcomes = UnderstandingEvaluation.run(reader);
        List<UnderstandingEvaluation.Outcome> baseline = UnderstandingEvaluation.run((i, c) -> before.read(i),
                UnderstandingEvaluation.cases());
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
                | measure | result | baseline (same run) |
                |---|---|---|
                | sentence model load, cold JVM (tokenizer + ONNX session + first sentence) | %d ms | — (target ≤ 1000 ms) |
                | embedding the %d exemplars (once, in the background when the first client connects) | %d ms | — |
                | embedding the %d examples (after the exemplars, in the same background warm-up) | %d ms | — |
                | time per instruction, p50 / p95 (%d instructions × %d passes) | %.2f / %.2f ms | rules alone: %.3f / %.3f ms |

                """, modelMs, classifier.exemplars().size(), bankMs, examples.examples().size(), examplesMs, cases.size(), PASSES,
                semantic[semantic.length / 2] / 1e6, semantic[(int) (semantic.length * 0.95)] / 1e6,
                rules[rules.length / 2] / 1e6, rules[(int) (rules.length * 0.95)] / 1e6));
        table.append(UnderstandingEvaluation.table(outcomes, new int[8]));
        long baseRight = baseline.stream().filter(UnderstandingEvaluation.Outcome::correct).count();
        long baseWrong = baseline.stream().filter(UnderstandingEvaluation.Outcome::wrong).count();
        table.append(String.format(Locale.ROOT, "| baseline: the rules alone, as before this interpreter (same %d cases) "
                + "| %d | %.1f%% | — | — | %d (%.1f%%) | — |%n", baseline.size(), baseline.size(),
                100.0 * baseRight / baseline.size(), baseWrong, 100.0 * baseWrong / baseline.size()));
        table.append(String.format(Locale.ROOT, "%n%d cores; Java %s.%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        System.out.println(table);
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks-understanding.md");
        Files.writeString(out, table);
        System.out.println("written to " + out);
    }
}
