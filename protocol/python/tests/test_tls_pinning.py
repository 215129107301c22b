"""TLS with a pinned fingerprint against the real daemon jar listening beyond loopback.

The daemon is started as the other end-to-end tests start it (tests.test_e2e_daemon.Daemon),
with --host 0.0.0.0 --allow-remote, and reached through 127.0.0.1: the same TLS-only listener
another machine would reach.
"""
import json
import os
import shutil
import socket
import stat
import struct
import tempfile
import threading
import unittest
import uuid

from easel_client import (CertificateMismatch, CertificateNotPinned, ConnectionLost, EaselClient,
                          EaselError, EditCancelled, Image, remote)
from easel_client.discovery import read_token
from easel_client.framing import encode_frame
from easel_client.tls import fingerprint_of, normalize_fingerprint

from .test_e2e_daemon import (BW, EDIT_TIMEOUT, REQUEST_TIMEOUT, Daemon, channels,
                              gradient_rgba8, require_jar)

# sha256(b"abc"), a published test vector
ABC = ("SHA256:BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:"
       "61:F2:00:15:AD")
ELSEWHERE = fingerprint_of(b"another certificate")


class FingerprintTest(unittest.TestCase):
    def test_is_the_sha256_of_the_der_as_keytool_prints_it(self):
        self.assertEqual(ABC, fingerprint_of(b"abc"))

    def test_reads_what_people_paste(self):
        bare = ABC[len("SHA256:"):]
        for pasted in (bare, bare.lower(), bare.replace(":", ""), " sha256:%s\n" % bare,
                       "SHA-256:" + bare.replace(":", " ")):
            self.assertEqual(ABC, normalize_fingerprint(pasted), pasted)

    def test_refuses_what_is_not_one_saying_where_to_find_one(self):
        for bad in ("", "SHA256:AB:CD", ABC + ":00", ABC.replace("BA", "ZZ")):
            with self.assertRaises(ValueError) as caught:
                normalize_fingerprint(bad)
            self.assertIn("easel status", str(caught.exception))


class RemoteSettingsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="easel-remote-")
        self.addCleanup(shutil.rmtree, self.dir, True)

    def test_round_trip_owner_only_and_pin_keeps_the_rest(self):
        path = remote.write_settings(self.dir, remote.validated("gpu-box", "7878", " tok "))
        self.assertEqual(0o600, stat.S_IMODE(os.stat(path).st_mode))
        self.assertEqual(remote.RemoteSettings("gpu-box", 7878, "tok", None),
                         remote.read_settings(self.dir))
        remote.pin(self.dir, ABC.lower())
        self.assertEqual(remote.RemoteSettings("gpu-box", 7878, "tok", ABC),
                         remote.read_settings(self.dir))

    def test_no_file_means_the_local_daemon(self):
        self.assertIsNone(remote.read_settings(self.dir))

    def test_bad_fields_are_named(self):
        for fields, word in ((("", 1, "t"), "host"), (("h", "x", "t"), "port"),
                             (("h", 70000, "t"), "port"), (("h", 1, ""), "token"),
                             (("h", 1, "t", "nope"), "fingerprint")):
            with self.assertRaises(ValueError) as caught:
                remote.validated(*fields)
            self.assertIn(word, str(caught.exception))

    def test_a_damaged_file_names_itself(self):
        with open(remote.settings_path(self.dir), "w") as f:
            f.write('{"host": "h", "port": "x", "token": "t"}')
        with self.assertRaises(EaselError) as caught:
            remote.read_settings(self.dir)
        self.assertIn(remote.settings_path(self.dir), str(caught.exception))


class PinningAgainstTheDaemonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require_jar()
        cls.state_dir = tempfile.mkdtemp(prefix="easel-tls-state-")
        cls.daemon = Daemon(cls.state_dir, extra_args=("--host", "0.0.0.0", "--allow-remote"))
        cls.fingerprint = cls.daemon.info.fingerprint
        cls.token = read_token(cls.state_dir)

    @classmethod
    def tearDownClass(cls):
        cls.daemon.stop()
        cls.daemon.cleanup()
        shutil.rmtree(cls.state_dir, ignore_errors=True)

    def connect(self, **kwargs):
        kwargs.setdefault("timeout", REQUEST_TIMEOUT)
        return EaselClient.connect(host="127.0.0.1", port=self.daemon.info.port, token=self.token,
                                   tls=True, **kwargs)

    def test_daemon_json_and_the_banner_name_the_fingerprint(self):
        self.assertEqual(self.fingerprint, normalize_fingerprint(self.fingerprint))
        self.assertIn("fingerprint " + self.fingerprint, self.daemon.output())

    def test_the_right_pin_connects_in_any_spelling(self):
        for pin in (self.fingerprint, self.fingerprint[len("SHA256:"):].lower().replace(":", "")):
            with self.connect(fingerprint=pin) as client:
                self.assertGreaterEqual(client.ping(), 0.0)
                self.assertEqual("pong", client.request({"type": "ping"}).header["type"])

    def test_an_edit_sends_and_receives_a_megabyte_layer_over_tls(self):
        width = height = 512  # 1 MiB each way: many TLS records, read across several waits
        source = gradient_rgba8(width, height)
        with self.connect(fingerprint=self.fingerprint) as client:
            progress = []
            result = client.edit("tls-bw-" + uuid.uuid4().hex, BW, (width, height),
                                 Image(0, 0, width, height, "rgba8", source),
                                 on_progress=progress.append, timeout=EDIT_TIMEOUT)
            self.assertEqual("pong", client.request({"type": "ping"}).header["type"],
                             "the connection stays usable after the edit")
        self.assertEqual(1, len(result.layers))
        layer = result.layers[0]
        self.assertEqual((width, height), (layer.width, layer.height))
        for x, y in ((0, 0), (511, 0), (256, 300), (511, 511)):
            (r, g, b, a), _ = channels(layer, x, y)
            self.assertEqual((r, r), (g, b), "pixel %d,%d is grey" % (x, y))
            sr, sg, sb = source[(y * width + x) * 4:(y * width + x) * 4 + 3]
            self.assertFalse(sr == sg == sb, "the source pixel %d,%d was colourful" % (x, y))

    def test_cancel_from_another_thread_while_the_edit_reads_over_tls(self):
        """The plugins' pattern: the GUI thread cancels while a worker waits in edit()."""
        side = 2048
        image = Image(0, 0, side, side, "rgba8", bytes(range(256)) * (side * side * 4 // 256))
        accepted = threading.Event()
        outcome = []
        with self.connect(fingerprint=self.fingerprint) as client:
            def work():
                try:
                    client.edit("tls-cancel-" + uuid.uuid4().hex, BW, (side, side), image,
                                on_accepted=lambda _event: accepted.set(), timeout=EDIT_TIMEOUT)
                    outcome.append("finished")
                except EditCancelled:
                    outcome.append("cancelled")
                except Exception as exc:  # reported below with its type
                    outcome.append(exc)
            worker = threading.Thread(target=work)
            worker.start()
            self.assertTrue(accepted.wait(EDIT_TIMEOUT))
            client.cancel()
            worker.join(EDIT_TIMEOUT)
            self.assertIn(outcome[0], ("cancelled", "finished"), outcome)
            self.assertEqual("pong", client.request({"type": "ping"}).header["type"])

    def test_a_local_client_pins_from_daemon_json_with_no_settings(self):
        with self.daemon.client() as client:
            self.assertTrue(client.models()["engines"])

    def test_a_wrong_pin_is_refused_naming_both_fingerprints(self):
        with self.assertRaises(CertificateMismatch) as caught:
            self.connect(fingerprint=ELSEWHERE)
        message = str(caught.exception)
        self.assertTrue(message.startswith(
            "the daemon at 127.0.0.1 presented certificate %s but this connection pins %s"
            % (self.fingerprint, ELSEWHERE)), message)
        self.assertEqual(self.fingerprint, caught.exception.presented)

    def test_no_pin_is_trust_on_first_use_with_the_presented_fingerprint(self):
        with self.assertRaises(CertificateNotPinned) as caught:
            self.connect()
        self.assertEqual(self.fingerprint, caught.exception.fingerprint)
        # saying yes: the pin goes into remote.json and the next connection succeeds with it
        settings_dir = tempfile.mkdtemp(prefix="easel-remote-")
        self.addCleanup(shutil.rmtree, settings_dir, True)
        remote.write_settings(settings_dir, remote.validated("127.0.0.1", self.daemon.info.port,
                                                             self.token))
        with self.assertRaises(CertificateNotPinned) as from_settings:
            EaselClient.connect(state_dir=settings_dir, timeout=REQUEST_TIMEOUT)
        self.assertIn(remote.settings_path(settings_dir), str(from_settings.exception))
        remote.pin(settings_dir, caught.exception.fingerprint)
        with EaselClient.connect(state_dir=settings_dir, timeout=REQUEST_TIMEOUT) as client:
            client.ping()

    def test_plain_tcp_gets_no_frames(self):
        sock = socket.create_connection(("127.0.0.1", self.daemon.info.port), timeout=15)
        try:
            sock.sendall(encode_frame({"type": "hello", "protocol": 1, "token": self.token,
                                       "client": {"name": "plain", "version": "0"}}))
            received = b""
            while True:
                try:
                    chunk = sock.recv(4096)
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                received += chunk
        finally:
            sock.close()
        # at most a TLS alert record (type 21), never a frame's length prefix and JSON
        self.assertTrue(received == b"" or received[0] == 21, received[:16])
        self.assertNotIn(b"welcome", received)

    def test_tls_to_a_plain_daemon_fails_clearly(self):
        state = tempfile.mkdtemp(prefix="easel-plain-state-")
        plain = Daemon(state)
        try:
            with self.assertRaises(ConnectionLost) as caught:
                EaselClient.connect(host="127.0.0.1", port=plain.info.port,
                                    token=read_token(state), fingerprint=self.fingerprint,
                                    timeout=REQUEST_TIMEOUT)
            self.assertIn("TLS handshake", str(caught.exception))
        finally:
            plain.stop()
            plain.cleanup()
            shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
