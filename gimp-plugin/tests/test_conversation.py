import re
import unittest

from conversation import (conversation_title, decode_conversation_id, encode_conversation_id,
                          new_conversation_id)


class ConversationIdTest(unittest.TestCase):
    def test_new_ids_are_unique_and_valid_for_the_protocol(self):
        ids = {new_conversation_id() for _ in range(100)}
        self.assertEqual(100, len(ids))
        for cid in ids:
            self.assertRegex(cid, r"^gimp:[0-9a-f]{32}$")

    def test_round_trip_through_parasite_bytes(self):
        cid = new_conversation_id()
        self.assertEqual(cid, decode_conversation_id(encode_conversation_id(cid)))

    def test_gimp_list_of_byte_values_is_accepted(self):
        # PyGObject returns a parasite's data as a list of ints
        self.assertEqual("gimp:abc", decode_conversation_id(list(b"gimp:abc")))

    def test_unusable_parasites_start_a_new_conversation(self):
        for raw in (None, b"", b"   ", b"\xff\xfe", b"x" * 129, b"a\x00b", [300]):
            with self.subTest(raw=raw):
                self.assertIsNone(decode_conversation_id(raw))

    def test_ids_from_other_tools_are_kept(self):
        self.assertEqual("krita:1234", decode_conversation_id(b"krita:1234"))


class TitleTest(unittest.TestCase):
    def test_file_name_wins(self):
        self.assertEqual("portrait.xcf", conversation_title("/home/a/art/portrait.xcf", "x"))

    def test_unsaved_image_uses_gimp_name(self):
        self.assertEqual("Untitled", conversation_title(None, "Untitled"))

    def test_nothing_known(self):
        self.assertIsNone(conversation_title(None, ""))


if __name__ == "__main__":
    unittest.main()
