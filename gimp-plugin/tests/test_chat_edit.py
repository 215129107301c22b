"""run_chat_edit with a fake document, against a scripted client (failure paths) and against the
real daemon (the whole round trip the GIMP plug-in makes, minus GIMP)."""
import os
import shutil
import tempfile
import unittest

from chat_edit import apply_version, clarification_for_scripts, run_chat_edit
from conversation import PARASITE_NAME
from easel_client import (ClarificationNeeded, DaemonError, DaemonNotRunning, EaselClient,
                          EditCancelled, Image, Layer, Reading, embedding)
from easel_client.events import EditResult
from easel_client.framing import Frame
from edit_options import BadArgument
from regions import Rect, SelectionOutsideLayer

from tests.daemon import Daemon, require_jar
from tests.fake_document import FakeDocument


def gradient_layer(x, y, width, height):
    """An rgba8 layer whose pixel (i, j) is (8i, 8j, 128, 255): colourful, every pixel known."""
    data = bytearray()
    for j in range(height):
        for i in range(width):
            data += bytes((8 * i % 256, 8 * j % 256, 128, 255))
    return Image(x, y, width, height, "rgba8", bytes(data))


class ScriptedClient:
    """Answers edit() with a prepared result or exception; records what it was sent."""

    def __init__(self, outcome):
        self.outcome = outcome
        self.calls = []
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.closed = True

    def edit(self, conversation_id, instruction, **kwargs):
        self.calls.append(dict(kwargs, conversation_id=conversation_id, instruction=instruction))
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome

    def export_conversation_capped(self, conversation_id, max_bytes, timeout=-1):
        raise DaemonError("unknown_conversation", "a scripted daemon remembers nothing")


def result_frame(canvas, layers):
    header = {"type": "result", "id": "e1", "job": "j-1", "message": "Done it.",
              "canvas": {"width": canvas[0], "height": canvas[1]}, "layers": []}
    attachments = []
    for layer in layers:
        header["layers"].append(dict(layer.descriptor(len(attachments)), name=layer.name))
        attachments.append(layer.data)
    return EditResult(Frame(header, attachments))


class ChatEditWithScriptedClientTest(unittest.TestCase):
    def setUp(self):
        self.doc = FakeDocument((64, 48), gradient_layer(10, 6, 40, 30), Rect(20, 10, 16, 16))

    def test_daemon_not_running_leaves_the_image_unchanged(self):
        def connect():
            raise DaemonNotRunning("The Easel daemon is not running. Start it with `easel serve`.")
        with self.assertRaises(DaemonNotRunning):
            run_chat_edit(self.doc, connect, "warmer")
        self.assertEqual([], self.doc.inserted)
        self.assertEqual({}, self.doc.parasites)
        self.assertEqual(0, self.doc.undo_groups)

    def test_daemon_error_and_cancel_leave_the_image_unchanged(self):
        for error in (DaemonError("unsupported_instruction", "Easel cannot draw cats yet."),
                      EditCancelled("cancelled", "Cancelled.")):
            with self.subTest(error=error):
                client = ScriptedClient(error)
                with self.assertRaises(type(error)):
                    run_chat_edit(self.doc, lambda: client, "draw a cat")
                self.assertTrue(client.closed)
                self.assertEqual([], self.doc.inserted)
                self.assertEqual({}, self.doc.parasites)

    def test_a_question_leaves_the_image_unchanged_and_scripts_get_the_instructions(self):
        asked = ClarificationNeeded("More contrast or less?", [
            Reading("increase the contrast", "Increase the contrast — whole layer"),
            Reading("reduce the contrast", "")])
        client = ScriptedClient(asked)
        with self.assertRaises(ClarificationNeeded):
            run_chat_edit(self.doc, lambda: client, "contrast")
        self.assertTrue(client.closed)
        self.assertEqual([], self.doc.inserted)
        self.assertEqual({}, self.doc.parasites)
        self.assertEqual(0, self.doc.undo_groups)
        self.assertEqual("More contrast or less? Easel did not guess: run the procedure again "
                         "with one of these instructions:\n"
                         '- "increase the contrast" (Increase the contrast — whole layer)\n'
                         '- "reduce the contrast"', clarification_for_scripts(asked))

    def test_bad_instruction_is_refused_before_reading_pixels(self):
        client = ScriptedClient(AssertionError("must not be called"))
        with self.assertRaises(BadArgument):
            run_chat_edit(self.doc, lambda: client, "   ")
        self.assertEqual(0, self.doc.reads)
        self.assertEqual([], client.calls)

    def test_selection_off_the_layer_is_refused_before_connecting(self):
        self.doc.selection = Rect(0, 40, 5, 5)
        connected = []
        with self.assertRaises(SelectionOutsideLayer):
            run_chat_edit(self.doc, lambda: connected.append(1), "warmer")
        self.assertEqual([], connected)

    def test_sends_layer_selection_options_and_title(self):
        patch = Layer("Easel: warmer", 16, 6, 2, 2, "rgba8", bytes(16))
        client = ScriptedClient(result_frame((64, 48), [patch]))
        outcome = run_chat_edit(self.doc, lambda: client, " warmer ", {"seed": 7})
        call = client.calls[0]
        self.assertEqual("warmer", call["instruction"])
        self.assertEqual((64, 48), call["canvas"])
        self.assertIs(self.doc.layer, call["image"])
        self.assertEqual((20, 10, 16, 16), (call["selection"].x, call["selection"].y,
                                            call["selection"].width, call["selection"].height))
        self.assertEqual({"seed": 7}, call["options"])
        self.assertEqual("test.xcf", call["title"])
        self.assertEqual(["Easel: warmer"], [layer.name for layer in outcome.layers])
        self.assertEqual("Done it.", outcome.message)
        self.assertEqual(1, self.doc.undo_groups)

    def test_versions_are_offered_and_only_the_chosen_one_is_inserted(self):
        document = FakeDocument((32, 24), gradient_layer(0, 0, 32, 24))
        first = Layer("Easel: a barn · seed 20", 0, 0, 2, 2, "rgba8", b"\x01" * 16)
        second = Layer("Easel: a barn · seed 21", 0, 0, 2, 2, "rgba8", b"\x02" * 16)
        result = result_frame((32, 24), [first, second])
        result.header["variations"] = [{"variation": 1, "seed": 20, "turn": 3, "layer": 0},
                                       {"variation": 2, "seed": 21, "turn": 4, "layer": 1}]
        result = EditResult(Frame(result.header, [first.data, second.data]))
        client = ScriptedClient(result)
        outcome = run_chat_edit(document, lambda: client, "a barn, 2 versions",
                                options={"variations": 2})
        self.assertEqual(client.calls[0]["options"], {"variations": 2})
        self.assertEqual(document.inserted, [], "nothing is inserted before a choice")
        self.assertEqual([v.label for v in outcome.versions], ["#3 · seed 20", "#4 · seed 21"])
        self.assertEqual(document.conversation_id(), outcome.conversation_id,
                         "the image keeps the conversation, so #N finds the others")
        inserted = apply_version(document, outcome, 1)
        self.assertEqual([layer.name for layer in inserted], ["Easel: a barn · seed 21"])
        self.assertEqual([layer.name for layer in document.inserted], ["Easel: a barn · seed 21"])
        self.assertEqual(document.undo_groups, 2, "the id once, then the chosen layer in one step")

    def test_canvas_is_resized_only_when_the_result_says_so(self):
        patch = Layer("Easel: extend", 40, 0, 2, 2, "rgba8", bytes(16))
        run_chat_edit(self.doc, lambda: ScriptedClient(result_frame((64, 48), [patch])), "a")
        self.assertEqual((64, 48), self.doc.canvas)
        run_chat_edit(self.doc, lambda: ScriptedClient(result_frame((96, 48), [patch])), "b")
        self.assertEqual((96, 48), self.doc.canvas)
        self.assertEqual([(0, 0)], self.doc.resize_offsets)

    def test_conversation_id_is_made_once_and_then_reused(self):
        patch = Layer("x", 10, 6, 1, 1, "rgba8", bytes(4))
        client = ScriptedClient(result_frame((64, 48), [patch]))
        first = run_chat_edit(self.doc, lambda: client, "warmer")
        stored = self.doc.parasites[PARASITE_NAME]
        second = run_chat_edit(self.doc, lambda: client, "cooler")
        self.assertEqual(first.conversation_id, second.conversation_id)
        self.assertEqual(stored, self.doc.parasites[PARASITE_NAME])
        self.assertEqual([first.conversation_id] * 2,
                         [c["conversation_id"] for c in client.calls])

    def test_failed_insert_keeps_no_conversation_id(self):
        self.doc.fail_apply = RuntimeError("GIMP refused the layer")
        patch = Layer("x", 10, 6, 1, 1, "rgba8", bytes(4))
        with self.assertRaises(RuntimeError):
            run_chat_edit(self.doc, lambda: ScriptedClient(result_frame((64, 48), [patch])), "a")
        self.assertEqual({}, self.doc.parasites)


class ChatEditAgainstDaemonTest(unittest.TestCase):
    """The real daemon jar: what GIMP would insert, pixel by pixel."""

    @classmethod
    def setUpClass(cls):
        require_jar()
        cls.state_dir = tempfile.mkdtemp(prefix="easel-gimp-test-")
        cls.daemon = Daemon(cls.state_dir)

    @classmethod
    def tearDownClass(cls):
        cls.daemon.stop()
        cls.daemon.cleanup()
        shutil.rmtree(cls.state_dir, ignore_errors=True)

    def connect(self):
        return EaselClient.connect(state_dir=self.state_dir, timeout=30, client_name="easel-gimp")

    def test_black_and_white_selection_on_an_offset_layer(self):
        layer = gradient_layer(10, 6, 40, 30)
        doc = FakeDocument((64, 48), layer, Rect(20, 10, 16, 16))
        progress = []
        outcome = run_chat_edit(doc, self.connect, "make the selection black and white",
                                {"feather": 4}, on_progress=progress.append)
        self.assertEqual(1, len(doc.inserted))
        patch = doc.inserted[0]
        self.assertEqual("Easel: make the selection black and white", patch.name)
        # the selection grown by the 4 px feather, clipped to the layer (canvas coordinates)
        self.assertEqual((16, 6, 24, 24), (patch.x, patch.y, patch.width, patch.height))
        self.assertEqual("rgba8", patch.format)
        # well inside the selection: gray, opaque, luma of the source pixel
        for cx, cy in ((28, 18), (24, 14), (31, 21)):
            r, g, b, a = patch.pixel(cx - patch.x, cy - patch.y)
            sr, sg, sb, _ = layer.pixel(cx - layer.x, cy - layer.y)
            self.assertEqual(r, g)
            self.assertEqual(g, b)
            self.assertEqual(255, a)
            self.assertAlmostEqual(0.2126 * sr + 0.7152 * sg + 0.0722 * sb, r, delta=1.5)
        # outside the feathered selection the patch is fully transparent
        self.assertEqual(0, patch.pixel(0, 0)[3])
        self.assertTrue(progress)
        history = self.connect().history(outcome.conversation_id)
        self.assertEqual(["make the selection black and white"],
                         [t["instruction"] for t in history["turns"]])
        self.assertEqual("test.xcf", history["title"])

    def test_whole_layer_without_selection_in_16_bit(self):
        values = bytearray()
        for i in range(12 * 8):
            values += (600 * i).to_bytes(2, "little") + (30000).to_bytes(2, "little") + \
                      (500).to_bytes(2, "little") + (65535).to_bytes(2, "little")
        doc = FakeDocument((12, 8), Image(0, 0, 12, 8, "rgba16", bytes(values)))
        outcome = run_chat_edit(doc, self.connect, "make it black and white")
        patch = doc.inserted[0]
        self.assertEqual((0, 0, 12, 8, "rgba16"),
                         (patch.x, patch.y, patch.width, patch.height, patch.format))
        pixel = patch.pixel(5, 3)
        r, g, b = (int.from_bytes(pixel[k:k + 2], "little") for k in (0, 2, 4))
        self.assertEqual(r, g)
        self.assertEqual(g, b)
        self.assertNotIn(r, (0, 65535))
        self.assertTrue(outcome.conversation_id.startswith("gimp:"))

    def test_the_image_carries_its_conversation_and_a_wiped_daemon_gets_it_back(self):
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        first = run_chat_edit(doc, self.connect, "warmer")
        run_chat_edit(doc, self.connect, "a bit brighter")
        embedded = doc.embedded_conversation()
        self.assertTrue(embedded.startswith(b"PK"), "the daemon's export, kept in a parasite")
        self.assertEqual(1, len(doc.inserted) - 1, "two edits, one layer each")
        wiped = tempfile.mkdtemp(prefix="easel-gimp-wiped-")
        self.addCleanup(shutil.rmtree, wiped, True)
        daemon = Daemon(wiped)
        self.addCleanup(daemon.cleanup)
        try:
            with EaselClient.connect(state_dir=wiped, timeout=30) as client:
                self.assertEqual([], client.history(first.conversation_id)["turns"])
                self.assertIn("(2 turns)", embedding.restore(client, first.conversation_id, embedded))
                turns = client.history(first.conversation_id)["turns"]
                self.assertEqual(["warmer", "a bit brighter"], [t["instruction"] for t in turns])
        finally:
            daemon.stop()

    def test_an_edit_on_a_daemon_that_never_saw_the_conversation_restores_it_first(self):
        # A script (or Filters > Repeat) on a reopened .xcf after the daemon's state was wiped:
        # the image's copy goes to the daemon before the edit, so "undo" finds the earlier turns
        # and the copy written after it still holds the whole history.
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        first = run_chat_edit(doc, self.connect, "warmer")
        run_chat_edit(doc, self.connect, "a bit brighter")
        wiped = tempfile.mkdtemp(prefix="easel-gimp-wiped-")
        self.addCleanup(shutil.rmtree, wiped, True)
        daemon = Daemon(wiped)
        self.addCleanup(daemon.cleanup)
        try:
            def connect_wiped():
                return EaselClient.connect(state_dir=wiped, timeout=30)
            undo = run_chat_edit(doc, connect_wiped, "undo")
            self.assertEqual(first.conversation_id, undo.conversation_id)
            self.assertIn("Restored this document's conversation from the file (2 turns)",
                          undo.embed_note)
            self.assertEqual(1, len(undo.layers), "undo brings back one layer")
            with connect_wiped() as client:
                turns = client.history(first.conversation_id)["turns"]
            self.assertEqual(["warmer", "a bit brighter", "undo"],
                             [t["instruction"] for t in turns])
        finally:
            daemon.stop()
        # The image's copy now has all three turns: a third daemon gets them all back.
        again = tempfile.mkdtemp(prefix="easel-gimp-wiped-again-")
        self.addCleanup(shutil.rmtree, again, True)
        daemon = Daemon(again)
        self.addCleanup(daemon.cleanup)
        try:
            with EaselClient.connect(state_dir=again, timeout=30) as client:
                self.assertIn("(3 turns)", embedding.restore(client, first.conversation_id,
                                                             doc.embedded_conversation()))
        finally:
            daemon.stop()

    def test_an_edit_offers_the_carried_copy_only_when_asked(self):
        # The dialog restored the copy when it opened: its edits do not send it again.
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        run_chat_edit(doc, self.connect, "warmer")
        second = run_chat_edit(doc, self.connect, "a bit brighter", restore_embedded=False)
        self.assertIsNone(second.embed_note)
        third = run_chat_edit(doc, self.connect, "a bit darker")
        self.assertIsNone(third.embed_note, "the daemon had the same turns: nothing to say")

    def test_second_edit_continues_the_conversation(self):
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        first = run_chat_edit(doc, self.connect, "warmer")
        second = run_chat_edit(doc, self.connect, "a bit brighter")
        self.assertEqual(first.conversation_id, second.conversation_id)
        turns = self.connect().history(first.conversation_id)["turns"]
        self.assertEqual(["warmer", "a bit brighter"], [t["instruction"] for t in turns])

    def test_unsupported_instruction_changes_nothing_and_says_what_works(self):
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        with self.assertRaises(DaemonError) as caught:
            run_chat_edit(doc, self.connect, "sing me a song")
        self.assertEqual("unsupported_instruction", caught.exception.code)
        self.assertIn("black and white", caught.exception.message)
        self.assertEqual([], doc.inserted)
        self.assertEqual({}, doc.parasites)

    def test_easel_asks_and_the_chosen_reading_continues_the_conversation(self):
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        with self.assertRaises(ClarificationNeeded) as caught:
            run_chat_edit(doc, self.connect, "contrast")
        asked = caught.exception
        self.assertEqual(["increase the contrast", "reduce the contrast"],
                         [r.instruction for r in asked.readings])
        self.assertEqual([], doc.inserted)
        self.assertEqual({}, doc.parasites, "nothing stored for a question")
        outcome = run_chat_edit(doc, self.connect, asked.readings[0].instruction)
        self.assertEqual(["Easel: increase the contrast"], [l.name for l in doc.inserted])
        dark, bright = doc.layer.pixel(1, 1)[0], doc.layer.pixel(18, 1)[0]
        self.assertLess(doc.inserted[0].pixel(1, 1)[0], dark, "more contrast: darker lows")
        self.assertGreater(doc.inserted[0].pixel(18, 1)[0], bright, "and brighter highs")
        turns = self.connect().history(outcome.conversation_id)["turns"]
        self.assertEqual(["increase the contrast"], [t["instruction"] for t in turns])

    def test_undo_of_an_extension_resizes_the_image_back_in_one_undo_group(self):
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        run_chat_edit(doc, self.connect, "extend the canvas to the left by 6 px")
        self.assertEqual((26, 20), doc.canvas)
        self.assertEqual([(6, 0)], doc.resize_offsets)
        strips = len(doc.inserted)
        outcome = run_chat_edit(doc, self.connect, "undo")
        self.assertEqual((20, 20), doc.canvas, outcome.message)
        self.assertEqual([(6, 0), (-6, 0)], doc.resize_offsets, "image.resize(20, 20, -6, 0)")
        self.assertEqual(strips, len(doc.inserted), "the old pixels are still in the image")
        self.assertEqual(2, doc.undo_groups, "each result is one undo step in GIMP")

    def test_new_content_without_a_model_changes_nothing_and_names_the_install_command(self):
        doc = FakeDocument((20, 20), gradient_layer(0, 0, 20, 20))
        with self.assertRaises(DaemonError) as caught:
            run_chat_edit(doc, self.connect, "paint a dragon")
        self.assertEqual("model_required", caught.exception.code)
        self.assertIn("easel models install", caught.exception.message)
        self.assertEqual([], doc.inserted)


if __name__ == "__main__":
    unittest.main()
