package org.easel.server.planning;

import static org.easel.server.engines.classical.CanvasOperation.TrimBorder.Colour.ANY;
import static org.easel.server.engines.classical.CanvasOperation.TrimBorder.Colour.BLACK;
import static org.easel.server.engines.classical.CanvasOperation.TrimBorder.Colour.WHITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.CanvasOperation.Flip.Axis;
import org.easel.server.engines.classical.Extension;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Crops, quarter turns and flips in people's words, read by the whole interpreter (issue 16). */
class CanvasOperationWordsTest {
    private static final InstructionContext SELECTED = InstructionContext.NONE.withSelection(true);
    private final InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
            SemanticUnderstanding::examplesEmbedded);

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("crop to the selection", true, new CanvasOperation.CropToSelection()),
                Arguments.of("Crop it to the selection please", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop to what I selected", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop to 16:9", false, new CanvasOperation.CropToRatio(16, 9)),
                Arguments.of("crop the image to 4:3", false, new CanvasOperation.CropToRatio(4, 3)),
                Arguments.of("crop it to 3 by 2", false, new CanvasOperation.CropToRatio(3, 2)),
                Arguments.of("a 21:9 crop", false, new CanvasOperation.CropToRatio(21, 9)),
                Arguments.of("crop to a 16x9 aspect ratio", false, new CanvasOperation.CropToRatio(16, 9)),
                // a paper's shape: upright unless said to lie
                Arguments.of("crop to A4 proportions", false, new CanvasOperation.CropToRatio(210, 297)),
                Arguments.of("crop it to A4 landscape", false, new CanvasOperation.CropToRatio(297, 210)),
                Arguments.of("crop to letter size", false, new CanvasOperation.CropToRatio(17, 22)),
                Arguments.of("square crop", false, new CanvasOperation.CropToRatio(1, 1)),
                Arguments.of("crop it square", false, new CanvasOperation.CropToRatio(1, 1)),
                Arguments.of("crop it back to square", false, new CanvasOperation.CropToRatio(1, 1)),
                Arguments.of("rotate 90° clockwise", false, new CanvasOperation.Rotate(90)),
                Arguments.of("rotate the image 90 degrees", false, new CanvasOperation.Rotate(90)),
                Arguments.of("rotate this 90 degrees", true, new CanvasOperation.Rotate(90)),
                Arguments.of("rotate it 90 degrees counterclockwise", false, new CanvasOperation.Rotate(270)),
                Arguments.of("rotate left", false, new CanvasOperation.Rotate(270)),
                Arguments.of("rotate it to the right", false, new CanvasOperation.Rotate(90)),
                Arguments.of("rotate 180", false, new CanvasOperation.Rotate(180)),
                Arguments.of("turn it upside down", false, new CanvasOperation.Rotate(180)),
                Arguments.of("turn the picture 90 degrees anticlockwise", false, new CanvasOperation.Rotate(270)),
                Arguments.of("straighten by 2° clockwise", false, new CanvasOperation.Straighten(2)),
                Arguments.of("rotate 1.5 degrees left", false, new CanvasOperation.Straighten(-1.5)),
                Arguments.of("straighten it by 3 degrees anticlockwise", true, new CanvasOperation.Straighten(-3)),
                Arguments.of("rotate the photo 2 degrees to the right", false, new CanvasOperation.Straighten(2)),
                Arguments.of("flip it horizontally", true, new CanvasOperation.Flip(Axis.HORIZONTAL)),
                Arguments.of("mirror the image", false, new CanvasOperation.Flip(Axis.HORIZONTAL)),
                Arguments.of("flip it", false, new CanvasOperation.Flip(Axis.HORIZONTAL)),
                Arguments.of("flip the canvas vertically", false, new CanvasOperation.Flip(Axis.VERTICAL)),
                Arguments.of("flip it upside down", false, new CanvasOperation.Flip(Axis.VERTICAL)),
                Arguments.of("mirror image", false, new CanvasOperation.Flip(Axis.HORIZONTAL)),
                Arguments.of("make the character face the other direction", false, new CanvasOperation.Flip(Axis.HORIZONTAL)),
                Arguments.of("crop it square instead", false, new CanvasOperation.CropToRatio(1, 1)),
                Arguments.of("crop this to my selection real quick", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop to the selection around the nucleus", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop it tight to just the head", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop to what ive got selected", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop out everything except this", true, new CanvasOperation.CropToSelection()),
                Arguments.of("trim everything outside the box i drew", true, new CanvasOperation.CropToSelection()),
                Arguments.of("crop to the selection to cut off the scanner bed", true, new CanvasOperation.CropToSelection()),
                Arguments.of("cut only this part", true, new CanvasOperation.CropToSelection()),
                Arguments.of("need a 4x5 crop for insta asap", false, new CanvasOperation.CropToRatio(4, 5)),
                Arguments.of("make it square please, cut", false, new CanvasOperation.CropToRatio(1, 1)),
                Arguments.of("perfect, now square crop it", false, new CanvasOperation.CropToRatio(1, 1)),
                Arguments.of("turn photo to other side like mirror", false, new CanvasOperation.Flip(Axis.HORIZONTAL)),
                Arguments.of("Mirror the image about its vertical axis.", false, new CanvasOperation.Flip(Axis.HORIZONTAL)),
                Arguments.of("mirror it about the horizontal axis", false, new CanvasOperation.Flip(Axis.VERTICAL)),
                Arguments.of("cinemascope crop 2.39:1", false, new CanvasOperation.CropToRatio(239, 100)),
                // a plain border cut away, of the colour said
                Arguments.of("cut off the white border round it from the scanner", false, new CanvasOperation.TrimBorder(WHITE)),
                Arguments.of("remove the white margins", false, new CanvasOperation.TrimBorder(WHITE)),
                Arguments.of("crop out the black bars", false, new CanvasOperation.TrimBorder(BLACK)),
                Arguments.of("get rid of the black letterbox bars", false, new CanvasOperation.TrimBorder(BLACK)),
                Arguments.of("trim the empty space around the drawing", false, new CanvasOperation.TrimBorder(ANY)),
                Arguments.of("trim the whitespace", false, new CanvasOperation.TrimBorder(ANY)),
                Arguments.of("crop to content", false, new CanvasOperation.TrimBorder(ANY)),
                Arguments.of("autocrop", false, new CanvasOperation.TrimBorder(ANY)),
                // a plain border added, of the colour said, all round unless the words grow it another way
                Arguments.of("add a 20px white border around the photo", false, new CanvasOperation.AddBorder(
                        ring(20, 20), CanvasOperation.AddBorder.Colour.WHITE)),
                Arguments.of("put a thin black frame around it", false, new CanvasOperation.AddBorder(
                        ring(15, 15), CanvasOperation.AddBorder.Colour.BLACK)),   // 2% of the 768 px side
                Arguments.of("give it a white polaroid border", false, new CanvasOperation.AddBorder(
                        ring(31, 124), CanvasOperation.AddBorder.Colour.WHITE)),
                Arguments.of("add some grey space around it", false, new CanvasOperation.AddBorder(
                        ring(31, 31), CanvasOperation.AddBorder.Colour.GREY)),
                Arguments.of("pad it with white to make it square", false, new CanvasOperation.AddBorder(
                        new Extension(Extension.Amount.NONE, Extension.Amount.px(128), Extension.Amount.NONE, Extension.Amount.px(128)),
                        CanvasOperation.AddBorder.Colour.WHITE)),
                // with a selection, what is selected is what stays
                Arguments.of("crop off the white border, I selected the photo part", true, new CanvasOperation.CropToSelection()),
                // a strip cut off a side, by the amount said (never the canvas grown on that side)
                Arguments.of("trim 200px off the top", false, cut(Extension.Amount.NONE, Extension.Amount.px(200), Extension.Amount.NONE,
                        Extension.Amount.NONE)),
                Arguments.of("crop the bottom 10%", false, cut(Extension.Amount.NONE, Extension.Amount.NONE, Extension.Amount.NONE,
                        Extension.Amount.percent(10))),
                Arguments.of("take 300 pixels off the right side", false, cut(Extension.Amount.NONE, Extension.Amount.NONE,
                        Extension.Amount.px(300), Extension.Amount.NONE)),
                Arguments.of("trim the sides by 100px", false, cut(Extension.Amount.px(100), Extension.Amount.NONE,
                        Extension.Amount.px(100), Extension.Amount.NONE)),
                Arguments.of("crop the bottom half off", false, cut(Extension.Amount.NONE, Extension.Amount.NONE, Extension.Amount.NONE,
                        Extension.Amount.percent(50))),
                Arguments.of("chop 20% off the bottom and 10% off the top", false, cut(Extension.Amount.NONE,
                        Extension.Amount.percent(10), Extension.Amount.NONE, Extension.Amount.percent(20))),
                Arguments.of("crop 5% from each side", false, cut(Extension.Amount.percent(5), Extension.Amount.percent(5),
                        Extension.Amount.percent(5), Extension.Amount.percent(5))),
                // with a selection, cutting off a messy part keeps what is selected
                Arguments.of("cut off the messy bit at the bottom, just keep the cake", true, new CanvasOperation.CropToSelection()),
                // a shape said with "by" and a word between; a small turn said "a little bit … like 5 degree"; an order in bursts
                Arguments.of("crop this to portrait like 4 by 5", false, new CanvasOperation.CropToRatio(4, 5)),
                Arguments.of("rotate it a little bit to left, like 5 degree", false, new CanvasOperation.Straighten(-5)),
                Arguments.of("crop it. to the thing I selected. obviously", true, new CanvasOperation.CropToSelection()),
                Arguments.of("cut picture to just the smile", true, new CanvasOperation.CropToSelection()),
                // a mind changed: the last request is the one meant
                Arguments.of("i want to crop but not too tight maybe just the top bit where the sky is boring actually just crop "
                        + "to what i selected", true, new CanvasOperation.CropToSelection()));
    }

    private static CanvasOperation.CutSides cut(Extension.Amount left, Extension.Amount top, Extension.Amount right,
                                                Extension.Amount bottom) {
        return new CanvasOperation.CutSides(new Extension(left, top, right, bottom));
    }

    @Test
    void aSideCutWithoutAnAmountAsksHowMuchAndEachOfferIsACut() {
        for (String instruction : List.of("cut off the bottom", "crop off the right side", "kindly cut the extra portion on the right side",
                "cut off the messy bit at the bottom")) {
            Understanding understanding = reader.read(instruction, InstructionContext.NONE);
            assertTrue(understanding instanceof Understanding.Clarify, instruction + " → " + understanding);
            for (String reading : ((Understanding.Clarify) understanding).readings()) {
                Understanding again = reader.read(reading, InstructionContext.NONE);
                assertTrue(again instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof CanvasOperation.CutSides,
                        reading + " → " + again);
            }
        }
        // with a selection, keeping the selection is offered too
        Understanding selected = reader.read("cut off the bottom part where the feet are", SELECTED);
        assertTrue(selected instanceof Understanding.Clarify c && c.readings().contains("crop to the selection"), selected.toString());
        // a number without its unit: pixels or percent, asked
        Understanding unitless = reader.read("trim 50 off the top", InstructionContext.NONE);
        assertEquals(List.of("cut 50 px off the top", "cut 50% off the top"), ((Understanding.Clarify) unitless).readings());
    }

    @Test
    void aSideCutIsNeitherAStoryOfACutPictureNorAThingCutOut() {
        Understanding story = reader.read("the top is cut off, extend it", InstructionContext.NONE);
        assertTrue(story instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof Extension, story.toString());
        Understanding thing = reader.read("cut out the man on the left", SELECTED);
        assertFalse(thing instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof CanvasOperation.CutSides,
                thing.toString());
    }

    @ParameterizedTest
    @MethodSource("operations")
    void canvasWordsArePlannedAsThatOperation(String instruction, boolean selected, CanvasOperation expected) {
        Understanding understanding = reader.read(instruction, selected ? SELECTED : InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Planned, instruction + " → " + understanding);
        Plan plan = ((Understanding.Planned) understanding).plan();
        assertEquals(Optional.of(expected), plan.synthesis(), instruction);
        assertEquals("classical", plan.engine());
        assertTrue(plan.operations().isEmpty());
    }

    private static Extension ring(int width, int bottom) {
        return new Extension(Extension.Amount.px(width), Extension.Amount.px(width), Extension.Amount.px(width),
                Extension.Amount.px(bottom));
    }

    @Test
    void aBorderOfNoColourAsksOfferingPlainOnesOrTheCanvasExtended() {
        Understanding understanding = reader.read("put a frame around it", InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Clarify, understanding.toString());
        List<String> readings = ((Understanding.Clarify) understanding).readings();
        assertEquals(new CanvasOperation.AddBorder(ring(31, 31), CanvasOperation.AddBorder.Colour.WHITE),
                ((Understanding.Planned) reader.read(readings.get(0), InstructionContext.NONE)).plan().synthesis().orElseThrow());
        assertTrue(((Understanding.Planned) reader.read(readings.get(2), InstructionContext.NONE)).plan().synthesis()
                .orElseThrow() instanceof Extension, readings.get(2));
        // a colour with a thing is no border: "fill the background with white", "add white clouds around the mountain"
        for (String notABorder : List.of("fill the background with white", "add white clouds around the mountain",
                "remove the white border")) {
            Understanding other = reader.read(notABorder, InstructionContext.NONE);
            assertFalse(other instanceof Understanding.Planned p && p.plan().synthesis().orElse(null) instanceof CanvasOperation.AddBorder,
                    notABorder + " → " + other);
        }
    }

    @Test
    void edgesTrimmedWithNothingSelectedAsksOfferingThePlainBorder() {
        Understanding understanding = reader.read("trim off the edges so only the painting shows", InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Clarify, understanding.toString());
        String border = ((Understanding.Clarify) understanding).readings().get(0);
        Understanding again = reader.read(border, InstructionContext.NONE);
        assertEquals(Optional.of(new CanvasOperation.TrimBorder(ANY)), ((Understanding.Planned) again).plan().synthesis(), border);
    }

    @Test
    void cropWithNothingSelectedAsksWhatToCropTo() {
        Understanding understanding = reader.read("crop it", InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Clarify, understanding.toString());
        assertTrue(((Understanding.Clarify) understanding).readings().contains("square crop"));
        // and each offered reading is itself understood as a crop
        for (String reading : ((Understanding.Clarify) understanding).readings()) {
            Understanding again = reader.read(reading, InstructionContext.NONE);
            assertTrue(again instanceof Understanding.Planned p
                    && p.plan().synthesis().orElse(null) instanceof CanvasOperation.CropToRatio, reading + " → " + again);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"flip the colours so it looks like a film negative", "rotate the hue 180",
            "rotate the colours around the colour wheel a bit", "uncrop", "uncrop it",
            "21:9 cinematic crop but without cropping, extend it", "flip to b/w so i can check the read",
            "erase my reflection in the mirror", "turn it to black and white"})
    void wordsThatOnlyLookLikeCanvasOperationsAreNotRead(String instruction) {
        Understanding understanding = reader.read(instruction, SELECTED);
        assertFalse(understanding instanceof Understanding.Planned p
                && p.plan().synthesis().orElse(null) instanceof CanvasOperation, instruction + " → " + understanding);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the horizon is tilted, straighten it", "straighten it", "level the horizon",
            "horizon's crooked, level it", "the walls are leaning a tiny bit, can you straighten"})
    void aTiltWithoutAnAngleIsLevelledByTheMeasuredTilt(String instruction) {
        Understanding understanding = reader.read(instruction, InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Planned p
                && p.plan().synthesis().equals(Optional.of(new CanvasOperation.Level(java.util.OptionalDouble.empty()))),
                instruction + " → " + understanding);
        assertTrue(((Understanding.Planned) understanding).plan().summary().contains("measured"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"straighten it by 2 degrees", "horizon is tilted like 2 degrees, level it",
            "it's crooked by 2° or so"})
    void anAngleSaidWithoutAWayToStraightenHasItsWayMeasured(String instruction) {
        Understanding understanding = reader.read(instruction, InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Planned p
                && p.plan().synthesis().equals(Optional.of(new CanvasOperation.Level(java.util.OptionalDouble.of(2)))),
                instruction + " → " + understanding);
    }

    @Test
    void aSmallTurnWithoutADirectionAsksWhichWay() {
        Understanding understanding = reader.read("rotate by 2°", InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Clarify, understanding.toString());
        assertEquals(java.util.List.of("rotate 2° clockwise", "rotate 2° anticlockwise"),
                ((Understanding.Clarify) understanding).readings());
        for (String reading : ((Understanding.Clarify) understanding).readings()) {
            Understanding again = reader.read(reading, InstructionContext.NONE);
            assertTrue(again instanceof Understanding.Planned p
                    && p.plan().synthesis().orElse(null) instanceof CanvasOperation.Straighten, reading + " → " + again);
        }
    }

    @Test
    void anAngleEaselDoesNotTurnByIsRefusedWithWhatItDoes() {
        Understanding understanding = reader.read("rotate it 45 degrees clockwise", InstructionContext.NONE);
        assertTrue(understanding instanceof Understanding.Refused r && r.message().contains("up to 15°"),
                understanding.toString());
    }

    @Test
    void theSummarySaysWhatHappensToTheCanvas() {
        // 2° on the default 1024×768 canvas: enlarged by cos 2° + sin 2° · 4/3 − 1 ≈ 4.6%.
        Plan straighten = ((Understanding.Planned) reader.read("straighten by 2 degrees clockwise",
                InstructionContext.NONE)).plan();
        assertTrue(straighten.summary().contains("enlarged by 5%"), straighten.summary());
        Plan plan = ((Understanding.Planned) reader.read("rotate left", InstructionContext.NONE)).plan();
        assertEquals("Rotate the canvas 90° anticlockwise", plan.summary());
        plan = ((Understanding.Planned) reader.read("crop to 16:9", InstructionContext.NONE)).plan();
        assertEquals("Crop the canvas to 16:9, centred", plan.summary());
    }
}
