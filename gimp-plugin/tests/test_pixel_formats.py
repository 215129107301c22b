import struct
import unittest

from pixel_formats import (RGBA16, RGBA8, RGBAF32, UnsupportedImage, host_to_wire,
                           result_layer_type, wire_format_for_precision, wire_format_named,
                           wire_to_host)


class WireFormatForPrecisionTest(unittest.TestCase):
    def test_every_gimp_precision_keeps_its_depth(self):
        # Gimp.Precision value nicks as GIMP 3.0 names them
        cases = {
            "u8-linear": RGBA8, "u8-non-linear": RGBA8, "u8-perceptual": RGBA8,
            "u16-linear": RGBA16, "u16-non-linear": RGBA16, "u16-perceptual": RGBA16,
            "u32-linear": RGBAF32, "half-non-linear": RGBAF32, "float-linear": RGBAF32,
            "float-perceptual": RGBAF32, "double-non-linear": RGBAF32,
        }
        for nick, expected in cases.items():
            with self.subTest(nick):
                self.assertEqual(expected, wire_format_for_precision(nick))

    def test_babl_formats_are_perceptual_rgba(self):
        self.assertEqual("R'G'B'A u8", RGBA8.babl)
        self.assertEqual("R'G'B'A u16", RGBA16.babl)
        self.assertEqual("R'G'B'A float", RGBAF32.babl)

    def test_unknown_precision_says_how_to_convert(self):
        with self.assertRaises(UnsupportedImage) as caught:
            wire_format_for_precision("u64-linear")
        self.assertIn("Image ▸ Precision", str(caught.exception))

    def test_result_formats_by_protocol_name(self):
        self.assertIs(RGBA16, wire_format_named("rgba16"))
        with self.assertRaises(ValueError):
            wire_format_named("a8")


class ResultLayerTypeTest(unittest.TestCase):
    def test_rgb_and_gray_get_layers_with_alpha(self):
        self.assertEqual("RGBA_IMAGE", result_layer_type("rgb"))
        self.assertEqual("GRAYA_IMAGE", result_layer_type("gray"))

    def test_indexed_is_refused_with_the_menu_to_fix_it(self):
        with self.assertRaises(UnsupportedImage) as caught:
            result_layer_type("indexed")
        self.assertIn("Image ▸ Mode ▸ RGB", str(caught.exception))


class ByteOrderTest(unittest.TestCase):
    def test_little_endian_hosts_send_the_buffer_untouched(self):
        data = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")
        self.assertIs(data, host_to_wire(data, RGBA16, "little"))
        self.assertIs(data, wire_to_host(data, RGBAF32, "little"))

    def test_big_endian_hosts_send_little_endian_16_bit_values(self):
        values = (0x0102, 0xA0B0, 0, 0xFFFF)
        native_big = struct.pack(">4H", *values)   # what GEGL hands out on a big-endian host
        wire = host_to_wire(native_big, RGBA16, "big")
        self.assertEqual(struct.pack("<4H", *values), wire)
        self.assertEqual(native_big, wire_to_host(wire, RGBA16, "big"))

    def test_big_endian_hosts_send_little_endian_floats(self):
        values = (0.0, 0.25, 1.0, 0.5)
        wire = host_to_wire(struct.pack(">4f", *values), RGBAF32, "big")
        self.assertEqual(struct.pack("<4f", *values), wire)

    def test_bytes_need_no_swap(self):
        data = b"\x01\x02\x03\x04"
        self.assertIs(data, host_to_wire(data, RGBA8, "big"))


if __name__ == "__main__":
    unittest.main()
