"""document_io against stand-in Krita documents: what an edit sends, and where results go."""
import unittest

from easel import conversation
from easel.document_io import (NothingToEdit, activate, insert_result, prepare_result,
                               read_snapshot)
from easel.easel_client import EditResult, Frame
from easel.pixel_formats import UnsupportedColorSpace

from .krita_fakes import FakeDocument, FakeNode, FakeSelection


def u16le(*values):
    return b"".join(v.to_bytes(2, "little") for v in values)


def result_frame(layers, canvas, attachments, offset=(0, 0)):
    header = {"type": "result", "id": "e1", "job": "j-1", "message": "Done.", "plan": {},
              "canvas": {"width": canvas[0], "height": canvas[1],
                         "offset": {"x": offset[0], "y": offset[1]}}, "layers": layers}
    return EditResult(Frame(header, attachments))


class ReadSnapshotTest(unittest.TestCase):
    def test_active_8bit_layer_and_selection(self):
        mask = bytes(range(6))
        doc = FakeDocument(4, 2, selection=FakeSelection(1, 0, 3, 2, mask))
        pixels = bytes(range(32))
        source = doc.add_layer(FakeNode("Paint", data=pixels))
        snap = read_snapshot(doc, use_merged=False)
        self.assertIs(snap.anchor, source)
        self.assertEqual(snap.wire_image().descriptor(0), {"x": 0, "y": 0, "width": 4, "height": 2,
                                                    "format": "bgra8", "attachment": 0})
        self.assertEqual(snap.wire_image().data, pixels)
        self.assertEqual(snap.selection.descriptor(1)["format"], "a8")
        self.assertEqual((snap.selection.x, snap.selection.width), (1, 3))
        self.assertEqual(snap.selection.data, mask)
        self.assertEqual(snap.title, "portrait.kra")

    def test_the_conversation_id_is_created_once_and_stored(self):
        doc = FakeDocument(1, 1)
        doc.add_layer(FakeNode("Paint", data=bytes(4)))
        first = read_snapshot(doc, False).conversation_id
        self.assertTrue(first.startswith("krita:"))
        self.assertEqual(doc.annotations[conversation.ANNOTATION_TYPE], first.encode())
        self.assertEqual(read_snapshot(doc, False).conversation_id, first)

    def test_a_selection_reaching_past_the_canvas_is_clipped_to_it(self):
        mask = bytes([1, 2, 3, 4, 5, 6, 7, 8, 9])
        doc = FakeDocument(2, 2, selection=FakeSelection(-1, -1, 3, 3, mask))
        doc.add_layer(FakeNode("Paint", data=bytes(16)))
        sel = read_snapshot(doc, False).selection
        self.assertEqual((sel.x, sel.y, sel.width, sel.height), (0, 0, 2, 2))
        self.assertEqual(sel.data, bytes([5, 6, 8, 9]))

    def test_a_selection_outside_the_canvas_is_refused(self):
        doc = FakeDocument(2, 2, selection=FakeSelection(5, 5, 1, 1, b"\xff"))
        doc.add_layer(FakeNode("Paint", data=bytes(16)))
        with self.assertRaises(NothingToEdit):
            read_snapshot(doc, False)

    def test_16bit_layers_are_sent_as_rgba16(self):
        doc = FakeDocument(1, 1, depth="U16")
        doc.add_layer(FakeNode("Paint", depth="U16", data=u16le(1, 2, 3, 4)))
        snap = read_snapshot(doc, False)
        self.assertEqual(snap.native, u16le(1, 2, 3, 4))  # read as Krita holds it
        self.assertEqual(snap.wire_image().format, "rgba16")
        self.assertEqual(snap.wire_image().data, u16le(3, 2, 1, 4))

    def test_merged_image_uses_the_document_projection(self):
        doc = FakeDocument(1, 1)
        doc.add_layer(FakeNode("Paint", data=bytes(4)))
        doc.merged = bytes([9, 9, 9, 255])
        self.assertEqual(read_snapshot(doc, True).native, bytes([9, 9, 9, 255]))

    def test_a_layer_in_another_colour_space_is_refused_with_advice(self):
        doc = FakeDocument(1, 1, depth="U8")
        doc.add_layer(FakeNode("Deep", depth="U16", data=bytes(8)))
        with self.assertRaises(UnsupportedColorSpace) as caught:
            read_snapshot(doc, False)
        self.assertIn("Whole image", str(caught.exception))

    def test_a_mask_hands_over_to_its_layer(self):
        doc = FakeDocument(1, 1)
        layer = doc.add_layer(FakeNode("Paint", data=bytes(4)))
        mask = FakeNode("Mask", "transparencymask")
        layer.addChildNode(mask, None)
        doc.active = mask
        self.assertIs(read_snapshot(doc, False).anchor, layer)

    def test_cmyk_documents_are_refused(self):
        doc = FakeDocument(1, 1, model="CMYKA")
        doc.add_layer(FakeNode("Paint", model="CMYKA", data=bytes(5)))
        with self.assertRaises(UnsupportedColorSpace):
            read_snapshot(doc, True)


class InsertResultTest(unittest.TestCase):
    def setUp(self):
        self.doc = FakeDocument(8, 8)
        self.below = self.doc.add_layer(FakeNode("Below", data=bytes(256)))
        self.source = self.doc.add_layer(FakeNode("Source", data=bytes(256)))
        self.top = self.doc.add_layer(FakeNode("Top", data=bytes(256)))
        self.doc.active = self.source
        self.snap = read_snapshot(self.doc, False)

    def test_the_layer_goes_right_above_the_source_at_the_patch_position(self):
        result = result_frame([{"name": "Easel: warmer", "x": 2, "y": 3, "width": 1,
                                "height": 1, "format": "bgra8", "attachment": 0}], (8, 8),
                              [bytes([1, 2, 3, 4])])
        nodes = insert_result(self.snap, prepare_result(self.snap, result, "warmer"))
        self.assertEqual([n.name() for n in self.doc.root.children],
                         ["Below", "Source", "Easel: warmer", "Top"])
        self.assertEqual(nodes[0].written, (bytes([1, 2, 3, 4]), 2, 3, 1, 1))
        activate(self.doc, nodes[0])
        self.assertIs(self.doc.active, nodes[0])
        self.assertIsNone(self.doc.resized)

    def test_a_layer_removed_before_activation_is_not_activated(self):
        orphan = FakeNode("gone")
        activate(self.doc, orphan)
        self.assertIs(self.doc.active, self.source)

    def test_a_nameless_layer_is_named_after_the_instruction(self):
        result = result_frame([{"x": 0, "y": 0, "width": 1, "height": 1, "format": "bgra8",
                                "attachment": 0}], (8, 8), [bytes(4)])
        prepared = prepare_result(self.snap, result, "a bit warmer")
        self.assertEqual(prepared.layers[0].name, "Easel: a bit warmer")

    def test_an_extended_canvas_is_resized_first_by_the_offset(self):
        # PROTOCOL.md: after extending left by 2 px the old canvas lands at offset (2, 0) and the
        # new strip's layer is at (0, 0) in the new canvas's coordinates.
        result = result_frame([{"name": "Easel: extend left", "x": 0, "y": 0, "width": 2,
                                "height": 1, "format": "bgra8", "attachment": 0}], (10, 8),
                              [bytes(8)], offset=(2, 0))
        nodes = insert_result(self.snap, prepare_result(self.snap, result, "extend left"))
        self.assertEqual(self.doc.resized, (-2, 0, 10, 8))
        self.assertEqual(nodes[0].written[1:3], (0, 0))

    def test_undoing_an_extension_crops_the_canvas_back_and_adds_no_layer(self):
        # PROTOCOL.md: "undo" after extending left by 2 px answers the old 8 px canvas with the
        # current one's corner at (-2, 0): Krita keeps the rectangle from x = 2.
        doc = FakeDocument(10, 8)
        doc.active = doc.add_layer(FakeNode("Source", data=bytes(320)))
        snap = read_snapshot(doc, False)
        nodes = insert_result(snap, prepare_result(snap, result_frame([], (8, 8), [], offset=(-2, 0)),
                                                   "undo"))
        self.assertEqual(doc.resized, (2, 0, 8, 8))
        self.assertEqual(nodes, [])
        self.assertEqual([n.name() for n in doc.root.children], ["Source"])

    def test_a_result_in_the_wrong_format_changes_nothing(self):
        result = result_frame([{"name": "x", "x": 0, "y": 0, "width": 1, "height": 1,
                                "format": "rgba16", "attachment": 0}], (10, 8), [bytes(8)])
        with self.assertRaises(ValueError) as caught:
            prepare_result(self.snap, result, "x")
        self.assertIn("rgba16", str(caught.exception))
        self.assertEqual(len(self.doc.root.children), 3)
        self.assertIsNone(self.doc.resized)

    def test_16bit_results_are_written_in_kritas_order(self):
        doc = FakeDocument(1, 1, depth="U16")
        doc.add_layer(FakeNode("Paint", depth="U16", data=bytes(8)))
        snap = read_snapshot(doc, False)
        result = result_frame([{"name": "n", "x": 0, "y": 0, "width": 1, "height": 1,
                                "format": "rgba16", "attachment": 0}], (1, 1),
                              [u16le(30, 20, 10, 65535)])
        node = insert_result(snap, prepare_result(snap, result, "n"))[0]
        self.assertEqual(node.written[0], u16le(10, 20, 30, 65535))


if __name__ == "__main__":
    unittest.main()
