"""The result's versions to choose from, and the thumbnails clients show for them."""
import struct
import unittest

from easel_client import EditResult, Image, ProtocolError
from easel_client.framing import Frame


def result_frame(variations):
    layer = {"x": 0, "y": 0, "width": 2, "height": 1, "format": "bgra8"}
    return Frame({"type": "result", "id": "e1", "job": "j-1", "message": "Made 2 versions",
                  "canvas": {"width": 2, "height": 1},
                  "layers": [dict(layer, name="Easel: a · seed 20", attachment=0),
                             dict(layer, name="Easel: a · seed 21", attachment=1)],
                  "variations": variations},
                 [bytes([1, 2, 3, 255]) * 2, bytes([4, 5, 6, 255]) * 2])


class VariationsTest(unittest.TestCase):
    def test_each_version_names_its_layer_seed_and_turn(self):
        result = EditResult(result_frame([
            {"variation": 1, "seed": 20, "turn": 5, "layer": 0},
            {"variation": 2, "seed": 21, "layer": 1}]))
        first, second = result.variations
        self.assertEqual((first.index, first.seed, first.turn, first.layer.name),
                         (1, 20, 5, "Easel: a · seed 20"))
        self.assertEqual(first.label, "#5 · seed 20")
        self.assertIsNone(second.turn, "a version that could not be saved has no turn")
        self.assertEqual(second.label, "version 2 · seed 21")
        self.assertIs(second.layer, result.layers[1])

    def test_an_ordinary_result_has_no_versions(self):
        frame = result_frame([])
        del frame.header["variations"]
        self.assertEqual(EditResult(frame).variations, [])

    def test_a_version_pointing_past_the_layers_is_a_protocol_error(self):
        with self.assertRaises(ProtocolError):
            EditResult(result_frame([{"variation": 1, "seed": 1, "layer": 2}]))

    def test_thumbnails_are_rgba8_whatever_the_format(self):
        self.assertEqual(Image(0, 0, 4, 2, "bgra8", bytes([1, 2, 3, 4]) * 8).thumbnail_rgba8(2),
                         (2, 1, bytes([3, 2, 1, 4]) * 2))
        self.assertEqual(Image(0, 0, 1, 1, "rgba16", struct.pack("<4H", 65535, 32768, 0, 65535))
                         .thumbnail_rgba8(), (1, 1, bytes([255, 128, 0, 255])))
        self.assertEqual(Image(0, 0, 1, 1, "rgbaf32", struct.pack("<4f", 1, 0.5, -1, 1))
                         .thumbnail_rgba8(), (1, 1, bytes([255, 128, 0, 255])))
        width, height, data = Image(0, 0, 300, 100, "rgba8", bytes(300 * 100 * 4)).thumbnail_rgba8()
        self.assertEqual((width, height, len(data)), (96, 32, 96 * 32 * 4))


if __name__ == "__main__":
    unittest.main()
