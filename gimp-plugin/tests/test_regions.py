import unittest

from regions import Rect, SelectionOutsideLayer, canvas_change, selection_region


class RectTest(unittest.TestCase):
    def test_from_gimp_corners_is_exclusive(self):
        self.assertEqual(Rect(2, 3, 8, 5), Rect.from_corners(2, 3, 10, 8))

    def test_intersection(self):
        self.assertEqual(Rect(5, 5, 5, 5), Rect(0, 0, 10, 10).intersect(Rect(5, 5, 10, 10)))
        self.assertIsNone(Rect(0, 0, 10, 10).intersect(Rect(10, 0, 5, 5)))  # touching edges

    def test_negative_offsets(self):
        self.assertEqual(Rect(0, 0, 4, 6), Rect(-6, -2, 10, 8).intersect(Rect(0, 0, 100, 100)))


class SelectionRegionTest(unittest.TestCase):
    layer = Rect(10, 6, 40, 30)

    def test_no_selection_means_whole_layer(self):
        self.assertIsNone(selection_region(self.layer, None))

    def test_selection_is_clipped_to_the_layer(self):
        self.assertEqual(Rect(10, 20, 15, 16),
                         selection_region(self.layer, Rect.from_corners(0, 20, 25, 60)))

    def test_selection_inside_the_layer_is_kept(self):
        self.assertEqual(Rect(20, 10, 16, 16), selection_region(self.layer, Rect(20, 10, 16, 16)))

    def test_selection_beside_the_layer_is_refused_with_advice(self):
        with self.assertRaises(SelectionOutsideLayer) as caught:
            selection_region(self.layer, Rect(60, 0, 5, 5))
        self.assertIn("Select ▸ None", str(caught.exception))


class CanvasChangeTest(unittest.TestCase):
    def test_unchanged_canvas_is_not_resized(self):
        self.assertIsNone(canvas_change((64, 48), (64, 48)))

    def test_extended_canvas(self):
        self.assertEqual((96, 48, 0, 0), canvas_change((64, 48), (96, 48)))

    def test_extended_to_the_left_moves_the_old_canvas_by_the_offset(self):
        self.assertEqual((2220, 1080, 300, 0), canvas_change((1920, 1080), (2220, 1080), (300, 0)))

    def test_nonsense_size_is_refused(self):
        with self.assertRaises(ValueError):
            canvas_change((64, 48), (0, 48))


if __name__ == "__main__":
    unittest.main()
