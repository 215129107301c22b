package org.easel.server.planning.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exemplars' vectors kept on disk: read back instead of embedded, and never from another bank or model. */
class ExemplarVectorCacheTest {
    private static final List<ExemplarBank.Exemplar> BANK = List.of(
            new ExemplarBank.Exemplar(Intent.ADJUST, "make it warmer"),
            new ExemplarBank.Exemplar(Intent.ADJUST, "brighten it"),
            new ExemplarBank.Exemplar(Intent.REMOVE, "remove this"),
            new ExemplarBank.Exemplar(Intent.REMOVE, "get rid of it"));

    @TempDir
    Path dir;

    private final AtomicInteger embedded = new AtomicInteger();

    /** A stand-in sentence model: a fixed vector per sentence, counting how often it is asked. */
    private final Function<String, float[]> embedder = sentence -> {
        embedded.incrementAndGet();
        float[] v = new float[8];
        for (int i = 0; i < sentence.length(); i++) {
            v[i % 8] += sentence.charAt(i) / 100f;
        }
        return v;
    };

    private static Supplier<String> model(String digest) {
        return () -> digest;
    }

    @Test
    void aSecondStartReadsTheVectorsInsteadOfEmbeddingThem() {
        IntentClassifier first = new IntentClassifier(embedder, BANK,
                Optional.of(ExemplarVectorCache.in(dir, BANK, model("model A"))));
        first.warmUp(() -> false);
        assertEquals(BANK.size(), embedded.get());
        IntentClassifier.Classification before = first.classify("make it warmer please");

        embedded.set(0);
        IntentClassifier second = new IntentClassifier(embedder, BANK,
                Optional.of(ExemplarVectorCache.in(dir, BANK, model("model A"))));
        second.warmUp(() -> false);
        assertEquals(0, embedded.get(), "no exemplar was embedded again");
        IntentClassifier.Classification after = second.classify("make it warmer please");
        assertEquals(before.best(), after.best());
        assertEquals(before.margin(), after.margin(), 1e-9);
    }

    @Test
    void anotherModelOrAnotherBankFindsNoVectors() throws Exception {
        ExemplarVectorCache a = ExemplarVectorCache.in(dir, BANK, model("model A"));
        new IntentClassifier(embedder, BANK, Optional.of(a)).warmUp(() -> false);
        assertTrue(Files.isRegularFile(a.file()));
        assertNotEquals(a.file(), ExemplarVectorCache.in(dir, BANK, model("model B")).file());
        List<ExemplarBank.Exemplar> grown = new java.util.ArrayList<>(BANK);
        grown.add(new ExemplarBank.Exemplar(Intent.REMOVE, "erase the wire"));
        ExemplarVectorCache other = ExemplarVectorCache.in(dir, grown, model("model A"));
        assertNotEquals(a.file(), other.file());
        assertEquals(Optional.empty(), other.load(grown.size()));
    }

    @Test
    void aDamagedFileIsIgnoredAndReplaced() throws Exception {
        ExemplarVectorCache cache = ExemplarVectorCache.in(dir, BANK, model("model A"));
        new IntentClassifier(embedder, BANK, Optional.of(cache)).warmUp(() -> false);
        float[][] good = cache.load(BANK.size()).orElseThrow();
        byte[] bytes = Files.readAllBytes(cache.file());
        Files.write(cache.file(), java.util.Arrays.copyOf(bytes, bytes.length - 5));   // cut short
        assertEquals(Optional.empty(), cache.load(BANK.size()));
        assertEquals(Optional.empty(), cache.load(BANK.size() + 1), "another count never reads");

        embedded.set(0);
        new IntentClassifier(embedder, BANK, Optional.of(cache)).warmUp(() -> false);
        assertEquals(BANK.size(), embedded.get(), "embedded again");
        float[][] rewritten = cache.load(BANK.size()).orElseThrow();
        for (int i = 0; i < good.length; i++) {
            assertArrayEquals(good[i], rewritten[i]);
        }
    }
}
