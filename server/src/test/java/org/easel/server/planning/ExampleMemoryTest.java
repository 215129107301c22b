package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.easel.server.planning.semantic.ExampleMemory;
import org.easel.server.planning.semantic.ExemplarVectorCache;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentences with meant readings that the interpreter turns to before asking: taken only when the five
 * nearest agree and are close, never against a question, and every reading in the shipped file is one the
 * rules read exactly.
 */
class ExampleMemoryTest {
    /** A stand-in sentence model: sentences are placed by hand on a unit circle, so closeness is chosen. */
    private static Function<String, float[]> placed(Map<String, Double> angles) {
        return sentence -> {
            double angle = angles.getOrDefault(sentence, Math.PI);   // anything unplaced is far from everything
            return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
        };
    }

    private static List<ExampleMemory.Example> five(String reading, String... sentences) {
        List<ExampleMemory.Example> examples = new ArrayList<>();
        for (String sentence : sentences) {
            examples.add(new ExampleMemory.Example(reading, sentence));
        }
        return examples;
    }

    @Test
    void theReadingFiveCloseNeighboursAgreeOnIsTaken() {
        Map<String, Double> angles = Map.of("query", 0.0, "a", 0.1, "b", 0.2, "c", 0.3, "d", 0.4, "e", 0.5);
        ExampleMemory memory = new ExampleMemory(placed(angles), five("make it warmer", "a", "b", "c", "d", "e"),
                Optional.empty());
        assertEquals(Optional.of("make it warmer"), memory.agreedReading("query"));
    }

    @Test
    void aWiderLookUpGivesTheSameAgreedReadingAsItsOwn() {
        // seven neighbours down to 0.62: the nearest five of them at 0.70 or closer agree, the two further ones do not count
        Map<String, Double> angles = Map.of("query", 0.0, "a", 0.1, "b", 0.2, "c", 0.3, "d", 0.4, "e", 0.5, "f", 0.85,
                "g", 0.86);
        List<ExampleMemory.Example> examples = five("make it warmer", "a", "b", "c", "d", "e");
        examples.add(new ExampleMemory.Example("make it cooler", "f"));
        examples.add(new ExampleMemory.Example("make it cooler", "g"));
        ExampleMemory memory = new ExampleMemory(placed(angles), examples, Optional.empty());
        List<ExampleMemory.Neighbour> wider = memory.nearest("query", 7, 0.62);
        assertEquals(7, wider.size());
        assertEquals(memory.agreedReading("query"), ExampleMemory.agreedAmong(wider));
        assertEquals(Optional.of("make it warmer"), ExampleMemory.agreedAmong(wider));
        // only four at 0.70 or closer: no agreement, however many further ones there are
        assertEquals(Optional.empty(), ExampleMemory.agreedAmong(memory.nearest("query", 7, 0.62).subList(0, 4)));
    }

    @Test
    void oneNeighbourMeaningSomethingElseOrTooFewCloseOnesGiveNothing() {
        Map<String, Double> angles = Map.of("query", 0.0, "a", 0.1, "b", 0.2, "c", 0.3, "d", 0.4, "e", 0.5, "far", 1.5);
        List<ExampleMemory.Example> examples = five("make it warmer", "a", "b", "c", "d");
        examples.add(new ExampleMemory.Example("(ask)", "e"));
        assertEquals(Optional.empty(), new ExampleMemory(placed(angles), examples, Optional.empty()).agreedReading("query"));
        // Four close ones and a fifth far away (cos 1.5 rad ≈ 0.07): not enough agreeing neighbours close by.
        List<ExampleMemory.Example> fewClose = five("make it warmer", "a", "b", "c", "d", "far");
        assertEquals(Optional.empty(), new ExampleMemory(placed(angles), fewClose, Optional.empty()).agreedReading("query"));
    }

    @Test
    void theExamplesVectorsAreKeptAndReadBack(@TempDir Path dir) {
        Map<String, Double> angles = Map.of("query", 0.0, "a", 0.1, "b", 0.2, "c", 0.3, "d", 0.4, "e", 0.5);
        List<ExampleMemory.Example> examples = five("make it warmer", "a", "b", "c", "d", "e");
        List<String> sentences = examples.stream().map(ExampleMemory.Example::sentence).toList();
        new ExampleMemory(placed(angles), examples, Optional.of(ExemplarVectorCache.of(dir, "examples", sentences, () -> "m")))
                .warmUp(() -> false);
        Function<String, float[]> onlyTheQuery = sentence -> {
            if (!sentence.equals("query")) {
                throw new AssertionError("embedded again: " + sentence);
            }
            return new float[] {1, 0};
        };
        ExampleMemory again = new ExampleMemory(onlyTheQuery, examples,
                Optional.of(ExemplarVectorCache.of(dir, "examples", sentences, () -> "m")));
        assertEquals(Optional.of("make it warmer"), again.agreedReading("query"));
    }

    @Test
    void anInstructionNeverEmbedsTheExamplesWhenAWarmUpIsComing() {
        java.util.concurrent.atomic.AtomicInteger embeddedExamples = new java.util.concurrent.atomic.AtomicInteger();
        Function<String, float[]> counting = sentence -> {
            if (!sentence.equals("query")) {
                embeddedExamples.incrementAndGet();
            }
            return new float[] {1, 0};
        };
        ExampleMemory memory = new ExampleMemory(counting, five("make it warmer", "a", "b", "c", "d", "e"), Optional.empty());
        memory.expectWarmUp();
        assertEquals(Optional.empty(), memory.agreedReading("query"));   // answered at once, without the memory
        assertEquals(0, embeddedExamples.get());
        memory.warmUp(() -> false);
        assertEquals(Optional.of("make it warmer"), memory.agreedReading("query"));
        assertEquals(5, embeddedExamples.get());
    }

    @Test
    void aLineWithoutReadingAndSentenceIsRefusedWithItsNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExampleMemory.parse(List.of("# comment", "make it warmer")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void everyReadingInTheShippedFileIsReadExactlyByTheRules() {
        InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(), () -> null);
        List<String> notExact = ExampleMemory.load().stream().map(ExampleMemory.Example::reading).distinct()
                .filter(reading -> !reading.startsWith("("))
                .filter(reading -> !(reader.read(reading, InstructionContext.NONE.withSelection(true))
                        instanceof Understanding.Planned))
                .toList();
        assertEquals(List.of(), notExact);
    }

    private static InstructionReader readerWhoseNeighboursAllMean(String reading) {
        Function<String, float[]> everythingAlike = sentence -> new float[] {1, 0};
        return new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
                () -> new ExampleMemory(everythingAlike, five(reading, "a", "b", "c", "d", "e"), Optional.empty()));
    }

    @Test
    void whereTheRulesWouldRefuseTheAgreedReadingIsPlannedUnlessItIsAQuestion() {
        String nonsense = "lorem ipsum";   // (three such words read as another language, which is said so)
        assertEquals("refuse", UnderstandingLabels.label(readerWhoseNeighboursAllMean("(ask)").read(nonsense, InstructionContext.NONE)));
        assertEquals("adjust: warmth+",
                UnderstandingLabels.label(readerWhoseNeighboursAllMean("make it warmer").read(nonsense, InstructionContext.NONE)));
        // On an empty layer there is nothing to adjust: the memory is not asked.
        InstructionContext emptyLayer = new InstructionContext(false, true, 1024, 768, Optional.empty(), Optional.empty());
        assertEquals("refuse", UnderstandingLabels.label(readerWhoseNeighboursAllMean("make it warmer").read(nonsense, emptyLayer)));
    }

    @Test
    void whereTheRulesWouldAskTheAgreedReadingIsTakenOnlyWhenTheQuestionOffersIt() {
        // "contrast" alone asks more or less; neighbours that all meant more contrast settle it
        assertEquals("adjust: contrast+",
                UnderstandingLabels.label(readerWhoseNeighboursAllMean("more contrast").read("contrast", InstructionContext.NONE)));
        // neighbours that meant something the question does not offer leave the question standing
        assertEquals("clarify",
                UnderstandingLabels.label(readerWhoseNeighboursAllMean("make it warmer").read("contrast", InstructionContext.NONE)));
        assertEquals("clarify", UnderstandingLabels.label(readerWhoseNeighboursAllMean("upscale it")
                .read("upscale to 4000x2000", InstructionContext.NONE)));
    }

    @Test
    void theNearestExamplesComeNearestFirstAndOnlyThoseCloseEnough() {
        Map<String, Double> angles = Map.of("query", 0.0, "a", 0.3, "b", 0.1, "c", 0.2, "far", 1.5);
        List<ExampleMemory.Example> examples = List.of(new ExampleMemory.Example("make it warmer", "a"),
                new ExampleMemory.Example("make it cooler", "b"), new ExampleMemory.Example("(ask)", "c"),
                new ExampleMemory.Example("make it warmer", "far"));
        List<ExampleMemory.Neighbour> nearest = new ExampleMemory(placed(angles), examples, Optional.empty())
                .nearest("query", 2, 0.5);
        assertEquals(List.of("make it cooler", "(ask)"), nearest.stream().map(ExampleMemory.Neighbour::reading).toList());
        assertTrue(nearest.get(0).similarity() > nearest.get(1).similarity());
    }

    /** A reader whose memory holds examples placed around the instruction, each meaning its reading. */
    private static InstructionReader readerWithNeighbours(String instruction, Map<String, String> readingBySentence,
                                                          Map<String, Double> angleBySentence) {
        Map<String, Double> angles = new java.util.HashMap<>(angleBySentence);
        angles.put(instruction, 0.0);
        List<ExampleMemory.Example> examples = readingBySentence.entrySet().stream()
                .map(e -> new ExampleMemory.Example(e.getValue(), e.getKey())).toList();
        return new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
                () -> new ExampleMemory(placed(angles), examples, Optional.empty()));
    }

    @Test
    void aQuestionsReadingMostOfTheNearestExamplesMeantIsTaken() {
        String castComplaint = "it's got that nasty orange indoor look";   // asks: cooler, a magenta tint or white balance?
        Map<String, Double> angles = Map.of("a", 0.1, "b", 0.2, "c", 0.3, "d", 0.4, "e", 0.5);
        Map<String, String> mostlyCooler = Map.of("a", "make it cooler", "b", "make it cooler", "c", "make it cooler",
                "d", "correct the white balance", "e", "(ask)");
        assertEquals("adjust: warmth-", UnderstandingLabels.label(
                readerWithNeighbours(castComplaint, mostlyCooler, angles).read(castComplaint, InstructionContext.NONE)));
        // split neighbours leave the question standing
        Map<String, String> split = Map.of("a", "make it cooler", "b", "correct the white balance", "c", "make it cooler",
                "d", "correct the white balance", "e", "(ask)");
        assertEquals("clarify", UnderstandingLabels.label(
                readerWithNeighbours(castComplaint, split, angles).read(castComplaint, InstructionContext.NONE)));
    }

    @Test
    void whichWayAChangeGoesIsNeverTakenFromTheNearestExamples() {
        // "contrast" asks more or less: opposites sit as close in meaning as paraphrases, so neighbours do not settle it
        Map<String, Double> angles = Map.of("a", 0.1, "b", 0.2, "c", 0.3, "d", 0.4, "e", 0.5);
        Map<String, String> mostlyMore = Map.of("a", "more contrast", "b", "more contrast", "c", "more contrast",
                "d", "(ask)", "e", "(ask)");
        assertEquals("clarify", UnderstandingLabels.label(
                readerWithNeighbours("contrast", mostlyMore, angles).read("contrast", InstructionContext.NONE)));
    }
}
