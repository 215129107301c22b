import struct
import unittest

from easel.pixel_formats import (LAYOUTS, UnsupportedColorSpace, bgra16_to_rgba16, float_to_half,
                                 half_to_float, layout_for, rgba16_to_bgra16)


def u16le(*values):
    return b"".join(v.to_bytes(2, "little") for v in values)


class LayoutTest(unittest.TestCase):
    def test_each_rgba_depth_travels_in_a_protocol_format(self):
        self.assertEqual(layout_for("RGBA", "U8").wire_format, "bgra8")
        self.assertEqual(layout_for("RGBA", "U16").wire_format, "rgba16")
        self.assertEqual(layout_for("RGBA", "F16").wire_format, "rgbaf32")
        self.assertEqual(layout_for("RGBA", "F32").wire_format, "rgbaf32")

    def test_other_colour_models_get_advice(self):
        for model, depth, words in (("CMYKA", "U8", "CMYK/Alpha 8-bit integer"),
                                    ("GRAYA", "U16", "Grayscale/Alpha 16-bit integer"),
                                    ("LABA", "F32", "L*a*b*/Alpha 32-bit float")):
            with self.assertRaises(UnsupportedColorSpace) as caught:
                layout_for(model, depth)
            message = str(caught.exception)
            self.assertIn(words, message)
            self.assertIn("Convert Image Color Space", message)

    def test_unknown_depth_of_rgb_is_refused(self):
        with self.assertRaises(UnsupportedColorSpace):
            layout_for("RGBA", "F64")

    def test_8_bit_bytes_pass_unchanged(self):
        data = bytes([1, 2, 3, 4, 5, 6, 7, 8])
        self.assertEqual(LAYOUTS["U8"].to_wire(data), data)
        self.assertEqual(LAYOUTS["U8"].from_wire(data), data)


class SixteenBitTest(unittest.TestCase):
    def test_krita_bgra16_becomes_protocol_rgba16(self):
        krita = u16le(100, 200, 300, 65535, 1, 2, 3, 4)        # B, G, R, A per pixel
        self.assertEqual(bgra16_to_rgba16(krita), u16le(300, 200, 100, 65535, 3, 2, 1, 4))

    def test_round_trip_restores_krita_bytes(self):
        krita = bytes(range(64))
        self.assertEqual(rgba16_to_bgra16(bgra16_to_rgba16(krita)), krita)
        self.assertEqual(LAYOUTS["U16"].from_wire(LAYOUTS["U16"].to_wire(krita)), krita)

    def test_partial_pixels_are_rejected(self):
        with self.assertRaises(ValueError):
            bgra16_to_rgba16(bytes(12))


class HalfFloatTest(unittest.TestCase):
    def test_half_floats_widen_to_little_endian_float32(self):
        halves = struct.pack("<4e", 1.0, 0.5, 0.0, 2.0)
        self.assertEqual(struct.unpack("<4f", half_to_float(halves)), (1.0, 0.5, 0.0, 2.0))

    def test_float32_narrows_back_to_the_same_halves(self):
        halves = struct.pack("<4e", 0.25, 0.75, 1.5, 1.0)
        self.assertEqual(float_to_half(half_to_float(halves)), halves)

    def test_values_beyond_half_range_are_clamped_not_lost(self):
        wide = struct.pack("<3f", 1e6, -1e6, 0.5)
        self.assertEqual(struct.unpack("<3e", float_to_half(wide)), (65504.0, -65504.0, 0.5))

    def test_f32_is_sent_as_is(self):
        data = struct.pack("<4f", 0.1, 0.2, 0.3, 1.0)
        self.assertEqual(LAYOUTS["F32"].to_wire(data), data)


if __name__ == "__main__":
    unittest.main()
