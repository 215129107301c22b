package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.CanvasOperation.Upscale;
import org.easel.server.engines.classical.CanvasOperation.Upscale.Target;
import org.easel.server.engines.classical.Extension;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Upscaling in people's words, read by the whole interpreter (issue 16). */
class UpscaleWordsTest {
    private static final InstructionContext SELECTED = InstructionContext.NONE.withSelection(true);
    private final InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
            SemanticUnderstanding::examplesEmbedded);

    static Stream<Arguments> upscales() {
        return Stream.of(
                Arguments.of("make it twice as big", new Upscale(Target.FACTOR, 2)),
                Arguments.of("Could you make the picture three times larger, please?", new Upscale(Target.FACTOR, 3)),
                Arguments.of("upscale 2x", new Upscale(Target.FACTOR, 2)),
                Arguments.of("upscale it x4", new Upscale(Target.FACTOR, 4)),
                Arguments.of("2x upscale", new Upscale(Target.FACTOR, 2)),
                Arguments.of("enlarge by 150%", new Upscale(Target.FACTOR, 1.5)),
                Arguments.of("enlarge the image by 50%", new Upscale(Target.FACTOR, 1.5)),
                Arguments.of("scale it up to 200%", new Upscale(Target.FACTOR, 2)),
                Arguments.of("upscale the photo by a factor of 3", new Upscale(Target.FACTOR, 3)),
                Arguments.of("blow it up 4 times", new Upscale(Target.FACTOR, 4)),
                Arguments.of("double the size", new Upscale(Target.FACTOR, 2)),
                Arguments.of("double the resolution of the image", new Upscale(Target.FACTOR, 2)),
                Arguments.of("make it 1.5x bigger", new Upscale(Target.FACTOR, 1.5)),
                Arguments.of("upscale to 4000 px wide", new Upscale(Target.WIDTH, 4000)),
                Arguments.of("make it 3000 pixels tall", new Upscale(Target.HEIGHT, 3000)),
                Arguments.of("upscale it to a width of 5000", new Upscale(Target.WIDTH, 5000)),
                Arguments.of("enlarge to 6000px", new Upscale(Target.LONG_SIDE, 6000)),
                Arguments.of("upscale to 4K", new Upscale(Target.LONG_SIDE, 3840)),
                Arguments.of("upscale the image to 8k", new Upscale(Target.LONG_SIDE, 7680)),
                Arguments.of("Please enlarge the scan to double its size.", new Upscale(Target.FACTOR, 2)),
                Arguments.of("need it bigger for a poster, like 3x", new Upscale(Target.FACTOR, 3)),
                Arguments.of("i need this bigger, like double the resolution", new Upscale(Target.FACTOR, 2)),
                Arguments.of("The student's photo is tiny, could you blow it up so it's three times larger",
                        new Upscale(Target.FACTOR, 3)),
                // No rule form: the meaning chose the upscale, the words give its amount (CanvasCues).
                Arguments.of("i want to agrandir the image to 3000 pixels", new Upscale(Target.LONG_SIDE, 3000)),
                Arguments.of("for the gallery wall i'd love it like three times the resolution", new Upscale(Target.FACTOR, 3)),
                Arguments.of("could it have more resolution, it looks tiny on my screen", new Upscale(Target.FACTOR, 2)));
    }

    @ParameterizedTest
    @MethodSource("upscales")
    void upscaleWordsArePlannedAsAnUpscale(String instruction, Upscale expected) {
        Understanding understanding = reader.read(instruction, InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Planned, instruction + " → " + understanding);
        Plan plan = ((Understanding.Planned) understanding).plan();
        assertEquals(Optional.of(expected), plan.synthesis(), instruction);
        assertEquals("classical", plan.engine());
        assertTrue(plan.operations().isEmpty());
        assertEquals("upscale", UnderstandingLabels.label(understanding), instruction);
    }

    @Test
    void theSummarySaysTheNewSizeAndHow() {
        // The default context's canvas is 1024×768.
        Plan plan = ((Understanding.Planned) reader.read("upscale to 4K", InstructionContext.NONE)).plan();
        assertEquals("Upscale the picture to 3840 px on the longer side (1024×768 → 3840×2880 px): Lanczos-3 in "
                + "linear light, then edge-aware sharpening", plan.summary());
    }

    @Test
    void withASelectionOnlyPictureWordsUpscaleAndThePlanSaysTheWholePicture() {
        Understanding upscale = reader.read("upscale 2x", SELECTED);
        assertTrue(upscale instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof Upscale,
                upscale.toString());
        assertTrue(((Understanding.Planned) upscale).plan().summary().endsWith("the whole picture, not only the selection"));
        for (String aboutTheSelection : new String[] {"make it twice as big", "make it bigger", "make this bigger",
                "enlarge it"}) {
            Understanding understanding = reader.read(aboutTheSelection, SELECTED);
            assertFalse(understanding instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof Upscale,
                    aboutTheSelection + " → " + understanding);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"make it bigger", "make the tree bigger", "make the moon twice as big", "enlarge the canvas",
            "zoom out 2x", "extend the canvas by 50%", "make the canvas twice as wide", "a bigger smile",
            "Make the picture bigger on all sides", "resize to 512 by 512", "bigger vignette"})
    void wordsThatOnlyLookLikeUpscalingAreNotUpscaled(String instruction) {
        for (InstructionContext context : new InstructionContext[] {InstructionContext.NONE, SELECTED}) {
            Understanding understanding = reader.read(instruction, context);
            assertFalse(understanding instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof Upscale,
                    instruction + " → " + understanding);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zoom out 2x", "extend the canvas 300px to the right", "make the canvas 20% wider on both sides"})
    void extensionsStayExtensions(String instruction) {
        Understanding understanding = reader.read(instruction, InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof Extension,
                instruction + " → " + understanding);
    }

    @Test
    void upscaleWithoutAnAmountDoublesTheSize() {
        for (String vague : new String[] {"upscale it", "increase the resolution", "make it higher resolution",
                "can it be higher res? need it for a banner", "its way too small for the poster, blow it up"}) {
            Understanding understanding = reader.read(vague, InstructionContext.NONE);
            assertTrue(understanding instanceof Understanding.Planned p
                    && new Upscale(Target.FACTOR, 2).equals(p.plan().synthesis().orElse(null))
                    && p.plan().summary().contains("2×"), vague + " → " + understanding);
        }
    }

    @Test
    void twoSidesOfAnotherShapeAskWhichOneSetsTheSize() {
        Understanding understanding = reader.read("upscale to 4000x2000", InstructionContext.NONE);   // canvas 4:3
        assertTrue(understanding instanceof Understanding.Clarify c
                && c.readings().equals(java.util.List.of("upscale to 4000 px wide", "upscale to 2000 px tall")),
                understanding.toString());
    }

    @Test
    void twoSidesOfThePicturesOwnShapeNeedNoQuestion() {
        Understanding understanding = reader.read("enlarge to 3000x2250", InstructionContext.NONE);   // 1024×768 is 4:3
        assertEquals(Optional.of(new Upscale(Target.WIDTH, 3000)), ((Understanding.Planned) understanding).plan().synthesis(),
                understanding.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"upscale 16x", "enlarge it 10 times", "upscale to 50%", "upscale it 1x"})
    void factorsOutsideWhatEaselDoesAreRefusedWithTheRange(String instruction) {
        Understanding understanding = reader.read(instruction, InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Refused r && r.message().contains("8×"),
                instruction + " → " + understanding);
    }
}
