import unittest

from easel import conversation


class ConversationIdTest(unittest.TestCase):
    def test_new_ids_are_unique_and_fit_the_protocol(self):
        a, b = conversation.new_conversation_id(), conversation.new_conversation_id()
        self.assertNotEqual(a, b)
        self.assertTrue(a.startswith("krita:"))
        self.assertLessEqual(len(a), 128)

    def test_a_stored_id_reads_back(self):
        new = conversation.new_conversation_id()
        self.assertEqual(conversation.decode(conversation.encode(new)), new)

    def test_unusable_stored_values_mean_no_conversation(self):
        for stored in (None, b"", b"   ", b"\xff\xfe", b"x" * 129, b"bad\x00id"):
            self.assertIsNone(conversation.decode(stored), stored)

    def test_title_is_the_file_name(self):
        self.assertEqual(conversation.title_for("/home/a/art/portrait.kra"), "portrait.kra")
        self.assertEqual(conversation.title_for("", "Sketch 3"), "Sketch 3")
        self.assertEqual(conversation.title_for("", ""), "Untitled")


if __name__ == "__main__":
    unittest.main()
