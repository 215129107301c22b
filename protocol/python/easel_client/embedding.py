"""The conversation a document carries (a Krita annotation, a GIMP parasite), shared by both
plugins: what to embed after an edit, and what to do with an embedded copy when a document is
opened. The plugins only move the bytes in and out of their document.
"""
from __future__ import annotations

from typing import List, NamedTuple, Optional

from .errors import DaemonError

# The embedded conversation's default cap (the Krita docker's settings and the GIMP dialog
# change it): the newest turns keep their pixels, older ones their plans and previews.
DEFAULT_MAX_MB = 32
MIN_MAX_MB = 1
MAX_MAX_MB = 1024


class Embedded(NamedTuple):
    """What goes into the document: the export, and the turns that travel without pixels."""

    data: bytes
    turns_without_pixels: List[int]

    def note(self) -> Optional[str]:
        """A line for the transcript when the cap left turns out, else None."""
        if not self.turns_without_pixels:
            return None
        return ("Saved in the document: every turn, but turns %s only as plans and previews "
                "(the size kept in the document is capped), so they cannot be brought back after "
                "reopening it elsewhere." % _numbers(self.turns_without_pixels))


def max_bytes(megabytes) -> int:
    """The cap in bytes for a setting in MiB; unreadable or out-of-range settings give the
    default, so a bad setting never stops saving."""
    try:
        mb = int(megabytes)
    except (TypeError, ValueError):
        mb = DEFAULT_MAX_MB
    if not MIN_MAX_MB <= mb <= MAX_MAX_MB:
        mb = DEFAULT_MAX_MB
    return mb * 1024 * 1024


def embedded_copy(client, conversation_id: str, cap_bytes: int) -> Optional[Embedded]:
    """The conversation to embed, at most ``cap_bytes``; None when the daemon has none (the
    document keeps whatever it carried)."""
    try:
        data, without = client.export_conversation_capped(conversation_id, cap_bytes)
    except DaemonError as exc:
        if exc.code == "unknown_conversation":
            return None
        raise
    return Embedded(data, without)


def restore(client, conversation_id: str, data) -> Optional[str]:
    """Brings a document's embedded conversation into the daemon when the daemon does not have
    it or has an older copy. Returns a line for the transcript: None when there was nothing
    embedded or the daemon already had it all (the same turns, or more: a file saved just before
    the copy after its last turn arrived). A damaged or foreign copy, or one that went separate
    ways from the daemon's, changes nothing and the line says so."""
    if not data:
        return None
    try:
        reply = client.import_conversation(bytes(data), conversation_id, only_if_newer=True)
    except DaemonError as exc:
        if exc.code != "bad_request":
            raise
        return ("The conversation saved in this document could not be used, so nothing changed: %s"
                % exc.message)
    if reply.get("imported"):
        return "Restored this document's conversation from the file (%d turns)." % reply.get("turns", 0)
    if reply.get("copies") in ("same", "daemon_newer"):
        return None
    return str(reply.get("reason") or "") or None


def pixels_gone(turn) -> bool:
    """Whether a history turn lost pixels it needs to be brought back ("#N", undo to it): the
    daemon's memory limit pruned them, or it came from a document that kept only its newest
    turns' pixels. Its plan, message and preview remain."""
    if not isinstance(turn, dict):
        return False
    images = [turn.get("edited")] + list(turn.get("results") or [])
    return any(isinstance(i, dict) and i.get("pruned") is True for i in images)


PIXELS_GONE_NOTE = "Only its plan and preview are kept: it can no longer be brought back or undone."


def _numbers(turns: List[int]) -> str:
    """1, 2, 3, 5 → "1–3, 5"."""
    spans = []
    for n in sorted(turns):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join("%d" % a if a == b else "%d–%d" % (a, b) for a, b in spans)
