"""Reading what an edit needs from a Krita document, and putting the result back.

This is the only module that touches Krita's document API. It imports neither Krita nor Qt
(PyQt5 accepts bytes wherever Krita wants a QByteArray), so it is unit-tested with stand-ins.
Krita's API is not thread-safe, so the three steps split by thread:

- read_snapshot (GUI thread): copies the layer's and the selection's bytes out of Krita;
- Snapshot.wire_image / prepare_result (the network thread): the byte conversions between
  Krita's order and the protocol's, which take a while on big 16-bit or float images;
- insert_result (GUI thread): only after the whole result arrived and was converted, so the
  document is never touched when an edit fails or is cancelled.
"""
from __future__ import annotations

from typing import List, NamedTuple, Optional

from . import conversation, placement
from .easel_client import EditResult, Image
from .pixel_formats import PixelLayout, UnsupportedColorSpace, describe, layout_for
from .placement import Rect

# Krita node types a paint layer cannot be added under (masks belong to a layer).
_MASK_TYPES = ("transparencymask", "filtermask", "transformmask", "selectionmask",
               "colorizemask")


class NothingToEdit(ValueError):
    """The document offers nothing to send (no active layer, selection off-canvas, …)."""


class Snapshot(NamedTuple):
    """Everything one edit request sends, read from the document on the GUI thread."""

    document: object              # krita.Document
    anchor: Optional[object]      # the layer the result goes above (krita.Node), or None
    conversation_id: str
    title: str
    canvas: Rect
    layout: PixelLayout
    native: bytes                 # the source pixels over the canvas, in Krita's byte order
    selection: Optional[Image]

    def wire_image(self) -> Image:
        """The source pixels as the protocol sends them (converts: call off the GUI thread)."""
        return Image(self.canvas.x, self.canvas.y, self.canvas.width, self.canvas.height,
                     self.layout.wire_format, self.layout.to_wire(self.native))


class PreparedLayer(NamedTuple):
    """A result layer ready for Krita: its name, position in the (resized) document and its
    pixels in Krita's byte order."""

    name: str
    x: int
    y: int
    width: int
    height: int
    native: bytes


class PreparedVersion(NamedTuple):
    """One of several versions to choose from: its label ("#5 · seed 20"), which of the
    result's layers it is, and an rgba8 thumbnail."""

    label: str
    layer: int
    thumbnail: tuple              # (width, height, rgba8 bytes)


class PreparedResult(NamedTuple):
    message: str
    resize: Optional[Rect]        # what Document.resizeImage takes, or None
    layers: List[PreparedLayer]
    versions: tuple = ()          # PreparedVersion each; then the layers are alternatives


def conversation_id_of(document, create: bool) -> Optional[str]:
    """The document's conversation id from its annotation; with ``create``, a new one is made
    and stored when there is none (it is saved with the .kra)."""
    stored = conversation.decode(bytes(document.annotation(conversation.ANNOTATION_TYPE) or b""))
    if stored or not create:
        return stored
    new_id = conversation.new_conversation_id()
    document.setAnnotation(conversation.ANNOTATION_TYPE, conversation.ANNOTATION_DESCRIPTION,
                           conversation.encode(new_id))
    return new_id


def _layer_of(node):
    """The layer a node belongs to: masks hand over to the layer that owns them."""
    while node is not None and node.type() in _MASK_TYPES:
        node = node.parentNode()
    return node


def read_snapshot(document, use_merged: bool) -> Snapshot:
    """Reads the pixels to edit (the active layer, or the merged image) and the selection."""
    canvas = Rect(0, 0, document.width(), document.height())
    anchor = _layer_of(document.activeNode())
    if use_merged:
        layout = layout_for(document.colorModel(), document.colorDepth())
        data = document.pixelData(0, 0, canvas.width, canvas.height)
    else:
        if anchor is None or anchor.parentNode() is None:
            raise NothingToEdit("There is no active layer. Click a layer in the Layers docker, "
                                "or choose \"Whole image\" as the source.")
        model, depth = anchor.colorModel(), anchor.colorDepth()
        layout = layout_for(model, depth)
        if (model, depth) != (document.colorModel(), document.colorDepth()):
            raise UnsupportedColorSpace(
                "The active layer is %s but the image is %s, so the result layer would not "
                "match it. Choose \"Whole image\" as the source, or convert the layer (Layer > "
                "Convert > Convert Layer Color Space…)." % (describe(model, depth),
                                                           describe(document.colorModel(),
                                                                    document.colorDepth())))
        # Group, vector and filter layers have no pixels of their own: send what they show.
        if anchor.type() == "paintlayer":
            data = anchor.pixelData(0, 0, canvas.width, canvas.height)
        else:
            data = anchor.projectionPixelData(0, 0, canvas.width, canvas.height)
    return Snapshot(document, anchor, conversation_id_of(document, create=True),
                    conversation.title_for(document.fileName(), document.name()), canvas,
                    layout, bytes(data), _read_selection(document, canvas))


def _read_selection(document, canvas: Rect) -> Optional[Image]:
    selection = document.selection()
    if selection is None or selection.width() < 1 or selection.height() < 1:
        return None
    bounds = Rect(selection.x(), selection.y(), selection.width(), selection.height())
    inside = bounds.intersection(canvas)
    if inside is None:
        raise NothingToEdit("The selection lies outside the canvas. Select part of the image "
                            "(or deselect with Ctrl+Shift+A to edit the whole layer).")
    mask = bytes(selection.pixelData(inside.x, inside.y, inside.width, inside.height))
    return Image(inside.x, inside.y, inside.width, inside.height, "a8", mask)


def prepare_result(snapshot: Snapshot, result: EditResult,
                   instruction: str) -> PreparedResult:
    """Checks the result against what was sent and converts its layers to Krita's byte order
    and final positions (no Krita calls: runs on the network thread)."""
    for layer in result.layers:
        if layer.format != snapshot.layout.wire_format:
            raise ValueError("The daemon answered in %s but %s was sent; the image was not "
                             "changed. Please report this." % (layer.format,
                                                               snapshot.layout.wire_format))
    change = placement.canvas_change(
        (snapshot.canvas.width, snapshot.canvas.height), result.canvas, result.canvas_offset)
    # The names as the daemon sent them (the client fills in a generic one when there is none;
    # the plugin prefers the instruction then).
    described = result.header.get("layers") or []
    layers = []
    for i, layer in enumerate(result.layers):
        x, y = layer.x, layer.y  # already in the (possibly resized) canvas's coordinates
        suggested = described[i].get("name") if isinstance(described[i], dict) else None
        name = placement.layer_name(suggested if isinstance(suggested, str) else "", instruction)
        layers.append(PreparedLayer(name, x, y,
                                    layer.width, layer.height,
                                    snapshot.layout.from_wire(layer.data)))
    versions = tuple(PreparedVersion(v.label, result.layers.index(v.layer),
                                     v.layer.thumbnail_rgba8()) for v in result.variations)
    return PreparedResult(result.message, change.resize, layers, versions)


def insert_result(snapshot: Snapshot, prepared: PreparedResult) -> List[object]:
    """Adds the result layers above the source layer (resizing the canvas first when the edit
    extended it). Returns the new nodes; the caller makes the first one active once Krita's
    layer list has caught up (see activate())."""
    document = snapshot.document
    if prepared.resize is not None:
        r = prepared.resize
        document.resizeImage(r.x, r.y, r.width, r.height)
        document.waitForDone()
    anchor = snapshot.anchor
    if anchor is not None and anchor.parentNode() is None:
        anchor = None  # the source layer was deleted meanwhile: put the result on top
    parent = anchor.parentNode() if anchor is not None else document.rootNode()
    above = anchor
    nodes = []
    for layer in prepared.layers:
        node = document.createNode(layer.name, "paintlayer")
        # Pixels go in before the node joins the image, so adding it is the one undo step.
        node.setPixelData(layer.native, layer.x, layer.y, layer.width, layer.height)
        parent.addChildNode(node, above)
        above = node
        nodes.append(node)
    document.refreshProjection()
    document.waitForDone()
    return nodes


def activate(document, node):
    """Makes ``node`` the active layer if it is still in the document. Krita's layer list learns
    about a new node from queued events, so this must run from the event loop after the insert
    (activating at once trips Krita's internal checks)."""
    if node.parentNode() is not None:
        document.setActiveNode(node)
