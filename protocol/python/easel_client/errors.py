"""The exceptions the client raises.

Every exception derives from EaselError, so a plugin can catch that one class and show
``str(exc)`` to the user: the messages are written for the person using Krita or GIMP, and say
what to do. Errors that the daemon reported in an ``error`` frame are DaemonError (or one of its
subclasses) and carry the protocol's ``code``.
"""
from __future__ import annotations

from typing import List, NamedTuple, Optional


class EaselError(Exception):
    """Base class of everything this package raises on purpose."""


class DaemonNotRunning(EaselError):
    """No daemon.json in the state directory, or nothing listens at the address it names."""


class ConnectionLost(EaselError):
    """The connection to the daemon broke (closed, reset, or cut in the middle of a frame)."""


class EaselTimeout(EaselError):
    """A reply, or a whole edit, did not arrive in time (an edit is cancelled first)."""


class ProtocolError(EaselError):
    """The peer sent bytes that are not a valid protocol frame or message.

    The stream cannot be trusted after this, so the client closes the connection.
    """


class FrameTooLarge(ProtocolError):
    """A frame exceeds the limits: raised for frames we receive, and *before sending* a frame
    the daemon would reject with ``frame_too_large`` (which would cost the connection)."""


class CertificateMismatch(EaselError):
    """The daemon's TLS certificate is not the pinned one. Nothing was sent, not even the token."""

    def __init__(self, host: str, presented: str, pinned: str):
        super().__init__(
            "the daemon at %s presented certificate %s but this connection pins %s. Nothing was "
            "sent. If its certificate was replaced on purpose, ask its administrator for the new "
            "fingerprint (`easel status` on that machine) and pin that one." % (host, presented, pinned))
        self.host = host
        self.presented = presented
        self.pinned = pinned


class CertificateNotPinned(EaselError):
    """Trust on first use: the daemon speaks TLS and no fingerprint is pinned for it yet.
    ``fingerprint`` is what it presented: show it, ask, and connect again with it pinned."""

    def __init__(self, host: str, fingerprint: str, where: str = "the connection settings"):
        super().__init__(
            "the daemon at %s presented certificate %s, and no fingerprint is pinned for it. Check "
            "that it is the daemon's (its administrator reads it from `easel status`) and pin it "
            "(\"fingerprint\" in %s)." % (host, fingerprint, where))
        self.host = host
        self.fingerprint = fingerprint


class DaemonError(EaselError):
    """The daemon answered with an ``error`` frame (PROTOCOL.md section 5)."""

    def __init__(self, code: str, message: str, fatal: bool = False, request_id=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.fatal = fatal
        self.request_id = request_id

    def __str__(self):
        return self.message

    def __repr__(self):
        return "%s(code=%r, message=%r, fatal=%r)" % (
            type(self).__name__, self.code, self.message, self.fatal)


class Unauthorized(DaemonError):
    """The daemon rejected the token (code ``unauthorized``)."""


class ProtocolMismatch(DaemonError):
    """The daemon does not speak this client's protocol version (``unsupported_protocol``)."""


class EditCancelled(DaemonError):
    """The edit was cancelled (code ``cancelled``), by cancel() or by the daemon."""


class Reading(NamedTuple):
    """One way the daemon could read an instruction (a choice of a ``clarify`` reply)."""

    instruction: str   # a complete instruction meaning exactly this reading: send it as a new edit
    summary: str       # what Easel would do, e.g. "Increase the contrast — whole layer"

    @property
    def label(self) -> str:
        """The text for a button: the summary, or the instruction when there is none."""
        return self.summary or self.instruction


class ClarificationNeeded(EaselError):
    """Easel asks instead of guessing: the edit ended with a ``clarify`` reply (PROTOCOL.md,
    section 4). Nothing was queued or stored. Show ``question`` with one choice per reading;
    the chosen reading's ``instruction`` is sent as a new edit, as if the artist had typed it.

    ``str()`` is the question followed by the readings, one per line, for clients that only
    show text (and scripts, which can call again with one of the instructions).
    """

    code = "clarify"

    def __init__(self, question: str, readings: List[Reading], request_id: Optional[str] = None,
                 header: Optional[dict] = None):
        super().__init__(question)
        self.question = question
        self.readings: List[Reading] = list(readings)
        self.request_id = request_id
        self.header = header if header is not None else {}

    @classmethod
    def from_header(cls, header: dict) -> "ClarificationNeeded":
        """Parses a ``clarify`` frame's header. Readings without an instruction are skipped;
        a question with no usable reading is a ProtocolError (there would be nothing to offer)."""
        question = header.get("question")
        if not isinstance(question, str) or not question.strip():
            question = "Which did you mean?"
        readings = []
        raw = header.get("readings")
        for item in raw if isinstance(raw, list) else []:
            if not isinstance(item, dict):
                continue
            instruction = item.get("instruction")
            if not isinstance(instruction, str) or not instruction.strip():
                continue
            summary = item.get("summary")
            readings.append(Reading(instruction, summary if isinstance(summary, str) else ""))
        if not readings:
            raise ProtocolError("the daemon asked %r but offered no readings to choose from"
                                % question)
        request_id = header.get("id") if isinstance(header.get("id"), str) else None
        return cls(question, readings, request_id, header)

    def __str__(self):
        lines = [self.question]
        for reading in self.readings:
            lines.append('- "%s"%s' % (reading.instruction,
                                       ": " + reading.summary if reading.summary else ""))
        return "\n".join(lines)

    def __repr__(self):
        return "ClarificationNeeded(question=%r, readings=%r)" % (self.question, self.readings)


class ConsentRequired(DaemonError):
    """The edit would send pixels to a hosted engine the request did not name (code
    ``consent_required``). ``engine`` is that engine's id: ask the user once for the
    conversation, then send the edit again with ``options["engine"] = engine``."""

    def __init__(self, code: str, message: str, fatal: bool = False, request_id=None,
                 engine: Optional[str] = None):
        super().__init__(code, message, fatal, request_id)
        self.engine = engine


_BY_CODE = {
    "unauthorized": Unauthorized,
    "unsupported_protocol": ProtocolMismatch,
    "cancelled": EditCancelled,
    "consent_required": ConsentRequired,
}


def error_from_header(header: dict, token_source: str = None) -> DaemonError:
    """Turns an ``error`` frame's header into the matching exception.

    ``token_source`` says where the token came from (e.g. "/home/u/.local/state/easel/token"),
    so an ``unauthorized`` error can tell the user which file did not match.
    """
    code = header.get("code")
    if not isinstance(code, str) or not code:
        code = "internal"
    message = header.get("message")
    if not isinstance(message, str) or not message:
        message = "The Easel daemon reported an error (%s)." % code
    fatal = header.get("fatal") is True
    request_id = header.get("id") if isinstance(header.get("id"), str) else None
    cls = _BY_CODE.get(code, DaemonError)
    if cls is Unauthorized:
        where = token_source or "the state directory"
        message = (
            "The Easel daemon did not accept the token in %s (%s). The plugin and the daemon "
            "probably use different state directories: start the daemon with the same "
            "EASEL_STATE_DIR or --state-dir as the plugin uses." % (where, message))
    elif cls is ProtocolMismatch:
        message = ("The Easel daemon speaks a different protocol version than this plugin: %s "
                   "Update the plugin or the daemon so both match." % message)
    elif cls is ConsentRequired:
        engine = header.get("engine") if isinstance(header.get("engine"), str) else None
        return ConsentRequired(code, message, fatal, request_id, engine)
    return cls(code, message, fatal, request_id)
