"""Rectangles in canvas coordinates: which part of the selection concerns the active layer, and
where result layers go (pure logic, no GIMP)."""
from __future__ import annotations

from typing import NamedTuple, Optional, Tuple


class Rect(NamedTuple):
    """x, y (top left, may be negative: layers can hang off the canvas), width, height."""

    x: int
    y: int
    width: int
    height: int

    @classmethod
    def from_corners(cls, x1: int, y1: int, x2: int, y2: int) -> "Rect":
        """From GIMP's (x1, y1, x2, y2) bounds, x2/y2 exclusive."""
        return cls(x1, y1, x2 - x1, y2 - y1)

    @property
    def empty(self) -> bool:
        return self.width <= 0 or self.height <= 0

    def intersect(self, other: "Rect") -> Optional["Rect"]:
        """The overlap of both, or None when they do not overlap."""
        x1, y1 = max(self.x, other.x), max(self.y, other.y)
        x2 = min(self.x + self.width, other.x + other.width)
        y2 = min(self.y + self.height, other.y + other.height)
        if x2 <= x1 or y2 <= y1:
            return None
        return Rect(x1, y1, x2 - x1, y2 - y1)


class SelectionOutsideLayer(Exception):
    """The selection and the active layer do not overlap, so an edit could change nothing."""


def selection_region(layer: Rect, selection_bounds: Optional[Rect]) -> Optional[Rect]:
    """The part of the selection to send: its bounds clipped to the layer, in canvas coordinates.

    None when there is no selection (the whole layer is edited). Raises SelectionOutsideLayer
    when there is a selection but none of it lies on the layer: sending it would only earn an
    ``empty_selection`` error after uploading the whole layer.
    """
    if selection_bounds is None:
        return None
    overlap = layer.intersect(selection_bounds)
    if overlap is None:
        raise SelectionOutsideLayer(
            "The selection does not touch the active layer, so there is nothing to change. "
            "Select part of the layer, pick the layer the selection is on, or use Select ▸ None "
            "to edit the whole layer.")
    return overlap


def canvas_change(before: Tuple[int, int], after: Tuple[int, int],
                  offset: Tuple[int, int] = (0, 0)) -> Optional[Tuple[int, int, int, int]]:
    """(width, height, offset x, offset y) for Gimp.Image.resize when an edit (extend / outpaint)
    changed the canvas, else None.

    PROTOCOL.md "result": ``offset`` is where the old canvas's top-left corner lands in the new
    one, and result layers are in the new canvas's coordinates, so they go where the daemon says.
    """
    if tuple(after) == tuple(before) and tuple(offset) == (0, 0):
        return None
    width, height = after
    if width < 1 or height < 1:
        raise ValueError("the daemon asked for a %d×%d canvas" % (width, height))
    return width, height, offset[0], offset[1]
