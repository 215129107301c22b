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

    @ParameterizedTest(name = "{0} → prompt \"{2}\", negative \"{3}\"")
    @CsvSource(delimiter = '|', value = {
            "generate a castle at dusk | TEXT_TO_IMAGE | a castle at dusk | ''",
            "please add a red hat | INPAINT | a red hat | ''",
            "Add a Red Hat | INPAINT | a Red Hat | ''",
            "put a bird on the branch | INPAINT | a bird on the branch | ''",
            "replace the sky with a sunset | INPAINT | a sunset | ''",
            "turn the cat into a tiger | INPAINT | a tiger | ''",
            "change the sky to a starry night | INPAINT | a starry night | ''",
            "add a crowd, without hats | INPAINT | a crowd | hats",
            "generate a beach but no people | TEXT_TO_IMAGE | a beach | people",
            "make it look like a watercolour | INSTRUCTION_EDIT | make it look like a watercolour | ''",
    })
    void thePromptIsTheContentAskedForAndWithoutIsNegative(String instruction, SynthesisRequest.Capability capability,
                                                           String prompt, String negative) {
        assertEquals(prompt, SynthesisRequest.prompt(instruction, capability));
        assertEquals(negative, SynthesisRequest.negative(instruction));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "make it look like a watercolour | watercolour",
            "turn it into an oil painting | oil painting",
            "make it look like a pencil sketch, without colour | pencil sketch",
            "make it stormy | make it stormy",
    })
    void aDescriptionIsTheLookAskedFor(String instruction, String description) {
        assertEquals(description, SynthesisRequest.description(instruction));
    }
}
