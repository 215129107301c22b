"""The connection settings for a daemon on another machine (one daemon for a team).

Kept in ``remote.json`` in the local state directory (the folder where a local daemon would keep
its token), so both plugins and scripts share them:

    {"host": "gpu-box.studio.lan", "port": 7878, "token": "…", "fingerprint": "SHA256:…"}

When the file exists, EaselClient.connect() (with no host/port/token given) uses it instead of
the local daemon's daemon.json. ``fingerprint`` may be left out at first: the first connection
then raises CertificateNotPinned with the daemon's fingerprint, and pin() stores it once the
person has said yes. The file holds a token, so it is written for its owner only (0600).
"""
from __future__ import annotations

import json
import os
import tempfile
from typing import NamedTuple, Optional

from .errors import EaselError
from .tls import normalize_fingerprint

REMOTE_FILE = "remote.json"


class RemoteSettings(NamedTuple):
    host: str
    port: int
    token: str
    fingerprint: Optional[str] = None


def settings_path(state_dir: str) -> str:
    return os.path.join(state_dir, REMOTE_FILE)


def read_settings(state_dir: str) -> Optional[RemoteSettings]:
    """The remote daemon's settings, None when there is no remote.json; EaselError when it is
    damaged (naming the file and what is wrong)."""
    path = settings_path(state_dir)
    try:
        with open(path, "rb") as f:
            data = json.loads(f.read().decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise EaselError("Cannot read the remote daemon settings %s: %s" % (path, exc)) from None
    try:
        return validated(data.get("host"), data.get("port"), data.get("token"),
                         data.get("fingerprint"))
    except (ValueError, AttributeError) as exc:
        raise EaselError("The remote daemon settings %s are not usable: %s" % (path, exc)) from None


def validated(host, port, token, fingerprint=None) -> RemoteSettings:
    """Settings as typed into a form; ValueError saying which field is wrong."""
    host = host.strip() if isinstance(host, str) else ""
    if not host:
        raise ValueError("the host is missing (the daemon machine's name or address)")
    try:
        port = int(port)
    except (TypeError, ValueError):
        raise ValueError("the port %r is not a number" % (port,)) from None
    if not 0 < port < 65536:
        raise ValueError("the port %d is not between 1 and 65535" % port)
    token = token.strip() if isinstance(token, str) else ""
    if not token:
        raise ValueError("the token is missing (the daemon's administrator gives it)")
    fingerprint = normalize_fingerprint(fingerprint) if fingerprint and fingerprint.strip() else None
    return RemoteSettings(host, port, token, fingerprint)


def write_settings(state_dir: str, settings: RemoteSettings) -> str:
    """Stores the settings (atomically, owner-only); returns the file's path."""
    os.makedirs(state_dir, exist_ok=True)
    path = settings_path(state_dir)
    data = {"host": settings.host, "port": settings.port, "token": settings.token}
    if settings.fingerprint:
        data["fingerprint"] = settings.fingerprint
    fd, partial = tempfile.mkstemp(prefix=".remote-", suffix=".json", dir=state_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    except BaseException:
        try:
            os.unlink(partial)
        except OSError:
            pass
        raise
    return path


def pin(state_dir: str, fingerprint: str) -> RemoteSettings:
    """Trust on first use said yes: stores ``fingerprint`` in the existing settings."""
    current = read_settings(state_dir)
    if current is None:
        raise EaselError("There are no remote daemon settings (%s) to pin a fingerprint in."
                         % settings_path(state_dir))
    pinned = current._replace(fingerprint=normalize_fingerprint(fingerprint))
    write_settings(state_dir, pinned)
    return pinned


def forget(state_dir: str) -> None:
    """Back to the local daemon."""
    try:
        os.unlink(settings_path(state_dir))
    except FileNotFoundError:
        pass
