package org.easel.server.engines.diffusion.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fp16 conversion fp16 model exports go through, against IEEE 754 binary16. */
class HalfTest {
    @Test
    void convertsLikeIeeeBinary16() {
        assertEquals((short) 0x3c00, Half.fromFloat(1f));
        assertEquals((short) 0xc000, Half.fromFloat(-2f));
        assertEquals((short) 0x7bff, Half.fromFloat(65504f));
        assertEquals((short) 0x7c00, Half.fromFloat(70000f));
        assertEquals((short) 0x0001, Half.fromFloat(0x1p-24f));
        assertEquals((short) 0x0000, Half.fromFloat(0x1p-26f));
        assertEquals((short) 0x3555, Half.fromFloat(1f / 3));
        assertEquals(0.333251953125f, Half.toFloat(Half.fromFloat(1f / 3)));
        assertEquals(250.375f, Half.toFloat(Half.fromFloat(250.37f)));
        assertEquals(1.0009765625f, Half.toFloat((short) 0x3c01));
        assertEquals(0x1p-24f, Half.toFloat((short) 0x0001));
        assertEquals(Float.NEGATIVE_INFINITY, Half.toFloat((short) 0xfc00));
        assertEquals(true, Float.isNaN(Half.toFloat(Half.fromFloat(Float.NaN))));
        for (int bits = 0; bits < 0x7c00; bits++) { // every finite positive half survives the round trip
            assertEquals((short) bits, Half.fromFloat(Half.toFloat((short) bits)));
        }
    }
}
