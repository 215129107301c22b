import re
import unittest

from conversation import (conversation_title, decode_conversation_id, encode_conversation_id,
                          new_conversation_id, parasite_bytes, parasite_data)


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

    def test_binary_parasite_data_is_signed_chars_as_gimp_takes_and_gives_them(self):
        # GIMP 3 types parasite data as gchar: list(b"PK\x03\x04…") with bytes above 127 made
        # Gimp.Parasite.new raise OverflowError, so no edit could keep its conversation.
        every_byte = bytes(range(256))
        values = parasite_data(every_byte)
        self.assertEqual(256, len(values))
        self.assertTrue(all(-128 <= v <= 127 for v in values))
        self.assertEqual(-53, values[203])
        self.assertEqual(every_byte, parasite_bytes(values))

    def test_parasite_bytes_accepts_bytes_and_unsigned_values(self):
        self.assertEqual(b"\xcbPK", parasite_bytes(b"\xcbPK"))
        self.assertEqual(b"\xcbPK", parasite_bytes([203, 80, 75]))
        with self.assertRaises(ValueError):
            parasite_bytes([300])

    def test_an_id_read_back_as_signed_chars(self):
        cid = "gimp:caf\u00e9"     # non-ASCII bytes come back negative from GIMP
        self.assertEqual(cid, decode_conversation_id(parasite_data(encode_conversation_id(cid))))

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
