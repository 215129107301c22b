import unittest

from easel_client import Reading
from transcript import (choice_label, engine_text, question_status, transcript_text, turn_text,
                        understood_text)


class TranscriptTest(unittest.TestCase):
    def test_done_turn_shows_instruction_understanding_and_message(self):
        text = turn_text({"turn": 2, "instruction": "warmer", "status": "done",
                          "plan": {"summary": "Make it warmer (whole layer)"},
                          "message": "Made the layer warmer."})
        self.assertEqual("#2  You: warmer\n    Understood: Make it warmer (whole layer)\n"
                         "    ✓ Made the layer warmer.", text)

    def test_a_turn_without_its_pixels_says_it_cannot_be_brought_back(self):
        gone = turn_text({"turn": 1, "instruction": "warmer", "status": "done", "message": "Ok.",
                          "edited": {"pruned": False}, "results": [{"pruned": True}]})
        self.assertTrue(gone.endswith("\n    Only its plan and preview are kept: it can no longer "
                                      "be brought back or undone."), gone)
        kept = turn_text({"turn": 2, "instruction": "cooler", "status": "done", "message": "Ok.",
                          "edited": {"pruned": False}, "results": [{"pruned": False}]})
        self.assertNotIn("no longer", kept)

    def test_failed_and_cancelled_turns(self):
        self.assertIn("✗ Easel cannot", turn_text({"turn": 1, "instruction": "a cat",
                                                  "status": "failed",
                                                  "message": "Easel cannot draw yet."}))
        self.assertIn("– Cancelled.", turn_text({"turn": 3, "instruction": "x",
                                                "status": "cancelled"}))

    def test_malformed_members_are_ignored(self):
        self.assertEqual("You: hi", turn_text({"instruction": "hi", "plan": [], "status": 3}))

    def test_empty_conversation_invites_a_first_instruction(self):
        self.assertIn("Type an instruction", transcript_text([]))

    def test_turns_in_order(self):
        text = transcript_text([{"turn": 1, "instruction": "a"}, {"turn": 2, "instruction": "b"}])
        self.assertLess(text.index("You: a"), text.index("You: b"))

    def test_understood_line_names_engine_and_model(self):
        self.assertEqual("Understood: Make it warmer — using classical",
                         understood_text({"summary": "Make it warmer", "engine": "classical"}))
        self.assertEqual("Understood: Remove the lamp — using diffusion / sd-turbo",
                         understood_text({"summary": "Remove the lamp", "engine": "diffusion",
                                          "model": "sd-turbo"}))
        self.assertEqual("using classical", understood_text({"engine": "classical"}))
        self.assertEqual("", understood_text(None))

    def test_engine_line(self):
        self.assertEqual("Engine: classical · Models: sd-turbo",
                         engine_text([{"id": "classical", "available": True},
                                      {"id": "diffusion", "available": False}],
                                     [{"id": "sd-turbo", "installed": True},
                                      {"id": "sdxl", "installed": False}]))
        self.assertEqual("Engine: none available · Models: none installed", engine_text([], []))

    def test_a_question_and_its_choices(self):
        self.assertEqual("Easel asks: More contrast or less? Choose one below (Alt+1, Alt+2, …) "
                         "or type another instruction.", question_status("More contrast or less?"))
        self.assertEqual("_1  Increase the contrast — whole layer",
                         choice_label(0, Reading("increase the contrast",
                                                 "Increase the contrast — whole layer")))
        self.assertEqual("_2  reduce the contrast", choice_label(1, Reading("reduce the contrast", "")))
        self.assertEqual("_3  use my__layer", choice_label(2, Reading("x", "use my_layer")),
                         "an underscore in the text is not a mnemonic")


if __name__ == "__main__":
    unittest.main()
