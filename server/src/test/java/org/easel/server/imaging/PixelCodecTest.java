package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.easel.protocol.PixelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PixelCodecTest {

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8"})
    void everyEightBitValueSurvivesTheRoundTripInEveryChannel(PixelFormat format) {
        byte[] pixels = new byte[256 * 4];
        for (int v = 0; v < 256; v++) {
            pixels[v * 4] = (byte) v;
            pixels[v * 4 + 1] = (byte) (255 - v);
            pixels[v * 4 + 2] = (byte) (v * 7);
            pixels[v * 4 + 3] = (byte) (v ^ 0x5A);
        }
        assertArrayEquals(pixels, roundTrip(format, pixels, 256));
    }

    @Test
    void everySixteenBitValueSurvivesTheRoundTripInEveryChannel() {
        int count = 65536;
        ByteBuffer buffer = ByteBuffer.allocate(count * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int v = 0; v < count; v++) {
            buffer.putShort((short) v).putShort((short) (65535 - v)).putShort((short) (v * 31)).putShort((short) (v ^ 0xA5A5));
        }
        byte[] pixels = buffer.array();
        assertArrayEquals(pixels, roundTrip(PixelFormat.RGBA16, pixels, count));
    }

    @Test
    void floatsSurviveBitForBitIncludingHdrNegativeAndSpecialValues() {
        float[] special = {0f, -0f, 1f, 0.1f, 0.5f, 1.5f, 2.75f, 1e30f, -0.25f, -3f, Float.MIN_VALUE, -Float.MIN_VALUE,
            Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        Random random = new Random(7);
        int count = 1024;
        ByteBuffer buffer = ByteBuffer.allocate(count * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count * 4; i++) {
            if (i < special.length) {
                buffer.putFloat(special[i]);
            } else {
                buffer.putInt(random.nextInt());
            }
        }
        byte[] pixels = buffer.array();
        assertArrayEquals(pixels, roundTrip(PixelFormat.RGBAF32, pixels, count));
    }

    @Test
    void decodesToStraightRgbaInTheUnitRange() {
        float[] rgba = new float[4];
        PixelCodec.of(PixelFormat.RGBA8).decode(new byte[] {(byte) 255, 0, 51, (byte) 128}, 0, 1, rgba, 0);
        assertArrayEquals(new float[] {1f, 0f, 0.2f, 128 / 255f}, rgba);

        // bgra8 stores blue first: the same colour read from swapped bytes.
        PixelCodec.of(PixelFormat.BGRA8).decode(new byte[] {51, 0, (byte) 255, (byte) 128}, 0, 1, rgba, 0);
        assertArrayEquals(new float[] {1f, 0f, 0.2f, 128 / 255f}, rgba);

        byte[] sixteen = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 65535).putShort((short) 0).putShort((short) 13107).putShort((short) 32768).array();
        PixelCodec.of(PixelFormat.RGBA16).decode(sixteen, 0, 1, rgba, 0);
        assertArrayEquals(new float[] {1f, 0f, 0.2f, 32768 / 65535f}, rgba, 1e-7f);
    }

    @Test
    void decodesAndEncodesAtPixelOffsets() {
        byte[] pixels = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        float[] row = new float[8];
        PixelCodec codec = PixelCodec.of(PixelFormat.RGBA8);
        codec.decode(pixels, 1, 2, row, 0);
        assertEquals(5 / 255f, row[0]);
        assertEquals(12 / 255f, row[7]);
        byte[] out = new byte[12];
        codec.encode(row, 4, 1, out, 0);
        assertArrayEquals(new byte[] {9, 10, 11, 12, 0, 0, 0, 0, 0, 0, 0, 0}, out);
    }

    @Test
    void integerFormatsRoundToNearestAndClamp() {
        float[] rgba = {1.2f, -0.1f, 0.5f, 0.999f};
        byte[] eight = new byte[4];
        PixelCodec.of(PixelFormat.RGBA8).encode(rgba, 0, 1, eight, 0);
        assertArrayEquals(new byte[] {(byte) 255, 0, (byte) 128, (byte) 255}, eight);

        byte[] sixteen = new byte[8];
        PixelCodec.of(PixelFormat.RGBA16).encode(new float[] {2f, -1f, 0.5f, 1f}, 0, 1, sixteen, 0);
        ByteBuffer read = ByteBuffer.wrap(sixteen).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(65535, read.getShort() & 0xFFFF);
        assertEquals(0, read.getShort() & 0xFFFF);
        assertEquals(32768, read.getShort() & 0xFFFF);
        assertEquals(65535, read.getShort() & 0xFFFF);
    }

    @Test
    void floatFormatKeepsOutOfRangeValues() {
        float[] rgba = {3.5f, -0.75f, 0.25f, 1f};
        byte[] bytes = new byte[16];
        PixelCodec codec = PixelCodec.of(PixelFormat.RGBAF32);
        codec.encode(rgba, 0, 1, bytes, 0);
        float[] back = new float[4];
        codec.decode(bytes, 0, 1, back, 0);
        assertArrayEquals(rgba, back);
        assertFalse(codec.clampsToUnitRange());
        assertTrue(PixelCodec.of(PixelFormat.RGBA16).clampsToUnitRange());
    }

    @Test
    void maskFormatHasNoColourCodec() {
        assertThrows(IllegalArgumentException.class, () -> PixelCodec.of(PixelFormat.A8));
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void codecReportsItsFormat(PixelFormat format) {
        assertEquals(format, PixelCodec.of(format).format());
    }

    /** Decodes then encodes one row at a time, the way engines use a codec. */
    private static byte[] roundTrip(PixelFormat format, byte[] pixels, int count) {
        PixelCodec codec = PixelCodec.of(format);
        int rowLength = 64;
        float[] row = new float[rowLength * 4];
        byte[] out = new byte[pixels.length];
        for (int first = 0; first < count; first += rowLength) {
            int n = Math.min(rowLength, count - first);
            codec.decode(pixels, first, n, row, 0);
            codec.encode(row, 0, n, out, first);
        }
        return out;
    }
}
