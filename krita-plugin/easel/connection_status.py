"""What the docker's connection indicator says, and which action it offers, for each state of
the link to the daemon. Pure: it maps the client's exceptions to text, so it is unit-tested.
"""
from __future__ import annotations

from typing import List, NamedTuple, Optional

from .easel_client import (CertificateMismatch, CertificateNotPinned, DaemonNotRunning,
                           EaselError, EaselTimeout, ProtocolMismatch, Unauthorized)

CONNECTING = "connecting"
CONNECTED = "connected"
NOT_RUNNING = "not_running"
BAD_TOKEN = "bad_token"
VERSION_MISMATCH = "version_mismatch"
STARTING = "starting"
FAILED = "failed"
UNTRUSTED = "untrusted"          # a remote daemon whose certificate is not pinned yet
WRONG_CERTIFICATE = "wrong_certificate"

# The action button's meaning.
START = "start"   # run the configured launch command, then connect
RETRY = "retry"   # try to connect again
TRUST = "trust"   # ask whether to trust (pin) the certificate the daemon presented


class Status(NamedTuple):
    state: str
    headline: str            # short text next to the indicator dot
    detail: str              # the full explanation (tooltip and transcript)
    action: Optional[str]    # START, RETRY, TRUST or None
    colour: str              # the indicator dot's colour
    fingerprint: Optional[str] = None  # with TRUST: the certificate's fingerprint to ask about

    @property
    def connected(self) -> bool:
        return self.state == CONNECTED


def connecting() -> Status:
    return Status(CONNECTING, "Connecting…", "Looking for the Easel daemon.", None, "#b0b0b0")


def starting(command: str) -> Status:
    return Status(STARTING, "Starting the daemon…",
                  "Started `%s`; waiting for the daemon to listen." % command, None, "#e0b000")


def connected(server_version: Optional[str]) -> Status:
    version = " %s" % server_version if server_version else ""
    return Status(CONNECTED, "Connected", "Connected to the Easel daemon%s." % version, None,
                  "#30a030")


def from_error(error: Exception) -> Status:
    """The status after connecting failed with ``error``."""
    text = str(error) or type(error).__name__
    if isinstance(error, CertificateNotPinned):
        return Status(UNTRUSTED, "Trust this daemon?", text, TRUST, "#e0b000", error.fingerprint)
    if isinstance(error, CertificateMismatch):
        return Status(WRONG_CERTIFICATE, "Wrong certificate", text, RETRY, "#d04040")
    if isinstance(error, DaemonNotRunning):
        return Status(NOT_RUNNING, "Daemon not running", text, START, "#d04040")
    if isinstance(error, Unauthorized):
        return Status(BAD_TOKEN, "Token not accepted", text, RETRY, "#d04040")
    if isinstance(error, ProtocolMismatch):
        return Status(VERSION_MISMATCH, "Version mismatch", text, None, "#d04040")
    if isinstance(error, EaselTimeout):
        return Status(FAILED, "Daemon not answering", text, RETRY, "#d04040")
    if isinstance(error, EaselError):
        return Status(FAILED, "Connection failed", text, RETRY, "#d04040")
    return Status(FAILED, "Connection failed", "%s: %s" % (type(error).__name__, text), RETRY,
                  "#d04040")


def start_failed(command: str, reason: str) -> Status:
    return Status(NOT_RUNNING, "Could not start the daemon",
                  "Running `%s` failed: %s. Set the launch command (the … button) to how you "
                  "start Easel, e.g. `/path/to/easel serve`." % (command, reason), START,
                  "#d04040")


def engine_line(engines: List[dict], models: List[dict]) -> str:
    """'Engine: classical · models: none installed' for the docker's header."""
    available = [e.get("id") for e in engines
                 if isinstance(e, dict) and e.get("available") and isinstance(e.get("id"), str)]
    installed = [m.get("id") for m in models
                 if isinstance(m, dict) and m.get("installed") and isinstance(m.get("id"), str)]
    engine_text = ", ".join(available) if available else "none available"
    model_text = ", ".join(installed) if installed else "none installed"
    return "Engine: %s · models: %s" % (engine_text, model_text)
