import unittest

from easel import transcript


class TranscriptTest(unittest.TestCase):
    def test_history_becomes_instruction_plan_and_reply(self):
        history = {"conversation": "krita:1", "turns": [
            {"turn": 1, "instruction": "warmer", "plan": {"summary": "Warm the colours"},
             "status": "done", "message": "Made it warmer."},
            {"turn": 2, "instruction": "more contrast", "plan": {"summary": "Raise contrast"},
             "status": "cancelled", "message": "The edit was cancelled."}]}
        chat = transcript.from_history(history)
        self.assertEqual(chat.plain_text().splitlines(), [
            "note: Earlier in this conversation (2 turns):",
            "user: warmer", "plan: Warm the colours", "reply: Made it warmer.",
            "user: more contrast", "plan: Raise contrast", "error: The edit was cancelled."])

    def test_a_turn_without_its_pixels_says_it_cannot_be_brought_back(self):
        history = {"turns": [
            {"turn": 1, "instruction": "warmer", "status": "done", "message": "Warmer.",
             "edited": {"image": "a", "pruned": True}, "results": [{"image": "b", "pruned": True}]},
            {"turn": 2, "instruction": "cooler", "status": "done", "message": "Cooler.",
             "edited": {"image": "c", "pruned": False}, "results": [{"image": "d", "pruned": False}]}]}
        lines = transcript.from_history(history).plain_text().splitlines()
        self.assertEqual(lines[3], "note: Turn 1: Only its plan and preview are kept: it can no "
                                   "longer be brought back or undone.")
        self.assertEqual(lines[4:], ["user: cooler", "reply: Cooler."])

    def test_empty_or_odd_history_gives_an_empty_transcript(self):
        self.assertEqual(len(transcript.from_history({"turns": []})), 0)
        self.assertEqual(len(transcript.from_history({"turns": "nonsense"})), 0)

    def test_html_escapes_what_the_artist_typed(self):
        chat = transcript.Transcript()
        chat.add(transcript.USER, "<b>bold</b> & \"quotes\"\nsecond line")
        html = chat.to_html()
        self.assertIn("&lt;b&gt;bold&lt;/b&gt; &amp;", html)
        self.assertIn("<br>second line", html)
        self.assertNotIn("<b>bold", html)

    def test_thumbnails_are_referenced_by_key(self):
        chat = transcript.Transcript()
        chat.add(transcript.REPLY, "Done.", thumbnail="t7")
        self.assertIn('<img src="easel-thumb:t7">', chat.to_html())

    def test_a_question_lists_each_reading_with_the_instruction_it_sends(self):
        from easel.easel_client import Reading
        text = transcript.question_text("More contrast or less?", [
            Reading("increase the contrast", "Increase the contrast — whole layer"),
            Reading("reduce the contrast", ""),
            Reading("undo", "undo")])
        self.assertEqual(["More contrast or less?",
                          "• Increase the contrast — whole layer (sends “increase the contrast”)",
                          "• “reduce the contrast”", "• “undo”"], text.splitlines())
        chat = transcript.Transcript()
        chat.add(transcript.QUESTION, text)
        html = chat.to_html()
        self.assertIn("Easel asks:</b> More contrast or less?<br>• Increase the contrast", html)
        self.assertIn("&lt;", transcript.Transcript([transcript.Entry(
            transcript.QUESTION, transcript.question_text("<?>", []))]).to_html())


if __name__ == "__main__":
    unittest.main()
