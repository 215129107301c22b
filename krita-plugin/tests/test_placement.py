import unittest

from easel.placement import Rect, canvas_change, layer_name, reply_text


class CanvasChangeTest(unittest.TestCase):
    def test_same_size_changes_nothing(self):
        self.assertIsNone(canvas_change((100, 80), (100, 80)).resize)

    def test_growing_right_keeps_the_origin(self):
        self.assertEqual(canvas_change((100, 80), (150, 80), (0, 0)).resize, Rect(0, 0, 150, 80))

    def test_growing_left_and_up_moves_the_old_canvas_by_the_offset(self):
        # PROTOCOL.md: after "extend to the left by 300 px", offset (300, 0); Krita wants the new
        # canvas's rectangle in old coordinates.
        self.assertEqual(canvas_change((1920, 1080), (2220, 1080), (300, 0)).resize, Rect(-300, 0, 2220, 1080))
        self.assertEqual(canvas_change((100, 80), (140, 100), (40, 20)).resize, Rect(-40, -20, 140, 100))

    def test_a_smaller_canvas_crops_from_the_origin(self):
        self.assertEqual(canvas_change((100, 80), (50, 40)).resize, Rect(0, 0, 50, 40))

    def test_undoing_an_extension_on_the_left_crops_the_strip_away(self):
        # The daemon answers "undo" with the old size and the current corner's place in it.
        self.assertEqual(canvas_change((2220, 1080), (1920, 1080), (-300, 0)).resize, Rect(300, 0, 1920, 1080))

    def test_an_empty_canvas_is_refused(self):
        with self.assertRaises(ValueError):
            canvas_change((100, 80), (0, 80))


class ReplyTextTest(unittest.TestCase):
    def test_a_layer_is_removed_by_one_ctrl_z(self):
        self.assertEqual(reply_text("Made it warmer.", ["Easel: warmer"], False),
                         'Made it warmer. Added "Easel: warmer" (Ctrl+Z removes it).')

    def test_an_extension_says_that_krita_needs_two_undo_steps(self):
        text = reply_text("Extended.", ["Easel: extend"], True)
        self.assertIn("two steps", text)
        self.assertIn("\u201cundo\u201d", text)

    def test_a_canvas_taken_back_adds_no_layer(self):
        self.assertEqual(reply_text("Brought back how it was.", [], True),
                         "Brought back how it was. Resized the canvas (Ctrl+Z undoes it).")

    def test_nothing_added_says_only_the_message(self):
        self.assertEqual(reply_text("Style cleared.", [], False), "Style cleared.")


class RectTest(unittest.TestCase):
    def test_intersection(self):
        self.assertEqual(Rect(0, 0, 10, 10).intersection(Rect(5, -5, 10, 10)), Rect(5, 0, 5, 5))
        self.assertIsNone(Rect(0, 0, 10, 10).intersection(Rect(10, 0, 5, 5)))

    def test_contains(self):
        self.assertTrue(Rect(0, 0, 10, 10).contains(Rect(2, 2, 8, 8)))
        self.assertFalse(Rect(0, 0, 10, 10).contains(Rect(2, 2, 9, 8)))


class LayerNameTest(unittest.TestCase):
    def test_the_daemons_name_is_used(self):
        self.assertEqual(layer_name("Easel: warmer", "warmer"), "Easel: warmer")

    def test_without_one_the_instruction_names_the_layer_on_one_line(self):
        self.assertEqual(layer_name("", "make it\nwarmer  please"), "Easel: make it warmer please")

    def test_long_names_are_shortened(self):
        name = layer_name("", "x" * 500)
        self.assertEqual(len(name), 80)
        self.assertTrue(name.endswith("…"))


if __name__ == "__main__":
    unittest.main()
