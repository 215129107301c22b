"""Finding the daemon (PROTOCOL.md section 1): the state directory, daemon.json and the token.

The state directory is resolved exactly as the daemon resolves it: an explicit directory, else
$EASEL_STATE_DIR, else the platform default. Looking in the same place is what lets the plugin
find the daemon with no configuration.
"""
from __future__ import annotations

import json
import ntpath
import os
import posixpath
import sys
from typing import NamedTuple, Optional

from .errors import DaemonNotRunning, EaselError

ENV_VAR = "EASEL_STATE_DIR"
DAEMON_FILE = "daemon.json"
TOKEN_FILE = "token"
START_HINT = "Start it with `easel serve` (or `./easel serve` in the Easel folder)."


class DaemonInfo(NamedTuple):
    """The contents of daemon.json."""

    host: str
    port: int
    pid: Optional[int]
    protocol: Optional[int]
    version: Optional[str]
    # the TLS certificate's SHA-256 fingerprint when the daemon listens with TLS (a local client
    # pins it from here: daemon.json is in the owner's state directory, like the token)
    fingerprint: Optional[str] = None


def default_state_dir(platform: str = None, environ=None, home: str = None) -> str:
    """The platform's default state directory (the arguments exist for tests)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if platform.startswith("win"):
        local = environ.get("LOCALAPPDATA")
        if not local:
            local = ntpath.join(home or os.path.expanduser("~"), "AppData", "Local")
        return ntpath.join(local, "Easel")
    home = home or os.path.expanduser("~")
    if platform == "darwin":
        return posixpath.join(home, "Library", "Application Support", "Easel")
    xdg = environ.get("XDG_STATE_HOME")
    if xdg and posixpath.isabs(xdg):  # the XDG spec says relative values are invalid: ignore them
        return posixpath.join(xdg, "easel")
    return posixpath.join(home, ".local", "state", "easel")


def resolve_state_dir(state_dir: str = None, environ=None, platform: str = None,
                      home: str = None) -> str:
    """Explicit directory > $EASEL_STATE_DIR > platform default. Empty strings count as unset."""
    if state_dir:
        return os.fspath(state_dir)
    environ = os.environ if environ is None else environ
    if environ.get(ENV_VAR):
        return environ[ENV_VAR]
    return default_state_dir(platform, environ, home)


def read_daemon_info(state_dir: str) -> DaemonInfo:
    """Reads daemon.json; DaemonNotRunning if it is absent."""
    path = os.path.join(state_dir, DAEMON_FILE)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise DaemonNotRunning(
            "The Easel daemon is not running: there is no %s in %s. %s If it is running, it "
            "uses a different state directory (set EASEL_STATE_DIR or --state-dir to the same "
            "folder for both)." % (DAEMON_FILE, state_dir, START_HINT)) from None
    except OSError as exc:
        raise EaselError("Cannot read %s: %s" % (path, exc)) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
        host = data.get("host") or "127.0.0.1"
        port = data["port"]
        if not isinstance(host, str) or not isinstance(port, int) or not 0 < port < 65536:
            raise ValueError("bad host or port")
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        raise EaselError("%s is damaged (%s). Restart the daemon: %s"
                         % (path, exc, START_HINT)) from None

    def opt(key, kind):
        value = data.get(key)
        return value if isinstance(value, kind) and not isinstance(value, bool) else None

    tls = data.get("tls")
    fingerprint = tls.get("fingerprint") if isinstance(tls, dict) else None
    return DaemonInfo(host, port, opt("pid", int), opt("protocol", int), opt("version", str),
                      fingerprint if isinstance(fingerprint, str) else None)


def read_token(state_dir: str) -> str:
    """Reads the access token (surrounding whitespace ignored)."""
    path = os.path.join(state_dir, TOKEN_FILE)
    try:
        with open(path, "r", encoding="ascii", errors="replace") as f:
            token = f.read().strip()
    except FileNotFoundError:
        raise DaemonNotRunning("There is no token file in %s, so the Easel daemon has never run "
                               "with this state directory. %s" % (state_dir, START_HINT)) from None
    except OSError as exc:
        raise EaselError("Cannot read the Easel token %s: %s (it must belong to the user "
                         "running the plugin)" % (path, exc)) from exc
    if not token:
        raise EaselError("The Easel token file %s is empty; delete it and restart the daemon."
                         % path)
    return token
