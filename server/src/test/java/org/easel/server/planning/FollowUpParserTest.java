package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpParserTest {

    private final FollowUpParser parser = new FollowUpParser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "undo | Undo[]",
            "Undo that. | Undo[]",
            "please revert | Undo[]",
            "go back | Undo[]",
            "take that back | Undo[]",
            "undo that one, too much | Undo[]",
            "Can you just take that last step away? | Undo[]",
            "make it even more | Rescale[factor=1.5]",
            "make it a bit more | Rescale[factor=1.25]",
            "ok thats a bit much | Rescale[factor=0.5]",
            "turn 180 | none",
            "go back to the original | Original[]",
            "start over | Original[]",
            "use #3 instead | ShowTurn[reference=NUMBERED, number=3]",
            "#2 | ShowTurn[reference=NUMBERED, number=2]",
            "image 12 | ShowTurn[reference=NUMBERED, number=12]",
            "go back to number 4 | ShowTurn[reference=NUMBERED, number=4]",
            "I prefer #1 | ShowTurn[reference=NUMBERED, number=1]",
            "use the first one | ShowTurn[reference=FIRST, number=0]",
            "go back to the first one | ShowTurn[reference=FIRST, number=0]",
            "the last image | ShowTurn[reference=LAST, number=0]",
            "the previous one | ShowTurn[reference=PREVIOUS, number=0]",
            "use the one before | ShowTurn[reference=PREVIOUS, number=0]",
            "more | Rescale[factor=1.5]",
            "More! | Rescale[factor=1.5]",
            "stronger | Rescale[factor=1.5]",
            "even more | Rescale[factor=1.5]",
            "much more | Rescale[factor=2.0]",
            "a bit more | Rescale[factor=1.25]",
            "less | Rescale[factor=0.5]",
            "not so much | Rescale[factor=0.5]",
            "a touch less | Rescale[factor=0.75]",
            "a touch less, now it looks flat | Rescale[factor=0.75]",
            "less, it's overdone | Rescale[factor=0.5]",
            "tone it down | Rescale[factor=0.5]",
            "a little less | Rescale[factor=0.75]",
            "much less | Rescale[factor=0.25]",
            "again | Again[]",
            "do it again | Again[]",
            "once more | Again[]",
            "repeat that | Again[]",
            "try again | Variation[style=]",
            "another one | Variation[style=]",
            "different seed | Variation[style=]",
            "in watercolour style from now on | SetStyle[style=watercolor]",
            "make everything noir from now on | SetStyle[style=noir]",
            "from now on, everything in pastel | SetStyle[style=pastel]",
            "keep this style | KeepStyle[]",
            "no style | ClearStyle[]",
            "forget the style | ClearStyle[]",
    })
    void recognisesFollowUps(String instruction, String expected) {
        assertEquals(expected, parser.parse(instruction).map(Object::toString).orElse("none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"more contrast", "make it warmer", "less saturated", "a bit brighter", "invert",
            "make the selection black and white", "remove the lamp", "use a brush", "add a dragon",
            "more of the sky", "undo the blur on the left", "#3 please make it warmer"})
    void leavesChangesOfTheirOwnToThePlanner(String instruction) {
        assertEquals(Optional.empty(), parser.parse(instruction));
    }
}
