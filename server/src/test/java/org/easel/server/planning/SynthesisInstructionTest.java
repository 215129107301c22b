package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Extension.Amount;
import org.easel.server.engines.classical.Synthesis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vocabulary for removing, extending and the filter adjustments. */
class SynthesisInstructionTest {
    private final InstructionInterpreter interpreter = new InstructionInterpreter();

    @ParameterizedTest
    @ValueSource(strings = {"remove the selected lamp", "Remove it", "erase this", "fill the selection",
        "clean this up", "get rid of the power lines", "please delete the person"})
    void removalWordsFillTheSelection(String instruction) throws Exception {
        Plan plan = interpreter.interpret(instruction);
        assertEquals(new Synthesis.Fill(), plan.synthesis().orElseThrow());
        assertTrue(plan.operations().isEmpty());
    }

    private Extension extension(String instruction) throws Exception {
        return (Extension) interpreter.interpret(instruction).synthesis().orElseThrow();
    }

    @Test
    void extensionsSayWhereAndHowMuch() throws Exception {
        assertEquals(new Extension(Amount.NONE, Amount.NONE, Amount.px(300), Amount.NONE),
                extension("extend the canvas to the right by 300 px"));
        assertEquals(new Extension(Amount.NONE, Amount.NONE, Amount.px(300), Amount.NONE),
                extension("extend right 300px"));
        assertEquals(new Extension(Amount.NONE, Amount.percent(20), Amount.NONE, Amount.NONE),
                extension("add 20% on top"));
        assertEquals(new Extension(Amount.NONE, Amount.percent(25), Amount.NONE, Amount.NONE),
                extension("add space on top"));
        assertEquals(new Extension(Amount.percent(12.5), Amount.NONE, Amount.percent(12.5), Amount.NONE),
                extension("make it wider"));
        assertEquals(new Extension(Amount.percent(5), Amount.NONE, Amount.percent(5), Amount.NONE),
                extension("make it a bit wider"));
        assertEquals(new Extension(Amount.px(100), Amount.NONE, Amount.px(100), Amount.NONE),
                extension("make it 200 px wider"));
        assertEquals(new Extension(Amount.NONE, Amount.percent(12.5), Amount.NONE, Amount.percent(12.5)),
                extension("make it taller"));
        assertEquals(new Extension(Amount.px(64), Amount.px(64), Amount.px(64), Amount.px(64)),
                extension("outpaint 64 pixels on all sides"));
        assertEquals(new Extension(Amount.NONE, Amount.NONE, Amount.NONE, Amount.percent(12.5)),
                extension("extend down by 12.5 percent"));
        assertEquals(new Extension(Amount.percent(50), Amount.NONE, Amount.NONE, Amount.NONE),
                extension("extend the left side a lot"));
    }

    @Test
    void extensionPlansReadNaturally() throws Exception {
        Plan plan = interpreter.interpret("extend the canvas to the right by 300 px");
        assertEquals("Extend the canvas by 300 px on the right and continue the picture into the new space",
                plan.summary());
    }

    @Test
    void unclearExtensionsAreRefusedWithAHint() {
        UnsupportedInstructionException e = assertThrows(UnsupportedInstructionException.class,
                () -> interpreter.interpret("extend the canvas"));
        assertTrue(e.getMessage().contains("say which side"), e.getMessage());
        e = assertThrows(UnsupportedInstructionException.class, () -> interpreter.interpret("extend right by 300"));
        assertTrue(e.getMessage().contains("pixels or percent"), e.getMessage());
        e = assertThrows(UnsupportedInstructionException.class, () -> interpreter.interpret("extend right by 0 px"));
        assertTrue(e.getMessage().contains("more than 0"), e.getMessage());
    }

    @Test
    void filterAdjustmentsTakeTheirStrengthFromIntensityWords() throws Exception {
        assertEquals(List.of(new Adjustment(AdjustmentKind.BLUR, 0.125)), interpreter.interpret("blur it a bit").operations());
        assertEquals(List.of(new Adjustment(AdjustmentKind.SHARPEN, 0.5)), interpreter.interpret("sharpen a lot").operations());
        assertEquals(List.of(new Adjustment(AdjustmentKind.VIGNETTE, 0.25)), interpreter.interpret("add a vignette").operations());
        assertEquals(List.of(new Adjustment(AdjustmentKind.POSTERIZE, 0.25)), interpreter.interpret("posterize").operations());
        assertEquals(List.of(Adjustment.full(AdjustmentKind.SEPIA)), interpreter.interpret("make it sepia").operations());
        assertEquals(List.of(new Adjustment(AdjustmentKind.HUE, 0.25)), interpreter.interpret("shift the hue").operations());
        Plan plan = interpreter.interpret("blur it slightly and add a vignette");
        assertEquals("Blur it slightly, then add a vignette", plan.summary());
    }
}
