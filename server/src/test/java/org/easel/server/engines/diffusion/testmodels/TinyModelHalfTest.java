package org.easel.server.engines.diffusion.testmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TinyModelHalfTest {
    @Test
    void convertsLikeIeeeBinary16() {
        assertEquals((short) 0x3c00, Half.fromFloat(1f));
        assertEquals((short) 0xc000, Half.fromFloat(-2f));
        assertEquals((short) 0x7bff, Half.fromFloat(65504f));
        assertEquals((short) 0x7c00, Half.fromFloat(70000f));
        assertEquals((short) 0x0001, Half.fromFloat(0x1p-24f));
        assertEquals((short) 0x0000, Half.fromFloat(0x1p-26f));
        assertEquals((short) 0x3555, Half.fromFloat(1f / 3));
        assertEquals(0.333251953125f, Half.round(1f / 3));
        assertEquals(250.375f, Half.round(250.37f));
        assertEquals(1.0009765625f, Half.toFloat((short) 0x3c01));
        assertEquals(0x1p-24f, Half.toFloat((short) 0x0001));
        assertEquals(Float.NEGATIVE_INFINITY, Half.toFloat((short) 0xfc00));
        assertEquals(true, Float.isNaN(Half.round(Float.NaN)));
        for (int bits = 0; bits < 0x7c00; bits++) { // every finite positive half survives the round trip
            assertEquals((short) bits, Half.fromFloat(Half.toFloat((short) bits)));
        }
    }
}
