package org.easel.server.planning;

import static org.easel.server.engines.classical.AdjustmentKind.BRIGHTNESS;
import static org.easel.server.engines.classical.AdjustmentKind.CONTRAST;
import static org.easel.server.engines.classical.AdjustmentKind.GRAYSCALE;
import static org.easel.server.engines.classical.AdjustmentKind.INVERT;
import static org.easel.server.engines.classical.AdjustmentKind.SATURATION;
import static org.easel.server.engines.classical.AdjustmentKind.WARMTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InstructionInterpreterTest {

    private static final double SMALL = 0.125;
    private static final double NORMAL = 0.25;
    private static final double LARGE = 0.5;

    private final InstructionInterpreter interpreter = new InstructionInterpreter();

    static Stream<Arguments> understood() {
        return Stream.of(
                Arguments.of("make the selection black and white", ops(GRAYSCALE, 1)),
                Arguments.of("black & white", ops(GRAYSCALE, 1)),
                Arguments.of("b&w", ops(GRAYSCALE, 1)),
                Arguments.of("Convert to black-and-white.", ops(GRAYSCALE, 1)),
                Arguments.of("grayscale", ops(GRAYSCALE, 1)),
                Arguments.of("Greyscale please", ops(GRAYSCALE, 1)),
                Arguments.of("make it monochrome", ops(GRAYSCALE, 1)),
                Arguments.of("invert the colors", ops(INVERT, 1)),
                Arguments.of("Invert the colours!", ops(INVERT, 1)),
                Arguments.of("make it a negative", ops(INVERT, 1)),
                Arguments.of("brighter", ops(BRIGHTNESS, NORMAL)),
                Arguments.of("please make it a bit warmer", ops(WARMTH, SMALL)),
                Arguments.of("Can you increase the contrast a lot?", ops(CONTRAST, LARGE)),
                Arguments.of("brighter and more saturated", ops(BRIGHTNESS, NORMAL, SATURATION, NORMAL)),
                Arguments.of("less contrast", ops(CONTRAST, -NORMAL)),
                Arguments.of("desaturate", ops(SATURATION, -NORMAL)),
                Arguments.of("darken", ops(BRIGHTNESS, -NORMAL)),
                Arguments.of("lighten it slightly", ops(BRIGHTNESS, SMALL)),
                Arguments.of("cooler", ops(WARMTH, -NORMAL)),
                Arguments.of("make it colder", ops(WARMTH, -NORMAL)),
                Arguments.of("more vivid", ops(SATURATION, NORMAL)),
                Arguments.of("muted colours", ops(SATURATION, -NORMAL)),
                Arguments.of("make it a bit brighter and warmer", ops(BRIGHTNESS, SMALL, WARMTH, SMALL)),
                Arguments.of("a bit brighter and much warmer", ops(BRIGHTNESS, SMALL, WARMTH, LARGE)),
                Arguments.of("increase the contrast a lot and make it warmer", ops(CONTRAST, LARGE, WARMTH, NORMAL)),
                Arguments.of("reduce the contrast and the saturation", ops(CONTRAST, -NORMAL, SATURATION, -NORMAL)),
                Arguments.of("increase brightness, contrast and saturation",
                        ops(BRIGHTNESS, NORMAL, CONTRAST, NORMAL, SATURATION, NORMAL)),
                Arguments.of("turn the saturation down a little", ops(SATURATION, -SMALL)),
                Arguments.of("turn up the contrast", ops(CONTRAST, NORMAL)),
                Arguments.of("make it much less saturated", ops(SATURATION, -LARGE)),
                Arguments.of("less bright", ops(BRIGHTNESS, -NORMAL)),
                Arguments.of("VERY DARK", ops(BRIGHTNESS, -LARGE)),
                Arguments.of("warm it up a bit", ops(WARMTH, SMALL)),
                Arguments.of("Black and white, then invert", ops(GRAYSCALE, 1, INVERT, 1)),
                Arguments.of("make it cooler and increase the contrast slightly", ops(WARMTH, -NORMAL, CONTRAST, SMALL)),
                Arguments.of("invert and then convert to grayscale", ops(INVERT, 1, GRAYSCALE, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("understood")
    void understandsInstruction(String instruction, List<Adjustment> expected) throws Exception {
        Plan plan = interpreter.interpret(instruction);
        assertEquals(expected, plan.operations());
        assertEquals("classical", plan.engine());
    }

    @Test
    void summariesSayWhatWasUnderstoodBeforeAndAfter() throws Exception {
        assertWording("make the selection black and white", "Convert to black and white", "Converted to black and white.");
        assertWording("make it a bit brighter and warmer", "Make it a bit brighter and warmer", "Made it a bit brighter and warmer.");
        assertWording("Can you increase the contrast a lot?", "Increase the contrast a lot", "Increased the contrast a lot.");
        assertWording("black and white then brighter", "Convert to black and white, then make it brighter",
                "Converted to black and white, then made it brighter.");
        assertWording("much brighter and make it warmer", "Make it much brighter, then make it warmer",
                "Made it much brighter, then made it warmer.");
        assertWording("desaturate slightly", "Make it a bit less saturated", "Made it a bit less saturated.");
        assertWording("invert the colours", "Invert the colours", "Inverted the colours.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "add a dragon", "make it stormy", "make the sky darker", "it's too dark",
        "don't make it brighter", "increase the contrast by 20%", "contrast", "make it darkish",
        "enbrightened", "brighter and remove the lamp", "less blurry", "extend the canvas", "extend right by 300",
        "extend right by 10 px and 20 px", "remove 300 px", "extend the canvas to the right and remove the lamp",
        "extend the dragon to the right"})
    void refusesWhatItDoesNotUnderstandAndSaysWhatItCan(String instruction) {
        UnsupportedInstructionException refused = assertThrows(UnsupportedInstructionException.class,
                () -> interpreter.interpret(instruction));
        String message = refused.getMessage();
        assertTrue(message.contains("\"" + instruction + "\""), message);
        assertTrue(message.contains(UnsupportedInstructionException.CAPABILITIES), message);
        for (String capability : List.of("black and white", "contrast", "warmer", "remove what is selected",
                "extend the canvas", "crop", "rotate", "upscale", "undo", "more", "new picture")) {
            assertTrue(message.contains(capability), "missing " + capability + " in " + message);
        }
        assertEquals(instruction, refused.instruction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void refusesBlankInstructions(String instruction) {
        UnsupportedInstructionException refused = assertThrows(UnsupportedInstructionException.class,
                () -> interpreter.interpret(instruction));
        assertTrue(refused.getMessage().contains(UnsupportedInstructionException.CAPABILITIES));
    }

    @Test
    void refusesNull() {
        assertThrows(UnsupportedInstructionException.class, () -> interpreter.interpret(null));
    }

    @Test
    void quotesOnlyTheStartOfAVeryLongInstruction() {
        String instruction = "paint ".repeat(300);
        UnsupportedInstructionException refused = assertThrows(UnsupportedInstructionException.class,
                () -> interpreter.interpret(instruction));
        assertTrue(refused.getMessage().length() < 1000);
        assertTrue(refused.getMessage().contains("paint paint"));
    }

    @Test
    void sameWordsAlwaysGiveTheSamePlan() throws Exception {
        assertEquals(interpreter.interpret("a bit brighter and more contrast"),
                interpreter.interpret("A BIT BRIGHTER AND MORE CONTRAST"));
    }

    private void assertWording(String instruction, String summary, String done) throws Exception {
        Plan plan = interpreter.interpret(instruction);
        assertEquals(summary, plan.summary());
        assertEquals(done, plan.doneMessage());
    }

    /** Alternating kind, amount pairs. */
    private static List<Adjustment> ops(Object... kindsAndAmounts) {
        List<Adjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < kindsAndAmounts.length; i += 2) {
            adjustments.add(new Adjustment((AdjustmentKind) kindsAndAmounts[i], ((Number) kindsAndAmounts[i + 1]).doubleValue()));
        }
        return adjustments;
    }
}
