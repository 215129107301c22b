package org.easel.server.engines.diffusion.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulerKindTest {

    @Test
    void diffusersClassNames() {
        assertEquals(Optional.of(SchedulerKind.EULER), SchedulerKind.fromClassName("EulerDiscreteScheduler"));
        assertEquals(Optional.of(SchedulerKind.EULER_ANCESTRAL),
                SchedulerKind.fromClassName("EulerAncestralDiscreteScheduler"));
        assertEquals(Optional.of(SchedulerKind.DDIM), SchedulerKind.fromClassName("DDIMScheduler"));
        assertEquals(Optional.of(SchedulerKind.DPMPP_2M_KARRAS),
                SchedulerKind.fromClassName("DPMSolverMultistepScheduler"));
        assertEquals(Optional.of(SchedulerKind.LCM), SchedulerKind.fromClassName("LCMScheduler"));
        assertEquals(Optional.empty(), SchedulerKind.fromClassName("PNDMScheduler"));
        assertEquals(Optional.empty(), SchedulerKind.fromClassName("LMSDiscreteScheduler"));
        assertEquals(Optional.empty(), SchedulerKind.fromClassName(""));
    }

    @Test
    void userNames() {
        assertEquals(Optional.of(SchedulerKind.EULER), SchedulerKind.fromName("euler"));
        assertEquals(Optional.of(SchedulerKind.EULER_ANCESTRAL), SchedulerKind.fromName("euler-a"));
        assertEquals(Optional.of(SchedulerKind.DDIM), SchedulerKind.fromName("ddim"));
        assertEquals(Optional.of(SchedulerKind.DPMPP_2M_KARRAS), SchedulerKind.fromName(" DPM++2M-Karras "));
        assertEquals(Optional.of(SchedulerKind.LCM), SchedulerKind.fromName("lcm"));
        assertEquals(Optional.empty(), SchedulerKind.fromName("pndm"));
        for (SchedulerKind kind : SchedulerKind.values()) {
            assertEquals(Optional.of(kind), SchedulerKind.fromName(kind.userName()));
        }
    }
}
