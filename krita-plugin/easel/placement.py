"""Where a result goes in the document: the canvas change an edit asks for and each layer's
position afterwards. Pure arithmetic (no Krita), unit-tested on its own.

Result layers are in the request's canvas coordinates (PROTOCOL.md "result"). When the daemon
reports a different canvas size (extend/outpaint), the canvas grows towards the side the layers
reach: a layer at negative x or y means the canvas grew left or up by that much, so the old
content moves right/down by the same amount and every layer is shifted with it.
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
    Krita's Document.resizeImage(x, y, w, h) takes), or None when the size stays. ``shift`` is
    what to add to a result layer's position to place it in the resized document."""

    resize: Optional[Rect]
    shift: Tuple[int, int]

    def place(self, x: int, y: int) -> Tuple[int, int]:
        return x + self.shift[0], y + self.shift[1]


def canvas_change(old_size: Tuple[int, int], new_size: Tuple[int, int],
                  layers: Iterable[Rect]) -> CanvasChange:
    """The resize (if any) that makes room for ``layers`` on a canvas of ``new_size``."""
    old_w, old_h = old_size
    new_w, new_h = new_size
    if new_w < 1 or new_h < 1:
        raise ValueError("the daemon asked for a %d×%d canvas; a canvas needs at least 1×1 px"
                         % (new_w, new_h))
    if (new_w, new_h) == (old_w, old_h):
        return CanvasChange(None, (0, 0))
    rects = list(layers)
    grow_left = max([0] + [-r.x for r in rects])
    grow_up = max([0] + [-r.y for r in rects])
    # Growing left/up cannot exceed the growth in size (the rest grows right/down).
    grow_left = min(grow_left, max(0, new_w - old_w))
    grow_up = min(grow_up, max(0, new_h - old_h))
    return CanvasChange(Rect(-grow_left, -grow_up, new_w, new_h), (grow_left, grow_up))


def layer_name(suggested: str, instruction: str, limit: int = 80) -> str:
    """The result layer's name: the daemon's suggestion, else "Easel: <instruction>", on one
    line and short enough for the Layers docker."""
    name = (suggested or "").strip() or "Easel: " + instruction.strip()
    name = " ".join(name.split())
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"
