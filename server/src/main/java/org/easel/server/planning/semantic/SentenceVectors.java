package org.easel.server.planning.semantic;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Fixed sentences' embeddings, made once on first use (or read from a cache, and kept there once
 * made). Shared by the exemplar bank and the example memory, which both compare an instruction
 * with thousands of sentences known in advance.
 */
final class SentenceVectors {
    private final Function<String, float[]> embedder;
    private final List<String> sentences;
    private final Optional<ExemplarVectorCache> cache;
    private volatile float[][] vectors;

    SentenceVectors(Function<String, float[]> embedder, List<String> sentences, Optional<ExemplarVectorCache> cache) {
        this.embedder = embedder;
        this.sentences = List.copyOf(sentences);
        this.cache = cache;
    }

    float[][] get() {
        return get(() -> false);
    }

    /** Whether the embeddings are made (or read from the cache) already. */
    boolean ready() {
        return vectors != null;
    }

    /** The embeddings, made once; null when {@code stop} ended the making early (the next call makes them). */
    float[][] get(BooleanSupplier stop) {
        float[][] made = vectors;
        if (made == null) {
            synchronized (this) {
                made = vectors;
                if (made == null) {
                    Optional<float[][]> kept = cache.flatMap(c -> c.load(sentences.size()));
                    if (kept.isPresent()) {
                        vectors = kept.get();
                        return vectors;
                    }
                    made = new float[sentences.size()][];
                    for (int i = 0; i < made.length; i++) {
                        if (stop.getAsBoolean()) {
                            return null;
                        }
                        made[i] = embedder.apply(sentences.get(i));
                    }
                    vectors = made;
                    float[][] done = made;
                    cache.ifPresent(c -> c.save(done));
                }
            }
        }
        return made;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
