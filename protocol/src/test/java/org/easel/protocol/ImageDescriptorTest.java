package org.easel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ImageDescriptorTest {

    private static JsonObject header(String image) {
        return Json.createReader(new StringReader("{\"image\":" + image + "}")).readObject();
    }

    private static ProtocolException reject(String image, long... lengths) {
        return assertThrows(ProtocolException.class,
                () -> ImageDescriptor.parse(header(image), "image", lengths, ImageLimits.DEFAULTS));
    }

    @Test
    void parsesAValidDescriptorWithNegativeOffset() throws Exception {
        ImageDescriptor d = ImageDescriptor.parse(
                header("{\"x\":-3,\"y\":2,\"width\":4,\"height\":2,\"format\":\"rgba16\",\"attachment\":1}"),
                "image", new long[] {0, 64}, ImageLimits.DEFAULTS);
        assertEquals(new ImageDescriptor(-3, 2, 4, 2, PixelFormat.RGBA16, 1), d);
    }

    @Test
    void everyFormatNeedsItsExactByteLength() throws Exception {
        for (PixelFormat format : PixelFormat.values()) {
            String json = "{\"x\":0,\"y\":0,\"width\":3,\"height\":5,\"format\":\"" + format.wireName() + "\",\"attachment\":0}";
            long right = 15L * format.bytesPerPixel();
            assertEquals(format, ImageDescriptor.parse(header(json), "image", new long[] {right}, ImageLimits.DEFAULTS).format());
            ProtocolException e = reject(json, right - 1);
            assertEquals(ErrorCode.BAD_IMAGE, e.code());
            assertTrue(e.getMessage().contains("needs " + right), e.getMessage());
        }
    }

    @Test
    void rejectsBadDescriptorsWithAClearMessage() {
        assertTrue(reject("{\"x\":0,\"y\":0,\"width\":1,\"height\":1,\"format\":\"cmyk8\",\"attachment\":0}", 4)
                .getMessage().contains("unknown format \"cmyk8\""));
        assertTrue(reject("{\"x\":0,\"y\":0,\"width\":0,\"height\":1,\"format\":\"a8\",\"attachment\":0}", 0)
                .getMessage().contains("at least 1"));
        assertTrue(reject("{\"x\":0,\"y\":0,\"width\":1,\"height\":1,\"format\":\"a8\",\"attachment\":2}", 1)
                .getMessage().contains("names attachment 2"));
        assertTrue(reject("{\"x\":0,\"width\":1,\"height\":1,\"format\":\"a8\",\"attachment\":0}", 1)
                .getMessage().contains("\"y\""));
        assertTrue(reject("{\"x\":0,\"y\":0,\"width\":\"1\",\"height\":1,\"format\":\"a8\",\"attachment\":0}", 1)
                .getMessage().contains("\"width\""));
        assertTrue(reject("{\"x\":0,\"y\":0,\"width\":4294967297,\"height\":1,\"format\":\"a8\",\"attachment\":0}", 1)
                .getMessage().contains("out of range"));
        assertTrue(reject("\"nope\"").getMessage().contains("image descriptor"));
    }

    @Test
    void rejectsDimensionsPastTheLimitsEvenWhenTheProductOverflowsAnInt() {
        // 65536 × 65536 × 4 overflows 32 bits; the check must not wrap around.
        ProtocolException e = reject("{\"x\":0,\"y\":0,\"width\":65536,\"height\":65536,\"format\":\"rgba8\",\"attachment\":0}", 0);
        assertEquals(ErrorCode.BAD_IMAGE, e.code());
        assertTrue(e.getMessage().contains("at most 16384"), e.getMessage());
        e = reject("{\"x\":0,\"y\":0,\"width\":16384,\"height\":16384,\"format\":\"a8\",\"attachment\":0}", 16384L * 16384L);
        assertTrue(e.getMessage().contains("pixels in all"), e.getMessage());
    }
}
