"""Runs inside real GIMP 3 (gimp-console-3.0 --batch-interpreter=python-fu-eval) and checks the
Easel plug-in end to end: it builds images with known pixels, calls the PDB procedure
non-interactively and checks what landed in the image. Any failed check raises, which makes
gimp-console exit non-zero.

    CASE = "edits"            the daemon runs: checks layers, pixels, offsets, names, parasite
    CASE = "daemon-stopped"   no daemon: the procedure fails with a clear message, image unchanged
    CASE = "dialog"           (under Xvfb) the chat window, driven by dialog_robot.py: an edit,
                              Repeat, a Cancel before the edit reached the daemon, and Easel's
                              question answered by choosing a reading
    CASE = "bench"            times the procedure on a 2048² layer against the same edit sent
                              by the client alone (the baseline), interleaved
    CASE = "travel-save"      20 edits, then the .xcf saved with and without the conversation it
                              carries (the time that adds to saving); run_gimp_e2e.sh then stops
                              the daemon, wipes its state directory and starts a fresh one
    CASE = "travel-open"      (under Xvfb) the .xcf reopened; the chat window's opening brings the
                              conversation back, dialog_robot.py types "undo": the pixels are as
                              before the last edit and the history shows the earlier turns

The batch interpreter predefines Gimp, Gegl, Gio, GObject and GLib; CASE and PLUGIN_DIR are set
by the -b command line before this file is exec'd.
"""
import json
import os
import statistics
import struct
import subprocess
import sys
import time

sys.path.insert(0, PLUGIN_DIR)  # noqa: F821 -- the bundled easel_client, to ask for history
from easel_client import EaselClient, Image  # noqa: E402

PROCEDURE = "python-fu-easel-chat-edit"
WORK = os.environ["HOME"]  # writable; holds this file and dialog_robot.py
RGBA8 = "R'G'B'A u8"


def check(condition, what):
    if not condition:
        raise AssertionError("GIMP end-to-end: " + what)
    print("ok - " + what, flush=True)


def new_image(width, height, precision=Gimp.Precision.U8_NON_LINEAR,  # noqa: F821
              base=Gimp.ImageBaseType.RGB):  # noqa: F821
    image = Gimp.Image.new_with_precision(width, height, base, precision)
    background = Gimp.Layer.new(image, "background", width, height, layer_type(image), 100.0,
                                Gimp.LayerMode.NORMAL)  # noqa: F821
    image.insert_layer(background, None, 0)
    write(background, bytes([255, 255, 255, 255]) * (width * height), RGBA8)
    return image


def layer_type(image):
    if image.get_base_type() == Gimp.ImageBaseType.GRAY:  # noqa: F821
        return Gimp.ImageType.GRAYA_IMAGE  # noqa: F821
    return Gimp.ImageType.RGBA_IMAGE  # noqa: F821


def add_layer(image, name, x, y, width, height, data, fmt=RGBA8):
    layer = Gimp.Layer.new(image, name, width, height, layer_type(image), 100.0,
                           Gimp.LayerMode.NORMAL)  # noqa: F821
    image.insert_layer(layer, None, 0)
    layer.set_offsets(x, y)
    write(layer, data, fmt)
    return layer


def write(layer, data, fmt):
    buffer = layer.get_buffer()
    buffer.set(Gegl.Rectangle.new(0, 0, layer.get_width(), layer.get_height()), fmt, data)  # noqa
    buffer.flush()


def read(layer, fmt=RGBA8):
    return bytes(layer.get_buffer().get(
        Gegl.Rectangle.new(0, 0, layer.get_width(), layer.get_height()), 1.0, fmt,  # noqa: F821
        Gegl.AbyssPolicy.CLAMP))  # noqa: F821


def pixel(data, width, x, y, bpp=4):
    start = (y * width + x) * bpp
    return data[start:start + bpp]


def gradient(width, height):
    """Pixel (i, j) is (8i, 8j, 128, 255): every pixel different and known."""
    return b"".join(bytes((8 * i % 256, 8 * j % 256, 128, 255))
                    for j in range(height) for i in range(width))


def run_procedure(image, layer, instruction, seed=-1, strength=-1.0,
                  mode=Gimp.RunMode.NONINTERACTIVE):  # noqa: F821
    """Calls the plug-in's procedure on ``layer`` (a list: several drawables, or none)."""
    procedure = Gimp.get_pdb().lookup_procedure(PROCEDURE)  # noqa: F821
    check(procedure is not None, "the plug-in registered %s" % PROCEDURE)
    config = procedure.create_config()
    config.set_property("run-mode", mode)
    config.set_property("image", image)
    config.set_core_object_array("drawables", layer if isinstance(layer, list) else [layer])
    config.set_property("instruction", instruction)
    config.set_property("seed", seed)
    config.set_property("strength", strength)
    return procedure.run(config)


def conversation_of(image):
    parasite = image.get_parasite("easel-conversation")
    return bytes(parasite.get_data()).decode("utf-8") if parasite is not None else None


def history(conversation_id):
    with EaselClient.connect(timeout=30) as client:
        return client.history(conversation_id)


def layer_names(image):
    return [layer.get_name() for layer in image.get_layers()]


def selected_offset_layer():
    """A 64×48 image with a gradient layer at (10, 6), 40×30, and a 16×16 selection at (20, 10)."""
    image = new_image(64, 48)
    source_pixels = gradient(40, 30)
    source = add_layer(image, "source", 10, 6, 40, 30, source_pixels)
    image.select_rectangle(Gimp.ChannelOps.REPLACE, 20, 10, 16, 16)  # noqa: F821
    return image, source, source_pixels


def case_edits():
    # 1. 8-bit image, a layer hanging at (10, 6), a 16×16 selection at (20, 10).
    image, source, source_pixels = selected_offset_layer()
    values = run_procedure(image, source, "make the selection black and white")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the edit succeeded")  # noqa: F821
    check(layer_names(image) == ["Easel: make the selection black and white", "source",
                                 "background"],
          "the result is a new layer directly above the source: %s" % layer_names(image))
    result = image.get_layers()[0]
    check(values.index(2) == result, "the procedure returns the new layer")
    check("black and white" in values.index(1), "the procedure returns the daemon's message: %r"
          % values.index(1))
    offsets = tuple(result.get_offsets()[1:])
    size = (result.get_width(), result.get_height())
    # adjustments follow the selection exactly: no soft edge of the daemon's own
    check(offsets == (20, 10) and size == (16, 16),
          "the new layer covers exactly the selection (20, 10), 16×16: %s %s" % (offsets, size))
    patch = read(result)
    for cx, cy in ((28, 18), (24, 14), (31, 21), (20, 10), (35, 25)):
        r, g, b, a = pixel(patch, 16, cx - 20, cy - 10)
        sr, sg, sb, _ = pixel(source_pixels, 40, cx - 10, cy - 6)
        luma = 0.2126 * sr + 0.7152 * sg + 0.0722 * sb
        check(r == g == b and a == 255 and abs(r - luma) <= 1.5,
              "pixel (%d, %d) is the opaque gray %d of its source (luma %.1f): got %s"
              % (cx, cy, r, luma, (r, g, b, a)))
    check(read(source) == source_pixels, "the source layer is untouched")
    conversation = conversation_of(image)
    check(conversation is not None and conversation.startswith("gimp:"),
          "the image has its conversation id in a parasite: %r" % conversation)
    turns = history(conversation)["turns"]
    check([t["instruction"] for t in turns] == ["make the selection black and white"],
          "the daemon recorded the turn under that conversation")

    # 2. Saved as .xcf and reopened, the image continues its conversation.
    xcf = Gio.File.new_for_path(os.path.join(WORK, "easel-e2e.xcf"))  # noqa: F821
    Gimp.file_save(Gimp.RunMode.NONINTERACTIVE, image, xcf, None)  # noqa: F821
    image.delete()
    image = Gimp.file_load(Gimp.RunMode.NONINTERACTIVE, xcf)  # noqa: F821
    check(conversation_of(image) == conversation, "the conversation id survives .xcf save/load")
    Gimp.Selection.none(image)  # noqa: F821
    source = [layer for layer in image.get_layers() if layer.get_name() == "source"][0]
    values = run_procedure(image, source, "a bit warmer", seed=7, strength=0.5)
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "a second edit succeeded")  # noqa
    names = layer_names(image)
    check(names[names.index("source") - 1] == "Easel: a bit warmer",
          "the new layer is inserted directly above the edited layer, below older results: %s"
          % names)
    warmer = image.get_layers()[names.index("source") - 1]
    placed = (tuple(warmer.get_offsets()[1:]), warmer.get_width(), warmer.get_height())
    check(placed == ((10, 6), 40, 30), "without a selection the new layer covers the whole "
          "source layer: %s" % (placed,))
    r, g, b, a = pixel(read(warmer), 40, 5, 5)
    sr, sg, sb, _ = pixel(source_pixels, 40, 5, 5)
    check(r > sr and b < sb and a == 255, "warmer: more red, less blue (%s → %s)"
          % ((sr, sg, sb), (r, g, b)))
    turns = history(conversation)["turns"]
    check([t["instruction"] for t in turns] == ["make the selection black and white",
                                                "a bit warmer"],
          "the reopened image continued the same conversation")
    image.delete()

    # 3. A 32-bit float image with a layer at negative offsets, no selection.
    image = new_image(16, 12, Gimp.Precision.FLOAT_NON_LINEAR)  # noqa: F821
    floats = b"".join(struct.pack("=4f", 0.9, 0.2 + 0.01 * i, 0.1, 1.0) for i in range(20 * 10))
    layer = add_layer(image, "float source", -4, -2, 20, 10, floats, "R'G'B'A float")
    values = run_procedure(image, layer, "make it black and white")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the float edit succeeded")  # noqa
    result = image.get_layers()[0]
    check((tuple(result.get_offsets()[1:]), result.get_width(), result.get_height())
          == ((-4, -2), 20, 10), "the float result keeps the layer's negative offsets")
    r, g, b, a = struct.unpack("=4f", pixel(read(result, "R'G'B'A float"), 20, 7, 3, 16))
    luma = 0.2126 * 0.9 + 0.7152 * (0.2 + 0.01 * (3 * 20 + 7)) + 0.0722 * 0.1
    check(abs(r - g) < 1e-4 and abs(g - b) < 1e-4 and abs(r - luma) < 2e-3,
          "float pixels come back gray at full precision: %.5f vs luma %.5f" % (r, luma))
    image.delete()

    # 4. A 16-bit grayscale image: the result is a grayscale layer, at 16-bit precision.
    image = new_image(16, 8, Gimp.Precision.U16_NON_LINEAR, Gimp.ImageBaseType.GRAY)  # noqa
    ramp = b"".join(struct.pack("=4H", 4000 * i, 4000 * i, 4000 * i, 65535) for i in range(16))
    layer = add_layer(image, "gray source", 0, 0, 16, 8, ramp * 8, "R'G'B'A u16")
    values = run_procedure(image, layer, "much more contrast")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the 16-bit gray edit succeeded")  # noqa
    result = image.get_layers()[0]
    check(result.is_gray() and result.has_alpha(), "the result layer is grayscale with alpha")
    dark, bright = (struct.unpack("=4H", pixel(read(result, "R'G'B'A u16"), 16, x, 4, 8))[0]
                    for x in (2, 14))
    check(dark < 8000 and bright > 56000,
          "more contrast spreads the 16-bit ramp (8000 → %d, 56000 → %d)" % (dark, bright))
    image.delete()


def case_layer_in_group():
    """A layer inside a layer group: the result goes into the same group, right above it."""
    image = new_image(24, 24)
    group = Gimp.GroupLayer.new(image, "group")  # noqa: F821
    image.insert_layer(group, None, 0)
    inner = Gimp.Layer.new(image, "inner", 24, 24, Gimp.ImageType.RGBA_IMAGE, 100.0,  # noqa
                           Gimp.LayerMode.NORMAL)  # noqa: F821
    image.insert_layer(inner, group, 0)
    write(inner, gradient(24, 24), RGBA8)
    values = run_procedure(image, inner, "invert")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the edit in a group succeeded")  # noqa
    children = [layer.get_name() for layer in group.get_children()]
    check(children == ["Easel: invert", "inner"] and
          layer_names(image) == ["group", "background"],
          "the result is inside the group, above the edited layer: %s" % children)
    image.delete()


def case_refusals():
    """Requests the plug-in refuses before sending anything; the image stays as it was."""
    image, source, source_pixels = selected_offset_layer()
    other = add_layer(image, "other", 0, 0, 8, 8, gradient(8, 8))
    for drawables, instruction, expected in (
            ([source, other], "warmer", "one layer at a time"),
            (source, "   ", "Type what Easel should do"),
            (other, "warmer", "selection does not touch the active layer")):
        values = run_procedure(image, drawables, instruction)
        message = values.index(1)
        check(values.index(0) != Gimp.PDBStatusType.SUCCESS and expected in message,  # noqa
              "refused with %r: %r" % (expected, message))
    check(layer_names(image) == ["other", "source", "background"], "no layer was added")
    check(read(source) == source_pixels and conversation_of(image) is None,
          "the image is unchanged after the refusals")
    image.delete()


def case_document_resize_and_rollback():
    """GimpDocument.apply for results that extend the canvas (no daemon engine does that yet, so
    the plug-in's code is called directly), and its rollback when inserting fails."""
    from easel_client import Layer
    from gimp_document import GimpDocument
    image, source, _ = selected_offset_layer()
    document = GimpDocument(image, source)
    red = bytes((255, 0, 0, 255)) * (32 * 48)
    inserted = document.apply((96, 48, 0, 0), [Layer("Easel: extend", 64, 0, 32, 48, "rgba8", red)],
                              None)
    check((image.get_width(), image.get_height()) == (96, 48), "the canvas grew to 96×48")
    check(tuple(inserted[0].get_offsets()[1:]) == (64, 0) and
          pixel(read(inserted[0]), 32, 5, 5) == bytes((255, 0, 0, 255)),
          "the extension layer sits in the new area with its pixels")
    before = layer_names(image)
    good = Layer("good", 0, 0, 1, 1, "rgba8", bytes(4))
    broken = Layer("broken", 0, 0, 1, 1, "a8", bytes(1))   # not a colour format: apply fails
    try:
        document.apply((128, 64, 0, 0), [good, broken], "gimp:never-stored")
        raise AssertionError("apply accepted an a8 layer")
    except ValueError as exc:
        print("apply refused as expected: %s" % exc)
    check(layer_names(image) == before and (image.get_width(), image.get_height()) == (96, 48)
          and conversation_of(image) is None,
          "a failed apply removes its layers, restores the canvas and stores no conversation")
    image.delete()


def case_question_from_scripts():
    """Easel asks instead of guessing: a script gets the question and the readings'
    instructions as the failure message, nothing changes, and calling again with one works."""
    image, source, source_pixels = selected_offset_layer()
    values = run_procedure(image, source, "contrast")
    message = values.index(1)
    check(values.index(0) == Gimp.PDBStatusType.EXECUTION_ERROR and  # noqa: F821
          "More contrast or less?" in message and '"increase the contrast"' in message and
          '"reduce the contrast"' in message and "run the procedure again" in message,
          "an ambiguous instruction fails with the question and the readings: %r" % message)
    check(layer_names(image) == ["source", "background"] and read(source) == source_pixels
          and conversation_of(image) is None, "the question changed nothing in the image")
    values = run_procedure(image, source, "increase the contrast")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS and  # noqa: F821
          layer_names(image)[0] == "Easel: increase the contrast",
          "calling again with a reading runs it: %s" % layer_names(image))
    turns = history(conversation_of(image))["turns"]
    check([t["instruction"] for t in turns] == ["increase the contrast"],
          "only the chosen reading is a turn: %s" % [t["instruction"] for t in turns])
    image.delete()


def flattened(image):
    """The image as GIMP composites it (a merged copy), in 8-bit RGBA."""
    copy = image.duplicate()
    merged = copy.merge_visible_layers(Gimp.MergeType.CLIP_TO_IMAGE)  # noqa: F821
    data = read(merged)
    copy.delete()
    return data


def case_soft_selection():
    """A soft (feathered, elliptical) selection made in GIMP: "make the selection black and
    white" leaves coverage 0 byte-identical and makes coverage 255 fully grey."""
    width, height, orange = 64, 48, bytes((200, 120, 40, 255))
    image = new_image(width, height)
    source = add_layer(image, "source", 0, 0, width, height, orange * (width * height))
    image.select_ellipse(Gimp.ChannelOps.REPLACE, 12, 8, 40, 32)  # noqa: F821
    Gimp.Selection.feather(image, 10.0)  # noqa: F821
    mask = bytes(image.get_selection().get_buffer().get(
        Gegl.Rectangle.new(0, 0, width, height), 1.0, "Y u8", Gegl.AbyssPolicy.NONE))  # noqa
    check(sum(1 for m in mask if 0 < m < 255) > 50 and 255 in mask and 0 in mask,
          "GIMP's feathered ellipse has coverage 0, 255 and a soft edge")
    values = run_procedure(image, source, "make the selection black and white")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the soft-selection edit succeeded")  # noqa
    after = flattened(image)
    centre = (24 * width + 32) * 4
    grey = after[centre:centre + 4]
    check(mask[24 * width + 32] == 255 and grey[0] == grey[1] == grey[2] and grey[3] == 255,
          "the fully selected centre is grey: %s" % (tuple(grey),))
    zero, full, between = [], [], []
    for i, m in enumerate(mask):
        got = after[i * 4:i * 4 + 4]
        if m == 0 and got != orange:
            zero.append((i % width, i // width, tuple(got)))
        elif m == 255 and got != grey:
            full.append((i % width, i // width, tuple(got)))
        elif 0 < m < 255 and not all(min(orange[c], grey[c]) - 1 <= got[c] <= max(orange[c], grey[c]) + 1
                                     for c in range(3)):
            between.append((i % width, i // width, m, tuple(got)))
    check(not zero, "pixels at coverage 0 are byte-identical: %s" % zero[:5])
    check(not full, "pixels at coverage 255 are fully grey: %s" % full[:5])
    check(not between, "partly selected pixels lie between the original and grey: %s" % between[:5])
    image.delete()


def case_extension_undo():
    """ "undo" after extending the canvas: GIMP's canvas is the original size, with the
    original pixels."""
    image = new_image(32, 24)
    source = add_layer(image, "source", 0, 0, 32, 24, gradient(32, 24))
    before = flattened(image)
    values = run_procedure(image, source, "extend the canvas to the left by 8 px")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the extension succeeded")  # noqa: F821
    check((image.get_width(), image.get_height()) == (40, 24),
          "the canvas grew to 40×24: %s" % ((image.get_width(), image.get_height()),))
    values = run_procedure(image, source, "undo")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the undo succeeded: %r" % values.index(1))
    check((image.get_width(), image.get_height()) == (32, 24),
          "undo took the canvas back to 32×24: %s" % ((image.get_width(), image.get_height()),))
    check(flattened(image) == before, "and the pixels are the original ones")
    check(tuple(source.get_offsets()[1:]) == (0, 0), "the source layer is back where it was")
    image.delete()


def case_quarter_turn_and_undo():
    """A canvas operation: "rotate 90° clockwise" swaps the canvas's sides and turns the
    pixels; "undo" brings back the size and the pixels."""
    image = new_image(32, 24)
    data = gradient(32, 24)
    source = add_layer(image, "source", 0, 0, 32, 24, data)
    before = flattened(image)
    values = run_procedure(image, source, "rotate it 90 degrees clockwise")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the quarter turn succeeded")  # noqa: F821
    check((image.get_width(), image.get_height()) == (24, 32),
          "the canvas is 24×32 after the turn: %s" % ((image.get_width(), image.get_height()),))
    turned = flattened(image)
    # Clockwise: the source's top-left pixel ends at the top right, its bottom-left at the top left.
    check(pixel(turned, 24, 23, 0)[:3] == pixel(before, 32, 0, 0)[:3]
          and pixel(turned, 24, 0, 0)[:3] == pixel(before, 32, 0, 23)[:3],
          "the pixels turned clockwise: %r %r" % (pixel(turned, 24, 23, 0), pixel(turned, 24, 0, 0)))
    # As in GIMP after an edit, the result layer (the top one) is the active layer when "undo" is typed,
    # so the layer "undo" brings back goes above it.
    values = run_procedure(image, image.get_layers()[0], "undo")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the undo succeeded: %r" % values.index(1))
    check((image.get_width(), image.get_height()) == (32, 24),
          "undo took the canvas back to 32×24: %s" % ((image.get_width(), image.get_height()),))
    check(flattened(image) == before, "and the pixels are the unturned ones")
    image.delete()


def case_border_added_and_cropped_away():
    """ "add a 4px white border" grows the canvas with a white ring around the picture; "crop off the
    white border" cuts it away again, back to the picture's own pixels."""
    image = new_image(32, 24)
    source = add_layer(image, "source", 0, 0, 32, 24, gradient(32, 24))
    before = flattened(image)
    values = run_procedure(image, source, "add a 4px white border")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the border succeeded: %r" % values.index(1))  # noqa: F821
    check((image.get_width(), image.get_height()) == (40, 32),
          "the canvas grew to 40×32: %s" % ((image.get_width(), image.get_height()),))
    framed = flattened(image)
    white = bytes([255, 255, 255, 255])
    check(pixel(framed, 40, 0, 0) == white and pixel(framed, 40, 39, 31) == white,
          "the corners are white: %r %r" % (pixel(framed, 40, 0, 0), pixel(framed, 40, 39, 31)))
    check(pixel(framed, 40, 4 + 5, 4 + 3) == pixel(before, 32, 5, 3),
          "the picture shows through the border's layer: %r" % pixel(framed, 40, 9, 7))
    # As after any edit, the result layer (the border's, on top) is the active one.
    values = run_procedure(image, image.get_layers()[0], "crop off the white border")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the crop succeeded: %r" % values.index(1))  # noqa: F821
    check((image.get_width(), image.get_height()) == (32, 24),
          "the crop took the canvas back to 32×24: %s" % ((image.get_width(), image.get_height()),))
    check(flattened(image) == before, "and shows the picture's own pixels")
    # A strip cut off one side: the canvas loses those rows, the rest of the picture stays where it was.
    values = run_procedure(image, image.get_layers()[0], "cut 8px off the top")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the side cut succeeded: %r" % values.index(1))  # noqa: F821
    check((image.get_width(), image.get_height()) == (32, 16),
          "the cut took 8 rows off the top: %s" % ((image.get_width(), image.get_height()),))
    check(flattened(image) == before[8 * 32 * 4:], "and the rows below it are the picture's own")
    image.delete()


def case_daemon_stopped():
    image, source, source_pixels = selected_offset_layer()
    values = run_procedure(image, source, "make the selection black and white")
    check(values.index(0) == Gimp.PDBStatusType.EXECUTION_ERROR,  # noqa: F821
          "with the daemon stopped the procedure fails")
    message = values.index(1)
    check(isinstance(message, str) and "not running" in message and "easel serve" in message,
          "the error says the daemon is not running and how to start it: %r" % message)
    check(layer_names(image) == ["source", "background"], "no layer was added")
    check(read(source) == source_pixels, "the source layer is untouched")
    check(conversation_of(image) is None, "no conversation parasite was attached")
    image.delete()


def case_dialog():
    """The chat window: the robot types an instruction; the edit lands like the procedure's."""
    image, source, source_pixels, conversation = dialog_session("edit", "make it black and white")
    check(layer_names(image) == ["Easel: make it black and white", "source", "background"],
          "the window's edit inserted a layer above the source: %s" % layer_names(image))
    r, g, b, a = pixel(read(image.get_layers()[0]), 32, 9, 5)
    check(r == g == b and a == 255, "its pixels are gray: %s" % ((r, g, b, a),))
    check(read(source) == source_pixels, "the source layer is untouched")
    check(conversation_of(image) == conversation, "the image kept its conversation")
    # Filters ▸ Repeat runs WITH_LAST_VALS: the window's last instruction, applied again.
    values = run_procedure(image, source, "", mode=Gimp.RunMode.WITH_LAST_VALS)  # noqa: F821
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS and  # noqa: F821
          len(layer_names(image)) == 4 and  # GIMP numbers the second layer of that name
          layer_names(image)[1].startswith("Easel: make it black and white"),
          "repeating runs the window's last instruction again: %s" % layer_names(image))
    image.delete()


def case_dialog_cancel():
    """Cancel in the chat window before the edit reached the (frozen) daemon: nothing lands,
    and the window then runs the next instruction normally."""
    image, source, source_pixels, conversation = dialog_session("cancel-then-edit", "invert")
    check(layer_names(image) == ["Easel: invert", "source", "background"],
          "only the edit after the cancelled one landed: %s" % layer_names(image))
    check(read(source) == source_pixels, "the source layer is untouched")
    turns = history(conversation)["turns"]
    check([t["instruction"] for t in turns] == ["invert"],
          "the cancelled edit never reached the daemon: %s" % [t["instruction"] for t in turns])
    image.delete()


def case_dialog_question():
    """The chat window asks: the robot types "contrast", Easel offers more or less as buttons,
    the robot picks the first ("increase the contrast", Alt+1), and that edit lands."""
    image, source, source_pixels, conversation = dialog_session("choose", "contrast")
    check(layer_names(image) == ["Easel: increase the contrast", "source", "background"],
          "the chosen reading's layer is above the source: %s" % layer_names(image))
    result = read(image.get_layers()[0])
    (low, _, _, _), (high, _, _, _) = pixel(result, 32, 2, 2), pixel(result, 32, 30, 20)
    (src_low, _, _, _), (src_high, _, _, _) = (pixel(source_pixels, 32, 2, 2),
                                               pixel(source_pixels, 32, 30, 20))
    check(low < src_low and high > src_high,
          "more contrast: red %d → %d and %d → %d" % (src_low, low, src_high, high))
    check(read(source) == source_pixels, "the source layer is untouched")
    turns = history(conversation)["turns"]
    check([t["instruction"] for t in turns] == ["increase the contrast"],
          "the question was no turn; the chosen reading was sent as the artist's instruction: %s"
          % [t["instruction"] for t in turns])
    image.delete()


def dialog_session(robot_mode, instruction):
    """Opens the chat window on a fresh image while dialog_robot.py plays the artist."""
    image = new_image(32, 24)
    source_pixels = gradient(32, 24)
    source = add_layer(image, "source", 0, 0, 32, 24, source_pixels)
    # A known conversation id, so the robot can watch the daemon's history for the edit; it
    # also checks that the window continues the conversation stored in the image.
    conversation = "gimp:e2e-%s-%d" % (robot_mode, os.getpid())
    image.attach_parasite(Gimp.Parasite.new("easel-conversation",  # noqa: F821
                                            Gimp.PARASITE_PERSISTENT,  # noqa: F821
                                            list(conversation.encode())))
    robot = subprocess.Popen(["python3", os.path.join(WORK, "dialog_robot.py"), PLUGIN_DIR,  # noqa
                              conversation, robot_mode, instruction])
    values = run_procedure(image, source, "", mode=Gimp.RunMode.INTERACTIVE)  # noqa: F821
    check(robot.wait(120) == 0, "the robot (%s) worked the window and closed it" % robot_mode)
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the window closed normally")  # noqa
    return image, source, source_pixels, conversation


def case_bench(size=2048, rounds=5):
    image = new_image(size, size)
    data = bytes(range(256)) * (size * size * 4 // 256)
    layer = add_layer(image, "source", 0, 0, size, size, data)
    image.select_rectangle(Gimp.ChannelOps.REPLACE, size // 4, size // 4,  # noqa: F821
                           size // 2, size // 2)
    half = size // 2
    mask = Image(size // 4, size // 4, half, half, "a8", b"\xff" * (half * half))
    plugin, direct = [], []
    for _ in range(rounds + 1):              # the first round warms up both paths
        start = time.perf_counter()
        values = run_procedure(image, layer, "a bit warmer")
        plugin.append(time.perf_counter() - start)
        check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "bench edit")  # noqa: F821
        image.remove_layer(image.get_layers()[0])
        start = time.perf_counter()
        with EaselClient.connect(timeout=60) as client:
            client.edit("gimp:bench-direct", "a bit warmer", canvas=(size, size),
                        image=Image(0, 0, size, size, "rgba8", data), selection=mask)
        direct.append(time.perf_counter() - start)
    p, d = statistics.median(plugin[1:]), statistics.median(direct[1:])
    print("BENCH %d² rgba8, selection %d², 'a bit warmer', median of %d: plug-in procedure "
          "%.3f s, client alone (baseline) %.3f s, plug-in overhead %.3f s (x%.2f)"
          % (size, half, rounds, p, d, p - d, p / d), flush=True)
    image.delete()


# What the oracle model (installed by run_gimp_e2e.sh) paints for any prompt under the default
# guidance 7.5: its unconditional colour (0.40, 0.50, 0.60) pushed 7.5 times towards the
# conditional (0.50, 0.45, 0.55), clipped, as RGBA.
ORACLE_RGBA = (255, 32, 57, 255)


def case_diffusion():
    """New content from the installed diffusion model, painted into the selection only."""
    image, source, source_pixels = selected_offset_layer()
    values = run_procedure(image, source, "add a red barn", seed=7)
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS,  # noqa: F821
          "the generation succeeded: %r" % values.index(1))
    result = image.get_layers()[0]
    check(result.get_name() == "Easel: add a red barn · seed 7",
          "the layer is named after the instruction and its seed: %r" % result.get_name())
    offsets = tuple(result.get_offsets()[1:])
    size = (result.get_width(), result.get_height())
    # created pixels: the selection grown by 2 px with an 8 px soft edge (6 px out), clipped
    check(offsets == (14, 6) and size == (28, 26),
          "the new layer covers the selection grown by its soft edge: %s %s" % (offsets, size))
    got = pixel(read(result), 28, 28 - 14, 18 - 6)
    check(all(abs(a - b) <= 4 for a, b in zip(got, ORACLE_RGBA)),
          "inside the selection the model's colour: %s (expected %s)" % (got, ORACLE_RGBA))
    edge = pixel(read(result), 28, 18 - 14, 18 - 6)[3]
    check(0 < edge < 255, "2 px outside the selection it blends in: alpha %d" % edge)
    check(read(source) == source_pixels, "the source layer is untouched")
    image.delete()


def case_edits_and_more():
    case_edits()
    case_layer_in_group()
    case_refusals()
    case_document_resize_and_rollback()
    case_question_from_scripts()
    case_soft_selection()
    case_extension_undo()
    case_quarter_turn_and_undo()
    case_border_added_and_cropped_away()
    case_diffusion()


def case_dialog_versions():
    """Two versions from the oracle model in the chat window: the robot asks in words, picks
    the second (Alt+2), which lands as one layer; "#N" then brings back the first."""
    image, source, source_pixels, conversation = dialog_session(
        "versions", "generate a red barn, 2 versions")
    turns = history(conversation)["turns"]
    check([t["status"] for t in turns] == ["done"] * 3,
          "two versions and the #N that showed the first: %s" % [t["status"] for t in turns])
    first, second = (t["results"][0]["name"] for t in turns[:2])
    check(first != second and first.startswith("Easel: generate a red barn, 2 versions · seed "),
          "each version has its own seed: %r, %r" % (first, second))
    layers = {layer.get_name(): layer for layer in image.get_layers()}
    check(second in layers, "the chosen (second) version is a layer: %s" % list(layers))
    if second in layers:
        got = pixel(read(layers[second]), layers[second].get_width(), 16, 12)
        check(all(abs(a - b) <= 4 for a, b in zip(got, ORACLE_RGBA)),
              "the chosen version's pixels are the model's colour: %s (expected %s)"
              % (got, ORACLE_RGBA))
    check(first in layers, "\"#%d\" brought back the first version: %s"
          % (turns[0]["turn"], list(layers)))
    check(len(layers) == 4, "nothing else was inserted: %s" % list(layers))
    check(read(source) == source_pixels, "the source layer is untouched")
    image.delete()


def case_dialogs():
    case_dialog()
    case_dialog_cancel()
    case_dialog_question()
    case_dialog_versions()


TRAVEL_TURNS = 20
TRAVEL_W, TRAVEL_H = 512, 384
TRAVEL_FIRST = "make the selection black and white"
TRAVEL_XCF = os.path.join(WORK, "easel-e2e-travel.xcf")
TRAVEL_PLAIN_XCF = os.path.join(WORK, "easel-e2e-travel-plain.xcf")
TRAVEL_NOTES = os.path.join(WORK, "easel-e2e-travel.json")  # what travel-open checks against
ARCHIVE = "easel-conversation-archive"


def carried_bytes(image):
    """The conversation the image carries; GIMP gives parasite data as signed chars."""
    return bytes(v & 0xFF for v in image.get_parasite(ARCHIVE).get_data())


def centre_pixel(image):
    return list(pixel(flattened(image), TRAVEL_W, TRAVEL_W // 2, TRAVEL_H // 2))


def timed_save(image, path):
    started = time.perf_counter()
    Gimp.file_save(Gimp.RunMode.NONINTERACTIVE, image, Gio.File.new_for_path(path),  # noqa
                   None)
    return time.perf_counter() - started


def case_travel_save():
    """20 turns, each on the previous result, on a 256×192 selection of a 512×384 image; the
    .xcf saved three times without the conversation's parasite and three times with it."""
    orange = bytes((200, 120, 40, 255))
    image = new_image(TRAVEL_W, TRAVEL_H)
    layer = add_layer(image, "source", 0, 0, TRAVEL_W, TRAVEL_H, orange * (TRAVEL_W * TRAVEL_H))
    image.select_rectangle(Gimp.ChannelOps.REPLACE, 128, 96, 256, 192)  # noqa: F821
    instructions = ([TRAVEL_FIRST] + ["make it warmer", "make it cooler"] * TRAVEL_TURNS)
    centres = []
    for n, instruction in enumerate(instructions[:TRAVEL_TURNS]):
        values = run_procedure(image, layer, instruction)
        if values.index(0) != Gimp.PDBStatusType.SUCCESS:  # noqa: F821
            check(False, "turn %d (%s): %r" % (n + 1, instruction, values.index(1)))
        layer = values.index(2)         # the next turn edits this result, as an artist would
        centres.append(centre_pixel(image))
    check(centres[-1] != centres[-2], "the last turn changed the image: %s → %s"
          % (centres[-2], centres[-1]))
    conversation = conversation_of(image)
    archive = carried_bytes(image)
    check(archive.startswith(b"PK"), "the image carries its conversation (%d bytes)" % len(archive))
    turns = history(conversation)["turns"]
    check(len(turns) == TRAVEL_TURNS, "the daemon has the %d turns" % TRAVEL_TURNS)

    # The time the parasite adds to saving, interleaved (the machine is shared): the copy is
    # refreshed with every edit, so saving only writes bytes the image already holds.
    parasite = image.get_parasite(ARCHIVE)
    timed_save(image, TRAVEL_XCF)                         # warms GIMP's saving path
    plain, carried = [], []
    for _ in range(3):
        image.detach_parasite(ARCHIVE)
        plain.append(timed_save(image, TRAVEL_PLAIN_XCF))
        image.attach_parasite(parasite)
        carried.append(timed_save(image, TRAVEL_XCF))
    added = min(carried) - min(plain)
    bench = {"turns": TRAVEL_TURNS, "canvas": [TRAVEL_W, TRAVEL_H], "parasite_bytes": len(archive),
             "xcf_bytes": os.path.getsize(TRAVEL_XCF),
             "plain_xcf_bytes": os.path.getsize(TRAVEL_PLAIN_XCF),
             "save_s_without": [round(t, 3) for t in plain],
             "save_s_with": [round(t, 3) for t in carried], "added_s": round(added, 3)}
    print("BENCH xcf save with a %d-turn conversation: %s" % (TRAVEL_TURNS, json.dumps(bench)),
          flush=True)
    check(added < 0.5, "the conversation adds under 0.5 s to saving the .xcf (%.3f s)" % added)
    with open(TRAVEL_NOTES, "w") as notes:
        json.dump({"conversation": conversation, "centres": centres,
                   "layers": layer_names(image)}, notes)
    image.delete()


def case_travel_open():
    """The fresh daemon knows nothing; the reopened .xcf's chat window brings the conversation
    back on opening, and its "undo" shows the image as it was before the last turn."""
    with open(TRAVEL_NOTES) as notes:
        saved = json.load(notes)
    conversation = saved["conversation"]
    check(history(conversation)["turns"] == [], "the fresh daemon does not know the conversation")
    image = Gimp.file_load(Gimp.RunMode.NONINTERACTIVE,  # noqa: F821
                           Gio.File.new_for_path(TRAVEL_XCF))  # noqa: F821
    check(conversation_of(image) == conversation and layer_names(image) == saved["layers"],
          "the .xcf reopened with its conversation id and its %d layers" % len(saved["layers"]))
    top = image.get_layers()[0]
    from_file = carried_bytes(image)
    robot = subprocess.Popen(["python3", os.path.join(WORK, "dialog_robot.py"), PLUGIN_DIR,  # noqa
                              conversation, "restored-then-edit", "undo"])
    values = run_procedure(image, top, "", mode=Gimp.RunMode.INTERACTIVE)  # noqa: F821
    check(robot.wait(180) == 0, "the robot saw the conversation restored, typed undo, closed")
    check(values.index(0) == Gimp.PDBStatusType.SUCCESS, "the window closed normally")  # noqa
    turns = history(conversation)["turns"]
    check([t["instruction"] for t in turns[:2]] == [TRAVEL_FIRST, "make it warmer"] and
          len(turns) == TRAVEL_TURNS + 1 and turns[-1]["instruction"] == "undo" and
          turns[-1]["status"] == "done",
          "the conversation continued after its %d restored turns: %s"
          % (TRAVEL_TURNS, [t["instruction"] for t in turns]))
    sys.path.insert(0, PLUGIN_DIR)  # noqa: F821 -- what the window's transcript shows
    from transcript import transcript_text
    shown = transcript_text(turns)
    check(shown.startswith("#1  You: " + TRAVEL_FIRST) and "#19  You: make it cooler" in shown
          and "#20  You: make it warmer" in shown and "#21  You: undo" in shown,
          "the transcript shows the earlier turns: %r" % shown[:80])
    from easel_client.embedding import pixels_gone
    check(not any(pixels_gone(t) for t in turns),
          "every restored turn kept its pixels (under the 32 MiB cap)")
    check(len(image.get_layers()) == len(saved["layers"]) + 1,
          "undo inserted one layer: %s" % layer_names(image)[:2])
    got, before, last = centre_pixel(image), saved["centres"][-2], saved["centres"][-1]
    check(all(abs(a - b) <= 2 for a, b in zip(got, before)),
          "the image shows how it was before the last edit: %s (before %s, after %s)"
          % (got, before, last))
    archive = carried_bytes(image)
    check(archive.startswith(b"PK") and archive != from_file,
          "the image's copy was refreshed with the undo turn")
    image.delete()


{"edits": case_edits_and_more, "daemon-stopped": case_daemon_stopped, "dialog": case_dialogs,
 "bench": case_bench, "travel-save": case_travel_save,
 "travel-open": case_travel_open}[CASE]()  # noqa: F821
print("GIMP end-to-end case %r passed" % CASE, flush=True)  # noqa: F821
