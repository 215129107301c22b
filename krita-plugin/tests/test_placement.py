import unittest

from easel.placement import Rect, canvas_change, layer_name


class CanvasChangeTest(unittest.TestCase):
    def test_same_size_changes_nothing(self):
        change = canvas_change((100, 80), (100, 80), [Rect(10, 10, 20, 20)])
        self.assertIsNone(change.resize)
        self.assertEqual(change.place(10, 12), (10, 12))

    def test_growing_right_keeps_the_origin(self):
        change = canvas_change((100, 80), (150, 80), [Rect(90, 0, 60, 80)])
        self.assertEqual(change.resize, Rect(0, 0, 150, 80))
        self.assertEqual(change.place(90, 0), (90, 0))

    def test_layers_left_of_the_canvas_grow_it_left_and_shift_everything(self):
        change = canvas_change((100, 80), (140, 100), [Rect(-40, -20, 60, 120)])
        self.assertEqual(change.resize, Rect(-40, -20, 140, 100))
        self.assertEqual(change.place(-40, -20), (0, 0))
        self.assertEqual(change.place(10, 5), (50, 25))

    def test_growth_left_is_capped_by_the_size_increase(self):
        change = canvas_change((100, 80), (110, 80), [Rect(-30, 0, 10, 10)])
        self.assertEqual(change.resize, Rect(-10, 0, 110, 80))

    def test_a_smaller_canvas_crops_from_the_origin(self):
        change = canvas_change((100, 80), (50, 40), [])
        self.assertEqual(change.resize, Rect(0, 0, 50, 40))

    def test_an_empty_canvas_is_refused(self):
        with self.assertRaises(ValueError):
            canvas_change((100, 80), (0, 80), [])


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
