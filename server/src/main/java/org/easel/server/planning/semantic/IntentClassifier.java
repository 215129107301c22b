package org.easel.server.planning.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Chooses an instruction's coarse {@link Intent} by meaning: the instruction's embedding is
 * compared with every exemplar's, each intent scores the mean of its {@value #TOP} closest
 * exemplars, and the result keeps the runner-up so the caller can ask when the two are close.
 * The margin between them, not the best similarity alone, says how sure the reading is (a
 * similarity cut-off barely separates right from wrong; the margin does).
 */
public final class IntentClassifier {
    /** How many of an intent's closest exemplars make its score: one stray exemplar does not decide. */
    static final int TOP = 4;

    private final Function<String, float[]> embedder;
    private final List<ExemplarBank.Exemplar> exemplars;
    private final SentenceVectors vectors;   // the exemplars' embeddings, made on first use

    /** One intent's score. */
    public record Scored(Intent intent, double score) {
    }

    /** The intents ranked best first; never empty. */
    public record Classification(List<Scored> ranked) {
        public Intent best() {
            return ranked.get(0).intent();
        }

        public double bestScore() {
            return ranked.get(0).score();
        }

        public Intent runnerUp() {
            return ranked.get(1).intent();
        }

        /** How far ahead of the runner-up the best intent is. */
        public double margin() {
            return ranked.get(0).score() - ranked.get(1).score();
        }
    }

    public IntentClassifier(Function<String, float[]> embedder, List<ExemplarBank.Exemplar> exemplars) {
        this(embedder, exemplars, Optional.empty());
    }

    /** With {@code cache}, the exemplars' vectors are read from it when it has them, and kept there once made. */
    public IntentClassifier(Function<String, float[]> embedder, List<ExemplarBank.Exemplar> exemplars,
                            Optional<ExemplarVectorCache> cache) {
        this.embedder = embedder;
        this.exemplars = List.copyOf(exemplars);
        this.vectors = new SentenceVectors(embedder, this.exemplars.stream().map(ExemplarBank.Exemplar::sentence).toList(), cache);
    }

    /**
     * Embeds the exemplars now rather than on the first instruction (the daemon does it at start,
     * off the request path). Gives up between two sentences once {@code stop} says so; the first
     * instruction then embeds them.
     */
    public void warmUp(BooleanSupplier stop) {
        vectors.get(stop);
    }

    public Classification classify(String sentence) {
        Classification known = recent.get(sentence);
        if (known == null) {
            known = classify(embedder.apply(sentence), -1);
            recent.put(sentence, known);
        }
        return known;
    }

    /** The last sentences' classifications: the interpreter may ask twice about one instruction (its form, then its meaning). */
    private final Map<String, Classification> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(32, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Classification> eldest) {
                    return size() > 64;
                }
            });

    /**
     * Classifies as if exemplar {@code leftOut} were not in the bank: leave-one-out, for
     * checking the bank and choosing the margin without touching the evaluation set.
     */
    public Classification classifyExemplar(int leftOut) {
        return classify(vectors()[leftOut], leftOut);
    }

    public List<ExemplarBank.Exemplar> exemplars() {
        return exemplars;
    }

    /** The exemplars of {@code intent}, closest in meaning to {@code sentence} first; at most {@code count}. */
    public List<ExemplarBank.Exemplar> nearest(String sentence, Intent intent, int count) {
        float[] query = embedder.apply(sentence);
        float[][] bank = vectors();
        List<Integer> ofIntent = new ArrayList<>();
        double[] similarity = new double[bank.length];
        for (int i = 0; i < bank.length; i++) {
            if (exemplars.get(i).intent() == intent) {
                ofIntent.add(i);
                similarity[i] = SentenceVectors.dot(query, bank[i]);
            }
        }
        ofIntent.sort(Comparator.comparingDouble((Integer i) -> similarity[i]).reversed());
        return ofIntent.stream().limit(count).map(exemplars::get).toList();
    }

    private Classification classify(float[] query, int leftOut) {
        float[][] bank = vectors();
        Map<Intent, double[]> best = new EnumMap<>(Intent.class);
        for (int i = 0; i < bank.length; i++) {
            if (i == leftOut) {
                continue;
            }
            double similarity = SentenceVectors.dot(query, bank[i]);
            double[] top = best.computeIfAbsent(exemplars.get(i).intent(), k -> filled(-1));
            // Keep the TOP largest, smallest last.
            if (similarity > top[TOP - 1]) {
                top[TOP - 1] = similarity;
                Arrays.sort(top);
                reverse(top);
            }
        }
        List<Scored> ranked = new ArrayList<>();
        for (Map.Entry<Intent, double[]> entry : best.entrySet()) {
            double sum = 0;
            int n = 0;
            for (double s : entry.getValue()) {
                if (s > -1) {
                    sum += s;
                    n++;
                }
            }
            ranked.add(new Scored(entry.getKey(), n == 0 ? -1 : sum / n));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (ranked.size() < 2) {
            throw new IllegalStateException("the exemplar bank needs at least two intents");
        }
        return new Classification(List.copyOf(ranked));
    }

    private float[][] vectors() {
        return vectors.get();
    }

    private static double[] filled(double value) {
        double[] values = new double[TOP];
        Arrays.fill(values, value);
        return values;
    }

    private static void reverse(double[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
