"""End-to-end: a real Python py4j client against `easel serve --py4j` (docs/py4j.md).

Starts the packaged daemon ($EASEL_SERVER_JAR, which `mvn verify` sets) with the gateway on a free
loopback port and drives it as a user's script would. Needs the Python py4j library: without it,
or without the jar, these tests are skipped — or, when EASEL_REQUIRE_E2E=1 (CI), they fail and say
how to install what is missing.
"""
import base64
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unittest
import uuid

JAR = os.environ.get("EASEL_SERVER_JAR")
REQUIRE = os.environ.get("EASEL_REQUIRE_E2E") == "1"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", ".."))
EXAMPLE = os.path.join(ROOT, "docs", "examples", "py4j_edit.py")
EDIT_TIMEOUT = 120.0
BW = "make the selection black and white"

try:
    from py4j.java_gateway import GatewayParameters, JavaGateway
    from py4j.protocol import Py4JError, Py4JJavaError
    PY4J_MISSING = None
except ImportError as exc:
    PY4J_MISSING = exc


def require_prerequisites():
    problems = []
    if PY4J_MISSING is not None:
        problems.append("the Python py4j library is not installed (%s); install it with "
                        "`bash .ci/install.d/40-py4j-python.sh` (takes py4j from Maven Central; "
                        "Debian has no python3-py4j) or `pip install py4j`" % PY4J_MISSING)
    if not JAR:
        problems.append("EASEL_SERVER_JAR is not set (the Maven build sets it to installer/target/easel.jar)")
    elif not os.path.isfile(JAR):
        raise AssertionError("EASEL_SERVER_JAR=%s does not exist (build it with mvn package)" % JAR)
    if problems:
        message = "the Py4J gateway end-to-end tests cannot run: " + "; ".join(problems)
        if REQUIRE:
            raise AssertionError("EASEL_REQUIRE_E2E=1 but " + message)
        raise unittest.SkipTest(message)


def _protocol_e2e_module():
    """The protocol client's end-to-end suite, loaded by path: its Daemon class is the one place
    that knows how to start `easel.jar serve` and wait for it (its package is also `tests`)."""
    sys.path.insert(0, os.path.join(ROOT, "protocol", "python"))  # it imports easel_client
    path = os.path.join(ROOT, "protocol", "python", "tests", "test_e2e_daemon.py")
    spec = importlib.util.spec_from_file_location("easel_protocol_e2e", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class GatewayDaemon(_protocol_e2e_module().Daemon):
    """`java -jar $EASEL_SERVER_JAR serve --port 0 --py4j-port 0 --state-dir DIR`."""

    def __init__(self):
        super().__init__(tempfile.mkdtemp(prefix="easel-py4j-"), extra_args=("--py4j-port", "0"))
        with open(self.daemon_json, encoding="utf-8") as f:
            self.published = json.load(f)  # daemon.json as written, with its "py4j" member
        with open(os.path.join(self.state_dir, "token")) as f:
            self.token = f.read().strip()

    def gateway(self, token=None):
        return JavaGateway(gateway_parameters=GatewayParameters(
            address=self.published["py4j"]["host"], port=self.published["py4j"]["port"],
            auth_token=self.token if token is None else token))

    def stop(self):
        try:
            super().stop()
        finally:
            self.cleanup()
            shutil.rmtree(self.state_dir, ignore_errors=True)


def gradient(width, height):
    """rgba8 pixels whose colour differs everywhere, so a grey result cannot be a coincidence."""
    return bytes(b for y in range(height) for x in range(width)
                 for b in ((x * 7) % 256, (y * 5) % 256, (x + y) % 256, 255))


def java_error(raised):
    """The ScriptError inside a Py4JJavaError: (code, message for the user)."""
    error = raised.exception.java_exception
    return error.code(), error.getMessage()


class Py4jGatewayTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        require_prerequisites()
        cls.daemon = GatewayDaemon()
        cls.gateway = cls.daemon.gateway()
        cls.easel = cls.gateway.entry_point

    @classmethod
    def tearDownClass(cls):
        cls.gateway.close()
        cls.daemon.stop()

    def conversation(self):
        return "py4j-test:" + uuid.uuid4().hex

    def test_daemon_json_names_a_loopback_gateway(self):
        self.assertEqual(self.daemon.published["py4j"]["host"], "127.0.0.1")
        self.assertNotEqual(self.daemon.published["py4j"]["port"], self.daemon.published["port"])
        with socket.create_connection(("127.0.0.1", self.daemon.published["py4j"]["port"]), timeout=5):
            pass
        for address in self.non_loopback_addresses():
            with self.assertRaises(OSError, msg="the gateway must not listen on " + address):
                socket.create_connection((address, self.daemon.published["py4j"]["port"]), timeout=2).close()

    @staticmethod
    def non_loopback_addresses():
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
        except OSError:
            return []
        return [a for a in addresses if not a.startswith("127.")]

    def test_full_edit_of_a_selection(self):
        width, height = 64, 48
        sx, sy, sw, sh = 16, 8, 24, 20
        conversation = self.conversation()
        job = (self.easel.edit(conversation, BW).title("gradient.kra")
               .image(width, height, "rgba8", gradient(width, height))
               .selection(sx, sy, sw, sh, b"\xff" * (sw * sh))
               .feather(0)
               .start())
        self.assertIn("black and white", job.plan())
        self.assertTrue(job.waitFor(EDIT_TIMEOUT), "the edit did not finish")
        self.assertEqual(job.state(), "done")
        result = job.result()
        self.assertEqual((result.canvasWidth(), result.canvasHeight()), (width, height))
        layers = list(result.layers())
        self.assertEqual(len(layers), 1)
        layer = layers[0]
        # With no feather the patch is exactly the selection, in the format sent.
        self.assertEqual((layer.x(), layer.y(), layer.width(), layer.height(), layer.format()),
                         (sx, sy, sw, sh, "rgba8"))
        pixels = layer.pixels()
        self.assertIsInstance(pixels, bytes)
        self.assertEqual(len(pixels), sw * sh * 4)
        self.assertEqual(base64.b64decode(layer.pixelsBase64()), pixels, "the fast path gives the same bytes")
        source = gradient(width, height)
        for i in range(0, len(pixels), 4):
            r, g, b, a = pixels[i:i + 4]
            self.assertTrue(r == g == b and a == 255, "pixel %d is not opaque grey: %r" % (i // 4, (r, g, b, a)))
        # The grey is the source's luminance, not a constant.
        first = source[(sy * width + sx) * 4:(sy * width + sx) * 4 + 3]
        self.assertAlmostEqual(pixels[0], 0.2126 * first[0] + 0.7152 * first[1] + 0.0722 * first[2], delta=2)
        history = self.easel.history(conversation)
        self.assertEqual(history.title(), "gradient.kra")
        turns = list(history.turns())
        self.assertEqual([(t.turn(), t.instruction(), t.status(), t.job()) for t in turns],
                         [(1, BW, "done", job.id())])

    def test_progress_can_be_polled_until_done(self):
        side = 512
        job = self.easel.edit(self.conversation(), "a bit brighter").image(side, side, "rgba8", gradient(side, side)).start()
        seen = []
        while not job.waitFor(0.005):
            p = job.progress()
            seen.append((p.stage(), p.step(), p.steps()))
        final = job.progress()
        self.assertEqual(job.state(), "done")
        self.assertEqual(final.stage(), "adjusting")
        self.assertGreater(final.steps(), 0)
        self.assertEqual(final.step(), final.steps(), "the last report is the last step")
        self.assertEqual(final.fraction(), 1.0)
        for stage, step, steps in seen:
            self.assertLessEqual(step, steps)

    def test_cancel(self):
        # Two large edits: the second waits in the queue behind the first, so cancelling it is
        # decided before it could start; the first is cancelled while it runs or just before.
        side = 2048
        pixels = gradient(256, 256) * 64
        conversation = self.conversation()
        edit = self.easel.edit(conversation, BW).image(side, side, "rgba8", pixels)
        running = edit.start()
        queued = edit.start()
        self.assertTrue(queued.cancel(), "the queued job was not found")
        self.assertTrue(queued.waitFor(EDIT_TIMEOUT))
        self.assertEqual(queued.state(), "cancelled")
        self.assertEqual(queued.errorCode(), "cancelled")
        with self.assertRaises(Py4JJavaError) as raised:
            queued.result()
        self.assertEqual(java_error(raised)[0], "cancelled")
        running.cancel()
        self.assertTrue(running.waitFor(EDIT_TIMEOUT))
        self.assertIn(running.state(), ("cancelled", "done"))
        self.assertFalse(running.cancel(), "a finished job cannot be cancelled")
        statuses = {t.job(): t.status() for t in self.easel.history(conversation).turns()}
        self.assertEqual(statuses[queued.id()], "cancelled")
        self.assertEqual(statuses[running.id()], running.state())

    def test_cancel_from_another_thread_wakes_a_waiting_result(self):
        side = 2048
        edit = self.easel.edit(self.conversation(), BW).image(side, side, "rgba8", gradient(256, 256) * 64)
        running = edit.start()
        queued = edit.start()  # waits behind the running one
        outcome = {}
        waiting = threading.Event()

        def wait_for_result():
            waiting.set()
            try:
                outcome["result"] = queued.result()
            except Py4JJavaError as e:
                outcome["error"] = e.java_exception.code()

        waiter = threading.Thread(target=wait_for_result)
        waiter.start()
        waiting.wait(EDIT_TIMEOUT)
        # py4j gives this thread its own connection, so the cancel is not stuck behind result()
        self.assertTrue(queued.cancel())
        waiter.join(EDIT_TIMEOUT)
        self.assertFalse(waiter.is_alive(), "result() did not return after the cancel")
        self.assertEqual(outcome, {"error": "cancelled"})
        running.cancel()
        running.waitFor(EDIT_TIMEOUT)

    def test_bad_arguments_get_clear_messages_and_nothing_is_recorded(self):
        conversation = self.conversation()
        with self.assertRaises(Py4JJavaError) as raised:
            self.easel.edit(conversation, BW).image(64, 64, "rgba8", b"\0" * 100).start()
        code, message = java_error(raised)
        self.assertEqual(code, "bad_image")
        self.assertIn("100 bytes", message)
        self.assertIn("64×64 rgba8 needs 16384", message)

        with self.assertRaises(Py4JJavaError) as raised:
            self.easel.edit(conversation, BW).image(2, 2, "rgb8", b"\0" * 12).start()
        self.assertEqual(java_error(raised)[0], "bad_image")
        self.assertIn("unknown format \"rgb8\"; use rgba8", java_error(raised)[1])

        with self.assertRaises(Py4JJavaError) as raised:
            self.easel.edit(conversation, BW).image(2, 2, "rgba8", b"\0" * 16).feather(99).start()
        self.assertEqual(java_error(raised), ("bad_request",
                                              "\"options.feather\" must be an integer from 0 to 64 px, got 99."))

        with self.assertRaises(Py4JJavaError) as raised:
            self.easel.edit(conversation, BW).start()
        self.assertIn("call image(width, height, format, pixels)", java_error(raised)[1])

        with self.assertRaises(Py4JJavaError) as raised:
            self.easel.edit(None, BW).image(2, 2, "rgba8", b"\0" * 16).start()
        self.assertIn("\"conversation.id\" is required", java_error(raised)[1])

        with self.assertRaises(Py4JJavaError) as raised:
            self.easel.edit(conversation, "sing me a song").image(2, 2, "rgba8", b"\0" * 16).start()
        code, message = java_error(raised)
        self.assertEqual(code, "unsupported_instruction")
        self.assertIn("black and white", message)

        # A wrong type never reaches Easel: py4j itself names the method it could not match.
        with self.assertRaises(Py4JError) as raised:
            self.easel.edit(conversation, BW).feather("soft")
        self.assertIn("feather", str(raised.exception))

        self.assertEqual(list(self.easel.history(conversation).turns()), [], "a refused edit is no turn")
        # The gateway still works after all that.
        ok = self.easel.edit(conversation, BW).image(2, 2, "rgba8", b"\x10" * 16).start()
        self.assertEqual(ok.result().message(), "Converted to black and white.")

    def test_an_instruction_with_close_readings_asks_and_a_reading_then_runs(self):
        conversation = self.conversation()
        with self.assertRaises(Py4JJavaError) as raised:
            self.easel.edit(conversation, "contrast").image(2, 2, "rgba8", b"\x10" * 16).start()
        code, message = java_error(raised)
        self.assertEqual(code, "clarify")
        self.assertEqual(message.splitlines(), [
            "More contrast or less?",
            '- "increase the contrast": Increase the contrast — whole layer',
            '- "reduce the contrast": Reduce the contrast — whole layer'])
        self.assertEqual(list(self.easel.history(conversation).turns()), [], "asking is no turn")
        job = self.easel.edit(conversation, "increase the contrast").image(2, 2, "rgba8", b"\x10" * 16).start()
        job.result()
        self.assertEqual([t.instruction() for t in self.easel.history(conversation).turns()],
                         ["increase the contrast"])

    def test_engines_models_formats(self):
        engines = {e.id(): e for e in self.easel.engines()}
        self.assertTrue(engines["classical"].available())
        self.assertIn("no model needed", engines["classical"].description())
        self.assertEqual(list(self.easel.models()), [])
        self.assertEqual(sorted(self.easel.formats()), ["a8", "bgra8", "rgba16", "rgba8", "rgbaf32"])
        self.assertEqual(self.easel.protocolVersion(), 1)
        self.assertEqual(self.easel.version(), self.daemon.published["version"])

    def test_wrong_or_missing_token_is_refused(self):
        for token in ("0" * 64, ""):
            intruder = self.daemon.gateway(token=token)
            try:
                with self.assertRaises(Py4JError, msg="token %r was accepted" % token) as raised:
                    intruder.entry_point.version()
                self.assertNotIsInstance(raised.exception, Py4JJavaError)
            finally:
                intruder.close()
        self.assertEqual(self.easel.version(), self.daemon.published["version"], "the right token still works")

    def test_the_documented_example_runs(self):
        out = os.path.join(self.daemon.state_dir, "example.png")
        run = subprocess.run([sys.executable, EXAMPLE, "--state-dir", self.daemon.state_dir, "--out", out],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=EDIT_TIMEOUT)
        text = run.stdout.decode("utf-8", "replace")
        self.assertEqual(run.returncode, 0, text)
        self.assertIn("Easel understood: Convert to black and white", text)
        with open(out, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")

    def test_example_explains_a_refusal(self):
        run = subprocess.run([sys.executable, EXAMPLE, "--state-dir", self.daemon.state_dir,
                              "--instruction", "sing me a song", "--out", os.devnull],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=EDIT_TIMEOUT)
        self.assertEqual(run.returncode, 1)
        self.assertIn("Easel can't do \"sing me a song\" yet", run.stdout.decode("utf-8", "replace"))


if __name__ == "__main__":
    unittest.main()
