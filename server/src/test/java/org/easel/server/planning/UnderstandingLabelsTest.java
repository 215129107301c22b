package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the evaluation compares a plan's label with a writer's: here, extensions labelled by the shape they make. */
class UnderstandingLabelsTest {

    @Test
    void anExtensionLabelledByAnAspectRatioMatchesTheSidesThatMakeThatShape() {
        // 1080 × 1080 made 16:9 by 420 px on each side: 1920 × 1080
        assertTrue(UnderstandingLabels.matches("extend: left,right=16:9", "extend: left=420px,right=420px", 1080, 1080));
        assertTrue(UnderstandingLabels.matches("extend: 16:9", "extend: left=420px,right=420px", 1080, 1080));
        assertTrue(UnderstandingLabels.matches("extend: top,bottom=4:5", "extend: top=13%,bottom=12%", 1080, 1080));
        // the wrong shape, or the right shape on other sides
        assertFalse(UnderstandingLabels.matches("extend: left,right=16:9", "extend: left=200px,right=200px", 1080, 1080));
        assertFalse(UnderstandingLabels.matches("extend: left,right=1:1", "extend: top=350px,bottom=350px", 1600, 900));
        assertTrue(UnderstandingLabels.matches("extend: top,bottom=1:1", "extend: top=350px,bottom=350px", 1600, 900));
    }

    @Test
    void withoutTheCanvasSizeOnlyTheSidesOfARatioLabelCount() {
        assertTrue(UnderstandingLabels.matches("extend: left,right=16:9", "extend: left=1px,right=1px"));
        assertFalse(UnderstandingLabels.matches("extend: left,right=16:9", "extend: top=1px"));
    }

    @Test
    void otherExtensionAmountsMustBeTheSame() {
        assertTrue(UnderstandingLabels.matches("extend: right=300px", "extend: right=300px", 1024, 768));
        assertFalse(UnderstandingLabels.matches("extend: right=300px", "extend: right=200px", 1024, 768));
        assertTrue(UnderstandingLabels.matches("extend: left,right", "extend: left=10%,right=10%", 1024, 768));
        assertFalse(UnderstandingLabels.matches("extend: left", "extend: left=10%,right=10%", 1024, 768));
    }
}
