package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SynthesisRequestTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "generate a castle at dusk | TEXT_TO_IMAGE",
            "Create an owl on a branch | TEXT_TO_IMAGE",
            "add a dragon | INPAINT",
            "put a red umbrella in her hand | INPAINT",
            "replace the lamp with a plant | INPAINT",
            "turn the cat into a tiger | INPAINT",
            "make it stormy | INSTRUCTION_EDIT",
            "make it look like van gogh painted it | INSTRUCTION_EDIT",
            "make the sky more dramatic | INSTRUCTION_EDIT",
            "give it a cyberpunk mood | INSTRUCTION_EDIT",
    })
    void recognisesRequestsForNewContent(String instruction, SynthesisRequest.Capability expected) {
        assertEquals(Optional.of(expected), SynthesisRequest.detect(instruction));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sing me a song", "what can you do?", "hello", "undo"})
    void leavesOtherTextAlone(String instruction) {
        assertEquals(Optional.empty(), SynthesisRequest.detect(instruction));
    }
}
