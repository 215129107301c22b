package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.junit.jupiter.api.Test;

/**
 * The words people type for the photo fixes (issue 16), read by the whole interpreter: every case
 * of {@code understanding/photofix.tsv} must be planned as expected.
 */
class PhotoFixWordsTest {
    private final InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
            SemanticUnderstanding::examplesEmbedded);

    @Test
    void everyPhotoFixPhraseIsPlannedAsExpected() throws Exception {
        List<UnderstandingEvaluation.Outcome> outcomes = UnderstandingEvaluation.run(reader::read,
                UnderstandingEvaluation.cases("/understanding/photofix.tsv"));
        List<String> misses = outcomes.stream().filter(o -> !o.correct())
                .map(o -> o.c().instruction() + " → " + o.actual()).toList();
        assertTrue(outcomes.size() >= 40, "the set is there: " + outcomes.size());
        assertEquals(List.of(), misses);
    }

    @Test
    void intensityWordsGradeThePhotoFixesLikeTheOtherAdjustments() {
        assertEquals(new Adjustment(AdjustmentKind.SHADOWS, 0.125), only("open up the shadows a bit"));
        assertEquals(new Adjustment(AdjustmentKind.SHADOWS, 0.25), only("open up the shadows"));
        assertEquals(new Adjustment(AdjustmentKind.HIGHLIGHTS, -0.5), only("recover the highlights a lot"));
        assertEquals(new Adjustment(AdjustmentKind.DENOISE, 0.125), only("denoise it a bit"));
        assertEquals(new Adjustment(AdjustmentKind.CLARITY, 0.5), only("way more clarity"));
        assertEquals(Adjustment.full(AdjustmentKind.AUTO_WHITE_BALANCE), only("the whites look yellow"));
    }

    @Test
    void fixTheColoursOffersWhiteBalanceAmongItsReadings() {
        Understanding understanding = reader.read("fix the colours", InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Clarify, understanding.toString());
        assertEquals("correct the white balance", ((Understanding.Clarify) understanding).readings().get(0));
        assertEquals(Adjustment.full(AdjustmentKind.AUTO_WHITE_BALANCE), only("correct the white balance"));
    }

    private Adjustment only(String instruction) {
        Understanding understanding = reader.read(instruction, InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Planned, instruction + " → " + understanding);
        List<Adjustment> operations = ((Understanding.Planned) understanding).plan().operations();
        assertEquals(1, operations.size(), instruction + " → " + operations);
        return operations.get(0);
    }
}
