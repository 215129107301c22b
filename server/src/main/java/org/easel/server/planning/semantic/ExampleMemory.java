package org.easel.server.planning.semantic;

import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Sentences people wrote, each with the reading it was meant to have (written from the development
 * sets by {@code ExamplesExport}, among the server's tests). The interpreter turns to them only where its rules
 * would ask or refuse: when the {@value #NEIGHBOURS} sentences closest in meaning to the
 * instruction are all at least {@value #CLOSE} similar and all carry the same reading, that reading
 * is taken. Requiring agreement, not the best match, is what keeps it from guessing: sentences a
 * careful assistant would ask about, or whose reading needs more than the sentence, sit in the
 * memory too and break the agreement near them. (Measured on development sets left out of the
 * memory: of the instructions the rules asked or refused about, 3 to 10 in 100 were then read as
 * meant, and at most 1 in 100 as something else.) The nearest examples themselves ({@link #nearest}) serve a weaker
 * test, where the rules would ask between changes Easel makes itself: which of the question's readings most of them meant.
 */
public final class ExampleMemory {
    public static final String RESOURCE = "/understanding/examples.tsv";
    /** A change of the whole picture in the instruction's own words. */
    public static final String EDIT = "(edit)";
    static final int NEIGHBOURS = 5;
    static final double CLOSE = 0.70;

    /** One sentence and its reading: an instruction the rules read exactly, {@link #EDIT}, "(ask)" or "(other)". */
    public record Example(String reading, String sentence) {
    }

    private final Function<String, float[]> embedder;
    private final List<Example> examples;
    private final SentenceVectors vectors;
    private volatile boolean warmUpComing;

    public ExampleMemory(Function<String, float[]> embedder, List<Example> examples, Optional<ExemplarVectorCache> cache) {
        this.embedder = embedder;
        this.examples = List.copyOf(examples);
        this.vectors = new SentenceVectors(embedder, this.examples.stream().map(Example::sentence).toList(), cache);
    }

    public static List<Example> load() {
        return parse(TabSeparatedResource.lines(RESOURCE));
    }

    public static List<Example> parse(List<String> lines) {
        return TabSeparatedResource.rows(lines, RESOURCE, "READING<TAB>sentence").stream()
                .map(row -> new Example(row.label(), row.sentence())).toList();
    }

    public List<Example> examples() {
        return examples;
    }

    /**
     * Says that a background warm-up will embed the examples: until it has, {@link #agreedReading} answers nothing
     * at once rather than embedding them on an instruction's thread (seconds the artist would wait).
     */
    public void expectWarmUp() {
        warmUpComing = true;
    }

    /** Embeds the examples now, off the request path; gives up between two sentences once {@code stop} says so. */
    public void warmUp(BooleanSupplier stop) {
        vectors.get(stop);
    }

    /** An example at least {@code similarity} close to {@code sentence}, if any: how the evaluation set is kept apart. */
    public Optional<Example> asCloseAs(String sentence, double similarity) {
        float[] query = embedder.apply(sentence);
        float[][] all = vectors.get();
        for (int i = 0; i < all.length; i++) {
            if (SentenceVectors.dot(query, all[i]) >= similarity) {
                return Optional.of(examples.get(i));
            }
        }
        return Optional.empty();
    }

    /** An example near an instruction, and how near. */
    public record Neighbour(String reading, double similarity) {
    }

    /**
     * The {@code count} examples nearest to {@code sentence} that are at least {@code similarity} close, nearest first;
     * none while an expected warm-up has yet to embed the examples.
     */
    public List<Neighbour> nearest(String sentence, int count, double similarity) {
        if (warmUpComing && !vectors.ready()) {
            return List.of();   // still to be embedded by the warm-up: the rules' question stands meanwhile
        }
        float[][] all = vectors.get();
        float[] query = embedder.apply(sentence);
        PriorityQueue<double[]> nearest = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));   // weakest on top
        for (int i = 0; i < all.length; i++) {
            double close = SentenceVectors.dot(query, all[i]);
            if (close >= similarity && (nearest.size() < count || close > nearest.peek()[0])) {
                nearest.add(new double[] {close, i});
                if (nearest.size() > count) {
                    nearest.poll();
                }
            }
        }
        return nearest.stream().sorted((a, b) -> Double.compare(b[0], a[0]))
                .map(n -> new Neighbour(examples.get((int) n[1]).reading(), n[0])).toList();
    }

    /**
     * The reading the {@value #NEIGHBOURS} examples nearest to {@code sentence} all carry, each at least
     * {@value #CLOSE} similar; empty when they disagree or are not that close, and while an expected warm-up has
     * yet to embed the examples. May be "(ask)" or "(other)".
     */
    public Optional<String> agreedReading(String sentence) {
        return agreedAmong(nearest(sentence, NEIGHBOURS, CLOSE));
    }

    /**
     * The reading the {@value #NEIGHBOURS} nearest of {@code nearest} (examples already looked up, nearest first, at least
     * that many and down to {@value #CLOSE} or further) all carry, each at least {@value #CLOSE} similar; so one look-up
     * serves this and a wider one.
     */
    public static Optional<String> agreedAmong(List<Neighbour> nearest) {
        List<Neighbour> close = nearest.stream().filter(n -> n.similarity() >= CLOSE).limit(NEIGHBOURS).toList();
        if (close.size() < NEIGHBOURS) {
            return Optional.empty();
        }
        String reading = close.get(0).reading();
        return close.stream().allMatch(n -> n.reading().equals(reading)) ? Optional.of(reading) : Optional.empty();
    }
}
