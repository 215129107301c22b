"""DaemonLink (the docker's network thread) against a scripted fake daemon, under a real Qt
event loop: edits arrive through queued signals, Cancel from the GUI thread ends a running edit,
results come back converted to Krita's byte order, and shutting down closes the connection.

Needs PyQt5 (Debian's python3-pyqt5, which Krita uses too), so it is not part of the plain
unit suite: .ci/e2e.d/50-krita.sh runs it (pattern qt_test_*.py) before the Krita test.
"""
import json
import os
import socket
import tempfile
import threading
import time
import traceback
import unittest

from PyQt5.QtCore import QCoreApplication

from easel.daemon_link import DaemonLink
from easel.document_io import read_snapshot
from easel.easel_client import ClarificationNeeded, EditCancelled, Reading
from easel.easel_client.framing import read_frame, send_frame

from .krita_fakes import FakeDocument, FakeNode

TOKEN = "ab" * 32
WELCOME = {"type": "welcome", "protocol": 1, "server": {"name": "easel", "version": "0.1.0"},
           "engines": [{"id": "classical", "available": True}], "models": [],
           "formats": ["bgra8", "rgba16", "a8"]}
APP = QCoreApplication.instance() or QCoreApplication([])


def u16le(*values):
    return b"".join(v.to_bytes(2, "little") for v in values)


class FakeDaemon:
    """Listens on loopback, publishes itself in a state directory, runs ``script(conn)`` for
    the first connection after answering its hello."""

    def __init__(self, state_dir, script, refusal=None):
        self.script = script
        self.refusal = refusal  # an error header to answer hello with, instead of welcome
        self.received = []
        self.failures = []
        self.done = threading.Event()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        with open(os.path.join(state_dir, "token"), "w") as f:
            f.write(TOKEN)
        with open(os.path.join(state_dir, "daemon.json"), "w") as f:
            json.dump({"host": "127.0.0.1", "port": self.listener.getsockname()[1],
                       "protocol": 1}, f)
        threading.Thread(target=self._run, daemon=True).start()

    def recv(self, conn):
        frame = read_frame(conn)
        if frame is not None:
            self.received.append(frame.header)
        return frame

    def _run(self):
        try:
            self.listener.settimeout(10)
            conn, _ = self.listener.accept()
            conn.settimeout(10)
            with conn:
                hello = self.recv(conn)
                assert hello.header["token"] == TOKEN
                assert hello.header["client"]["name"] == "easel-krita"
                if self.refusal is not None:
                    send_frame(conn, self.refusal)
                    return
                send_frame(conn, WELCOME)
                self.script(self, conn)
        except Exception:
            self.failures.append(traceback.format_exc())
        finally:
            self.listener.close()
            self.done.set()


def wait_for(condition, timeout=10.0):
    """Runs the Qt event loop (queued signals from the link thread) until condition holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        APP.processEvents()
        time.sleep(0.01)
    return True


class DaemonLinkTest(unittest.TestCase):
    def setUp(self):
        self.state_dir = tempfile.mkdtemp(prefix="easel-link-test-")
        self.old_env = os.environ.get("EASEL_STATE_DIR")
        os.environ["EASEL_STATE_DIR"] = self.state_dir
        self.events = []
        self.link = DaemonLink()
        for name in ("statusChanged", "accepted", "progressed", "finished", "failed"):
            getattr(self.link, name).connect(
                lambda *args, name=name: self.events.append((name,) + args))

    def tearDown(self):
        self.link.shutdown()
        if self.old_env is None:
            os.environ.pop("EASEL_STATE_DIR", None)
        else:
            os.environ["EASEL_STATE_DIR"] = self.old_env

    def of(self, name):
        return [e for e in self.events if e[0] == name]

    def snapshot(self, depth="U8", data=None):
        document = FakeDocument(1, 1, depth=depth)
        document.add_layer(FakeNode("Paint", depth=depth, data=data or bytes([1, 2, 3, 255])))
        return read_snapshot(document, use_merged=False)

    def test_without_a_daemon_the_status_says_not_running(self):
        self.link.request_connect()
        self.assertTrue(wait_for(lambda: any(e[1].state != "connecting"
                                             for e in self.of("statusChanged"))))
        self.assertEqual(self.of("statusChanged")[-1][1].state, "not_running")

    def final_status_after_refusal(self, code, message):
        FakeDaemon(self.state_dir, None, refusal={"type": "error", "code": code,
                                                  "message": message, "fatal": True})
        self.link.request_connect()
        self.assertTrue(wait_for(lambda: any(e[1].state != "connecting"
                                             for e in self.of("statusChanged"))))
        return self.of("statusChanged")[-1][1]

    def test_a_refused_token_shows_bad_token_with_retry(self):
        status = self.final_status_after_refusal("unauthorized", "wrong token")
        self.assertEqual((status.state, status.action), ("bad_token", "retry"))
        self.assertIn(os.path.join(self.state_dir, "token"), status.detail)

    def test_another_protocol_version_shows_version_mismatch(self):
        status = self.final_status_after_refusal("unsupported_protocol", "speaks 2 only")
        self.assertEqual(status.state, "version_mismatch")
        self.assertIn("speaks 2 only", status.detail)

    def test_connecting_announces_the_engine_line(self):
        engines = []
        self.link.engineChanged.connect(engines.append)
        FakeDaemon(self.state_dir, lambda fake, conn: read_frame(conn))
        self.link.request_connect()
        self.assertTrue(wait_for(lambda: engines))
        self.assertEqual(engines[0], "Engine: classical · models: none installed")
        self.assertTrue(self.of("statusChanged")[-1][1].connected)

    def test_an_edit_reports_plan_progress_and_a_result_in_kritas_byte_order(self):
        def script(fake, conn):
            edit = fake.recv(conn).header
            assert edit["type"] == "edit" and edit["image"]["format"] == "rgba16", edit
            rid = edit["id"]
            send_frame(conn, {"type": "accepted", "id": rid, "job": "j-1", "queuePosition": 0,
                              "plan": {"summary": "Convert to black and white"}})
            send_frame(conn, {"type": "progress", "id": rid, "job": "j-1", "step": 1,
                              "steps": 2, "stage": "adjusting",
                              "preview": {"x": 0, "y": 0, "width": 1, "height": 1,
                                          "format": "rgba8", "attachment": 0}},
                       [bytes([5, 5, 5, 255])])
            send_frame(conn, {"type": "result", "id": rid, "job": "j-1", "message": "Done.",
                              "plan": {}, "canvas": {"width": 1, "height": 1},
                              "layers": [{"name": "Easel: bw", "x": 0, "y": 0, "width": 1,
                                          "height": 1, "format": "rgba16",
                                          "attachment": 0}]},
                       [u16le(300, 200, 100, 65535)])
            read_frame(conn)  # until the link closes

        fake = FakeDaemon(self.state_dir, script)
        self.link.request_edit(1, self.snapshot("U16", u16le(1, 2, 3, 4)), "bw", {})
        self.assertTrue(wait_for(lambda: self.of("finished") or self.of("failed")), self.events)
        self.assertEqual(self.of("failed"), [])
        self.assertEqual(self.of("accepted")[0][2].summary, "Convert to black and white")
        progress = self.of("progressed")[0][2]
        self.assertEqual((progress.stage, progress.fraction), ("adjusting", 0.5))
        self.assertEqual(progress.preview.data, bytes([5, 5, 5, 255]))
        prepared = self.of("finished")[0][2]
        self.assertEqual(prepared.layers[0].name, "Easel: bw")
        self.assertEqual(prepared.layers[0].native, u16le(100, 200, 300, 65535))  # BGRA again
        self.assertEqual(fake.received[1]["conversation"]["title"], "portrait.kra")
        self.link.shutdown()
        self.assertTrue(fake.done.wait(10))
        self.assertEqual(fake.failures, [])

    def test_cancel_from_the_gui_thread_ends_the_running_edit(self):
        def script(fake, conn):
            edit = fake.recv(conn).header
            send_frame(conn, {"type": "accepted", "id": edit["id"], "job": "j-9",
                              "queuePosition": 0, "plan": {"summary": "s"}})
            cancel = fake.recv(conn).header
            assert cancel["type"] == "cancel" and cancel["job"] == "j-9", cancel
            send_frame(conn, {"type": "cancel_ack", "id": cancel["id"], "job": "j-9",
                              "found": True})
            send_frame(conn, {"type": "error", "id": edit["id"], "code": "cancelled",
                              "message": "The edit was cancelled.", "fatal": False})
            read_frame(conn)

        fake = FakeDaemon(self.state_dir, script)
        self.link.request_edit(7, self.snapshot(), "slow", {})
        self.assertTrue(wait_for(lambda: self.of("accepted")), self.events)
        self.assertTrue(self.link.cancel())
        self.assertTrue(wait_for(lambda: self.of("failed")), self.events)
        ticket, error = self.of("failed")[0][1:]
        self.assertEqual(ticket, 7)
        self.assertIsInstance(error, EditCancelled)
        self.assertEqual(self.of("finished"), [])

    def test_a_question_ends_the_edit_and_the_chosen_reading_runs_as_a_new_one(self):
        def script(fake, conn):
            edit = fake.recv(conn).header
            send_frame(conn, {"type": "clarify", "id": edit["id"],
                              "question": "More contrast or less?",
                              "readings": [{"instruction": "increase the contrast",
                                            "summary": "Increase the contrast — whole layer"},
                                           {"instruction": "reduce the contrast",
                                            "summary": "Reduce the contrast — whole layer"}]})
            again = fake.recv(conn).header
            assert again["instruction"] == "increase the contrast", again
            send_frame(conn, {"type": "accepted", "id": again["id"], "job": "j-1",
                              "queuePosition": 0, "plan": {"summary": "Increase the contrast"}})
            send_frame(conn, {"type": "result", "id": again["id"], "job": "j-1",
                              "message": "Done.", "plan": {}, "canvas": {"width": 1, "height": 1},
                              "layers": []})
            read_frame(conn)

        fake = FakeDaemon(self.state_dir, script)
        self.link.request_edit(4, self.snapshot(), "contrast", {})
        self.assertTrue(wait_for(lambda: self.of("failed")), self.events)
        ticket, asked = self.of("failed")[0][1:]
        self.assertEqual(ticket, 4)
        self.assertIsInstance(asked, ClarificationNeeded)
        self.assertEqual(asked.readings[0], Reading("increase the contrast",
                                                    "Increase the contrast — whole layer"))
        self.assertEqual(self.of("accepted"), [])
        self.assertTrue(self.of("statusChanged")[-1][1].connected, "asking is no connection problem")
        self.link.request_edit(5, self.snapshot(), asked.readings[0].instruction, {})
        self.assertTrue(wait_for(lambda: self.of("finished")), self.events)
        self.assertEqual(self.of("finished")[0][1], 5)
        self.assertEqual([h["type"] for h in fake.received], ["hello", "edit", "edit"],
                         "one connection: nothing to cancel, no reconnect")

    def test_shutting_down_closes_the_connection_so_the_daemon_cancels(self):
        closed = threading.Event()

        def script(fake, conn):
            while fake.recv(conn) is not None:  # the edit (never answered), then a cancel
                pass
            closed.set()

        fake = FakeDaemon(self.state_dir, script)
        self.link.request_edit(3, self.snapshot(), "forever", {})
        self.assertTrue(wait_for(lambda: len(fake.received) >= 2))
        self.link.shutdown()
        self.assertTrue(closed.wait(10), "the daemon never saw the connection close")
        self.assertEqual([h["type"] for h in fake.received], ["hello", "edit", "cancel"])
        self.assertEqual(fake.failures, [])

    def test_after_an_edit_the_conversation_is_exported_for_the_document_within_the_cap(self):
        def script(fake, conn):
            edit = fake.recv(conn).header
            send_frame(conn, {"type": "result", "id": edit["id"], "job": "j-1", "message": "Done.",
                              "plan": {}, "canvas": {"width": 1, "height": 1}, "layers": []})
            export = fake.recv(conn).header
            send_frame(conn, {"type": "export", "id": export["id"],
                              "conversation": export["conversation"], "bytes": 4,
                              "turns_without_pixels": [1, 2]}, [b"PK.."])
            read_frame(conn)

        embedded, noted = [], []
        self.link.embedded.connect(lambda conversation, copy: embedded.append((conversation, copy)))
        self.link.noted.connect(lambda conversation, text: noted.append(text))
        self.link.embed_cap_bytes = 5 * 1024 * 1024
        fake = FakeDaemon(self.state_dir, script)
        snapshot = self.snapshot()
        self.link.request_edit(6, snapshot, "warmer", {})
        self.assertTrue(wait_for(lambda: embedded or noted), self.events)
        self.assertEqual(noted, [])
        conversation, copy = embedded[0]
        self.assertEqual(conversation, snapshot.conversation_id)
        self.assertEqual((copy.data, copy.turns_without_pixels), (b"PK..", [1, 2]))
        export = [h for h in fake.received if h["type"] == "export"][0]
        self.assertEqual((export["conversation"], export["max_bytes"]),
                         (snapshot.conversation_id, 5 * 1024 * 1024))
        self.assertTrue(self.of("finished"), "the result is inserted before the export is asked for")

    def test_opening_a_document_offers_its_embedded_conversation_before_the_history(self):
        def script(fake, conn):
            imported = read_frame(conn)
            fake.received.append(imported.header)
            fake.attachment = bytes(imported.attachments[0])
            send_frame(conn, {"type": "import", "id": imported.header["id"],
                              "conversation": "krita:opened", "turns": 2, "imported": True,
                              "copies": "unknown_here", "reason": "…"})
            history = fake.recv(conn).header
            send_frame(conn, {"type": "history", "id": history["id"],
                              "conversation": "krita:opened", "turns": []})
            read_frame(conn)

        loaded, noted = [], []
        self.link.historyLoaded.connect(lambda conversation, history: loaded.append(conversation))
        self.link.noted.connect(lambda conversation, text: noted.append((conversation, text)))
        fake = FakeDaemon(self.state_dir, script)
        self.link.request_history("krita:opened", b"PK-embedded")
        self.assertTrue(wait_for(lambda: loaded), self.events)
        self.assertEqual([h["type"] for h in fake.received], ["hello", "import", "history"])
        self.assertEqual(fake.received[1]["only_if_newer"], True)
        self.assertEqual(fake.received[1]["conversation"], "krita:opened")
        self.assertEqual(fake.attachment, b"PK-embedded")
        self.assertEqual(noted, [("krita:opened",
                                  "Restored this document's conversation from the file (2 turns).")])


if __name__ == "__main__":
    unittest.main()
