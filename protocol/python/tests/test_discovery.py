"""State directory resolution (PROTOCOL.md section 1) and reading daemon.json / token."""
import json
import os
import shutil
import tempfile
import unittest

from easel_client import DaemonNotRunning, EaselError
from easel_client.discovery import (default_state_dir, read_daemon_info, read_token,
                                    resolve_state_dir)


class ResolveStateDirTest(unittest.TestCase):
    def test_explicit_beats_env_and_default(self):
        env = {"EASEL_STATE_DIR": "/env/dir", "XDG_STATE_HOME": "/xdg"}
        self.assertEqual(resolve_state_dir("/explicit", environ=env, platform="linux"),
                         "/explicit")

    def test_env_beats_default(self):
        env = {"EASEL_STATE_DIR": "/env/dir", "XDG_STATE_HOME": "/xdg"}
        self.assertEqual(resolve_state_dir(None, environ=env, platform="linux"), "/env/dir")

    def test_empty_values_count_as_unset(self):
        env = {"EASEL_STATE_DIR": "", "XDG_STATE_HOME": ""}
        self.assertEqual(resolve_state_dir("", environ=env, platform="linux", home="/home/u"),
                         "/home/u/.local/state/easel")

    def test_linux_xdg_state_home(self):
        self.assertEqual(resolve_state_dir(None, environ={"XDG_STATE_HOME": "/xdg"},
                                           platform="linux", home="/home/u"), "/xdg/easel")

    def test_relative_xdg_state_home_is_ignored_like_the_daemon_does(self):
        self.assertEqual(default_state_dir("linux", {"XDG_STATE_HOME": "rel/state"}, "/home/u"),
                         "/home/u/.local/state/easel")

    def test_linux_default(self):
        self.assertEqual(default_state_dir("linux", {}, "/home/u"), "/home/u/.local/state/easel")
        self.assertEqual(default_state_dir("freebsd13", {}, "/home/u"),
                         "/home/u/.local/state/easel")

    def test_macos_default_ignores_xdg(self):
        self.assertEqual(default_state_dir("darwin", {"XDG_STATE_HOME": "/xdg"}, "/Users/u"),
                         "/Users/u/Library/Application Support/Easel")

    def test_windows_default(self):
        self.assertEqual(default_state_dir("win32", {"LOCALAPPDATA": r"C:\Users\u\AppData\Local"},
                                           r"C:\Users\u"), r"C:\Users\u\AppData\Local\Easel")
        self.assertEqual(default_state_dir("win32", {}, r"C:\Users\u"),
                         r"C:\Users\u\AppData\Local\Easel")

    def test_real_environment_used_by_default(self):
        old = os.environ.get("EASEL_STATE_DIR")
        os.environ["EASEL_STATE_DIR"] = "/from/the/real/env"
        try:
            self.assertEqual(resolve_state_dir(), "/from/the/real/env")
        finally:
            if old is None:
                del os.environ["EASEL_STATE_DIR"]
            else:
                os.environ["EASEL_STATE_DIR"] = old


class StateFilesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="easel-discovery-")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, text):
        with open(os.path.join(self.dir, name), "w", encoding="utf-8") as f:
            f.write(text)

    def test_missing_daemon_json_means_not_running(self):
        with self.assertRaises(DaemonNotRunning) as ctx:
            read_daemon_info(self.dir)
        self.assertIn(self.dir, str(ctx.exception))
        self.assertIn("easel serve", str(ctx.exception))

    def test_daemon_json(self):
        self.write("daemon.json", json.dumps({"host": "127.0.0.1", "port": 41231, "pid": 12345,
                                              "protocol": 1, "version": "0.1.0"}))
        info = read_daemon_info(self.dir)
        self.assertEqual((info.host, info.port, info.pid, info.protocol, info.version),
                         ("127.0.0.1", 41231, 12345, 1, "0.1.0"))

    def test_damaged_daemon_json(self):
        for text in ("{", "[]", '{"host":"127.0.0.1"}', '{"port":"x"}', '{"port":70000}'):
            with self.subTest(text=text):
                self.write("daemon.json", text)
                with self.assertRaises(EaselError):
                    read_daemon_info(self.dir)

    def test_token(self):
        self.write("token", "ab" * 32 + "\n")
        self.assertEqual(read_token(self.dir), "ab" * 32)

    def test_missing_token(self):
        with self.assertRaises(DaemonNotRunning):
            read_token(self.dir)

    def test_empty_token(self):
        self.write("token", "  \n")
        with self.assertRaises(EaselError):
            read_token(self.dir)


if __name__ == "__main__":
    unittest.main()
