package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SynthesisRequestTest {

    @ParameterizedTest(name = "{0} → prompt \"{2}\", negative \"{3}\"")
    @CsvSource(delimiter = '|', value = {
            "generate a castle at dusk | TEXT_TO_IMAGE | a castle at dusk | ''",
            "please add a red hat | INPAINT | a red hat | ''",
            "Add a Red Hat | INPAINT | a Red Hat | ''",
            "put a bird on the branch | INPAINT | a bird on the branch | ''",
            "could you put a blue kite up here | INPAINT | a blue kite | ''",
            "a neon sign that says OPEN, without people | INPAINT | a neon sign that says OPEN | people",
            "replace the sky with a sunset | INPAINT | a sunset sky | ''",   // a time of day names a sky only with the word
            "turn the cat into a tiger | INPAINT | a tiger | ''",
            "change the sky to a starry night | INPAINT | a starry night | ''",
            "add a crowd, without hats | INPAINT | a crowd | hats",
            "generate a beach but no people | TEXT_TO_IMAGE | a beach | people",
            "make it look like a watercolour | INSTRUCTION_EDIT | make it look like a watercolour | ''",
    })
    void thePromptIsTheContentAskedForAndWithoutIsNegative(String instruction, SynthesisRequest.Capability capability,
                                                           String prompt, String negative) {
        if (capability != SynthesisRequest.Capability.INSTRUCTION_EDIT) {
            assertEquals(prompt, ContentReader.read(instruction).prompt());
            assertEquals(negative, ContentReader.read(instruction).negative());
        }
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
