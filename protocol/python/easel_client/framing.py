"""Frames on the wire (PROTOCOL.md section 2): a 4-byte big-endian header length, the header as
compact UTF-8 JSON, then the raw attachments whose lengths the header's "attachments" lists.

Encoding reproduces the golden frames in protocol/testdata byte for byte. Decoding checks every
declared size against the limits *before* reading or allocating it, and reads exactly the declared
number of bytes however the transport splits them. Big attachments are never copied on the way
out (they are sent through memoryviews) and are read straight into their final buffer.
"""
from __future__ import annotations

import json
import socket
import struct
from typing import List, NamedTuple, Optional

from .errors import ConnectionLost, FrameTooLarge, ProtocolError

_PREFIX = struct.Struct(">I")

# Attachments up to this total size are sent in the same write as the header (fewer syscalls
# for small frames); bigger ones go straight from the caller's buffer.
_COALESCE_BYTES = 64 * 1024

# sendall()'s timeout covers the whole call, so big attachments are sent in slices: the socket
# timeout then means "no progress for that long" rather than "all of it within that long".
_SEND_SLICE = 8 * 1024 * 1024


class FrameLimits(NamedTuple):
    """The framing limits (PROTOCOL.md section 2, "Limits"); defaults are the protocol's."""

    max_header_bytes: int = 1048576
    max_attachments: int = 8
    max_attachment_bytes: int = 1073741824

    @classmethod
    def from_welcome(cls, limits: Optional[dict]) -> "FrameLimits":
        """The limits a `welcome` announced, defaults for anything it left out."""
        limits = limits if isinstance(limits, dict) else {}

        def pick(key, default):
            value = limits.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else default

        d = cls()
        return cls(pick("maxHeaderBytes", d.max_header_bytes),
                   pick("maxAttachments", d.max_attachments),
                   pick("maxAttachmentBytes", d.max_attachment_bytes))


DEFAULT_LIMITS = FrameLimits()


class Frame(NamedTuple):
    """A decoded frame. ``header`` is the JSON object as received (including its "attachments"
    member when it had one); ``attachments`` are bytearrays, in order."""

    header: dict
    attachments: List[bytearray]


# ---------------------------------------------------------------------------------------------
# Encoding

def _byte_view(data) -> memoryview:
    """A flat byte view of any bytes-like object (bytes, bytearray, memoryview, array...)."""
    view = memoryview(data)
    if view.format != "B" or view.ndim != 1:
        view = view.cast("B")  # TypeError for non-contiguous buffers, which we cannot send as is
    return view


def encode_header(header: dict, attachment_lengths=()) -> bytes:
    """The length prefix plus the header JSON, with "attachments" last (only if non-empty)."""
    if not isinstance(header, dict):
        raise TypeError("a frame header must be a dict, not %s" % type(header).__name__)
    members = {k: v for k, v in header.items() if k != "attachments"}
    if attachment_lengths:
        members["attachments"] = list(attachment_lengths)
    # allow_nan=False: NaN/Infinity are not JSON, and the daemon would reject the whole header.
    body = json.dumps(members, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
    if len(body) > 0xFFFFFFFF:
        raise ValueError("frame header of %d bytes cannot be length-prefixed" % len(body))
    return _PREFIX.pack(len(body)) + body


def prepare_frame(header: dict, attachments=(), limits: Optional[FrameLimits] = None):
    """Encodes the header and checks the frame against ``limits`` without sending anything.

    Returns (header bytes, [attachment byte views]). Raises FrameTooLarge when the receiver would
    refuse the frame, ValueError/TypeError for a header that is not valid JSON.
    """
    views = [_byte_view(a) for a in attachments]
    head = encode_header(header, [v.nbytes for v in views])
    if limits is not None:
        if len(head) - 4 > limits.max_header_bytes:
            raise FrameTooLarge("the request header has %d bytes; the daemon accepts at most %d"
                                % (len(head) - 4, limits.max_header_bytes))
        if len(views) > limits.max_attachments:
            raise FrameTooLarge("the request has %d attachments; the daemon accepts at most %d"
                                % (len(views), limits.max_attachments))
        for i, v in enumerate(views):
            if v.nbytes > limits.max_attachment_bytes:
                raise FrameTooLarge(
                    "attachment %d has %d bytes; the daemon accepts at most %d per attachment "
                    "(use a smaller image or selection)" % (i, v.nbytes, limits.max_attachment_bytes))
    return head, views


def encode_frame(header: dict, attachments=()) -> bytes:
    """The complete frame as one bytes object (convenient for small frames and tests)."""
    head, views = prepare_frame(header, attachments)
    return b"".join([head] + [v.tobytes() for v in views])


def write_prepared(sock, head: bytes, views) -> None:
    """Sends a frame from prepare_frame(). The caller serialises writers (one frame at a time)."""
    if sum(v.nbytes for v in views) <= _COALESCE_BYTES:
        sock.sendall(b"".join([head] + [v.tobytes() for v in views]))
        return
    sock.sendall(head)
    for v in views:
        for start in range(0, v.nbytes, _SEND_SLICE):
            sock.sendall(v[start:start + _SEND_SLICE])


def send_frame(sock, header: dict, attachments=(), limits: Optional[FrameLimits] = None) -> None:
    """Encodes and sends one frame on a socket (nothing is sent if the checks fail)."""
    head, views = prepare_frame(header, attachments, limits)
    write_prepared(sock, head, views)


# ---------------------------------------------------------------------------------------------
# Decoding

def _reader(source):
    """A readinto-like function for a socket or a binary file object."""
    if hasattr(source, "recv_into"):
        return source.recv_into
    if hasattr(source, "readinto"):
        return source.readinto

    def read_into(view):  # plain .read() objects
        data = source.read(len(view))
        view[:len(data)] = data
        return len(data)
    return read_into


def _fill(read_into, buf, what: str, frame_started: bool) -> bool:
    """Fills ``buf`` completely. False on a clean end of stream before the first byte of a
    frame; ConnectionLost when the stream ends or stalls part-way."""
    view = memoryview(buf)
    pos, size = 0, len(buf)
    while pos < size:
        try:
            got = read_into(view[pos:])
        except socket.timeout:
            raise ConnectionLost("the Easel daemon stopped sending in the middle of a frame "
                                 "(%s: %d of %d bytes arrived)" % (what, pos, size)) from None
        except OSError as exc:
            raise ConnectionLost("the connection to the Easel daemon broke: %s" % exc) from exc
        if got is None:  # non-blocking file with nothing yet; we only use blocking sources
            continue
        if got == 0:
            if pos == 0 and not frame_started:
                return False
            raise ConnectionLost("the connection to the Easel daemon closed in the middle of a "
                                 "frame (%s: %d of %d bytes arrived)" % (what, pos, size))
        pos += got
    return True


def parse_header(raw, limits: FrameLimits = DEFAULT_LIMITS):
    """Decodes header bytes; returns (header dict, attachment lengths). Checks the lengths
    against the limits so the caller can refuse them before reading anything."""
    try:
        header = json.loads(bytes(raw).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError("received a frame header that is not UTF-8 JSON: %s" % exc) from None
    if not isinstance(header, dict):
        raise ProtocolError("received a frame header that is JSON but not an object")
    lengths = header.get("attachments", [])
    if lengths is None:
        lengths = []
    if not isinstance(lengths, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in lengths):
        raise ProtocolError('received a frame whose "attachments" is not a list of '
                            "non-negative integers: %r" % (lengths,))
    if len(lengths) > limits.max_attachments:
        raise FrameTooLarge("received a frame with %d attachments (limit %d)"
                            % (len(lengths), limits.max_attachments))
    for i, n in enumerate(lengths):
        if n > limits.max_attachment_bytes:
            raise FrameTooLarge("received a frame whose attachment %d declares %d bytes "
                                "(limit %d)" % (i, n, limits.max_attachment_bytes))
    return header, lengths


def read_frame(source, limits: FrameLimits = DEFAULT_LIMITS) -> Optional[Frame]:
    """Reads one frame from a socket or binary file.

    Returns None when the stream ends cleanly before a frame starts. Raises ConnectionLost when
    it ends (or a socket times out) inside a frame, FrameTooLarge when a declared size exceeds
    ``limits`` (nothing of that size is read or allocated), ProtocolError for a malformed header.
    """
    read_into = _reader(source)
    prefix = bytearray(4)
    if not _fill(read_into, prefix, "length prefix", False):
        return None
    (size,) = _PREFIX.unpack(prefix)
    if size > limits.max_header_bytes:
        raise FrameTooLarge("received a frame header of %d bytes (limit %d)"
                            % (size, limits.max_header_bytes))
    raw = bytearray(size)
    _fill(read_into, raw, "header", True)
    header, lengths = parse_header(raw, limits)
    attachments = []
    for i, n in enumerate(lengths):
        buf = bytearray(n)
        _fill(read_into, buf, "attachment %d" % i, True)
        attachments.append(buf)
    return Frame(header, attachments)
