"""The typed events of an edit (accepted, progress, result), parsed from daemon frames.

Parsing is strict about what the client needs to act on (job ids, layer descriptors and their
bytes) and lenient about everything else, so later protocol additions do not break old plugins.
Each event keeps the full ``header`` for members this version does not know.
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from .errors import ProtocolError
from .framing import Frame
from .images import Image, Layer


def _str(header: dict, key: str, default: str = "") -> str:
    value = header.get(key)
    return value if isinstance(value, str) else default


def _int(header: dict, key: str, default: int = 0) -> int:
    value = header.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _image_from(frame: Frame, desc, what: str, name: str = None):
    """Builds an Image (or Layer when ``name`` is given) from a descriptor and its attachment."""
    if not isinstance(desc, dict):
        raise ProtocolError("the daemon sent %s that is not an image descriptor" % what)
    index = desc.get("attachment")
    if not isinstance(index, int) or isinstance(index, bool) or not \
            0 <= index < len(frame.attachments):
        raise ProtocolError("the daemon sent %s pointing at attachment %r, but the frame has %d"
                            % (what, index, len(frame.attachments)))
    data = frame.attachments[index]
    try:
        if name is None:
            return Image(desc.get("x", 0), desc.get("y", 0), desc.get("width"),
                         desc.get("height"), desc.get("format"), data)
        return Layer(name, desc.get("x", 0), desc.get("y", 0), desc.get("width"),
                     desc.get("height"), desc.get("format"), data)
    except ValueError as exc:
        raise ProtocolError("the daemon sent an invalid %s: %s" % (what, exc)) from None


class Accepted:
    """The daemon validated and queued the edit; ``plan`` says what it understood."""

    def __init__(self, header: dict):
        self.header = header
        self.job = _str(header, "job")
        self.queue_position = _int(header, "queuePosition")
        plan = header.get("plan")
        self.plan = plan if isinstance(plan, dict) else {}

    @property
    def summary(self) -> str:
        """The plan in one human sentence (empty if the daemon gave none)."""
        return _str(self.plan, "summary")

    def __repr__(self):
        return "Accepted(job=%r, queue_position=%d, summary=%r)" % (
            self.job, self.queue_position, self.summary)


class Progress:
    """A step of a running edit; ``preview`` is a small rgba8 Image when the daemon sent one."""

    def __init__(self, frame: Frame):
        header = frame.header
        self.header = header
        self.job = _str(header, "job")
        self.step = _int(header, "step")
        self.steps = _int(header, "steps")
        self.stage = _str(header, "stage")
        # Which version (from 1) of how many this step belongs to, when the edit makes several;
        # 0 and 0 otherwise.
        self.variation = _int(header, "variation")
        self.variations = _int(header, "variations")
        self.preview: Optional[Image] = None
        if header.get("preview") is not None:
            self.preview = _image_from(frame, header["preview"], "progress preview")

    @property
    def fraction(self) -> float:
        """Progress from 0.0 to 1.0 (0.0 while the number of steps is unknown)."""
        return min(1.0, self.step / self.steps) if self.steps > 0 else 0.0

    def __repr__(self):
        return "Progress(job=%r, step=%d, steps=%d, stage=%r)" % (
            self.job, self.step, self.steps, self.stage)


class EditResult:
    """The finished edit: new layers to place above the source, and the canvas size after it."""

    def __init__(self, frame: Frame):
        header = frame.header
        self.header = header
        self.job = _str(header, "job")
        self.message = _str(header, "message")
        plan = header.get("plan")
        self.plan = plan if isinstance(plan, dict) else {}
        canvas = header.get("canvas")
        if not isinstance(canvas, dict) or not isinstance(canvas.get("width"), int) or \
                not isinstance(canvas.get("height"), int):
            raise ProtocolError("the daemon sent a result without a valid canvas size")
        self.canvas: Tuple[int, int] = (canvas["width"], canvas["height"])
        # Where the old canvas's top-left lands in the new one; (0, 0) unless the edit extended
        # the canvas on the left or top (and from daemons that predate the member).
        offset = canvas.get("offset")
        self.canvas_offset: Tuple[int, int] = (0, 0)
        if isinstance(offset, dict) and isinstance(offset.get("x"), int) and isinstance(offset.get("y"), int):
            self.canvas_offset = (offset["x"], offset["y"])
        layers = header.get("layers", [])
        if not isinstance(layers, list):
            raise ProtocolError('the daemon sent a result whose "layers" is not a list')
        self.layers: List[Layer] = []
        for i, desc in enumerate(layers):
            name = desc.get("name") if isinstance(desc, dict) else None
            self.layers.append(_image_from(frame, desc, "result layer %d" % i,
                                           name if isinstance(name, str) else "Easel"))

        # Several versions to choose from (the "variations" option): which layer is which
        # version. Empty for an ordinary result, whose layers all go onto the document.
        self.variations: List[Variation] = []
        variations = header.get("variations", [])
        if isinstance(variations, list):
            for v in variations:
                layer = v.get("layer") if isinstance(v, dict) else None
                if not isinstance(layer, int) or isinstance(layer, bool) or not \
                        0 <= layer < len(self.layers):
                    raise ProtocolError("the daemon sent a variation pointing at layer %r, but the "
                                        "result has %d" % (layer, len(self.layers)))
                self.variations.append(Variation(_int(v, "variation"), _int(v, "seed"),
                                                 v.get("turn") if isinstance(v.get("turn"), int)
                                                 else None, self.layers[layer]))

    def __repr__(self):
        return "EditResult(job=%r, message=%r, canvas=%r, canvas_offset=%r, layers=%r)" % (
            self.job, self.message, self.canvas, self.canvas_offset, self.layers)


class Variation:
    """One of several versions of generated content: inserting its ``layer`` is choosing it.

    ``turn`` is the conversation turn it was saved as (the instruction "#N" shows it again), None
    when the daemon could not save it; ``seed`` made it.
    """

    def __init__(self, index: int, seed: int, turn: Optional[int], layer: Layer):
        self.index = index
        self.seed = seed
        self.turn = turn
        self.layer = layer

    @property
    def label(self) -> str:
        """A short name for a choice: "#5 · seed 123" (or "version 2" without a turn)."""
        name = "#%d" % self.turn if self.turn is not None else "version %d" % self.index
        return "%s · seed %d" % (name, self.seed)

    def __repr__(self):
        return "Variation(index=%d, seed=%d, turn=%r)" % (self.index, self.seed, self.turn)


# The name the edit_events() documentation uses for the final event.
Result = EditResult
