package org.easel.server.planning.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real quantized all-MiniLM-L6-v2 from the classpath, on ONNX Runtime: no mocks. */
class SentenceEncoderTest {
    private static SentenceEncoder encoder;

    @BeforeAll
    static void open() {
        encoder = new SentenceEncoder();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }

    @Test
    void givesUnitVectorsOf384() {
        float[] v = encoder.embed("make it brighter");
        assertEquals(SentenceEncoder.DIMENSION, v.length);
        assertEquals(384, v.length);
        assertEquals(1.0, norm(v), 1e-5);
        assertEquals(1.0, SentenceEncoder.cosine(v, v), 1e-5);
        assertTrue(encoder.loadMillis() > 0, "loaded by the first call");
    }

    @Test
    void isDeterministic() {
        // Two encoders, so the second embedding is the model's own and not the first one remembered.
        try (SentenceEncoder other = new SentenceEncoder()) {
            assertArrayEquals(encoder.embed("Remove the red car from the street."),
                    other.embed("Remove the red car from the street."));
        }
    }

    @Test
    void aRememberedEmbeddingIsTheSameAndItsOwnCopy() {
        float[] first = encoder.embed("make the sky a bit warmer");
        float[] kept = first.clone();
        first[0] = 42f;   // whatever a caller does to its array
        float[] again = encoder.embed("make the sky a bit warmer");
        assertArrayEquals(kept, again);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] brighter = encoder.embed("make it brighter");
        double paraphrase = SentenceEncoder.cosine(brighter, encoder.embed("increase the brightness"));
        double unrelated = SentenceEncoder.cosine(brighter, encoder.embed("a castle on a hill"));
        System.out.printf(Locale.ROOT, "cosine: paraphrase %.3f, unrelated %.3f%n", paraphrase, unrelated);
        assertTrue(paraphrase > unrelated + 0.2, paraphrase + " vs " + unrelated);

        float[] blur = encoder.embed("blur the background");
        double blurParaphrase = SentenceEncoder.cosine(blur, encoder.embed("make the background out of focus"));
        double blurOther = SentenceEncoder.cosine(blur, encoder.embed("make the sky more saturated"));
        assertTrue(blurParaphrase > blurOther, blurParaphrase + " vs " + blurOther);
    }

    @Test
    void emptyAndLongSentencesWork() {
        assertEquals(1.0, norm(encoder.embed("")), 1e-5);
        assertEquals(1.0, norm(encoder.embed("brighter ".repeat(500))), 1e-5);
    }

    @Test
    void aMissingResourceSaysTheBuildIsBroken() {
        SentenceEncoder broken = new SentenceEncoder(() -> null,
                SentenceEncoder.resource(SentenceEncoder.TOKENIZER_RESOURCE), 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.embed("hello"));
        assertTrue(e.getMessage().contains("build is broken"), e.getMessage());
        assertEquals(0, broken.loadMillis());
    }

    /** Not an assertion (timings are not tests): what loading and one sentence cost on this machine. */
    @Test
    void timing() {
        List<String> sentences = sentences();
        assertEquals(100, sentences.size());
        try (SentenceEncoder fresh = new SentenceEncoder()) {
            assertEquals(0, fresh.loadMillis());
            fresh.embed("warm up");
            long load = fresh.loadMillis();
            for (int i = 0; i < 20; i++) {
                fresh.embed(sentences.get(i));
            }
            // Timed on the sentences not embedded yet: a repeated one is remembered, not run again.
            long[] nanos = new long[sentences.size() - 20];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                fresh.embed(sentences.get(20 + i));
                nanos[i] = System.nanoTime() - start;
            }
            double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "sentence encoder: load %d ms; per sentence mean %.2f ms, p50 %.2f ms, p95 %.2f ms "
                            + "(%d sentences)%n", load, mean, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6, nanos.length);
        }
    }

    /** A hundred instructions of the kind the daemon reads, 4 to 12 words each. */
    private static List<String> sentences() {
        String[] verbs = {"make", "turn", "change", "adjust", "set"};
        String[] objects = {"the sky", "the background", "her face", "the old car on the left", "everything"};
        String[] how = {"a bit brighter", "much warmer and more saturated", "darker", "less blue, please",
                "black and white like an old photograph"};
        List<String> out = new ArrayList<>();
        for (String verb : verbs) {
            for (String object : objects) {
                for (String h : how) {
                    out.add(verb + " " + object + " " + h);
                }
            }
        }
        return out.subList(0, 100);
    }
}
