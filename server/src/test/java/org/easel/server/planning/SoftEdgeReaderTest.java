package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "With a soft edge" asks for a feather and is read out of the instruction (issue 15, part 1). */
class SoftEdgeReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "make the selection black and white with a soft edge | make the selection black and white",
        "make it warmer, with soft edges | make it warmer",
        "Blur the background with a softer edge | Blur the background",
        "soft-edged black and white | black and white",
        "make the selection black and white, feathered | make the selection black and white",
        "darken it but feathered edges please | darken it please",
        "sepia with the soft edge. | sepia.",
    })
    void theSoftEdgeWordsAreReadAndTakenOut(String instruction, String rest) {
        assertTrue(SoftEdgeReader.asksForSoftEdge(instruction), instruction);
        assertEquals(rest, SoftEdgeReader.withoutSoftEdge(instruction));
    }

    @ParameterizedTest
    @ValueSource(strings = {"make the selection black and white", "soften the edges of the tree", "make it softer",
        "add a soft glow", "sharpen the edges", "edge detection"})
    void otherInstructionsAreLeftAlone(String instruction) {
        assertFalse(SoftEdgeReader.asksForSoftEdge(instruction), instruction);
        assertEquals(instruction, SoftEdgeReader.withoutSoftEdge(instruction));
    }

    @ParameterizedTest
    @ValueSource(strings = {"make the selection black and white with a soft edge",
        "make the selection black and white, feathered"})
    void theInstructionReadsAsItWouldWithoutThem(String instruction) {
        InstructionContext context = new InstructionContext(true, false, 64, 48, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.List.of(), java.util.List.of());
        InstructionReader reader = new InstructionReader(java.util.Optional.empty(),
                org.easel.server.planning.semantic.SemanticUnderstanding.shared());
        Understanding soft = reader.read(instruction, context);
        Understanding plain = reader.read("make the selection black and white", context);
        assertTrue(soft instanceof Understanding.Planned, soft.toString());
        assertEquals(((Understanding.Planned) plain).plan().operations(), ((Understanding.Planned) soft).plan().operations());
    }
}
