"""The chat transcript of one document: what the artist asked, what Easel understood (the plan)
and answered, its questions, result thumbnails and errors. Kept as plain entries and rendered to the HTML the
docker's QTextBrowser shows, so the wording and escaping are unit-tested without Qt.
"""
from __future__ import annotations

import html
from typing import Iterable, List, NamedTuple, Optional

from .easel_client.embedding import PIXELS_GONE_NOTE, pixels_gone

USER = "user"
PLAN = "plan"
REPLY = "reply"
ERROR = "error"
NOTE = "note"
QUESTION = "question"   # Easel asks which reading was meant; the docker offers them as buttons

# Scheme of the thumbnail resources the docker registers with the QTextDocument.
THUMBNAIL_SCHEME = "easel-thumb"

_STYLE = {
    USER: ("You", "#2a6fb0"),
    PLAN: ("Easel understood", "#707070"),
    REPLY: ("Easel", "#2f8a2f"),
    ERROR: ("Easel could not do it", "#c03030"),
    NOTE: ("", "#707070"),
    QUESTION: ("Easel asks", "#a05a00"),
}

_STATUS_WORDS = {"done": "", "failed": "failed", "cancelled": "cancelled"}


class Entry(NamedTuple):
    kind: str
    text: str
    thumbnail: Optional[str] = None  # key of a registered thumbnail image


class Transcript:
    """The entries of one conversation, oldest first."""

    def __init__(self, entries: Iterable[Entry] = ()):
        self.entries: List[Entry] = list(entries)

    def add(self, kind: str, text: str, thumbnail: Optional[str] = None) -> Entry:
        entry = Entry(kind, text, thumbnail)
        self.entries.append(entry)
        return entry

    def __len__(self):
        return len(self.entries)

    def to_html(self) -> str:
        return "".join(_entry_html(e) for e in self.entries)

    def plain_text(self) -> str:
        """One line per entry, for logs and tests."""
        return "\n".join("%s: %s" % (e.kind, e.text) for e in self.entries)


def question_text(question: str, readings) -> str:
    """Easel's question with its readings (easel_client.Reading), one per line: what each does
    and the instruction its button sends."""
    lines = [question]
    for reading in readings:
        if reading.summary and reading.summary != reading.instruction:
            lines.append("• %s (sends \u201c%s\u201d)" % (reading.summary, reading.instruction))
        else:
            lines.append("• \u201c%s\u201d" % reading.instruction)
    return "\n".join(lines)


def _entry_html(entry: Entry) -> str:
    who, colour = _STYLE.get(entry.kind, ("", "#707070"))
    text = html.escape(entry.text).replace("\n", "<br>")
    label = '<b style="color:%s">%s:</b> ' % (colour, html.escape(who)) if who else ""
    body = '<p style="margin:2px 0 6px 0">%s%s</p>' % (label, text)
    if entry.kind == NOTE:
        body = '<p style="margin:2px 0 6px 0; color:%s"><i>%s</i></p>' % (colour, text)
    if entry.thumbnail:
        body += '<p style="margin:0 0 8px 0"><img src="%s:%s"></p>' % (
            THUMBNAIL_SCHEME, html.escape(entry.thumbnail, quote=True))
    return body


def from_history(history: dict) -> Transcript:
    """The transcript the daemon's ``history`` reply describes (on reopening a document)."""
    transcript = Transcript()
    turns = history.get("turns") if isinstance(history, dict) else None
    turns = turns if isinstance(turns, list) else []
    if turns:
        transcript.add(NOTE, "Earlier in this conversation (%d turn%s):"
                       % (len(turns), "" if len(turns) == 1 else "s"))
    for turn in turns:
        if not isinstance(turn, dict):
            continue
        transcript.add(USER, _text(turn.get("instruction")))
        summary = _text((turn.get("plan") or {}).get("summary")
                        if isinstance(turn.get("plan"), dict) else None)
        if summary:
            transcript.add(PLAN, summary)
        status = turn.get("status") if isinstance(turn.get("status"), str) else ""
        message = _text(turn.get("message"))
        if status in ("failed", "cancelled"):
            transcript.add(ERROR, message or _STATUS_WORDS[status].capitalize())
        elif message:
            transcript.add(REPLY, message)
        if pixels_gone(turn):
            transcript.add(NOTE, "Turn %s: %s" % (turn.get("turn", "?"), PIXELS_GONE_NOTE))
    return transcript


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""
