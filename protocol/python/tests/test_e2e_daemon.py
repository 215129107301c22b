"""End-to-end: the Python client against the real daemon jar, checked against PROTOCOL.md.

Needs EASEL_SERVER_JAR (the Maven build sets it to installer/target/easel.jar). Without it these
tests are skipped, unless EASEL_REQUIRE_E2E=1, in which case they fail: a build that is meant to
run them must not pass silently without them.
"""
import io
import json
import math
import os
import re
import shutil
import socket
import stat
import struct
import subprocess
import tempfile
import time
import unittest
import uuid

from easel_client import (ClarificationNeeded, DaemonError, EaselClient, EditCancelled, Image,
                          ProtocolMismatch, Reading, Unauthorized, embedding)
from easel_client.discovery import read_daemon_info, read_token
from easel_client.framing import encode_frame, read_frame

JAR = os.environ.get("EASEL_SERVER_JAR")
REQUIRE = os.environ.get("EASEL_REQUIRE_E2E") == "1"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
REQUEST_TIMEOUT = 30.0
EDIT_TIMEOUT = 120.0


def require_jar():
    if not JAR:
        if REQUIRE:
            raise AssertionError("EASEL_REQUIRE_E2E=1 but EASEL_SERVER_JAR is not set: the "
                                 "end-to-end tests against the daemon cannot run")
        raise unittest.SkipTest("EASEL_SERVER_JAR is not set (the Maven build sets it to "
                                "installer/target/easel.jar); skipping the daemon end-to-end tests")
    if not os.path.isfile(JAR):
        raise AssertionError("EASEL_SERVER_JAR=%s does not exist (build it with mvn package)"
                             % JAR)


def java_command():
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = os.path.join(home, "bin", "java.exe" if os.name == "nt" else "java")
        if os.path.isfile(candidate):
            return candidate
    return "java"


class Daemon:
    """`java -jar $EASEL_SERVER_JAR serve --port 0 [--state-dir DIR] [extra args]` as a child
    process. The GIMP plug-in's and the Py4J gateway's suites load this class too."""

    def __init__(self, state_dir, pass_flag=True, env_state_dir=None, extra_args=()):
        self.state_dir = state_dir
        self.daemon_json = os.path.join(state_dir, "daemon.json")
        self.log_dir = tempfile.mkdtemp(prefix="easel-e2e-log-")
        self.log_path = os.path.join(self.log_dir, "daemon.log")
        env = dict(os.environ)
        env.pop("EASEL_STATE_DIR", None)
        if env_state_dir is not None:
            env["EASEL_STATE_DIR"] = env_state_dir
        args = [java_command(), "-jar", JAR, "serve", "--port", "0"]
        if pass_flag:
            args += ["--state-dir", state_dir]
        args += list(extra_args)
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=env)
        self._wait_ready()

    def output(self):
        if not self.log.closed:
            self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")[-8000:]

    def _wait_ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("the daemon exited with %s before writing %s; output:\n%s"
                                     % (self.proc.returncode, self.daemon_json, self.output()))
            try:
                self.info = read_daemon_info(self.state_dir)
                return
            except Exception:
                time.sleep(0.05)
        self.stop()
        raise AssertionError("no %s after %s s; daemon output:\n%s"
                             % (self.daemon_json, START_TIMEOUT, self.output()))

    def stop(self):
        """SIGTERM (a clean shutdown), then kill after STOP_TIMEOUT. Returns the exit code."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(STOP_TIMEOUT)
                self.log.close()
                raise AssertionError("the daemon ignored SIGTERM for %s s and was killed; "
                                     "output:\n%s" % (STOP_TIMEOUT, self.output()))
        self.log.close()
        return self.proc.returncode

    def cleanup(self):
        shutil.rmtree(self.log_dir, ignore_errors=True)

    def client(self, **kwargs):
        kwargs.setdefault("timeout", REQUEST_TIMEOUT)
        return EaselClient.connect(state_dir=self.state_dir, **kwargs)

    def raw(self, handshake=True):
        return Raw(self.info.host, self.info.port, read_token(self.state_dir), handshake)


class Raw:
    """A bare socket for sending what the client never would (broken frames, HTTP, ...)."""

    def __init__(self, host, port, token, handshake):
        self.sock = socket.create_connection((host, port), timeout=REQUEST_TIMEOUT)
        self.welcome = None
        if handshake:
            self.send({"type": "hello", "protocol": 1, "token": token,
                       "client": {"name": "easel-e2e-raw", "version": "0"}})
            self.welcome = self.recv()
            assert self.welcome.header["type"] == "welcome", self.welcome.header

    def send(self, header, attachments=()):
        self.sock.sendall(encode_frame(header, attachments))

    def send_bytes(self, data):
        self.sock.sendall(data)

    def recv(self):
        return read_frame(self.sock)

    def recv_error(self, test, code, fatal):
        frame = self.recv()
        test.assertIsNotNone(frame, "connection closed instead of a %s error" % code)
        header = frame.header
        test.assertEqual(header.get("type"), "error", header)
        test.assertEqual(header.get("code"), code, header)
        test.assertEqual(header.get("fatal"), fatal, header)
        test.assertIsInstance(header.get("message"), str, header)
        test.assertTrue(header["message"], header)
        return header

    def assert_closed(self, test):
        """The daemon closes the connection (EOF or reset) without sending anything else."""
        try:
            data = self.sock.recv(1)
        except ConnectionResetError:
            data = b""
        test.assertEqual(data, b"", "the connection should have been closed")

    def close(self):
        self.sock.close()


# ---------------------------------------------------------------------------------------------
# Pixels

def gradient_rgba8(width, height):
    """Opaque, colourful and never grey: R follows x, G follows y, B is a mix."""
    px = bytearray(width * height * 4)
    for y in range(height):
        for x in range(width):
            i = (y * width + x) * 4
            px[i] = 30 + (x * 200) // max(1, width - 1)
            px[i + 1] = 230 - (y * 200) // max(1, height - 1)
            px[i + 2] = (x * 37 + y * 11) % 256
            px[i + 3] = 255
    return bytes(px)


def convert(rgba8, fmt):
    """rgba8 bytes in another protocol format."""
    if fmt == "rgba8":
        return rgba8
    if fmt == "bgra8":
        out = bytearray(rgba8)
        out[0::4], out[2::4] = rgba8[2::4], rgba8[0::4]
        return bytes(out)
    if fmt == "rgba16":
        return struct.pack("<%dH" % len(rgba8), *(c * 257 for c in rgba8))
    if fmt == "rgbaf32":
        return struct.pack("<%df" % len(rgba8), *(c / 255.0 for c in rgba8))
    raise ValueError(fmt)


def channels(image, px, py):
    """(r, g, b, a) of a pixel, in the format's own units, and the format's opaque alpha."""
    raw = image.pixel(px, py)
    if image.format == "rgba8":
        return tuple(raw), 255
    if image.format == "bgra8":
        return (raw[2], raw[1], raw[0], raw[3]), 255
    if image.format == "rgba16":
        return struct.unpack("<4H", raw), 65535
    if image.format == "rgbaf32":
        return struct.unpack("<4f", raw), 1.0
    raise AssertionError("unexpected layer format %s" % image.format)


def composite_rgba8(source, width, layer):
    """An rgba8 result layer placed over the opaque ``source`` with normal blending."""
    out = bytearray(source)
    data = bytes(layer.data)
    for y in range(layer.height):
        for x in range(layer.width):
            p = (y * layer.width + x) * 4
            s = ((layer.y + y) * width + layer.x + x) * 4
            a = data[p + 3]
            for c in range(3):
                out[s + c] = (data[p + c] * a + source[s + c] * (255 - a) + 127) // 255
    return bytes(out)


def soft_ellipse(width, height):
    """A soft elliptical a8 mask as a host makes it when feathering: 255 inside, ramping to 0."""
    mask = bytearray(width * height)
    for y in range(height):
        for x in range(width):
            d = math.hypot((x - width / 2) / (width * 0.3), (y - height / 2) / (height * 0.3))
            mask[y * width + x] = int(round(255 * max(0.0, min(1.0, (1.3 - d) / 0.6))))
    return mask


W, H = 64, 48
SEL_X, SEL_Y, SEL_W, SEL_H = 22, 16, 20, 16   # the selected rectangle, in the middle
MARGIN = 5                                      # > the default 4 px feather
BW = "make the selection black and white"


class EndToEndTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require_jar()
        cls.state_dir = tempfile.mkdtemp(prefix="easel-e2e-")
        cls.daemon = Daemon(cls.state_dir)

    @classmethod
    def tearDownClass(cls):
        try:
            cls.daemon.stop()
            if os.name != "nt":  # SIGTERM is a clean shutdown only on POSIX
                assert not os.path.exists(cls.daemon.daemon_json), \
                    "daemon.json was not removed on clean shutdown; output:\n" + \
                    cls.daemon.output()
        finally:
            cls.daemon.cleanup()
            shutil.rmtree(cls.state_dir, ignore_errors=True)

    def setUp(self):
        self.client = self.daemon.client()
        self.addCleanup(self.client.close)

    def fail_with_log(self, msg):
        self.fail("%s\ndaemon output:\n%s" % (msg, self.daemon.output()))

    # -- the headline ---------------------------------------------------------------------------

    def run_black_and_white(self, fmt):
        source = gradient_rgba8(W, H)
        image = Image(0, 0, W, H, fmt, convert(source, fmt))
        selection = Image(SEL_X, SEL_Y, SEL_W, SEL_H, "a8", b"\xff" * (SEL_W * SEL_H))
        accepted, progress = [], []
        result = self.client.edit("e2e-bw-" + uuid.uuid4().hex, BW, (W, H), image,
                                  selection=selection, title="gradient.kra",
                                  on_accepted=accepted.append, on_progress=progress.append,
                                  timeout=EDIT_TIMEOUT)
        self.assertEqual(len(accepted), 1)
        self.assertTrue(accepted[0].job)
        self.assertIsInstance(accepted[0].summary, str)
        self.assertTrue(accepted[0].summary.strip(), "accepted.plan has no summary: %r"
                        % accepted[0].header)
        self.assertGreaterEqual(len(progress), 1, "no progress event")
        for p in progress:
            self.assertEqual(p.job, accepted[0].job)
            self.assertTrue(0 <= p.step <= p.steps or p.steps == 0, p)
        self.assertEqual(result.job, accepted[0].job)
        self.assertTrue(result.message)
        self.assertEqual(result.canvas, (W, H))
        self.assertEqual(len(result.layers), 1, result.layers)
        layer = result.layers[0]
        self.assertEqual(layer.format, fmt)
        # Bounds: contain the selection, stay within the image.
        self.assertLessEqual(layer.x, SEL_X)
        self.assertLessEqual(layer.y, SEL_Y)
        self.assertGreaterEqual(layer.x + layer.width, SEL_X + SEL_W)
        self.assertGreaterEqual(layer.y + layer.height, SEL_Y + SEL_H)
        self.assertGreaterEqual(layer.x, 0)
        self.assertGreaterEqual(layer.y, 0)
        self.assertLessEqual(layer.x + layer.width, W)
        self.assertLessEqual(layer.y + layer.height, H)

        src = Image(0, 0, W, H, "rgba8", source)
        inside = outside = 0
        for cy in range(layer.y, layer.y + layer.height):
            for cx in range(layer.x, layer.x + layer.width):
                (r, g, b, a), opaque = channels(layer, cx - layer.x, cy - layer.y)
                deep_inside = (SEL_X + MARGIN <= cx < SEL_X + SEL_W - MARGIN and
                               SEL_Y + MARGIN <= cy < SEL_Y + SEL_H - MARGIN)
                far_outside = (cx < SEL_X - MARGIN or cx >= SEL_X + SEL_W + MARGIN or
                               cy < SEL_Y - MARGIN or cy >= SEL_Y + SEL_H + MARGIN)
                where = "canvas pixel (%d, %d) of the %s layer" % (cx, cy, fmt)
                if deep_inside:
                    inside += 1
                    self.assertTrue(r == g == b, "%s is not grey: %r" % (where, (r, g, b, a)))
                    self.assertEqual(a, opaque, where)
                    # A grey from any luminance formula lies between the source's channels.
                    sr, sg, sb, _ = src.pixel(cx, cy)
                    self.assertNotEqual(len({sr, sg, sb}), 1, "test image must not be grey")
                    grey = r * 255.0 / opaque
                    self.assertTrue(min(sr, sg, sb) - 1.5 <= grey <= max(sr, sg, sb) + 1.5,
                                    "%s: grey %s outside the source's range %r"
                                    % (where, grey, (sr, sg, sb)))
                elif far_outside:
                    outside += 1
                    self.assertEqual(a, 0, "%s is outside the selection but visible: %r"
                                     % (where, (r, g, b, a)))
        self.assertEqual(inside, (SEL_W - 2 * MARGIN) * (SEL_H - 2 * MARGIN))
        return result

    def test_selection_black_and_white_rgba8(self):
        self.run_black_and_white("rgba8")

    def test_other_formats_come_back_in_the_same_format(self):
        for fmt in ("bgra8", "rgba16", "rgbaf32"):
            with self.subTest(fmt):
                self.run_black_and_white(fmt)

    # -- simple requests ------------------------------------------------------------------------

    def test_extend_canvas_reports_new_size_and_offset(self):
        source = gradient_rgba8(W, H)
        image = Image(0, 0, W, H, "rgba8", source)
        result = self.client.edit("e2e-extend-" + uuid.uuid4().hex, "extend the canvas to the left by 16 px",
                                  (W, H), image, timeout=EDIT_TIMEOUT)
        self.assertEqual(result.canvas, (W + 16, H))
        self.assertEqual(result.canvas_offset, (16, 0))
        self.assertEqual(len(result.layers), 1, result.layers)
        layer = result.layers[0]
        self.assertEqual((layer.x, layer.y, layer.width, layer.height), (0, 0, 16, H))
        alphas = bytes(layer.data)[3::4]
        self.assertEqual(alphas, b"\xff" * (16 * H), "the new strip is opaque")

    def edit_through_mask(self, mask, instruction=BW):
        """``instruction`` on the gradient through an a8 ``mask`` over the canvas; returns the
        source, the canvas after the result layer is placed over it (normal blending, as the
        plugins' hosts do) and the whole layer made grey."""
        source = gradient_rgba8(W, H)
        image = Image(0, 0, W, H, "rgba8", source)
        conversation = "e2e-coverage-" + uuid.uuid4().hex
        result = self.client.edit(conversation, instruction, (W, H), image,
                                  selection=Image(0, 0, W, H, "a8", bytes(mask)), timeout=EDIT_TIMEOUT)
        everywhere = self.client.edit(conversation, "make it black and white", (W, H), image,
                                      timeout=EDIT_TIMEOUT)
        return source, composite_rgba8(source, W, result.layers[0]), \
            composite_rgba8(source, W, everywhere.layers[0]), result

    def assert_follows_coverage(self, mask):
        source, after, grey, result = self.edit_through_mask(mask)
        self.assertTrue(result.plan["summary"].endswith("inside the selection, exactly as selected"),
                        result.plan["summary"])
        full = 0
        for i, m in enumerate(mask):
            p = i * 4
            if m == 0:
                self.assertEqual(after[p:p + 4], source[p:p + 4], "coverage 0 changed at %d" % i)
            elif m == 255:
                full += 1
                self.assertEqual(after[p:p + 4], grey[p:p + 4], "coverage 255 not fully grey at %d" % i)
            else:
                for c in range(3):
                    expected = m / 255.0 * grey[p + c] + (1 - m / 255.0) * source[p + c]
                    self.assertLessEqual(abs(after[p + c] - expected), 2.0,
                                         "coverage %d at %d channel %d" % (m, i, c))
        self.assertGreater(full, 50)

    def test_adjustments_follow_a_hard_rectangle_exactly(self):
        mask = bytearray(W * H)
        for y in range(SEL_Y, SEL_Y + SEL_H):
            for x in range(SEL_X, SEL_X + SEL_W):
                mask[y * W + x] = 255
        self.assert_follows_coverage(mask)

    def test_adjustments_follow_a_soft_ellipse_by_its_coverage(self):
        mask = soft_ellipse(W, H)
        self.assertTrue(any(0 < m < 255 for m in mask))
        self.assert_follows_coverage(mask)

    def test_a_soft_edge_when_asked_for(self):
        mask = bytearray(W * H)
        for y in range(SEL_Y, SEL_Y + SEL_H):
            for x in range(SEL_X, SEL_X + SEL_W):
                mask[y * W + x] = 255
        source, after, _, result = self.edit_through_mask(mask, BW + " with a soft edge")
        self.assertIn("soft edge of 8 px", result.plan["summary"])
        outside = (SEL_Y + 4) * W + SEL_X - 2       # 2 px left of the selection
        self.assertNotEqual(after[outside * 4:outside * 4 + 4], source[outside * 4:outside * 4 + 4],
                            "the soft edge reaches outside the selection")

    def test_undo_of_an_extension_takes_the_canvas_back(self):
        conversation = "e2e-extend-undo-" + uuid.uuid4().hex
        source = gradient_rgba8(W, H)
        extended = self.client.edit(conversation, "extend the canvas to the top by 8 px", (W, H),
                                    Image(0, 0, W, H, "rgba8", source), timeout=EDIT_TIMEOUT)
        self.assertEqual((extended.canvas, extended.canvas_offset), ((W, H + 8), (0, 8)))
        bigger = bytes(extended.layers[0].data) + source   # the strip on top of the old canvas
        undone = self.client.edit(conversation, "undo", (W, H + 8),
                                  Image(0, 0, W, H + 8, "rgba8", bigger), timeout=EDIT_TIMEOUT)
        self.assertEqual(undone.canvas, (W, H), undone.message)
        self.assertEqual(undone.canvas_offset, (0, -8), "the strip at the top goes again")
        self.assertEqual(undone.layers, [], "the old pixels are still in the document")
        self.assertIn("%d×%d px again" % (W, H), undone.message)
        turns = self.client.history(conversation, thumbnails=False)["turns"]
        self.assertEqual(turns[0]["parameters"]["canvasAfter"],
                         {"width": W, "height": H + 8, "offset": {"x": 0, "y": 8}})
        self.assertEqual(turns[1]["parameters"]["canvasAfter"],
                         {"width": W, "height": H, "offset": {"x": 0, "y": -8}})

    def test_welcome_ping_models(self):
        self.assertEqual(self.client.welcome.get("protocol"), 1)
        self.assertTrue(self.client.server_version)
        for key in ("maxHeaderBytes", "maxAttachments", "maxAttachmentBytes", "maxImageSide",
                    "maxImagePixels", "maxQueuedJobs"):
            self.assertIsInstance(self.client.welcome["limits"].get(key), int, key)
        self.assertEqual(set(self.client.welcome.get("formats", [])),
                         {"rgba8", "bgra8", "rgba16", "rgbaf32", "a8"})
        self.assertIn("classical", [e.get("id") for e in self.client.engines])
        self.assertGreaterEqual(self.client.ping(), 0.0)
        models = self.client.models()
        self.assertIn("classical", [e.get("id") for e in models["engines"]])
        self.assertIsInstance(models.get("models"), list)

    def test_history_lists_the_turn(self):
        conversation = "e2e-history-" + uuid.uuid4().hex
        self.assertEqual(self.client.history(conversation)["turns"], [])
        image = Image(0, 0, 8, 8, "rgba8", gradient_rgba8(8, 8))
        result = self.client.edit(conversation, BW, (8, 8), image, title="hist.kra",
                                  timeout=EDIT_TIMEOUT)
        history = self.client.history(conversation)
        self.assertEqual(history.get("conversation"), conversation)
        self.assertEqual(history.get("title"), "hist.kra")
        self.assertEqual(len(history["turns"]), 1, history)
        turn = history["turns"][0]
        self.assertEqual(turn.get("instruction"), BW)
        self.assertEqual(turn.get("status"), "done")
        self.assertEqual(turn.get("turn"), 1)
        self.assertEqual(turn.get("job"), result.job)
        thumb = turn["results"][0]["thumbnail"]
        self.assertEqual((thumb["width"], thumb["height"], thumb["format"]), (8, 8, "rgba8"))
        self.assertEqual(len(thumb["data"]), 8 * 8 * 4)
        layer = result.layers[0].data
        self.assertEqual(thumb["data"][3::4], layer[3::4], "a small layer's preview is the layer itself")
        self.assertNotIn("thumbnail", self.client.history(conversation, thumbnails=False)["turns"][0]["results"][0])
        # Visible from another connection too: history belongs to the conversation.
        with self.daemon.client() as other:
            self.assertEqual(len(other.history(conversation)["turns"]), 1)

    # -- errors ---------------------------------------------------------------------------------

    def test_wrong_token(self):
        with self.assertRaises(Unauthorized) as ctx:
            self.daemon.client(token="0" * 64)
        self.assertEqual(ctx.exception.code, "unauthorized")
        self.assertTrue(ctx.exception.fatal)

    def test_missing_token(self):
        raw = self.daemon.raw(handshake=False)
        self.addCleanup(raw.close)
        raw.send({"type": "hello", "protocol": 1, "client": {"name": "x", "version": "0"}})
        raw.recv_error(self, "unauthorized", True)
        raw.assert_closed(self)

    def test_unsupported_protocol(self):
        with self.assertRaises(ProtocolMismatch) as ctx:
            self.daemon.client(protocol=2)
        self.assertEqual(ctx.exception.code, "unsupported_protocol")
        self.assertRegex(ctx.exception.message, r"\b1\b",
                         "the message should say which versions the daemon speaks")

    def test_first_frame_not_hello(self):
        raw = self.daemon.raw(handshake=False)
        self.addCleanup(raw.close)
        raw.send({"type": "ping", "id": "p1"})
        raw.recv_error(self, "handshake_required", True)
        raw.assert_closed(self)

    def test_bad_descriptor_keeps_the_connection(self):
        header = {"type": "edit", "conversation": {"id": "e2e-bad"}, "instruction": BW,
                  "canvas": {"width": 4, "height": 4},
                  "image": {"x": 0, "y": 0, "width": 4, "height": 4, "format": "rgba8",
                            "attachment": 0}}
        with self.assertRaises(DaemonError) as ctx:
            self.client.request(header, [b"\0" * 10])  # 4x4 rgba8 needs 64
        self.assertEqual(ctx.exception.code, "bad_image")
        self.assertFalse(ctx.exception.fatal)
        self.client.ping()
        # Unknown format, too.
        header["image"] = dict(header["image"], format="rgb8")
        with self.assertRaises(DaemonError) as ctx:
            self.client.request(header, [b"\0" * 48])
        self.assertEqual(ctx.exception.code, "bad_image")
        self.client.ping()

    def test_missing_member_is_bad_request(self):
        with self.assertRaises(DaemonError) as ctx:
            self.client.request({"type": "edit", "conversation": {"id": "e2e-x"}})
        self.assertEqual(ctx.exception.code, "bad_request")
        self.client.ping()

    def test_malformed_json_header_keeps_the_connection(self):
        raw = self.daemon.raw()
        self.addCleanup(raw.close)
        junk = b'{"type":"ping","id":'
        raw.send_bytes(struct.pack(">I", len(junk)) + junk)
        header = raw.recv_error(self, "bad_request", False)
        self.assertNotIn("id", header)  # the id could not be read
        raw.send({"type": "ping", "id": "after-junk"})
        frame = raw.recv()
        self.assertEqual(frame.header, {"type": "pong", "id": "after-junk"})

    def test_unknown_type(self):
        with self.assertRaises(DaemonError) as ctx:
            self.client.request({"type": "dance", "id": "d1"})
        self.assertEqual(ctx.exception.code, "unknown_type")
        self.assertEqual(ctx.exception.request_id, "d1")
        self.client.ping()

    def test_unsupported_instruction(self):
        image = Image(0, 0, 8, 8, "rgba8", gradient_rgba8(8, 8))
        with self.assertRaises(DaemonError) as ctx:
            self.client.edit("e2e-song", "sing me a song", (8, 8), image, timeout=EDIT_TIMEOUT)
        self.assertEqual(ctx.exception.code, "unsupported_instruction")
        message = ctx.exception.message.lower()
        self.assertTrue(any(s in message for s in ("black and white", "black-and-white",
                                                   "grayscale", "greyscale")),
                        "the message should list what Easel can do: %r" % ctx.exception.message)
        self.client.ping()

    def test_new_content_without_a_model_names_the_install_command(self):
        image = Image(0, 0, 8, 8, "rgba8", gradient_rgba8(8, 8))
        with self.assertRaises(DaemonError) as ctx:
            self.client.edit("e2e-dragon", "add a dragon", (8, 8), image, timeout=EDIT_TIMEOUT)
        self.assertEqual(ctx.exception.code, "model_required")
        self.assertIn("easel models install", ctx.exception.message)

    def test_easel_asks_instead_of_guessing_and_the_chosen_reading_runs(self):
        conversation = "e2e-clarify-" + uuid.uuid4().hex
        image = Image(0, 0, 8, 8, "rgba8", gradient_rgba8(8, 8))
        accepted = []
        with self.assertRaises(ClarificationNeeded) as ctx:
            self.client.edit(conversation, "contrast", (8, 8), image, on_accepted=accepted.append,
                             timeout=EDIT_TIMEOUT)
        asked = ctx.exception
        self.assertEqual([], accepted, "a clarified edit is never accepted")
        self.assertEqual("More contrast or less?", asked.question)
        self.assertEqual([Reading("increase the contrast", "Increase the contrast — whole layer"),
                          Reading("reduce the contrast", "Reduce the contrast — whole layer")],
                         asked.readings)
        self.assertEqual([], self.client.history(conversation)["turns"], "asking is no turn")
        # The artist picks "reduce the contrast": its instruction goes out as a new edit.
        result = self.client.edit(conversation, asked.readings[1].instruction, (8, 8), image,
                                  on_accepted=accepted.append, timeout=EDIT_TIMEOUT)
        self.assertTrue(accepted[0].summary.startswith("Reduce the contrast"), accepted[0].summary)
        dark, bright = image.pixel(0, 0)[0], image.pixel(7, 0)[0]
        layer = result.layers[0]
        self.assertGreater(layer.pixel(0, 0)[0], dark, "less contrast: the dark end lighter")
        self.assertLess(layer.pixel(7, 0)[0], bright, "and the bright end darker")
        self.assertEqual(["reduce the contrast"],
                         [t["instruction"] for t in self.client.history(conversation)["turns"]])

    def test_follow_ups_resolve_against_the_conversation(self):
        conversation = "e2e-followups-" + uuid.uuid4().hex
        image = Image(0, 0, 8, 8, "rgba8", gradient_rgba8(8, 8))
        with self.assertRaises(DaemonError) as ctx:
            self.client.edit(conversation, "undo", (8, 8), image, timeout=EDIT_TIMEOUT)
        self.assertEqual(ctx.exception.code, "no_such_turn")
        warmer = self.client.edit(conversation, "make it warmer", (8, 8), image, timeout=EDIT_TIMEOUT)
        again = self.client.edit(conversation, "use #1 instead", (8, 8), image, timeout=EDIT_TIMEOUT)
        self.assertEqual(again.layers[0].data, warmer.layers[0].data)
        undone = self.client.edit(conversation, "undo", (8, 8), image, timeout=EDIT_TIMEOUT)
        self.assertEqual(undone.layers[0].data, image.data, "undo brings back the pixels from before")
        more = self.client.edit(conversation, "more", (8, 8), image, timeout=EDIT_TIMEOUT)
        self.assertIn("More", more.plan["summary"])
        self.assertEqual(len(self.client.history(conversation)["turns"]), 4)

    def test_header_over_the_limit(self):
        raw = self.daemon.raw()
        self.addCleanup(raw.close)
        limit = raw.welcome.header["limits"]["maxHeaderBytes"]
        # Only the length prefix: the daemon must refuse the size before reading the header.
        raw.send_bytes(struct.pack(">I", limit + 1))
        raw.recv_error(self, "frame_too_large", True)
        raw.assert_closed(self)

    def test_too_many_attachments(self):
        raw = self.daemon.raw()
        self.addCleanup(raw.close)
        count = raw.welcome.header["limits"]["maxAttachments"] + 1
        raw.send({"type": "ping", "id": "p1"}, [b""] * count)
        raw.recv_error(self, "frame_too_large", True)
        raw.assert_closed(self)

    def test_http_request(self):
        raw = self.daemon.raw(handshake=False)
        self.addCleanup(raw.close)
        raw.send_bytes(b"GET / HTTP/1.1\r\n\r\n")
        data = b""
        try:
            while True:
                chunk = raw.sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        except (ConnectionResetError, socket.timeout):
            pass  # judged below: what arrived must be one not_http error frame
        try:
            frame = read_frame(io.BytesIO(data))
        except Exception as exc:
            self.fail("the answer to an HTTP request is not a protocol frame (%s): %r"
                      % (exc, data[:300]))
        self.assertIsNotNone(frame, "the daemon closed the connection without an error frame")
        self.assertEqual(frame.header.get("type"), "error", frame.header)
        self.assertEqual(frame.header.get("code"), "not_http", frame.header)
        self.assertEqual(frame.header.get("fatal"), True, frame.header)

    def test_cancel_a_running_edit(self):
        side = 4096
        pixels = bytes(range(256)) * (side * side * 4 // 256)
        image = Image(0, 0, side, side, "rgba8", pixels)
        conversation = "e2e-cancel-" + uuid.uuid4().hex
        accepted = []

        def on_accepted(event):
            accepted.append(event)
            self.client.cancel()

        with self.assertRaises(EditCancelled) as ctx:
            self.client.edit(conversation, BW, (side, side), image, on_accepted=on_accepted,
                             timeout=EDIT_TIMEOUT)
        self.assertEqual(ctx.exception.code, "cancelled")
        self.assertEqual(len(accepted), 1)
        self.client.ping()
        turns = self.client.history(conversation)["turns"]
        self.assertEqual([t.get("status") for t in turns], ["cancelled"], turns)

    def test_cancel_of_finished_job_is_not_found(self):
        raw = self.daemon.raw()
        self.addCleanup(raw.close)
        raw.send({"type": "cancel", "id": "c1", "job": "j-does-not-exist"})
        frame = raw.recv()
        self.assertEqual(frame.header.get("type"), "cancel_ack", frame.header)
        self.assertEqual(frame.header.get("id"), "c1")
        self.assertIs(frame.header.get("found"), False)


ORACLE_MODEL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "server",
                            "src", "test", "resources", "oracle-model")


class DiffusionEndToEndTest(unittest.TestCase):
    """A diffusion model installed with `easel models install --from` (the committed tiny oracle
    model: real export signatures, analytic weights) and used by the daemon through the client."""

    @classmethod
    def setUpClass(cls):
        require_jar()
        cls.state_dir = tempfile.mkdtemp(prefix="easel-e2e-diffusion-")
        install = subprocess.run([java_command(), "-jar", JAR, "models", "install", "oracle",
                                  "--from", ORACLE_MODEL, "--state-dir", cls.state_dir],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        cls.install_output = install.stdout.decode("utf-8", "replace")
        if install.returncode != 0:
            raise AssertionError("easel models install failed (%d):\n%s"
                                 % (install.returncode, cls.install_output))
        cls.daemon = Daemon(cls.state_dir)
        cls.client = cls.daemon.client()

    @classmethod
    def tearDownClass(cls):
        if hasattr(cls, "client"):
            cls.client.close()
        if hasattr(cls, "daemon"):
            cls.daemon.stop()
            cls.daemon.cleanup()
        shutil.rmtree(cls.state_dir, ignore_errors=True)

    def test_the_installed_model_is_announced_with_what_it_can_do(self):
        models = {m["id"]: m for m in self.client.models()["models"]}
        self.assertTrue(models["oracle"]["installed"], models)
        self.assertIn("inpaint", models["oracle"]["capabilities"])
        self.assertFalse(models["sd15-inpainting"]["installed"])
        engines = {e["id"]: e for e in self.client.engines}
        self.assertTrue(engines["diffusion"]["available"], engines)

    def test_new_content_is_painted_into_the_selection_with_previews(self):
        size, sel = 64, (16, 8, 24, 16)
        image = Image(0, 0, size, size, "rgba8", gradient_rgba8(size, size))
        mask = bytearray(size * size)
        for y in range(sel[1], sel[1] + sel[3]):
            for x in range(sel[0], sel[0] + sel[2]):
                mask[y * size + x] = 255
        selection = Image(0, 0, size, size, "a8", bytes(mask))
        progress = []
        conversation = "e2e-diffusion-" + uuid.uuid4().hex
        result = self.client.edit(conversation, "add a red barn", (size, size), image, selection,
                                  options={"seed": 7, "steps": 6},
                                  on_progress=progress.append, timeout=EDIT_TIMEOUT)
        op = result.plan["operations"][0]
        self.assertEqual((op["op"], op["prompt"], op["model"]), ("generate", "a red barn", "oracle"))
        layer = result.layers[0]
        # Created pixels blend over the selection grown by 2 px with an 8 px soft edge (4 px each side).
        grown = (sel[0] - 6, sel[1] - 6, sel[2] + 12, sel[3] + 12)
        self.assertEqual((layer.x, layer.y, layer.width, layer.height), grown,
                         "the selection and its soft edge come back")
        self.assertIn("grown by 2 px, 8 px soft edge", result.plan["summary"])
        self.assertTrue(layer.name.endswith(" · seed 7"), layer.name)
        alphas = bytes(layer.data)[3::4]
        # The soft edge is centred on the grown border: it ends 2 px inside the selection.
        inner = [alphas[(y - grown[1]) * grown[2] + x - grown[0]]
                 for y in range(sel[1] + 2, sel[1] + sel[3] - 2)
                 for x in range(sel[0] + 2, sel[0] + sel[2] - 2)]
        self.assertEqual(bytes(inner), b"\xff" * len(inner), "the selection is opaque")
        self.assertEqual(alphas[0], 0, "the soft edge fades out")
        previews = [p.preview for p in progress if p.preview is not None]
        self.assertTrue(previews, "no progress step carried a preview: %r" % progress)
        self.assertLessEqual(max(previews[0].width, previews[0].height), 256)

        again = self.client.edit(conversation, "another one", (size, size), image, selection,
                                 timeout=EDIT_TIMEOUT)
        seed = re.search(r" · seed (\d+)$", again.layers[0].name)
        self.assertTrue(seed and int(seed.group(1)) != 7,
                        "a variation takes a new seed: %r" % again.layers[0].name)

    def test_several_versions_come_back_as_choices_each_a_turn(self):
        size, sel = 64, (16, 8, 24, 16)
        image = Image(0, 0, size, size, "rgba8", gradient_rgba8(size, size))
        mask = bytearray(size * size)
        for y in range(sel[1], sel[1] + sel[3]):
            for x in range(sel[0], sel[0] + sel[2]):
                mask[y * size + x] = 255
        selection = Image(0, 0, size, size, "a8", bytes(mask))
        progress = []
        conversation = "e2e-variations-" + uuid.uuid4().hex
        result = self.client.edit(conversation, "add a red barn", (size, size), image, selection,
                                  options={"seed": 20, "steps": 4, "feather": 0, "variations": 3},
                                  on_progress=progress.append, timeout=EDIT_TIMEOUT)
        self.assertEqual([v.index for v in result.variations], [1, 2, 3])
        self.assertEqual([v.seed for v in result.variations], [20, 21, 22])
        self.assertEqual([v.turn for v in result.variations], [1, 2, 3])
        for v in result.variations:
            self.assertTrue(v.layer.name.endswith(" · seed %d" % v.seed), v.layer.name)
            # Created pixels reach 6 px past the selection (grown 2 px, then a 4 px soft edge each side).
            reach = 6
            self.assertEqual((v.layer.x, v.layer.y, v.layer.width, v.layer.height),
                             (sel[0] - reach, sel[1] - reach, sel[2] + 2 * reach, sel[3] + 2 * reach))
        self.assertEqual(result.variations[1].label, "#2 · seed 21")
        versions = {p.variation for p in progress if p.variations == 3 and p.preview is not None}
        self.assertEqual(versions, {1, 2, 3}, "previews of each version: %r" % progress)

        history = self.client.history(conversation, thumbnails=False)
        self.assertEqual([t["status"] for t in history["turns"]], ["done"] * 3)
        shown = self.client.edit(conversation, "show me the second one", (size, size), image,
                                 timeout=EDIT_TIMEOUT)
        self.assertEqual(shown.layers[0].name, result.variations[1].layer.name)
        self.assertEqual(bytes(shown.layers[0].data), bytes(result.variations[1].layer.data))
        self.assertEqual(shown.variations, [], "showing one version is an ordinary result")

        with self.assertRaises(DaemonError) as refused:
            self.client.edit(conversation, "add a red barn", (size, size), image, selection,
                             options={"variations": 7}, timeout=EDIT_TIMEOUT)
        self.assertEqual(refused.exception.code, "bad_request")
        self.assertIn('"options.variations" must be an integer from 1 to 4', str(refused.exception))

    def test_verify_finds_the_install_intact(self):
        verify = subprocess.run([java_command(), "-jar", JAR, "models", "verify",
                                 "--state-dir", self.state_dir],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        self.assertEqual(verify.returncode, 0, verify.stdout.decode("utf-8", "replace"))


class DaemonLifecycleTest(unittest.TestCase):
    """daemon.json and the token (PROTOCOL.md section 1), state directory precedence."""

    def setUp(self):
        require_jar()
        self.root = tempfile.mkdtemp(prefix="easel-e2e-life-")
        self.addCleanup(shutil.rmtree, self.root, True)

    def test_state_files_and_clean_shutdown(self):
        flag_dir = os.path.join(self.root, "flag")
        env_dir = os.path.join(self.root, "env")
        # The --state-dir flag wins over EASEL_STATE_DIR.
        daemon = Daemon(flag_dir, env_state_dir=env_dir)
        self.addCleanup(daemon.cleanup)
        try:
            with open(daemon.daemon_json, encoding="utf-8") as f:
                info = json.load(f)
            self.assertEqual(info.get("host"), "127.0.0.1")
            self.assertIsInstance(info.get("port"), int)
            self.assertEqual(info.get("pid"), daemon.proc.pid)
            self.assertEqual(info.get("protocol"), 1)
            self.assertIsInstance(info.get("version"), str)
            self.assertFalse(os.path.exists(os.path.join(env_dir, "daemon.json")))
            token = read_token(flag_dir)
            self.assertRegex(token, r"^[0-9a-f]{64}$")
            if os.name != "nt":
                mode = stat.S_IMODE(os.stat(os.path.join(flag_dir, "token")).st_mode)
                self.assertEqual(mode, 0o600, "token file mode is %o" % mode)
            with EaselClient.connect(state_dir=flag_dir, timeout=REQUEST_TIMEOUT) as client:
                client.ping()
        finally:
            daemon.stop()
        if os.name != "nt":
            self.assertFalse(os.path.exists(daemon.daemon_json),
                             "daemon.json was not removed on clean shutdown; output:\n"
                             + daemon.output())
        self.assertEqual(read_token(flag_dir), token, "the token must survive a shutdown")

        # EASEL_STATE_DIR alone; the client finds it through the same variable.
        daemon = Daemon(env_dir, pass_flag=False, env_state_dir=env_dir)
        self.addCleanup(daemon.cleanup)
        old = os.environ.get("EASEL_STATE_DIR")
        os.environ["EASEL_STATE_DIR"] = env_dir
        try:
            with EaselClient.connect(timeout=REQUEST_TIMEOUT) as client:
                client.ping()
        finally:
            if old is None:
                del os.environ["EASEL_STATE_DIR"]
            else:
                os.environ["EASEL_STATE_DIR"] = old
            daemon.stop()

        # A restart keeps the token.
        daemon = Daemon(flag_dir)
        self.addCleanup(daemon.cleanup)
        try:
            self.assertEqual(read_token(flag_dir), token)
        finally:
            daemon.stop()

    def test_conversation_survives_a_restart_and_travels_by_export(self):
        home = os.path.join(self.root, "home")
        elsewhere = os.path.join(self.root, "elsewhere")
        conversation = "e2e-memory-" + uuid.uuid4().hex
        image = Image(0, 0, 8, 8, "rgba8", gradient_rgba8(8, 8))

        daemon = Daemon(home)
        self.addCleanup(daemon.cleanup)
        try:
            with daemon.client() as client:
                client.edit(conversation, BW, (8, 8), image, title="memory.kra", timeout=EDIT_TIMEOUT)
                client.edit(conversation, "make it warmer", (8, 8), image, timeout=EDIT_TIMEOUT)
                before = client.history(conversation)
        finally:
            daemon.stop()
        self.assertEqual([t["instruction"] for t in before["turns"]], [BW, "make it warmer"])
        first = before["turns"][0]
        self.assertEqual(first["edited"]["width"], 8, first)
        self.assertEqual(len(first["results"]), 1, first)
        self.assertEqual(first["parameters"]["canvas"], {"width": 8, "height": 8})

        # A restart keeps the conversation, and export carries it to another daemon's memory.
        daemon = Daemon(home)
        self.addCleanup(daemon.cleanup)
        try:
            with daemon.client() as client:
                self.assertEqual(client.history(conversation), before)
                archive = client.export_conversation(conversation)
                with self.assertRaises(DaemonError) as missing:
                    client.export_conversation("no-such-" + conversation)
                self.assertEqual(missing.exception.code, "unknown_conversation")
        finally:
            daemon.stop()

        daemon = Daemon(elsewhere)
        self.addCleanup(daemon.cleanup)
        try:
            with daemon.client() as client:
                self.assertEqual(client.history(conversation)["turns"], [])
                reply = client.import_conversation(archive)
                self.assertEqual(reply, {"conversation": conversation, "turns": 2, "imported": True,
                                         "reason": "Imported the conversation's 2 turns."})
                self.assertEqual(client.history(conversation), before)
                with self.assertRaises(DaemonError) as bad:
                    client.import_conversation(b"PK not really a zip")
                self.assertEqual(bad.exception.code, "bad_request")
                self.assertIn("unchanged", bad.exception.message)
                self.assertEqual(client.history(conversation), before)
        finally:
            daemon.stop()

    def test_a_document_carries_its_conversation_to_a_wiped_daemon(self):
        """What the plugins do on save and open (easel_client.embedding): the capped export
        keeps the newest turns whole, a daemon whose state was wiped takes the copy back,
        "undo" works, and a turn left without pixels says so instead of guessing."""
        conversation = "krita:e2e-embed-" + uuid.uuid4().hex
        side = 96

        def noise():
            pixels = bytearray(os.urandom(side * side * 4))
            pixels[3::4] = b"\xff" * (side * side)
            return Image(0, 0, side, side, "rgba8", bytes(pixels))

        images = [noise(), noise(), noise()]
        instructions = [BW, "make it warmer", "make it brighter"]
        daemon = Daemon(os.path.join(self.root, "laptop"))
        self.addCleanup(daemon.cleanup)
        try:
            with daemon.client() as client:
                results = [client.edit(conversation, text, (side, side), image, timeout=EDIT_TIMEOUT)
                           for text, image in zip(instructions, images)]
                whole = embedding.embedded_copy(client, conversation, 64 * 1024 * 1024)
                # Each turn has a 36 KiB parent and result (the black and white one compresses):
                # not room for all three turns' pixels.
                capped = embedding.embedded_copy(client, conversation, 150 * 1024)
                self.assertIsNone(embedding.embedded_copy(client, "no-such-" + conversation, 1 << 20))
        finally:
            daemon.stop()
        self.assertEqual(whole.turns_without_pixels, [])
        self.assertGreater(len(whole.data), 150 * 1024)
        self.assertLessEqual(len(capped.data), 150 * 1024)
        dropped = capped.turns_without_pixels
        self.assertIn(dropped, ([1], [1, 2]), "the oldest turns lose their pixels, the newest keeps them")
        self.assertIn("turns %s only as plans and previews" % ("1" if dropped == [1] else "1–2"),
                      capped.note())

        wiped = os.path.join(self.root, "wiped")
        daemon = Daemon(wiped)
        self.addCleanup(daemon.cleanup)
        try:
            with daemon.client() as client:
                self.assertEqual(embedding.restore(client, conversation, capped.data),
                                 "Restored this document's conversation from the file (3 turns).")
                history = client.history(conversation)
                self.assertEqual([t["instruction"] for t in history["turns"]], instructions)
                first = history["turns"][0]["results"][0]
                self.assertTrue(first["pruned"], first)
                self.assertIn("thumbnail", first, "a turn without pixels keeps its preview")
                self.assertEqual(len(first["thumbnail"]["data"]), side * side * 4)
                self.assertEqual(embedding.restore(client, conversation, capped.data), None,
                                 "the same copy again changes nothing, silently")

                undone = client.edit(conversation, "undo", (side, side), results[2].layers[0],
                                     timeout=EDIT_TIMEOUT)
                self.assertEqual(undone.layers[0].data, images[2].data,
                                 "undo brings back how it was before the last edit")
                self.assertNotEqual(results[2].layers[0].data, images[2].data)
                with self.assertRaises(DaemonError) as gone:
                    client.edit(conversation, "#1", (side, side), images[0], timeout=EDIT_TIMEOUT)
                self.assertIn("no longer kept", gone.exception.message)
                self.assertIn("cannot be brought back", gone.exception.message)

                # The daemon now has one more turn than the file: the file's older copy is
                # ignored, silently.
                self.assertIsNone(embedding.restore(client, conversation, capped.data))
                reply = client.import_conversation(capped.data, conversation, only_if_newer=True)
                self.assertEqual((reply["imported"], reply["copies"]), (False, "daemon_newer"))
                damaged = embedding.restore(client, conversation, capped.data[: len(capped.data) // 2])
                self.assertIn("could not be used, so nothing changed", damaged)
                foreign = embedding.restore(client, conversation, b"<xml>another plugin's data</xml>")
                self.assertIn("could not be used, so nothing changed", foreign)
                self.assertEqual(len(client.history(conversation)["turns"]), 4)
        finally:
            daemon.stop()


if __name__ == "__main__":
    unittest.main()
