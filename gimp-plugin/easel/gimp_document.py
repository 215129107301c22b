"""The GIMP side of an edit: reads the active layer and the selection, inserts result layers and
keeps the conversation id in a parasite. The only module besides easel.py and dialog.py that
calls GIMP; chat_edit.py decides what happens, this one does it in GIMP.
"""
from __future__ import annotations

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("Gegl", "0.4")
from gi.repository import Gegl, Gimp  # noqa: E402

from chat_edit import EditInput  # noqa: E402
from conversation import (ARCHIVE_PARASITE_NAME, EMBED_SETTING_PARASITE, PARASITE_NAME,  # noqa
                          conversation_title, decode_conversation_id, encode_conversation_id,
                          parasite_bytes, parasite_data)
from easel_client import embedding  # noqa: E402
from easel_client import Image  # noqa: E402
from pixel_formats import (host_to_wire, result_layer_type, wire_format_for_precision,  # noqa
                           wire_format_named, wire_to_host)
from regions import Rect, selection_region  # noqa: E402

# Selection coverage as the protocol's a8 mask: 0 unselected … 255 fully selected.
MASK_FORMAT = "Y u8"


class NoLayer(Exception):
    """The procedure was not given exactly one layer to edit."""


class GimpDocument:
    """One image and the layer an edit applies to."""

    def __init__(self, image, layer):
        self.image = image
        self.layer = layer

    @classmethod
    def for_drawables(cls, image, drawables) -> "GimpDocument":
        """The document for the procedure's drawables; NoLayer unless there is exactly one layer."""
        drawables = list(drawables or [])
        if len(drawables) != 1:
            raise NoLayer("Easel edits one layer at a time, but %d are selected. Select just "
                          "the layer to change in the Layers dialog." % len(drawables))
        layer = drawables[0]
        if not isinstance(layer, Gimp.Layer):
            raise NoLayer("Easel edits layers, and the active item is a %s. Click the layer's "
                          "thumbnail (not its mask) in the Layers dialog."
                          % ("layer mask" if isinstance(layer, Gimp.LayerMask) else "channel"))
        return cls(image, layer)

    # -- reading -------------------------------------------------------------------------------

    def conversation_id(self):
        parasite = self.image.get_parasite(PARASITE_NAME)
        return decode_conversation_id(parasite.get_data()) if parasite is not None else None

    def embedded_conversation(self):
        parasite = self.image.get_parasite(ARCHIVE_PARASITE_NAME)
        return parasite_bytes(parasite.get_data()) if parasite is not None else None

    def read(self) -> EditInput:
        fmt = wire_format_for_precision(self.image.get_precision().value_nick)
        result_layer_type(self.image.get_base_type().value_nick)  # refuse indexed images now
        layer_rect = self.layer_rect()
        region = selection_region(layer_rect, self._selection_bounds())
        pixels = self.layer.get_buffer().get(
            Gegl.Rectangle.new(0, 0, layer_rect.width, layer_rect.height), 1.0, fmt.babl,
            Gegl.AbyssPolicy.CLAMP)
        image = Image(layer_rect.x, layer_rect.y, layer_rect.width, layer_rect.height,
                      fmt.protocol, host_to_wire(bytes(pixels), fmt))
        selection = None
        if region is not None:
            mask = self.image.get_selection().get_buffer().get(
                Gegl.Rectangle.new(region.x, region.y, region.width, region.height), 1.0,
                MASK_FORMAT, Gegl.AbyssPolicy.NONE)
            selection = Image(region.x, region.y, region.width, region.height, "a8", bytes(mask))
        canvas = (self.image.get_width(), self.image.get_height())
        return EditInput(canvas, image, selection, self.title())

    def layer_rect(self) -> Rect:
        _, x, y = self.layer.get_offsets()
        return Rect(x, y, self.layer.get_width(), self.layer.get_height())

    def title(self):
        file = self.image.get_file()
        return conversation_title(file.get_path() if file is not None else None,
                                  self.image.get_name())

    def _selection_bounds(self):
        _, non_empty, x1, y1, x2, y2 = Gimp.Selection.bounds(self.image)
        return Rect.from_corners(x1, y1, x2, y2) if non_empty else None

    # -- writing -------------------------------------------------------------------------------

    def apply(self, canvas, layers, new_conversation_id, embedded=None):
        """Inserts the result in one undo step; on failure removes what it added and re-raises."""
        old_canvas = (self.image.get_width(), self.image.get_height())
        inserted = []
        self.image.undo_group_start()
        try:
            if canvas is not None:
                width, height, offset_x, offset_y = canvas
                self.image.resize(width, height, offset_x, offset_y)
            for result_layer in layers:
                inserted.append(self._insert(result_layer))
            if new_conversation_id is not None:
                # Persistent (saved in the .xcf) but not undoable: undoing the edit must not make
                # the image forget its conversation.
                self.image.attach_parasite(Gimp.Parasite.new(
                    PARASITE_NAME, Gimp.PARASITE_PERSISTENT,
                    parasite_data(encode_conversation_id(new_conversation_id))))
            if embedded is not None:
                # The same: saved in the .xcf, kept by undo (the daemon keeps the undone turn too).
                self.image.attach_parasite(Gimp.Parasite.new(
                    ARCHIVE_PARASITE_NAME, Gimp.PARASITE_PERSISTENT, parasite_data(embedded)))
        except BaseException:
            for layer in inserted:
                self.image.remove_layer(layer)
            if canvas is not None:
                self.image.resize(old_canvas[0], old_canvas[1], -canvas[2], -canvas[3])
            raise
        finally:
            self.image.undo_group_end()
        return inserted

    def _insert(self, result_layer):
        """One result layer, directly above the edited layer (later ones above earlier ones)."""
        fmt = wire_format_named(result_layer.format)
        layer_type = getattr(Gimp.ImageType, result_layer_type(
            self.image.get_base_type().value_nick))
        layer = Gimp.Layer.new(self.image, result_layer.name, result_layer.width,
                               result_layer.height, layer_type, 100.0, Gimp.LayerMode.NORMAL)
        self.image.insert_layer(layer, self.layer.get_parent(),
                                self.image.get_item_position(self.layer))
        layer.set_offsets(result_layer.x, result_layer.y)
        buffer = layer.get_buffer()
        buffer.set(Gegl.Rectangle.new(0, 0, result_layer.width, result_layer.height), fmt.babl,
                   bytes(wire_to_host(result_layer.data, fmt)))
        buffer.flush()  # without it GIMP never sees the pixels
        layer.update(0, 0, result_layer.width, result_layer.height)
        return layer


def embed_megabytes() -> int:
    """The most MiB of conversation an image keeps (a global GIMP parasite; default 32)."""
    parasite = Gimp.get_parasite(EMBED_SETTING_PARASITE)
    raw = parasite_bytes(parasite.get_data()).decode("ascii", "replace") \
        if parasite is not None else None
    return embedding.max_bytes(raw) // (1024 * 1024)


def set_embed_megabytes(megabytes: int) -> None:
    Gimp.attach_parasite(Gimp.Parasite.new(EMBED_SETTING_PARASITE, Gimp.PARASITE_PERSISTENT,
                                           parasite_data(str(int(megabytes)).encode("ascii"))))
