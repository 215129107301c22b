"""Where a result goes in the document: the canvas change an edit asks for and each layer's
position afterwards. Pure arithmetic (no Krita), unit-tested on its own.

When the daemon reports a different canvas (extend/outpaint), PROTOCOL.md "result" says where
the old canvas's top-left corner lands in the new one (``canvas.offset``) and gives every result
layer in the *new* canvas's coordinates. So the document is resized with the old content moved by
that offset, and the layers go exactly where the daemon put them.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Optional, Tuple


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: "Rect") -> bool:
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.bottom <= self.bottom)

    def intersection(self, other: "Rect") -> Optional["Rect"]:
        """The overlap of both rectangles, or None when they do not overlap."""
        x, y = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        if right <= x or bottom <= y:
            return None
        return Rect(x, y, right - x, bottom - y)


class CanvasChange(NamedTuple):
    """``resize`` is the rectangle, in old canvas coordinates, that becomes the new canvas (what
    Krita's Document.resizeImage(x, y, w, h) takes), or None when the canvas stays as it is."""

    resize: Optional[Rect]


def canvas_change(old_size: Tuple[int, int], new_size: Tuple[int, int],
                  offset: Tuple[int, int] = (0, 0)) -> CanvasChange:
    """The resize that turns a canvas of ``old_size`` into one of ``new_size`` whose top-left
    corner is ``offset`` px left of and above the old one's."""
    new_w, new_h = new_size
    if new_w < 1 or new_h < 1:
        raise ValueError("the daemon asked for a %d×%d canvas; a canvas needs at least 1×1 px"
                         % (new_w, new_h))
    if tuple(new_size) == tuple(old_size) and tuple(offset) == (0, 0):
        return CanvasChange(None)
    return CanvasChange(Rect(-offset[0], -offset[1], new_w, new_h))


def layer_name(suggested: str, instruction: str, limit: int = 80) -> str:
    """The result layer's name: the daemon's suggestion, else "Easel: <instruction>", on one
    line and short enough for the Layers docker."""
    name = (suggested or "").strip() or "Easel: " + instruction.strip()
    name = " ".join(name.split())
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def reply_text(message: str, layer_names, resized: bool) -> str:
    """What the transcript says after a result went in: the daemon's message, the layers added
    and how to take it back. Krita's Python API (5.1 and 5.2) has no way to group a canvas
    resize and a new layer into one undo step, so after an extension Ctrl+Z needs two steps;
    the conversation's "undo" takes both back at once."""
    text = (message or "Done.").strip()
    names = ", ".join('"%s"' % n for n in layer_names)
    if names and resized:
        return ("%s Added %s and resized the canvas. Krita's Ctrl+Z takes two steps for this "
                "(first the layer, then the canvas size); type \u201cundo\u201d to take both back "
                "at once." % (text, names))
    if resized:
        return "%s Resized the canvas (Ctrl+Z undoes it)." % text
    if names:
        return "%s Added %s (Ctrl+Z removes it)." % (text, names)
    return text
