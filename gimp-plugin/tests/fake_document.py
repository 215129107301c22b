"""A stand-in for gimp_document.GimpDocument: one RGBA8 layer on a canvas, a selection mask,
parasites, and the layers inserted by apply(), all in plain Python."""
from chat_edit import EditInput
from conversation import (ARCHIVE_PARASITE_NAME, PARASITE_NAME, decode_conversation_id,
                          encode_conversation_id)
from easel_client import Image
from regions import Rect, selection_region


class FakeDocument:
    def __init__(self, canvas, layer, selection=None, title="test.xcf"):
        """``layer``: an rgba8 easel_client.Image in canvas coordinates; ``selection``: a Rect
        selected fully, or None."""
        self.canvas = canvas
        self.layer = layer
        self.selection = selection
        self.title = title
        self.parasites = {}
        self.inserted = []       # the layers apply() inserted, in order
        self.resize_offsets = []  # where each resize put the old canvas
        self.undo_groups = 0     # how many undo groups apply() opened
        self.fail_apply = None   # an exception apply() raises, to test failure paths
        self.reads = 0

    def conversation_id(self):
        return decode_conversation_id(self.parasites.get(PARASITE_NAME))

    def embedded_conversation(self):
        return self.parasites.get(ARCHIVE_PARASITE_NAME)

    def read(self):
        self.reads += 1
        layer_rect = Rect(self.layer.x, self.layer.y, self.layer.width, self.layer.height)
        region = selection_region(layer_rect, self.selection)
        mask = None
        if region is not None:
            mask = Image(region.x, region.y, region.width, region.height, "a8",
                         b"\xff" * (region.width * region.height))
        return EditInput(self.canvas, self.layer, mask, self.title)

    def apply(self, canvas, layers, new_conversation_id, embedded=None):
        if self.fail_apply is not None:
            raise self.fail_apply
        self.undo_groups += 1
        if canvas is not None:  # (width, height, offset x, offset y), as Gimp.Image.resize takes
            self.canvas = canvas[:2]
            self.resize_offsets.append(canvas[2:])
        self.inserted.extend(layers)
        if new_conversation_id is not None:
            self.parasites[PARASITE_NAME] = encode_conversation_id(new_conversation_id)
        if embedded is not None:
            self.parasites[ARCHIVE_PARASITE_NAME] = bytes(embedded)
        return list(layers)
