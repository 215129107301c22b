"""EaselClient against a scripted fake daemon speaking PROTOCOL.md on 127.0.0.1.

Each test gives the fake a script: a function that runs in the fake's thread and talks to one
connection through a Peer (recv/expect/send). Everything the client sent is recorded.
"""
import json
import os
import shutil
import socket
import tempfile
import threading
import time
import traceback
import unittest

from easel_client import (Accepted, ClarificationNeeded, ConnectionLost, ConsentRequired, DaemonError,
                          DaemonNotRunning, EaselClient, EaselError, EaselTimeout, EditCancelled,
                          EditResult, FrameTooLarge, Image, Progress, ProtocolError,
                          ProtocolMismatch, Reading, Unauthorized)
from easel_client.framing import read_frame, send_frame

TOKEN = "0123456789abcdef" * 4
WELCOME = {"type": "welcome", "protocol": 1, "server": {"name": "easel", "version": "9.9.9"},
           "limits": {"maxHeaderBytes": 1048576, "maxAttachments": 8,
                      "maxAttachmentBytes": 1073741824, "maxImageSide": 16384,
                      "maxImagePixels": 67108864, "maxQueuedJobs": 16},
           "engines": [{"id": "classical", "available": True, "description": "fake"}],
           "models": [], "formats": ["rgba8", "bgra8", "rgba16", "rgbaf32", "a8"]}


class Peer:
    """The fake daemon's side of one connection."""

    def __init__(self, fake, conn):
        self.fake = fake
        self.conn = conn

    def recv(self):
        frame = read_frame(self.conn)
        if frame is not None:
            self.fake.received.append(frame)
        return frame

    def expect(self, kind):
        frame = self.recv()
        if frame is None:
            raise AssertionError("client closed the connection, expected %s" % kind)
        if frame.header.get("type") != kind:
            raise AssertionError("expected %s, got %r" % (kind, frame.header))
        return frame

    def send(self, header, attachments=()):
        send_frame(self.conn, header, attachments)

    def handshake(self, welcome=None):
        hello = self.expect("hello")
        assert hello.header["token"] == TOKEN, hello.header
        self.send(welcome or WELCOME)
        return hello


class FakeDaemon:
    def __init__(self, script):
        self.script = script
        self.received = []
        self.failures = []
        self.done = threading.Event()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        try:
            self.listener.settimeout(10)
            conn, _ = self.listener.accept()
            conn.settimeout(10)
            with conn:
                self.script(Peer(self, conn))
        except Exception:
            self.failures.append(traceback.format_exc())
        finally:
            self.listener.close()
            self.done.set()

    def types(self):
        return [f.header.get("type") for f in self.received]

    def finish(self, test):
        """Waits for the script to end and fails the test if it raised."""
        test.assertTrue(self.done.wait(10), "fake daemon script did not finish")
        test.assertEqual(self.failures, [], "fake daemon script failed")


def connect(fake, **kwargs):
    return EaselClient.connect(host="127.0.0.1", port=fake.port, token=TOKEN, timeout=5,
                               **kwargs)


def image_2x2():
    return Image(0, 0, 2, 2, "rgba8", bytes(range(16)))


def result_header(rid, layers, canvas=(2, 2), job="j-1"):
    return {"type": "result", "id": rid, "job": job, "message": "Done.",
            "plan": {"summary": "Convert to black and white", "engine": "classical"},
            "layers": layers, "canvas": {"width": canvas[0], "height": canvas[1]}}


def wait_until_closed(peer):
    """Reads until the client closes; returns the frames it still sent."""
    frames = []
    while True:
        frame = peer.recv()
        if frame is None:
            return frames
        frames.append(frame)


class HandshakeTest(unittest.TestCase):
    def test_handshake_exposes_welcome(self):
        def script(peer):
            hello = peer.handshake(dict(WELCOME, limits={"maxHeaderBytes": 5000}))
            assert hello.header["protocol"] == 1
            assert hello.header["client"] == {"name": "easel-test", "version": "1.2.3"}
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake, client_name="easel-test", client_version="1.2.3") as client:
            self.assertEqual(client.server_version, "9.9.9")
            self.assertEqual(client.engines[0]["id"], "classical")
            self.assertEqual(client.limits["maxHeaderBytes"], 5000)
            self.assertEqual(client.limits["maxAttachments"], 8)  # default filled in
            self.assertEqual(client.welcome["formats"], WELCOME["formats"])
        fake.finish(self)

    def test_connect_through_state_dir(self):
        def script(peer):
            peer.handshake()
            peer.expect("ping")
            peer.send({"type": "pong", "id": peer.fake.received[-1].header["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        state = tempfile.mkdtemp(prefix="easel-state-")
        self.addCleanup(shutil.rmtree, state, True)
        with open(os.path.join(state, "daemon.json"), "w") as f:
            json.dump({"host": "127.0.0.1", "port": fake.port, "pid": 1, "protocol": 1,
                       "version": "0.1.0"}, f)
        with open(os.path.join(state, "token"), "w") as f:
            f.write(TOKEN + "\n")
        with EaselClient.connect(state_dir=state, timeout=5) as client:
            self.assertGreaterEqual(client.ping(), 0.0)
            self.assertEqual(client.state_dir, state)
        fake.finish(self)

    def test_stale_daemon_json_means_not_running(self):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()  # nothing listens there now
        state = tempfile.mkdtemp(prefix="easel-state-")
        self.addCleanup(shutil.rmtree, state, True)
        with open(os.path.join(state, "daemon.json"), "w") as f:
            json.dump({"host": "127.0.0.1", "port": port, "pid": 1}, f)
        with open(os.path.join(state, "token"), "w") as f:
            f.write(TOKEN)
        with self.assertRaises(DaemonNotRunning) as ctx:
            EaselClient.connect(state_dir=state, timeout=5)
        self.assertIn("easel serve", str(ctx.exception))

    def test_unauthorized(self):
        def script(peer):
            peer.expect("hello")
            peer.send({"type": "error", "code": "unauthorized", "message": "Wrong token.",
                       "fatal": True})

        fake = FakeDaemon(script)
        state = tempfile.mkdtemp(prefix="easel-state-")
        self.addCleanup(shutil.rmtree, state, True)
        with open(os.path.join(state, "token"), "w") as f:
            f.write("f" * 64)
        with self.assertRaises(Unauthorized) as ctx:
            EaselClient.connect(state_dir=state, host="127.0.0.1", port=fake.port, timeout=5)
        self.assertEqual(ctx.exception.code, "unauthorized")
        # The message names the token file and the likely cause.
        self.assertIn(os.path.join(state, "token"), str(ctx.exception))
        self.assertIn("state director", str(ctx.exception))
        fake.finish(self)

    def test_unsupported_protocol(self):
        def script(peer):
            hello = peer.expect("hello")
            assert hello.header["protocol"] == 7
            peer.send({"type": "error", "code": "unsupported_protocol",
                       "message": "This daemon speaks protocol 1.", "fatal": True})

        fake = FakeDaemon(script)
        with self.assertRaises(ProtocolMismatch) as ctx:
            connect(fake, protocol=7)
        self.assertIn("protocol 1", str(ctx.exception))
        fake.finish(self)

    def test_connection_closed_during_handshake(self):
        fake = FakeDaemon(lambda peer: peer.expect("hello"))
        with self.assertRaises(ConnectionLost):
            connect(fake)
        fake.finish(self)

    def test_handshake_timeout(self):
        release = threading.Event()

        def script(peer):
            peer.expect("hello")
            release.wait(5)

        fake = FakeDaemon(script)
        start = time.monotonic()
        with self.assertRaises(EaselTimeout):
            EaselClient.connect(host="127.0.0.1", port=fake.port, token=TOKEN, timeout=0.3)
        self.assertLess(time.monotonic() - start, 3)
        release.set()
        fake.finish(self)


class RequestTest(unittest.TestCase):
    def test_ping_models_history(self):
        def script(peer):
            peer.handshake()
            ping = peer.expect("ping").header
            peer.send({"type": "pong", "id": ping["id"]})
            models = peer.expect("models").header
            peer.send({"type": "models", "id": models["id"], "engines": WELCOME["engines"],
                       "models": [{"id": "sd-turbo", "installed": False}]})
            hist = peer.expect("history").header
            assert hist["conversation"] == "doc-1", hist
            peer.send({"type": "history", "id": hist["id"], "conversation": "doc-1",
                       "title": "cat.kra", "turns": [{"turn": 1, "instruction": "warmer",
                                                      "status": "done"}]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            client.ping()
            self.assertEqual(client.models()["models"][0]["id"], "sd-turbo")
            history = client.history("doc-1")
            self.assertEqual(history["turns"][0]["instruction"], "warmer")
            self.assertEqual(history["title"], "cat.kra")
        fake.finish(self)
        ids = [f.header.get("id") for f in fake.received[1:]]
        self.assertEqual(len(set(ids)), 3, ids)  # client-chosen, distinct

    def test_unknown_type_error(self):
        def script(peer):
            peer.handshake()
            req = peer.expect("dance").header
            peer.send({"type": "error", "id": req["id"], "code": "unknown_type",
                       "message": "Unknown type dance.", "fatal": False})
            ping = peer.expect("ping").header
            peer.send({"type": "pong", "id": ping["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(DaemonError) as ctx:
                client.request({"type": "dance"})
            self.assertEqual(ctx.exception.code, "unknown_type")
            client.ping()  # still usable
        fake.finish(self)

    def test_ping_timeout_then_late_pong_is_ignored(self):
        def script(peer):
            peer.handshake()
            first = peer.expect("ping").header
            second = peer.expect("ping").header  # sent after the first timed out
            peer.send({"type": "pong", "id": first["id"]})  # late reply, nobody waits
            peer.send({"type": "pong", "id": second["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(EaselTimeout):
                client.ping(timeout=0.2)
            client.ping(timeout=5)
        fake.finish(self)

    def test_stray_error_without_id_does_not_end_the_wait(self):
        def script(peer):
            peer.handshake()
            ping = peer.expect("ping").header
            peer.send({"type": "error", "code": "bad_request", "message": "Not JSON.",
                       "fatal": False})
            peer.send({"type": "pong", "id": ping["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertLogs("easel_client", "WARNING"):
                client.ping()
            self.assertEqual([e.code for e in client.stray_errors], ["bad_request"])
        fake.finish(self)

    def test_fatal_error_ends_the_connection(self):
        def script(peer):
            peer.handshake()
            peer.expect("ping")
            peer.send({"type": "error", "code": "frame_too_large", "message": "Too big.",
                       "fatal": True})

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(DaemonError) as ctx:
                client.ping()
            self.assertEqual(ctx.exception.code, "frame_too_large")
            self.assertTrue(client.closed)
            with self.assertRaises(ConnectionLost):
                client.ping()
        fake.finish(self)

    def test_frame_over_announced_limits_is_refused_before_sending(self):
        def script(peer):
            peer.handshake(dict(WELCOME, limits={"maxAttachmentBytes": 8}))
            ping = peer.expect("ping").header  # the edit never arrives
            peer.send({"type": "pong", "id": ping["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(FrameTooLarge):
                client.edit("doc", "make it black and white", (2, 2), image_2x2())
            client.ping()
        fake.finish(self)
        self.assertEqual(fake.types(), ["hello", "ping"])

    def test_image_validation_before_sending(self):
        with self.assertRaises(ValueError) as ctx:
            Image(0, 0, 64, 64, "rgba8", b"\0" * 100)
        self.assertIn("16384", str(ctx.exception))
        self.assertIn("100", str(ctx.exception))
        for fmt, bpp in (("rgba8", 4), ("bgra8", 4), ("rgba16", 8), ("rgbaf32", 16), ("a8", 1)):
            Image(-3, 5, 3, 2, fmt, bytearray(6 * bpp))
            with self.assertRaises(ValueError):
                Image(0, 0, 3, 2, fmt, bytearray(6 * bpp + 1))
        for bad in (dict(width=0), dict(format="rgb8"), dict(x=1.5), dict(height=True)):
            args = dict(x=0, y=0, width=1, height=1, format="a8", data=b"\0")
            args.update(bad)
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                Image(**args)

        def script(peer):
            peer.handshake()
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(ValueError):  # selection must be a8
                client.edit("doc", "x", (2, 2), image_2x2(), selection=image_2x2())
            with self.assertRaises(ValueError):  # image must not be a8
                client.edit("doc", "x", (2, 2), Image(0, 0, 1, 1, "a8", b"\0"))
            with self.assertRaises(ValueError):
                client.edit("", "x", (2, 2), image_2x2())
            with self.assertRaises(ValueError):
                client.edit("doc", "", (2, 2), image_2x2())
            with self.assertRaises(ValueError):
                client.edit_events("doc", "x", (0, 2), image_2x2())  # checked at call time
        fake.finish(self)
        self.assertEqual(fake.types(), ["hello"])


class EditTest(unittest.TestCase):
    def test_edit_with_progress_and_result(self):
        layer_a = bytes([10, 20, 30, 255])
        layer_b = bytes(range(24))
        preview = bytes([1, 2, 3, 4])

        def script(peer):
            peer.handshake()
            edit = peer.expect("edit")
            h = edit.header
            assert h["conversation"] == {"id": "doc-1", "title": "cat.kra"}, h
            assert h["instruction"] == "make the selection black and white"
            assert h["canvas"] == {"width": 2, "height": 2}
            assert h["image"] == {"x": 0, "y": 0, "width": 2, "height": 2, "format": "rgba8",
                                  "attachment": 0}, h
            assert h["selection"] == {"x": 0, "y": 0, "width": 2, "height": 1, "format": "a8",
                                      "attachment": 1}, h
            assert h["options"] == {"seed": 42}
            assert h["attachments"] == [16, 2]
            assert bytes(edit.attachments[0]) == bytes(range(16))
            assert bytes(edit.attachments[1]) == b"\xff\x80"
            rid = h["id"]
            peer.send({"type": "accepted", "id": rid, "job": "j-7", "queuePosition": 1,
                       "plan": {"summary": "Convert to black and white", "engine": "classical",
                                "operations": [{"op": "grayscale", "amount": 1.0}]}})
            for step in range(1, 4):
                head = {"type": "progress", "id": rid, "job": "j-7", "step": step, "steps": 3,
                        "stage": "adjusting"}
                if step == 2:
                    head["preview"] = {"x": 0, "y": 0, "width": 1, "height": 1,
                                       "format": "rgba8", "attachment": 0}
                    peer.send(head, [preview])
                else:
                    peer.send(head)
            peer.send(result_header(rid, [
                {"name": "Easel: one", "x": 1, "y": 1, "width": 1, "height": 1,
                 "format": "rgba8", "attachment": 0},
                {"name": "Easel: two", "x": -1, "y": 0, "width": 3, "height": 2,
                 "format": "rgba8", "attachment": 1}]), [layer_a, layer_b])
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        accepted, progress = [], []
        with connect(fake) as client:
            result = client.edit("doc-1", "make the selection black and white", (2, 2),
                                 image_2x2(), selection=Image(0, 0, 2, 1, "a8", b"\xff\x80"),
                                 options={"seed": 42}, title="cat.kra",
                                 on_accepted=accepted.append, on_progress=progress.append,
                                 timeout=5)
        fake.finish(self)
        self.assertEqual(len(accepted), 1)
        self.assertEqual(accepted[0].job, "j-7")
        self.assertEqual(accepted[0].queue_position, 1)
        self.assertEqual(accepted[0].summary, "Convert to black and white")
        self.assertEqual([p.step for p in progress], [1, 2, 3])
        self.assertEqual(progress[2].fraction, 1.0)
        self.assertIsNone(progress[0].preview)
        self.assertEqual(bytes(progress[1].preview.data), preview)
        self.assertIsInstance(result, EditResult)
        self.assertEqual(result.job, "j-1")
        self.assertEqual(result.message, "Done.")
        self.assertEqual(result.canvas, (2, 2))
        self.assertEqual(result.plan["engine"], "classical")
        self.assertEqual([(l.name, l.x, l.y, l.width, l.height, l.format)
                          for l in result.layers],
                         [("Easel: one", 1, 1, 1, 1, "rgba8"), ("Easel: two", -1, 0, 3, 2, "rgba8")])
        self.assertEqual(bytes(result.layers[0].data), layer_a)
        self.assertEqual(bytes(result.layers[1].data), layer_b)
        self.assertEqual(result.layers[1].pixel(2, 1), bytes(range(20, 24)))

    def test_edit_events_generator(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "accepted", "id": rid, "job": "j-1", "queuePosition": 0,
                       "plan": {"summary": "s"}})
            peer.send({"type": "progress", "id": rid, "job": "j-1", "step": 0, "steps": 1,
                       "stage": "queued"})
            peer.send({"type": "something_new", "id": rid})  # later protocol additions
            peer.send(result_header(rid, []))
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            events = list(client.edit_events("doc", "x", {"width": 2, "height": 2},
                                             image_2x2()))
        fake.finish(self)
        self.assertEqual([type(e) for e in events], [Accepted, Progress, EditResult])

    def test_consent_required_names_the_engine_to_ask_about(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "error", "id": rid, "code": "consent_required", "fatal": False,
                       "engine": "openai",
                       "message": "This would send the selection and its surroundings to "
                                  "api.openai.com (gpt-image-1, engine openai)."})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(ConsentRequired) as ctx:
                client.edit("doc", "add a red hat", (2, 2), image_2x2())
            self.assertEqual("openai", ctx.exception.engine)
            self.assertIn("api.openai.com", str(ctx.exception))

    def test_error_frame_raises_daemon_error(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "accepted", "id": rid, "job": "j-1", "queuePosition": 0,
                       "plan": {}})
            peer.send({"type": "error", "id": rid, "code": "engine_failed",
                       "message": "The engine ran out of memory.", "fatal": False})
            ping = peer.expect("ping").header
            peer.send({"type": "pong", "id": ping["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(DaemonError) as ctx:
                client.edit("doc", "x", (2, 2), image_2x2())
            self.assertEqual(ctx.exception.code, "engine_failed")
            self.assertEqual(ctx.exception.message, "The engine ran out of memory.")
            self.assertFalse(ctx.exception.fatal)
            client.ping()
        fake.finish(self)
        self.assertNotIn("cancel", fake.types())  # a failed job is not cancelled

    def _cancel_script(self, got_cancel):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "accepted", "id": rid, "job": "j-3", "queuePosition": 0,
                       "plan": {}})
            peer.send({"type": "progress", "id": rid, "job": "j-3", "step": 0, "steps": 9,
                       "stage": "preparing"})
            cancel = peer.expect("cancel").header
            got_cancel.append(cancel)
            peer.send({"type": "cancel_ack", "id": cancel["id"], "job": "j-3", "found": True})
            peer.send({"type": "error", "id": rid, "code": "cancelled",
                       "message": "The edit was cancelled.", "fatal": False})
            wait_until_closed(peer)
        return script

    def test_cancel_from_another_thread(self):
        got_cancel = []
        fake = FakeDaemon(self._cancel_script(got_cancel))
        with connect(fake) as client:
            threads = []

            def on_accepted(event):
                # The GUI thread presses Cancel while this thread keeps waiting.
                t = threading.Thread(target=client.cancel)
                t.start()
                threads.append(t)

            with self.assertRaises(EditCancelled) as ctx:
                client.edit("doc", "x", (2, 2), image_2x2(), on_accepted=on_accepted, timeout=5)
            self.assertEqual(ctx.exception.code, "cancelled")
            for t in threads:
                t.join(5)
            self.assertEqual(client.last_cancel_ack["found"], True)
        fake.finish(self)
        self.assertEqual(got_cancel[0].get("job"), "j-3")

    def test_cancel_by_edit_id_before_accepted(self):
        got_cancel = []

        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            cancel = peer.expect("cancel").header
            got_cancel.append((rid, cancel))
            peer.send({"type": "cancel_ack", "id": cancel["id"], "found": True})
            peer.send({"type": "error", "id": rid, "code": "cancelled", "message": "Cancelled.",
                       "fatal": False})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            def press_cancel():
                # Wait until the edit is on the wire, then cancel without knowing the job.
                deadline = time.monotonic() + 5
                while client.cancel() == 0 and time.monotonic() < deadline:
                    time.sleep(0.01)

            t = threading.Thread(target=press_cancel)
            t.start()
            with self.assertRaises(EditCancelled):
                client.edit("doc", "x", (2, 2), image_2x2(), timeout=5)
            t.join(5)
        fake.finish(self)
        rid, cancel = got_cancel[0]
        self.assertEqual(cancel.get("edit"), rid)
        self.assertNotIn("job", cancel)

    def test_timeout_cancels_and_raises(self):
        got_cancel = threading.Event()
        cancels = []

        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "accepted", "id": rid, "job": "j-9", "queuePosition": 0,
                       "plan": {}})
            cancel = peer.expect("cancel").header  # the client gave up
            cancels.append(cancel)
            got_cancel.set()
            peer.send({"type": "cancel_ack", "id": cancel["id"], "job": "j-9", "found": True})
            peer.send({"type": "error", "id": rid, "code": "cancelled", "message": "Cancelled.",
                       "fatal": False})
            ping = peer.expect("ping").header
            peer.send({"type": "pong", "id": ping["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            start = time.monotonic()
            with self.assertRaises(EaselTimeout):
                client.edit("doc", "x", (2, 2), image_2x2(), timeout=0.4)
            self.assertLess(time.monotonic() - start, 3)
            self.assertTrue(got_cancel.wait(5), "no cancel frame after the timeout")
            self.assertEqual(cancels[0]["job"], "j-9")
            client.ping()  # the late cancelled error is skipped; the connection works
        fake.finish(self)

    def test_connection_closed_mid_edit(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "accepted", "id": rid, "job": "j-1", "queuePosition": 0,
                       "plan": {}})

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(ConnectionLost):
                client.edit("doc", "x", (2, 2), image_2x2(), timeout=5)
            with self.assertRaises(ConnectionLost):
                client.ping()
        fake.finish(self)

    def test_connection_closed_mid_frame(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            head = json.dumps(result_header(rid, [{"name": "l", "x": 0, "y": 0, "width": 2,
                                                   "height": 2, "format": "rgba8",
                                                   "attachment": 0}]))[:-1] + \
                ',"attachments":[16]}'
            raw = head.encode()
            peer.conn.sendall(len(raw).to_bytes(4, "big") + raw + b"\0" * 5)  # 11 bytes short

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(ConnectionLost):
                client.edit("doc", "x", (2, 2), image_2x2(), timeout=5)
        fake.finish(self)

    def test_replies_for_other_ids_interleaved(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "cancel_ack", "id": "c-unknown", "found": False})
            peer.send({"type": "pong", "id": "nobody-asked"})
            peer.send({"type": "accepted", "id": rid, "job": "j-1", "queuePosition": 0,
                       "plan": {}})
            peer.send({"type": "error", "id": "x-other", "code": "bad_image",
                       "message": "Not yours.", "fatal": False})
            # A ping from another thread while the edit runs: its pong goes to that thread.
            ping = peer.expect("ping").header
            peer.send({"type": "progress", "id": rid, "job": "j-1", "step": 1, "steps": 2,
                       "stage": "adjusting"})
            peer.send({"type": "pong", "id": ping["id"]})
            peer.send({"type": "progress", "id": rid, "job": "j-1", "step": 2, "steps": 2,
                       "stage": "compositing"})
            peer.send(result_header(rid, []))
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        pinged = []
        with connect(fake) as client:
            def on_accepted(event):
                t = threading.Thread(target=lambda: pinged.append(client.ping(timeout=5)))
                t.start()
                pinged.append(t)

            progress = []
            result = client.edit("doc", "x", (2, 2), image_2x2(), on_accepted=on_accepted,
                                 on_progress=progress.append, timeout=5)
            pinged[0].join(5)
        fake.finish(self)
        self.assertEqual(result.layers, [])
        self.assertEqual([p.step for p in progress], [1, 2])
        self.assertEqual(len(pinged), 2, "the ping from the other thread did not return")

    def test_abandoned_generator_cancels_the_job(self):
        got = []

        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "accepted", "id": rid, "job": "j-5", "queuePosition": 0,
                       "plan": {}})
            got.append(peer.expect("cancel").header)
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            events = client.edit_events("doc", "x", (2, 2), image_2x2())
            self.assertIsInstance(next(events), Accepted)
            events.close()
        fake.finish(self)
        self.assertEqual(got[0]["job"], "j-5")

    def test_bad_result_layer_is_a_protocol_error(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send(result_header(rid, [{"name": "l", "x": 0, "y": 0, "width": 2,
                                           "height": 2, "format": "rgba8", "attachment": 0}]),
                      [b"\0" * 3])
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            from easel_client import ProtocolError
            with self.assertRaises(ProtocolError):
                client.edit("doc", "x", (2, 2), image_2x2(), timeout=5)
        fake.finish(self)


# The golden clarify frame's header (protocol/testdata/vectors.json, "clarify").
CLARIFY_READINGS = [
    {"instruction": "increase the contrast", "summary": "Increase the contrast — whole layer"},
    {"instruction": "reduce the contrast", "summary": "Reduce the contrast — whole layer"}]


def clarify_header(rid):
    return {"type": "clarify", "id": rid, "question": "More contrast or less?",
            "readings": CLARIFY_READINGS}


class ClarifyTest(unittest.TestCase):
    """The daemon asks instead of guessing: one clarify frame ends the edit."""

    def test_clarify_ends_the_edit_and_a_reading_is_sent_as_a_new_edit(self):
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send(clarify_header(rid))
            again = peer.expect("edit").header
            assert again["instruction"] == "increase the contrast", again
            assert again["id"] != rid, "a chosen reading is a new edit"
            peer.send({"type": "accepted", "id": again["id"], "job": "j-2", "queuePosition": 0,
                       "plan": {"summary": "Increase the contrast"}})
            peer.send(result_header(again["id"], []))
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        accepted = []
        with connect(fake) as client:
            with self.assertRaises(ClarificationNeeded) as ctx:
                client.edit("doc", "contrast", (2, 2), image_2x2(), on_accepted=accepted.append,
                            timeout=5)
            asked = ctx.exception
            self.assertEqual([], accepted, "a clarified edit is never accepted")
            self.assertEqual("More contrast or less?", asked.question)
            self.assertEqual([Reading("increase the contrast",
                                      "Increase the contrast — whole layer"),
                              Reading("reduce the contrast", "Reduce the contrast — whole layer")],
                             asked.readings)
            self.assertEqual("clarify", asked.code)
            self.assertEqual("e1", asked.request_id)
            self.assertIsInstance(asked, EaselError, "plugins that catch EaselError show it")
            self.assertNotIsInstance(asked, DaemonError, "asking is not a failure")
            self.assertEqual('More contrast or less?\n'
                             '- "increase the contrast": Increase the contrast — whole layer\n'
                             '- "reduce the contrast": Reduce the contrast — whole layer', str(asked))
            result = client.edit("doc", asked.readings[0].instruction, (2, 2), image_2x2(),
                                 timeout=5)
            self.assertEqual("Done.", result.message)
        fake.finish(self)
        self.assertNotIn("cancel", fake.types(), "nothing was queued, so nothing is cancelled")

    def test_edit_events_raise_clarification_without_events(self):
        def script(peer):
            peer.handshake()
            peer.send(clarify_header(peer.expect("edit").header["id"]))
            ping = peer.expect("ping").header
            peer.send({"type": "pong", "id": ping["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            events = []
            with self.assertRaises(ClarificationNeeded):
                for event in client.edit_events("doc", "contrast", (2, 2), image_2x2(), timeout=5):
                    events.append(event)
            self.assertEqual([], events)
            client.ping()  # the connection carries on
        fake.finish(self)

    def test_readings_without_instruction_are_skipped_and_none_left_is_a_protocol_error(self):
        asked = ClarificationNeeded.from_header(
            {"type": "clarify", "id": "e9", "question": "Which one?",
             "readings": [{"instruction": "make it warmer"}, {"summary": "no instruction"},
                          "junk", {"instruction": "", "summary": "empty"},
                          {"instruction": "make it cooler", "summary": 3}]})
        self.assertEqual([Reading("make it warmer", ""), Reading("make it cooler", "")],
                         asked.readings)
        self.assertEqual("make it warmer", asked.readings[0].label, "no summary: the instruction")
        self.assertEqual("Increase", Reading("increase", "Increase").label)
        with self.assertRaises(ProtocolError):
            ClarificationNeeded.from_header({"type": "clarify", "id": "e9", "question": "?",
                                             "readings": [{"summary": "only a summary"}]})
        self.assertEqual("Which did you mean?", ClarificationNeeded.from_header(
            {"type": "clarify", "readings": [{"instruction": "a"}]}).question)

    def test_an_unknown_type_before_accepted_ends_the_edit(self):
        """How this client stays correct when a newer daemon ends an edit some new way."""
        def script(peer):
            peer.handshake()
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "suggest", "id": rid, "question": "Did you mean the sky?"})
            rid = peer.expect("edit").header["id"]
            peer.send({"type": "choose_later", "id": rid})
            ping = peer.expect("ping").header
            peer.send({"type": "pong", "id": ping["id"]})
            wait_until_closed(peer)

        fake = FakeDaemon(script)
        with connect(fake) as client:
            with self.assertRaises(EaselError) as ctx:
                client.edit("doc", "x", (2, 2), image_2x2(), timeout=5)
            self.assertEqual("Did you mean the sky?", str(ctx.exception))
            with self.assertRaises(EaselError) as ctx:
                client.edit("doc", "x", (2, 2), image_2x2(), timeout=5)
            self.assertIn("'choose_later'", str(ctx.exception))
            self.assertIn("Update the plugin", str(ctx.exception))
            client.ping()
        fake.finish(self)


if __name__ == "__main__":
    unittest.main()
