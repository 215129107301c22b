package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How many versions the words ask for, what is left of the request, and which version they point at. */
class VariationWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "give me four versions|4|",
        "show me 3 options|3|",
        "a few variations|3|",
        "Give me a couple of versions please|2|",
        "two variations|2|",
        "could you make 4 different versions of a castle on a hill|4|a castle on a hill",
        "give me four versions of A Red Barn|4|A Red Barn",
        "add a red hat, 3 versions|3|add a red hat",
        "generate a dragon (give me 2 options)|2|generate a dragon",
        "an owl in a library - 4 variations|4|an owl in a library",
        "give me ten versions|10|",
    })
    void countsAndTheRestOfTheRequest(String instruction, int count, String rest) {
        assertEquals(Optional.of(new VariationWords.Count(count, rest == null ? "" : rest)),
                VariationWords.count(instruction));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a menu with four options", "a poster showing 3 versions of the logo", "another one",
            "make it warmer", "show me the options", "draw 3 apples"})
    void descriptionsThatMerelyMentionVersionsAskForNoCount(String instruction) {
        assertEquals(Optional.empty(), VariationWords.count(instruction), instruction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "show me the second one|2",
        "the third|3",
        "I'll take the first one|1",
        "use the 4th version please|4",
        "the last one|-1",
        "pick the second variation|2",
    })
    void choices(String instruction, int index) {
        assertEquals(OptionalInt.of(index), VariationWords.choice(instruction));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the second tree from the left", "show me #2", "make the second one bluer"})
    void otherSentencesChooseNothing(String instruction) {
        assertEquals(OptionalInt.empty(), VariationWords.choice(instruction));
    }
}
