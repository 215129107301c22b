"""easel_client.embedding without a daemon: the cap setting, the transcript lines, and how a
document's embedded copy is handed to the daemon (the daemon side is in test_e2e_daemon)."""
import unittest

from easel_client import DaemonError, embedding


class FakeClient:
    """Records what the plugin asked and answers as told."""

    def __init__(self, reply=None, error=None, export=(b"zip", [])):
        self.reply, self.error, self.export = reply, error, export
        self.calls = []

    def import_conversation(self, archive, conversation_id=None, timeout=-1, only_if_newer=False):
        self.calls.append(("import", archive, conversation_id, only_if_newer))
        if self.error:
            raise self.error
        return self.reply

    def export_conversation_capped(self, conversation_id, max_bytes, timeout=-1):
        self.calls.append(("export", conversation_id, max_bytes))
        if self.error:
            raise self.error
        return self.export


class CapSettingTest(unittest.TestCase):
    def test_megabytes_become_bytes_and_bad_settings_fall_back_to_the_default(self):
        self.assertEqual(embedding.max_bytes(32), 32 * 1024 * 1024)
        self.assertEqual(embedding.max_bytes("8"), 8 * 1024 * 1024)
        for bad in (None, "", "lots", 0, -5, 100000):
            self.assertEqual(embedding.max_bytes(bad), embedding.DEFAULT_MAX_MB * 1024 * 1024, bad)


class EmbedTest(unittest.TestCase):
    def test_the_export_is_asked_for_with_the_cap(self):
        client = FakeClient(export=(b"PK..", [1, 2, 3, 5]))
        embedded = embedding.embedded_copy(client, "krita:1", 1234)
        self.assertEqual(client.calls, [("export", "krita:1", 1234)])
        self.assertEqual(embedded.data, b"PK..")
        self.assertIn("turns 1–3, 5 only as plans and previews", embedded.note())
        self.assertIsNone(embedding.Embedded(b"PK", []).note(), "nothing to say when all fit")

    def test_a_conversation_the_daemon_does_not_have_embeds_nothing(self):
        client = FakeClient(error=DaemonError("unknown_conversation", "no such"))
        self.assertIsNone(embedding.embedded_copy(client, "krita:1", 1234))

    def test_other_daemon_errors_reach_the_plugin(self):
        client = FakeClient(error=DaemonError("storage_failed", "disk full"))
        with self.assertRaises(DaemonError):
            embedding.embedded_copy(client, "krita:1", 1234)


class RestoreTest(unittest.TestCase):
    def test_nothing_embedded_asks_nothing(self):
        client = FakeClient()
        self.assertIsNone(embedding.restore(client, "gimp:1", None))
        self.assertIsNone(embedding.restore(client, "gimp:1", b""))
        self.assertEqual(client.calls, [])

    def test_the_copy_is_offered_only_if_newer_under_the_documents_id(self):
        client = FakeClient(reply={"conversation": "gimp:1", "turns": 7, "imported": True,
                                   "copies": "unknown_here", "reason": "…"})
        self.assertEqual(embedding.restore(client, "gimp:1", bytearray(b"PK")),
                         "Restored this document's conversation from the file (7 turns).")
        self.assertEqual(client.calls, [("import", b"PK", "gimp:1", True)])

    def test_the_same_or_an_older_copy_is_silent_and_a_diverged_one_says_why(self):
        same = FakeClient(reply={"turns": 3, "imported": False, "copies": "same",
                                 "reason": "This daemon already has the same 3 turns."})
        self.assertIsNone(embedding.restore(same, "gimp:1", b"PK"))
        older = FakeClient(reply={"turns": 4, "imported": False, "copies": "daemon_newer",
                                  "reason": "This daemon's copy has 1 more turns; kept it."})
        self.assertIsNone(embedding.restore(older, "gimp:1", b"PK"))
        diverged = FakeClient(reply={"turns": 4, "imported": False, "copies": "diverged",
                                     "reason": "They went separate ways; kept this daemon's."})
        self.assertEqual(embedding.restore(diverged, "gimp:1", b"PK"),
                         "They went separate ways; kept this daemon's.")

    def test_a_damaged_copy_changes_nothing_and_says_so(self):
        client = FakeClient(error=DaemonError("bad_request", "it is not a readable archive."))
        line = embedding.restore(client, "gimp:1", b"junk")
        self.assertIn("could not be used, so nothing changed", line)
        self.assertIn("not a readable archive", line)


if __name__ == "__main__":
    unittest.main()
