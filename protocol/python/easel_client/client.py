"""EaselClient: one connection to the Easel daemon (PROTOCOL.md sections 3-5).

Threading model (what the plugins need): one thread runs a blocking edit() while the GUI thread
may call cancel() at any moment. So:

- every write goes through ``_send_lock``, one whole frame at a time, so frames of different
  threads never interleave on the socket (over TLS, reading and writing a frame also never overlap:
  ``_tls_lock``);
- one thread at a time reads ("the reader"). A frame it reads for another waiting request is put
  in that request's inbox and the waiter is woken, so several threads may also wait at once
  (say a ping from the GUI during an edit) without losing each other's replies;
- replies nobody waits for (cancel_ack, replies to abandoned requests) are dropped, so they can
  never derail a wait.

Waiting uses a selector with a short slice, so the deadline of an edit is honoured between
frames; once a frame has started arriving it is read to its end (a timeout mid-frame would leave
the stream unusable), with the socket timeout as a stall guard.
"""
from __future__ import annotations

import collections
import contextlib
import ipaddress
import logging
import os
import selectors
import socket
import ssl
import threading
import time
from typing import Callable, Deque, Dict, Iterator, List, Optional, Tuple, Union

from ._version import PROTOCOL_VERSION, __version__
from .discovery import TOKEN_FILE, START_HINT, read_daemon_info, read_token, resolve_state_dir
from .errors import (CertificateNotPinned, ClarificationNeeded, ConnectionLost, DaemonError,
                     DaemonNotRunning, EaselError, EaselTimeout, ProtocolError, error_from_header)
from .events import Accepted, EditResult, Progress
from .framing import Frame, FrameLimits, prepare_frame, read_frame, write_prepared
from .images import Image
from . import remote
from . import tls as tls_pinning

log = logging.getLogger("easel_client")

# Limits on what the client accepts from the daemon. Results are as big as the images sent (up
# to the daemon's own per-attachment limit), and a long history can exceed 1 MiB of JSON.
RECEIVE_LIMITS = FrameLimits(max_header_bytes=64 * 1024 * 1024, max_attachments=256,
                             max_attachment_bytes=4 * 1024 * 1024 * 1024)

# How long a socket read or write may make no progress before the connection counts as dead.
STALL_TIMEOUT = 60.0

# How often a waiting reader wakes up to notice close() and deadlines.
_POLL_SLICE = 0.25


class _Expired(Exception):
    """Internal: a wait passed its deadline (the caller decides what that means)."""


def _remaining(deadline: Optional[float]) -> Optional[float]:
    return None if deadline is None else deadline - time.monotonic()


def _deadline(timeout: Optional[float]) -> Optional[float]:
    return None if timeout is None else time.monotonic() + timeout


class EaselClient:
    """A connection to the daemon. Create it with EaselClient.connect(); use it as a context
    manager or call close()."""

    def __init__(self, sock: socket.socket, welcome: dict, timeout: Optional[float],
                 token_source: str, state_dir: Optional[str], host: str, port: int):
        # Use connect(); this only stores an already handshaken connection.
        self._sock = sock
        self.welcome: dict = welcome
        self.timeout = timeout
        self.state_dir = state_dir
        self.host = host
        self.port = port
        self._token_source = token_source
        limits = welcome.get("limits")
        self._send_limits = FrameLimits.from_welcome(limits)
        # Announced limits, with the protocol defaults for any the daemon left out.
        self.limits: dict = dict(_DEFAULT_LIMITS, **(limits if isinstance(limits, dict) else {}))

        self._send_lock = threading.Lock()
        # OpenSSL does not promise that one TLS connection may be read by one thread while another
        # writes to it (a cancel from the GUI thread during an edit): over TLS a whole frame is read
        # or written under this lock. A plain socket is full duplex and needs none.
        self._tls_lock = (threading.Lock() if isinstance(sock, ssl.SSLSocket)
                          else contextlib.nullcontext())
        self._cond = threading.Condition(threading.Lock())
        self._reading = False                  # a thread is reading the socket
        self._failure: Optional[EaselError] = None  # why the connection is unusable, once it is
        self._awaited = set()                  # request ids whose replies we keep
        self._inbox: Dict[str, Deque[Frame]] = {}
        self._running_edits: Dict[str, Optional[str]] = {}  # edit request id -> job id (once known)
        self._counter = 0
        # Id-less, non-fatal errors (the daemon could not tell which request they were about,
        # e.g. a header that was not JSON). Kept for diagnostics; they end no wait.
        self.stray_errors: Deque[DaemonError] = collections.deque(maxlen=16)
        self.last_cancel_ack: Optional[dict] = None

    # -----------------------------------------------------------------------------------------
    # Connecting

    @classmethod
    def connect(cls, state_dir: str = None, host: str = None, port: int = None,
                token: str = None, timeout: Optional[float] = 10.0,
                client_name: str = "easel-python", client_version: str = __version__,
                protocol: int = PROTOCOL_VERSION, fingerprint: str = None,
                tls: bool = None) -> "EaselClient":
        """Finds the daemon (daemon.json and token in the state directory, unless host/port/token
        are given, or remote.json there names a daemon on another machine), connects, and
        performs the hello/welcome handshake.

        TLS (``tls`` None: decided here) is used when a ``fingerprint`` is pinned (given, or
        from daemon.json / remote.json) or the host is not loopback; the daemon's certificate
        must then carry the pinned fingerprint (CertificateMismatch), and with none pinned
        CertificateNotPinned carries the presented one for trust on first use.

        ``timeout`` bounds connecting and the handshake, and is the default for ping(),
        models() and history(). ``protocol`` exists for testing version negotiation.
        Raises DaemonNotRunning, Unauthorized, ProtocolMismatch, EaselTimeout, DaemonError,
        CertificateMismatch, CertificateNotPinned.
        """
        resolved = None
        remote_settings = None
        if port is None or token is None:
            resolved = resolve_state_dir(state_dir)
        if port is None and token is None and host is None:
            remote_settings = remote.read_settings(resolved)
        if remote_settings is not None:
            host, port, token = remote_settings.host, remote_settings.port, remote_settings.token
            fingerprint = fingerprint or remote_settings.fingerprint
            tls = True if tls is None else tls
        if port is None:
            info = read_daemon_info(resolved)
            host = host or info.host
            port = info.port
            fingerprint = fingerprint or info.fingerprint
        host = host or "127.0.0.1"
        if tls is None:
            tls = bool(fingerprint) or not _is_loopback(host)
        if remote_settings is not None:
            token_source = "%s" % remote.settings_path(resolved)
        elif token is None:
            token = read_token(resolved)
            token_source = "%s" % _join(resolved, TOKEN_FILE)
        else:
            token_source = "the token given to the client"

        try:
            sock = socket.create_connection((host, port), timeout=timeout)
        except ConnectionRefusedError:
            if remote_settings is not None:
                raise EaselError("Nothing accepts connections at %s:%d, the remote Easel daemon "
                                 "named in %s. Is it running there, on that port?"
                                 % (host, port, remote.settings_path(resolved))) from None
            where = (" listed in %s" % _join(resolved, "daemon.json")) if resolved else ""
            raise DaemonNotRunning(
                "The Easel daemon is not running: nothing accepts connections at %s:%d%s. %s"
                % (host, port, where, START_HINT)) from None
        except socket.timeout:
            raise EaselTimeout("Connecting to the Easel daemon at %s:%d timed out after %s s."
                               % (host, port, timeout)) from None
        except OSError as exc:
            raise DaemonNotRunning("Cannot connect to the Easel daemon at %s:%d (%s). %s"
                                   % (host, port, exc, START_HINT)) from None
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if tls:  # before anything is sent: the token goes only to the pinned certificate
                try:
                    sock = tls_pinning.secure(sock, host, fingerprint)
                except CertificateNotPinned as exc:
                    if remote_settings is None:
                        raise
                    raise CertificateNotPinned(exc.host, exc.fingerprint,
                                               remote.settings_path(resolved)) from None
            sock.settimeout(STALL_TIMEOUT)
            welcome = cls._handshake(sock, token, token_source, timeout, client_name,
                                     client_version, protocol)
        except BaseException:
            _close_quietly(sock)
            raise
        return cls(sock, welcome, timeout, token_source, resolved, host, port)

    @staticmethod
    def _handshake(sock, token, token_source, timeout, client_name, client_version, protocol):
        head, views = prepare_frame({"type": "hello", "protocol": protocol, "token": token,
                                     "client": {"name": client_name, "version": client_version}})
        try:
            write_prepared(sock, head, views)
        except OSError as exc:
            raise ConnectionLost("The Easel daemon closed the connection during the handshake "
                                 "(%s)." % exc) from None
        deadline = _deadline(timeout)
        while True:
            remaining = _remaining(deadline)
            if remaining is not None and remaining <= 0:
                raise EaselTimeout("The Easel daemon did not answer the handshake within %s s."
                                   % timeout)
            if not _wait_readable(sock, remaining):
                continue
            frame = read_frame(sock, RECEIVE_LIMITS)
            if frame is None:
                raise ConnectionLost("The Easel daemon closed the connection during the "
                                     "handshake without saying why.")
            kind = frame.header.get("type")
            if kind == "welcome":
                return frame.header
            if kind == "error":
                raise error_from_header(frame.header, token_source)
            log.debug("ignoring %r before welcome", kind)

    # -----------------------------------------------------------------------------------------
    # What the daemon announced

    @property
    def engines(self) -> List[dict]:
        engines = self.welcome.get("engines")
        return engines if isinstance(engines, list) else []

    @property
    def models_announced(self) -> List[dict]:
        models = self.welcome.get("models")
        return models if isinstance(models, list) else []

    @property
    def formats(self) -> List[str]:
        formats = self.welcome.get("formats")
        return formats if isinstance(formats, list) else []

    @property
    def server_version(self) -> Optional[str]:
        server = self.welcome.get("server")
        return server.get("version") if isinstance(server, dict) else None

    @property
    def closed(self) -> bool:
        return self._failure is not None

    # -----------------------------------------------------------------------------------------
    # Simple requests

    def request(self, header: dict, attachments=(), timeout: Optional[float] = -1) -> Frame:
        """Sends any request and returns the first reply frame for it (its id is filled in when
        missing). An ``error`` reply raises the matching DaemonError. For message types this
        version has no method for; timeout -1 means the client's default."""
        timeout = self.timeout if timeout == -1 else timeout
        header = dict(header)
        if not isinstance(header.get("type"), str):
            raise ValueError('a request needs a string "type"')
        if not isinstance(header.get("id"), str):
            header = _with_id(header, self._new_id(header["type"][:1] or "r"))
        rid = header["id"]
        self._expect(rid)
        try:
            self._send(header, attachments)
            try:
                frame = self._next_frame(rid, _deadline(timeout))
            except _Expired:
                raise EaselTimeout("The Easel daemon did not answer %s within %s s."
                                   % (header["type"], timeout)) from None
        finally:
            self._forget(rid)
        if frame.header.get("type") == "error":
            raise error_from_header(frame.header, self._token_source)
        return frame

    def ping(self, timeout: Optional[float] = -1) -> float:
        """Checks the daemon answers; returns the round trip in seconds."""
        start = time.monotonic()
        frame = self.request({"type": "ping"}, timeout=timeout)
        self._expect_type(frame, "pong")
        return time.monotonic() - start

    def models(self, timeout: Optional[float] = -1) -> dict:
        """The daemon's engines and models: {"engines": [...], "models": [...]}."""
        frame = self.request({"type": "models"}, timeout=timeout)
        self._expect_type(frame, "models")
        return {k: v for k, v in frame.header.items() if k not in ("type", "id")}

    def history(self, conversation_id: str, thumbnails: bool = True,
                timeout: Optional[float] = -1) -> dict:
        """A conversation's turns: {"conversation", "title", "style", "turns": [{"turn",
        "instruction", "plan", "parameters", "status", "job", "message", "startedAt",
        "durationMs", "edited", "results"}, ...]} (see PROTOCOL.md, history). Each result with a
        preview has "thumbnail": {"width", "height", "format": "rgba8", "data": bytes}."""
        frame = self.request({"type": "history", "conversation": conversation_id,
                              "thumbnails": bool(thumbnails)}, timeout=timeout)
        self._expect_type(frame, "history")
        reply = {k: v for k, v in frame.header.items() if k not in ("type", "id")}
        if not isinstance(reply.get("turns"), list):
            reply["turns"] = []
        previews = frame.attachments[0] if frame.attachments else b""
        for turn in reply["turns"]:
            for result in turn.get("results") or []:
                thumb = result.get("thumbnail")
                if isinstance(thumb, dict):
                    start = thumb.get("offset", 0)
                    thumb["data"] = bytes(previews[start:start + thumb["width"] * thumb["height"] * 4])
        return reply

    def export_conversation(self, conversation_id: str, timeout: Optional[float] = -1,
                            max_bytes: Optional[int] = None) -> bytes:
        """The whole conversation (turns and images) as one file, for the plugin to keep inside
        the document; with ``max_bytes``, at most that large (older turns travel without their
        pixels: see export_conversation_capped). Raises DaemonError("unknown_conversation") when
        the daemon has none."""
        return self.export_conversation_capped(conversation_id, max_bytes, timeout)[0]

    def export_conversation_capped(self, conversation_id: str, max_bytes: Optional[int],
                                   timeout: Optional[float] = -1) -> Tuple[bytes, List[int]]:
        """(file, turns_without_pixels): the export, at most ``max_bytes`` (None: no cap), and
        the numbers of the turns whose pixels were left out to fit (they keep their plans and
        previews, but can no longer be brought back)."""
        header = {"type": "export", "conversation": conversation_id}
        if max_bytes is not None:
            header["max_bytes"] = int(max_bytes)
        frame = self.request(header, timeout=timeout)
        self._expect_type(frame, "export")
        if len(frame.attachments) != 1:
            raise ProtocolError("the daemon's export reply carries no file")
        return bytes(frame.attachments[0]), list(frame.header.get("turns_without_pixels") or [])

    def import_conversation(self, archive: bytes, conversation_id: Optional[str] = None,
                            timeout: Optional[float] = -1, only_if_newer: bool = False) -> dict:
        """Restores a conversation from export_conversation()'s file, replacing the daemon's
        copy (under ``conversation_id`` when given); with ``only_if_newer``, only when the
        daemon does not know the conversation or the file continues the daemon's copy.
        Returns {"conversation", "turns", "imported", "reason"}."""
        header = {"type": "import"}
        if conversation_id is not None:
            header["conversation"] = conversation_id
        if only_if_newer:
            header["only_if_newer"] = True
        frame = self.request(header, [archive], timeout=timeout)
        self._expect_type(frame, "import")
        return {k: v for k, v in frame.header.items() if k not in ("type", "id")}

    # -----------------------------------------------------------------------------------------
    # Editing

    def edit(self, conversation_id: str, instruction: str, canvas, image: Image,
             selection: Optional[Image] = None, options: Optional[dict] = None,
             title: Optional[str] = None,
             on_accepted: Optional[Callable[[Accepted], None]] = None,
             on_progress: Optional[Callable[[Progress], None]] = None,
             timeout: Optional[float] = None) -> EditResult:
        """Runs one edit and blocks until its result.

        ``canvas`` is (width, height) or {"width", "height"}; ``image`` and ``selection`` are
        Image objects (the selection in format a8). The callbacks run on this thread. ``timeout``
        is the deadline for the whole edit (None = no limit): when it passes the job is
        cancelled and EaselTimeout raised. Raises EditCancelled when cancel() stopped it,
        DaemonError (with .code) when the daemon refused or failed it, ConnectionLost, and
        ClarificationNeeded when Easel asks which of several readings was meant (nothing was
        queued: send the chosen reading's ``instruction`` as a new edit).
        """
        for event in self.edit_events(conversation_id, instruction, canvas, image, selection,
                                      options, title, timeout):
            if isinstance(event, Accepted):
                if on_accepted is not None:
                    on_accepted(event)
            elif isinstance(event, Progress):
                if on_progress is not None:
                    on_progress(event)
            elif isinstance(event, EditResult):
                return event
        raise ProtocolError("the edit ended without a result")  # not reached: events end so

    def edit_events(self, conversation_id: str, instruction: str, canvas, image: Image,
                    selection: Optional[Image] = None, options: Optional[dict] = None,
                    title: Optional[str] = None,
                    timeout: Optional[float] = None) -> Iterator[Union[Accepted, Progress,
                                                                       EditResult]]:
        """Like edit(), as a generator of Accepted, Progress and finally EditResult events
        (or no event at all when the first thing it raises is ClarificationNeeded).

        The arguments are checked now (ValueError); the request is sent on the first next().
        Closing the generator before the result cancels the job.
        """
        header, attachments = self._edit_request(conversation_id, instruction, canvas, image,
                                                 selection, options, title)
        return self._run_edit(header, attachments, timeout)

    def cancel(self, job: Optional[str] = None, edit_id: Optional[str] = None) -> int:
        """Asks the daemon to cancel a job; safe to call from any thread, never blocks on a reply.

        With no arguments it cancels every edit this client is running. The edit() concerned
        then raises EditCancelled once the daemon confirms with a ``cancelled`` error. Returns
        the number of cancel requests sent (0 when nothing was running or the connection is
        closed; a closed connection has already ended its edits with ConnectionLost).
        """
        with self._send_lock:
            if job is not None or edit_id is not None:
                targets = [(edit_id, job)]
            else:
                with self._cond:
                    targets = list(self._running_edits.items())
            sent = 0
            for rid, job_id in targets:
                if self._failure is not None:
                    break
                try:
                    self._write_locked(self._cancel_header(rid, job_id), ())
                    sent += 1
                except ConnectionLost:
                    break
            return sent

    # -----------------------------------------------------------------------------------------
    # Closing

    def close(self) -> None:
        """Closes the connection (the daemon cancels this connection's jobs). Idempotent."""
        with self._cond:
            self._fail(ConnectionLost("The connection to the Easel daemon was closed."))
            self._cond.notify_all()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            _close_quietly(self._sock)
        except Exception:
            pass

    # -----------------------------------------------------------------------------------------
    # Internals: requests

    def _new_id(self, prefix: str) -> str:
        with self._cond:
            self._counter += 1
            return "%s%d" % (prefix, self._counter)

    def _cancel_header(self, rid: Optional[str], job: Optional[str]) -> dict:
        header = {"type": "cancel", "id": self._new_id("c")}
        if job:
            header["job"] = job
        else:
            header["edit"] = rid
        return header

    @staticmethod
    def _expect_type(frame: Frame, kind: str) -> None:
        if frame.header.get("type") != kind:
            raise ProtocolError("the daemon answered with %r where %r was expected"
                                % (frame.header.get("type"), kind))

    def _edit_request(self, conversation_id, instruction, canvas, image, selection, options,
                      title):
        if not isinstance(conversation_id, str) or not 1 <= len(conversation_id) <= 128:
            raise ValueError("the conversation id must be a string of 1 to 128 characters")
        if not isinstance(instruction, str) or not instruction.strip():
            raise ValueError("the instruction is empty")
        if len(instruction) > 4000:
            raise ValueError("the instruction has %d characters; at most 4000 are allowed"
                             % len(instruction))
        if isinstance(canvas, dict):
            canvas = (canvas.get("width"), canvas.get("height"))
        try:
            width, height = canvas
        except (TypeError, ValueError):
            raise ValueError("canvas must be (width, height), not %r" % (canvas,)) from None
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 1
                   for v in (width, height)):
            raise ValueError("canvas width and height must be positive integers, not %r"
                             % (canvas,))
        if not isinstance(image, Image):
            raise ValueError("image must be an easel_client.Image")
        if image.format == "a8":
            raise ValueError("the image cannot be in format a8 (a8 is for selection masks)")
        if selection is not None:
            if not isinstance(selection, Image):
                raise ValueError("selection must be an easel_client.Image or None")
            if selection.format != "a8":
                raise ValueError("the selection must be an a8 mask, not %s" % selection.format)
        if options is not None and not isinstance(options, dict):
            raise ValueError("options must be a dict")

        conversation = {"id": conversation_id}
        if title:
            conversation["title"] = title
        # The id is a placeholder of typical length (so the size check is honest) until the
        # request is actually sent.
        header = {"type": "edit", "id": "e0000", "conversation": conversation,
                  "instruction": instruction, "canvas": {"width": width, "height": height},
                  "image": image.descriptor(0)}
        attachments = [image.data]
        if selection is not None:
            header["selection"] = selection.descriptor(1)
            attachments.append(selection.data)
        if options:
            header["options"] = dict(options)
        # Fail here, not on the socket: a frame over the limits would cost the connection.
        prepare_frame(header, attachments, self._send_limits)
        return header, attachments

    def _run_edit(self, header, attachments, timeout):
        rid = self._new_id("e")
        header = dict(header, id=rid)
        deadline = _deadline(timeout)
        self._expect(rid)
        finished = True  # the job is over (result/error/cancel sent) or cannot be cancelled
        accepted = False
        try:
            with self._send_lock:
                self._write_locked(header, attachments)
                finished = False
                with self._cond:  # only now may cancel() name it: the edit frame went first
                    self._running_edits[rid] = None
            while True:
                try:
                    frame = self._next_frame(rid, deadline)
                except _Expired:
                    finished = True
                    self._cancel_quietly(rid)
                    raise EaselTimeout("The edit did not finish within %s s, so it was "
                                       "cancelled." % timeout) from None
                kind = frame.header.get("type")
                if kind == "accepted":
                    accepted = True
                    event = Accepted(frame.header)
                    with self._cond:
                        if rid in self._running_edits:
                            self._running_edits[rid] = event.job or None
                    yield event
                elif kind == "progress":
                    yield Progress(frame)
                elif kind == "result":
                    finished = True
                    result = EditResult(frame)
                    self._forget(rid)
                    yield result
                    return
                elif kind == "error":
                    finished = True
                    raise error_from_header(frame.header, self._token_source)
                elif kind == "clarify":
                    # Easel asks instead of guessing; nothing was queued, the edit is over.
                    finished = True
                    raise ClarificationNeeded.from_header(frame.header)
                elif not accepted:
                    # Before accepted only accepted, error or clarify can come: an unknown type
                    # there is a newer daemon's way of ending the edit (PROTOCOL.md, clarify).
                    finished = True
                    raise EaselError(_unknown_end_message(kind, frame.header))
                else:
                    log.debug("ignoring %r for edit %s", kind, rid)
        except (ConnectionLost, ProtocolError, DaemonError, ClarificationNeeded):
            finished = True
            raise
        finally:
            with self._cond:
                job = self._running_edits.pop(rid, None)
            self._forget(rid)
            if not finished:  # the caller stopped early (exception, generator closed)
                self._cancel_quietly(rid, job)

    def _cancel_quietly(self, rid: str, job: Optional[str] = None) -> None:
        if job is None:
            with self._cond:
                job = self._running_edits.get(rid)
        try:
            with self._send_lock:
                if self._failure is None:
                    self._write_locked(self._cancel_header(rid, job), ())
        except EaselError as exc:
            log.debug("could not cancel %s: %s", rid, exc)

    # -----------------------------------------------------------------------------------------
    # Internals: the socket

    def _send(self, header: dict, attachments) -> None:
        with self._send_lock:
            self._write_locked(header, attachments)

    def _write_locked(self, header: dict, attachments) -> None:
        """Writes one frame; the caller holds _send_lock."""
        # Encoding and the limit checks happen before any byte is written, so their errors
        # leave the connection usable.
        head, views = prepare_frame(header, attachments, self._send_limits)
        failure = self._failure
        if failure is not None:
            if isinstance(failure, ConnectionLost):
                raise ConnectionLost(str(failure))
            raise ConnectionLost("The Easel daemon closed the connection after an error: %s"
                                 % failure)
        try:
            with self._tls_lock:
                write_prepared(self._sock, head, views)
        except BaseException as exc:
            # Part of a frame may have been written: the stream is unusable from here on.
            lost = exc if isinstance(exc, EaselError) else ConnectionLost(
                "The connection to the Easel daemon broke while sending: %s" % exc)
            with self._cond:
                self._fail(lost)
                self._cond.notify_all()
            if isinstance(exc, OSError):
                raise lost from None
            raise

    def _expect(self, rid: str) -> None:
        with self._cond:
            self._awaited.add(rid)

    def _forget(self, rid: str) -> None:
        with self._cond:
            self._awaited.discard(rid)
            self._inbox.pop(rid, None)

    def _next_frame(self, rid: str, deadline: Optional[float]) -> Frame:
        """The next frame for request ``rid``; reads the socket unless another thread already
        does. Raises _Expired at the deadline, or the error that ended the connection."""
        while True:
            with self._cond:
                while True:
                    queue = self._inbox.get(rid)
                    if queue:
                        return queue.popleft()
                    if self._failure is not None:
                        raise self._failure
                    remaining = _remaining(deadline)
                    if remaining is not None and remaining <= 0:
                        raise _Expired()
                    if not self._reading:
                        self._reading = True
                        break
                    self._cond.wait(_POLL_SLICE if remaining is None
                                    else min(remaining, _POLL_SLICE))
            frame = None
            failure = None
            try:
                wait = _POLL_SLICE if remaining is None else min(remaining, _POLL_SLICE)
                if _wait_readable(self._sock, wait):
                    with self._tls_lock:
                        frame = read_frame(self._sock, RECEIVE_LIMITS)
                    if frame is None:
                        failure = ConnectionLost("The Easel daemon closed the connection.")
            except EaselError as exc:
                failure = exc
            except BaseException as exc:  # e.g. KeyboardInterrupt mid-frame: stream unusable
                failure = ConnectionLost("Reading from the Easel daemon was interrupted (%r)."
                                         % exc)
                raise
            finally:
                with self._cond:
                    self._reading = False
                    if failure is not None:
                        self._fail(failure)
                    elif frame is not None:
                        self._dispatch(frame)
                    self._cond.notify_all()

    def _dispatch(self, frame: Frame) -> None:
        """Routes a frame to its waiter (the caller holds _cond)."""
        header = frame.header
        kind = header.get("type")
        rid = header.get("id")
        if kind == "error" and header.get("fatal") is True:
            # The daemon closes the connection after a fatal error: every wait ends with it.
            self._fail(error_from_header(header, self._token_source))
            return
        if isinstance(rid, str) and rid in self._awaited:
            self._inbox.setdefault(rid, collections.deque()).append(frame)
        elif kind == "cancel_ack":
            self.last_cancel_ack = header
        elif kind == "error" and not isinstance(rid, str):
            error = error_from_header(header, self._token_source)
            log.warning("Easel daemon error not tied to a request: %s (%s)", error, error.code)
            self.stray_errors.append(error)
        else:
            log.debug("dropping %r for %r: nobody waits for it", kind, rid)

    def _fail(self, exc: EaselError) -> None:
        """Marks the connection unusable and closes the socket (the caller holds _cond)."""
        if self._failure is None:
            self._failure = exc
            _close_quietly(self._sock)


_DEFAULT_LIMITS = {"maxHeaderBytes": 1048576, "maxAttachments": 8,
                   "maxAttachmentBytes": 1073741824, "maxImageSide": 16384,
                   "maxImagePixels": 67108864, "maxQueuedJobs": 16}


def _unknown_end_message(kind, header: dict) -> str:
    question = header.get("question")
    if isinstance(question, str) and question.strip():
        return question
    return ("The Easel daemon answered the edit with a %r message, which this plugin does not "
            "know: the daemon is newer than this client. Update the plugin (./easel install)."
            % kind)


def _with_id(header: dict, rid: str) -> dict:
    """The header with ``id`` right after ``type`` (the order the reference encoders use)."""
    out = {"type": header["type"], "id": rid}
    out.update((k, v) for k, v in header.items() if k not in ("type", "id"))
    return out


def _join(directory: Optional[str], name: str) -> str:
    return os.path.join(directory or "", name)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
    except (OSError, ValueError):
        return False


def _wait_readable(sock: socket.socket, timeout: Optional[float]) -> bool:
    """Whether the socket has bytes (or EOF) to read within ``timeout`` seconds."""
    # A TLS socket may hold decrypted bytes already read off the wire: select() cannot see them.
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(sock, selectors.EVENT_READ)
            return bool(selector.select(timeout))
    except (ValueError, OSError) as exc:  # closed by another thread meanwhile
        raise ConnectionLost("The connection to the Easel daemon was closed (%s)." % exc) \
            from None


def _close_quietly(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
