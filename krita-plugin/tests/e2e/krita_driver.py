"""Runs inside real Krita (loaded by the Easel plugin in test mode) and drives the Easel docker
the way an artist does: it clicks "Start daemon", types instructions into the docker's input and
presses Enter, then checks the document. Every observation goes into a JSON report that
run_krita_e2e.py judges; uncaught errors end Krita with their traceback (the plugin's test hook).

The scenario is a generator: each `yield Wait(...)` hands control back to Krita's event loop
(the docker's network answers arrive through it) until the condition holds.
"""
import io
import json
import os
import shutil
import signal
import struct
import sys
import time
import traceback
import zipfile

from krita import Krita, Selection
from PyQt5.QtCore import QByteArray, Qt, QTimer
from PyQt5.QtTest import QTest

REPORT = os.environ["EASEL_KRITA_TEST_REPORT"]
OUT_DIR = os.environ["EASEL_KRITA_TEST_OUT"]

W, H = 64, 48
SELECTION = (16, 12, 24, 16)            # x, y, width, height
FEATHER = 0                             # adjustments follow the selection exactly
PATCH = (SELECTION[0] - FEATHER, SELECTION[1] - FEATHER,
         SELECTION[2] + 2 * FEATHER, SELECTION[3] + 2 * FEATHER)
CREATED_EDGE = 6                        # created pixels: grown by 2 px, feathered by 4 (8 px soft edge)
CREATED_PATCH = (SELECTION[0] - CREATED_EDGE, SELECTION[1] - CREATED_EDGE,
                 SELECTION[2] + 2 * CREATED_EDGE, SELECTION[3] + 2 * CREATED_EDGE)
SOFT_FEATHER = 5                        # the feather Krita gives the soft selection
SELECTION_CENTRE = (SELECTION[0] + SELECTION[2] // 2, SELECTION[1] + SELECTION[3] // 2)
ORANGE_BGRA = bytes([40, 120, 200, 255])
DIFFUSION_INSTRUCTION = "add a red barn"
# What the oracle model paints for any prompt under the default guidance 7.5: its unconditional
# colour (0.40, 0.50, 0.60) pushed 7.5 times towards the conditional (0.50, 0.45, 0.55), clipped.
ORACLE_BGRA = (57, 32, 255, 255)
BW_INSTRUCTION = "make the selection black and white"
UNSUPPORTED_INSTRUCTION = "sing me a song"  # not an image edit at all, model or not
AMBIGUOUS_INSTRUCTION = "contrast"          # more or less? Easel asks with two readings
CHOSEN_READING = "increase the contrast"

ARCHIVE = "easel/conversation-archive"
report = {"checks": [], "events": []}
_started = time.monotonic()


class Wait:
    def __init__(self, what, condition, timeout_s):
        self.what = what
        self.condition = condition
        self.deadline = time.monotonic() + timeout_s
        self.timeout_s = timeout_s


class Abort(Exception):
    """A wait timed out: the rest of the scenario cannot run."""


def check(name, ok, detail=""):
    report["checks"].append({"name": name, "ok": bool(ok), "detail": str(detail)})


def log(text):
    line = "%6.1f s  %s" % (time.monotonic() - _started, text)
    report["events"].append(line)
    sys.stderr.write("easel-e2e: %s\n" % line)
    sys.stderr.flush()


def write_report():
    tmp = REPORT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
    os.replace(tmp, REPORT)


# --------------------------------------------------------------------------- helpers

def the_docker():
    from easel import docker as easel_docker  # the plugin's own module, already loaded
    dockers = list(easel_docker.INSTANCES)
    return dockers[0] if dockers else None


def window_ready():
    window = Krita.instance().activeWindow()
    return window is not None and window.qwindow().isVisible() and the_docker() is not None


def pixel(data, x, y, width, bpp=4):
    start = (y * width + x) * bpp
    return bytes(data[start:start + bpp])


def u16(px):
    return [int.from_bytes(px[i:i + 2], "little") for i in range(0, len(px), 2)]


def inside(x, y, rect):
    return rect[0] <= x < rect[0] + rect[2] and rect[1] <= y < rect[1] + rect[3]


def select(document):
    """Selects SELECTION in the document."""
    selection = Selection()
    selection.select(*SELECTION, 255)
    document.setSelection(selection)


def changed_outside_patch(image, patch=PATCH):
    """The canvas pixels outside ``patch`` that are no longer the orange fill."""
    return [(x, y) for y in range(H) for x in range(W)
            if not inside(x, y, patch) and pixel(image, x, y, W) != ORANGE_BGRA]


def type_and_enter(docker, text):
    """Types into the docker's input box and presses Enter: the real widget path."""
    docker.input.setFocus()
    QTest.keyClicks(docker.input, text)
    QTest.keyClick(docker.input, Qt.Key_Return)


def child_names(document):
    """The layers under the root (Krita also lists the global selection as a mask there)."""
    return [n.name() for n in document.rootNode().childNodes() if n.type() != "selectionmask"]


def make_document(name, depth, fill):
    app = Krita.instance()
    document = app.createDocument(W, H, name, "RGBA", depth, "", 72.0)
    app.activeWindow().addView(document)
    layer = document.createNode("Source", "paintlayer")
    document.rootNode().addChildNode(layer, None)
    layer.setPixelData(QByteArray(fill * (W * H)), 0, 0, W, H)
    document.refreshProjection()
    document.waitForDone()
    return document, layer


def settle(seconds=0.5):
    """Lets Krita's queued events run (its layer list learns about new layers from them)."""
    until = time.monotonic() + seconds
    return Wait("Krita to settle", lambda: time.monotonic() > until, seconds + 5)


def save_screenshots(docker, tag):
    # Floating and tall, so the screenshot shows the whole transcript, not a squeezed panel.
    docker.setFloating(True)
    docker.resize(420, 620)
    QTest.qWait(200)
    docker.grab().save(os.path.join(OUT_DIR, "docker-%s.png" % tag))
    Krita.instance().activeWindow().qwindow().grab().save(
        os.path.join(OUT_DIR, "window-%s.png" % tag))


def carries_conversation(document):
    """The docker stores the conversation's copy in the document just after each result; a
    test that closes a document waits for it, or the late copy marks the document modified
    again and closing it would ask to save."""
    return lambda: len(bytes(document.annotation(ARCHIVE) or b"")) > 0


def archived_turns(document):
    """How many turns the conversation's copy in the document holds (0 when it has none)."""
    data = bytes(document.annotation(ARCHIVE) or b"")
    if not data.startswith(b"PK"):
        return 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return len(json.loads(archive.read("conversation.json"))["turns"])


def edit_done(docker):
    return lambda: docker.job is None


# --------------------------------------------------------------------------- scenario

def scenario():
    app = Krita.instance()
    yield Wait("the Krita window and the Easel docker", window_ready, 90)
    docker = the_docker()
    docker.show()
    docker.raise_()
    log("window ready")

    # No daemon runs yet: the docker must say so and offer to start it.
    yield Wait("the first connection status", lambda: docker.status.state != "connecting", 30)
    check("without a daemon the indicator says not running",
          docker.status.state == "not_running", docker.status)
    check("the docker offers to start the daemon",
          docker.action_button.isVisible() and docker.action_button.text() == "Start daemon",
          docker.action_button.text())
    QTest.mouseClick(docker.action_button, Qt.LeftButton)
    log("clicked Start daemon")
    yield Wait("the started daemon to accept the docker", lambda: docker.status.connected, 120)
    check("the engine line names the classical engine",
          "classical" in docker.engine_label.text(), docker.engine_label.text())
    log("connected: " + docker.status.detail)

    # ---- 8-bit document, a selection, black and white through the input box
    document, source = make_document("easel-e2e", "U8", ORANGE_BGRA)
    yield settle()
    document.setActiveNode(source)
    select(document)
    before = bytes(document.pixelData(0, 0, W, H))
    yield Wait("the docker to follow the new document",
               lambda: app.activeDocument() == document, 10)
    type_and_enter(docker, BW_INSTRUCTION)
    check("Enter sent the instruction (input cleared, edit running or done)",
          docker.input.toPlainText() == "" and (docker.job is not None or docker.last_inserted),
          repr(docker.input.toPlainText()))
    yield Wait("the black-and-white result", edit_done(docker), 60)
    names = child_names(document)
    log("layers after the edit: %s" % names)
    check("one result layer was added", len(docker.last_inserted) == 1 and len(names) == 3,
          names)
    if len(docker.last_inserted) != 1:
        raise Abort("no result layer; transcript:\n" + docker.current_transcript().plain_text())
    layer = docker.last_inserted[0]
    check("the layer is named after the instruction",
          layer.name() == "Easel: " + BW_INSTRUCTION, layer.name())
    check("the layer sits directly above the source layer",
          names.index(layer.name()) == names.index("Source") + 1, names)
    yield Wait("the new layer to become active",
               lambda: document.activeNode().name() == layer.name(), 5)
    bounds = layer.bounds()
    got = (bounds.x(), bounds.y(), bounds.width(), bounds.height())
    check("the layer's pixels lie within the selection grown by the soft edge",
          inside(got[0], got[1], PATCH) and got[0] + got[2] <= PATCH[0] + PATCH[2]
          and got[1] + got[3] <= PATCH[1] + PATCH[3] and got[2] >= SELECTION[2]
          and got[3] >= SELECTION[3], "bounds %s, patch %s" % (got, PATCH))
    after = bytes(document.pixelData(0, 0, W, H))
    layer_px = bytes(layer.pixelData(0, 0, W, H))
    cx, cy = SELECTION_CENTRE
    b, g, r, a = pixel(after, cx, cy, W)
    check("inside the selection the image is grey", b == g == r and a == 255 and r != 200,
          (b, g, r, a))
    lb, lg, lr, la = pixel(layer_px, cx, cy, W)
    check("the layer itself is grey and opaque inside", lb == lg == lr and la == 255,
          (lb, lg, lr, la))
    changed_outside = changed_outside_patch(after)
    check("outside the soft-edged selection no pixel changed", not changed_outside,
          changed_outside[:5])
    transparent_outside = all(layer_px[(y * W + x) * 4 + 3] == 0 for y in range(H)
                              for x in range(W) if not inside(x, y, PATCH))
    check("the layer is transparent outside the patch", transparent_outside)
    text = docker.current_transcript().plain_text()
    check("the transcript shows the instruction, the plan and the reply",
          "user: " + BW_INSTRUCTION in text and "plan: " in text and "black and white" in
          text.split("plan: ", 1)[-1] and "reply: " in text, text)
    conversation = bytes(document.annotation("easel/conversation")).decode()
    check("the conversation id is stored in the document", conversation.startswith("krita:"),
          conversation)
    save_screenshots(docker, "after-edit")

    # ---- undo removes the result in one step
    app.action("edit_undo").trigger()
    document.waitForDone()
    yield Wait("undo to take effect", lambda: len(child_names(document)) == 2, 10)
    check("one undo removed the result layer (and only it)",
          child_names(document) == [n for n in names if n != layer.name()],
          child_names(document))
    check("after undo the image is as before",
          bytes(document.pixelData(0, 0, W, H)) == before)

    # ---- an instruction the daemon cannot do leaves the document alone
    count = len(child_names(document))
    type_and_enter(docker, UNSUPPORTED_INSTRUCTION)
    yield Wait("the answer to an unsupported instruction", edit_done(docker), 30)
    text = docker.current_transcript().plain_text()
    check("an unsupported instruction adds no layer", len(child_names(document)) == count,
          child_names(document))
    check("and the docker shows the daemon's explanation",
          text.splitlines()[-1].startswith("error: "), text.splitlines()[-1])
    check("and the image is unchanged", bytes(document.pixelData(0, 0, W, H)) == before)

    # ---- Easel asks instead of guessing: "contrast" alone offers more or less as buttons
    type_and_enter(docker, AMBIGUOUS_INSTRUCTION)
    yield Wait("Easel's question", edit_done(docker), 30)
    text = docker.current_transcript().plain_text()
    buttons = docker.choices.buttons()
    check("an ambiguous instruction adds no layer and changes nothing",
          len(child_names(document)) == count and
          bytes(document.pixelData(0, 0, W, H)) == before, child_names(document))
    check("the transcript shows Easel's question with the readings",
          "question: More contrast or less?" in text and CHOSEN_READING in text, text)
    check("the docker shows one button per reading",
          docker.choices.isVisible() and
          [b.property("instruction") for b in buttons] == [CHOSEN_READING,
                                                          "reduce the contrast"]
          and all(b.isVisible() and b.isEnabled() for b in buttons),
          [(b.text(), b.property("instruction")) for b in buttons])
    save_screenshots(docker, "question")
    button = docker.choices.button_for(CHOSEN_READING)
    if button is None:
        raise Abort("no button for %r; transcript:\n%s" % (CHOSEN_READING, text))
    QTest.mouseClick(button, Qt.LeftButton)
    log("clicked %r" % button.text())
    check("the click sent the reading as a new edit (the buttons went)",
          (docker.job is not None or docker.last_inserted) and not docker.choices.buttons()
          and not docker.choices.isVisible(), docker.current_transcript().plain_text())
    yield Wait("the chosen reading's result", edit_done(docker), 60)
    names = child_names(document)
    ok = len(docker.last_inserted) == 1
    check("the chosen reading landed as one layer above the source",
          ok and names[names.index("Source") + 1] == "Easel: " + CHOSEN_READING, names)
    if ok:
        b, g, r, a = pixel(bytes(document.pixelData(0, 0, W, H)), *SELECTION_CENTRE, W)
        check("inside the selection the orange has more contrast (blue down, red up)",
              b < ORANGE_BGRA[0] and r > ORANGE_BGRA[2] and a == 255, (b, g, r, a))
        check("outside the soft-edged selection no pixel changed",
              not changed_outside_patch(bytes(document.pixelData(0, 0, W, H))))
    lines = docker.current_transcript().plain_text().splitlines()
    check("the transcript shows the reading as what the artist said",
          "user: " + CHOSEN_READING in lines, lines[-4:])
    app.action("edit_undo").trigger()
    document.waitForDone()
    yield Wait("undo of the contrast layer", lambda: len(child_names(document)) == count, 10)

    # ---- "Whole image (merged)" as the source, no selection: the whole visible image changes
    document.setSelection(None)
    docker.source.setCurrentIndex(docker.source.findText("Whole image (merged)"))
    type_and_enter(docker, "make it black and white")
    yield Wait("the merged-image result", edit_done(docker), 60)
    docker.source.setCurrentIndex(0)
    merged_ok = len(docker.last_inserted) == 1
    check("the merged image as source gives a result layer", merged_ok,
          docker.current_transcript().plain_text())
    if merged_ok:
        merged = bytes(document.pixelData(0, 0, W, H))
        corners = [pixel(merged, x, y, W) for x, y in ((0, 0), (W - 1, H - 1))]
        check("without a selection the whole image turned grey",
              all(p[0] == p[1] == p[2] and p[3] == 255 for p in corners), corners)

    # ---- reopening the saved document continues its conversation
    path = os.path.join(OUT_DIR, "easel-e2e.kra")
    check("the document saves", document.saveAs(path), path)
    document.waitForDone()
    yield settle()
    document.setModified(False)
    document.close()
    docker.transcripts.clear()  # as after restarting Krita: only the daemon remembers
    reopened = app.openDocument(path)
    app.activeWindow().addView(reopened)
    yield Wait("the docker to load the conversation's history",
               lambda: "Earlier in this conversation" in
               (docker.transcripts[conversation].plain_text()
                if conversation in docker.transcripts else ""), 20)
    history = docker.transcripts[conversation].plain_text()
    check("the reopened document shows the earlier turns from the daemon's history",
          BW_INSTRUCTION in history and "Earlier in this conversation" in history, history)
    save_screenshots(docker, "reopened")
    yield settle()
    log("closing the reopened document")
    reopened.setModified(False)
    reopened.close()
    log("closed")

    # ---- 16-bit integer document, whole layer (no selection)
    deep_fill = b"".join(v.to_bytes(2, "little") for v in (10000, 30000, 50000, 65535))
    deep, deep_source = make_document("easel-e2e-16", "U16", deep_fill)
    yield settle()
    deep.setActiveNode(deep_source)
    log("16-bit document made")
    yield Wait("the docker to follow the 16-bit document",
               lambda: app.activeDocument() == deep, 10)
    type_and_enter(docker, "make it black and white")
    yield Wait("the 16-bit result", edit_done(docker), 60)
    ok = len(docker.last_inserted) == 1 and docker.last_inserted[0].name().startswith("Easel:")
    check("a 16-bit document gets a result layer", ok,
          docker.current_transcript().plain_text())
    if ok:
        channels = u16(pixel(bytes(docker.last_inserted[0].pixelData(0, 0, W, H)),
                             W // 2, H // 2, W, 8))
        check("the 16-bit result is grey, with full 16-bit alpha",
              channels[0] == channels[1] == channels[2] and channels[3] == 65535
              and channels[0] not in (10000, 50000), channels)
    yield Wait("the conversation's copy in the document", carries_conversation(deep), 10)
    deep.setModified(False)
    yield settle()
    deep.close()

    # ---- 16-bit float document: half floats travel as 32-bit floats and come back
    halves = struct.pack("<4e", 0.8, 0.4, 0.1, 1.0)     # R, G, B, A (float depths are RGBA)
    floaty, floaty_source = make_document("easel-e2e-f16", "F16", halves)
    yield settle()
    floaty.setActiveNode(floaty_source)
    yield Wait("the docker to follow the float document",
               lambda: app.activeDocument() == floaty, 10)
    type_and_enter(docker, "black and white")
    yield Wait("the float result", edit_done(docker), 60)
    ok = len(docker.last_inserted) == 1
    check("a 16-bit float document gets a result layer", ok,
          docker.current_transcript().plain_text())
    if ok:
        r, g, b, a = struct.unpack("<4e", pixel(bytes(docker.last_inserted[0].pixelData(
            0, 0, W, H)), W // 2, H // 2, W, 8))
        check("the float result is grey and opaque",
              abs(r - g) < 1e-3 and abs(g - b) < 1e-3 and a == 1.0 and 0.1 < r < 0.8,
              (r, g, b, a))
    save_screenshots(docker, "final")
    yield Wait("the conversation's copy in the document", carries_conversation(floaty), 10)
    floaty.setModified(False)
    yield settle()
    floaty.close()

    # ---- new content from the installed (oracle) diffusion model, into the selection
    painted, painted_source = make_document("easel-e2e-diffusion", "U8", ORANGE_BGRA)
    yield settle()
    painted.setActiveNode(painted_source)
    select(painted)
    yield Wait("the docker to follow the diffusion document",
               lambda: app.activeDocument() == painted, 10)
    previews = []
    show_preview = docker.preview.setPixmap
    docker.preview.setPixmap = lambda pm: (previews.append((pm.width(), pm.height())),
                                           show_preview(pm))
    type_and_enter(docker, DIFFUSION_INSTRUCTION)
    yield Wait("the generated result", edit_done(docker), 120)
    docker.preview.setPixmap = show_preview
    ok = len(docker.last_inserted) == 1
    check("new content from a diffusion model comes back as a layer", ok,
          docker.current_transcript().plain_text())
    if ok:
        layer = docker.last_inserted[0]
        check("the generated layer is named after the instruction and its seed",
              layer.name().startswith("Easel: " + DIFFUSION_INSTRUCTION + " · seed "), layer.name())
        check("a preview was shown while it was generated", bool(previews), previews)
        image = bytes(painted.pixelData(0, 0, W, H))
        got = pixel(image, *SELECTION_CENTRE, W)
        check("inside the selection the model's colour replaced the orange",
              all(abs(a - b) <= 4 for a, b in zip(got, ORACLE_BGRA)), (got, ORACLE_BGRA))
        changed_outside = changed_outside_patch(image, CREATED_PATCH)
        check("outside the selection grown by its 8 px soft edge no pixel changed",
              not changed_outside, changed_outside[:5])
    save_screenshots(docker, "diffusion")

    # ---- two versions in one job: thumbnails to choose from, the second one inserted
    docker.version_count.setValue(2)
    layers_before = child_names(painted)
    type_and_enter(docker, DIFFUSION_INSTRUCTION)
    yield Wait("the two versions", edit_done(docker), 120)
    docker.version_count.setValue(1)
    buttons = docker.versions.buttons()
    check("two versions come back as two thumbnails to choose from",
          len(buttons) == 2 and docker.versions.isVisible(),
          docker.current_transcript().plain_text())
    check("nothing is inserted before a version is chosen", child_names(painted) == layers_before,
          child_names(painted))
    if len(buttons) == 2:
        labels = [v.label for v in docker.offered[1].versions]   # "#2 · seed 123"
        first_turn, second_seed = labels[0].split(" ")[0], labels[1].split("seed ")[1]
        check("the transcript shows each version's thumbnail",
              all(label in docker.current_transcript().plain_text() for label in labels), labels)
        QTest.mouseClick(buttons[1], Qt.LeftButton)
        yield settle()
        ok = len(docker.last_inserted) == 1
        check("clicking the second version inserts it as one layer", ok and
              len(child_names(painted)) == len(layers_before) + 1, child_names(painted))
        if ok:
            layer = docker.last_inserted[0]
            check("the inserted layer is the second version (its seed)",
                  layer.name().endswith(" · seed " + second_seed), (layer.name(), labels))
            image = bytes(painted.pixelData(0, 0, W, H))
            got = pixel(image, *SELECTION_CENTRE, W)
            check("the chosen version's pixels are the model's colour",
                  all(abs(a - b) <= 4 for a, b in zip(got, ORACLE_BGRA)), (got, ORACLE_BGRA))
            check("the version bar goes once a version is chosen", not docker.versions.pending)
            type_and_enter(docker, first_turn)
            yield Wait("the other version by its turn", edit_done(docker), 60)
            other = docker.last_inserted[0].name() if docker.last_inserted else ""
            check("\"%s\" brings back the other version" % first_turn,
                  other.endswith(" · seed " + labels[0].split("seed ")[1]), (other, labels))
    save_screenshots(docker, "variations")
    yield Wait("the conversation's copy in the document", carries_conversation(painted), 10)
    painted.setModified(False)
    yield settle()
    painted.close()

    # ---- a soft selection made in Krita: coverage 0 untouched, 255 fully grey, between blended
    soft, soft_source = make_document("easel-e2e-soft", "U8", ORANGE_BGRA)
    yield settle()
    soft.setActiveNode(soft_source)
    selection = Selection()
    selection.select(*SELECTION, 255)
    selection.feather(SOFT_FEATHER)
    soft.setSelection(selection)
    yield Wait("the docker to follow the soft-selection document",
               lambda: app.activeDocument() == soft, 10)
    mask = bytes(soft.selection().pixelData(0, 0, W, H))
    type_and_enter(docker, BW_INSTRUCTION)
    yield Wait("the soft-selection result", edit_done(docker), 60)
    ok = len(docker.last_inserted) == 1
    check("a soft selection gets a result layer", ok, docker.current_transcript().plain_text())
    if ok:
        after = bytes(soft.pixelData(0, 0, W, H))
        partial = [m for m in mask if 0 < m < 255]
        check("Krita's feathered selection is soft (has partial coverage)", len(partial) > 20,
              len(partial))
        grey = pixel(after, *SELECTION_CENTRE, W)
        check("at coverage 255 the pixel is fully grey", mask[SELECTION_CENTRE[1] * W +
              SELECTION_CENTRE[0]] == 255 and grey[0] == grey[1] == grey[2] and grey[3] == 255,
              (mask[SELECTION_CENTRE[1] * W + SELECTION_CENTRE[0]], grey))
        zero_changed, full_wrong, blend_wrong = [], [], []
        for i, m in enumerate(mask):
            x, y = i % W, i // W
            got = pixel(after, x, y, W)
            if m == 0 and got != ORANGE_BGRA:
                zero_changed.append((x, y, got))
            elif m == 255 and got != grey:
                full_wrong.append((x, y, got))
            elif 0 < m < 255:
                expected = [m / 255.0 * grey[c] + (1 - m / 255.0) * ORANGE_BGRA[c] for c in range(3)]
                if any(abs(got[c] - expected[c]) > 2 for c in range(3)):
                    blend_wrong.append((x, y, m, got, expected))
        check("pixels at coverage 0 are byte-identical", not zero_changed, zero_changed[:5])
        check("pixels at coverage 255 are all fully grey", not full_wrong, full_wrong[:5])
        check("pixels in between blend by their coverage", not blend_wrong, blend_wrong[:3])
        text = docker.current_transcript().plain_text()
        check("the plan says the selection is followed exactly",
              "exactly as selected" in text, text.splitlines()[-4:])
    yield Wait("the conversation's copy in the document", carries_conversation(soft), 10)
    soft.setModified(False)
    yield settle()
    soft.close()

    # ---- undo after extending the canvas: the canvas size and the pixels come back
    grown, grown_source = make_document("easel-e2e-extend", "U8", ORANGE_BGRA)
    yield settle()
    grown.setActiveNode(grown_source)
    yield Wait("the docker to follow the extension document",
               lambda: app.activeDocument() == grown, 10)
    original = bytes(grown.pixelData(0, 0, W, H))
    type_and_enter(docker, "extend the canvas to the left by 16 px")
    yield Wait("the extension", edit_done(docker), 90)
    check("the extension resized the canvas", (grown.width(), grown.height()) == (W + 16, H),
          (grown.width(), grown.height(), docker.current_transcript().plain_text()))
    text = docker.current_transcript().plain_text()
    check("the transcript says Krita's Ctrl+Z takes two steps for an extension",
          "two steps" in text.splitlines()[-1], text.splitlines()[-1])
    yield settle()
    type_and_enter(docker, "undo")
    yield Wait("the undo of the extension", edit_done(docker), 60)
    yield settle()
    check("undo took the canvas back to its size", (grown.width(), grown.height()) == (W, H),
          (grown.width(), grown.height(), docker.current_transcript().plain_text()))
    check("and the pixels are the original ones",
          bytes(grown.pixelData(0, 0, W, H)) == original)
    save_screenshots(docker, "extension-undone")
    yield Wait("the conversation's copy in the document", carries_conversation(grown), 10)
    grown.setModified(False)
    yield settle()
    grown.close()

    # ---- a canvas operation: a quarter turn swaps the canvas's sides, undo turns it back
    turned, turned_source = make_document("easel-e2e-rotate", "U8", ORANGE_BGRA)
    marker = bytes([200, 60, 20, 255])  # blue, BGRA
    turned_source.setPixelData(QByteArray(marker * 64), 0, 0, 8, 8)  # an 8x8 square, top left
    turned.refreshProjection()
    yield settle()
    turned.setActiveNode(turned_source)
    yield Wait("the docker to follow the rotation document",
               lambda: app.activeDocument() == turned, 10)
    unturned = bytes(turned.pixelData(0, 0, W, H))
    type_and_enter(docker, "rotate it 90 degrees clockwise")
    yield Wait("the rotation", edit_done(docker), 90)
    yield settle()
    check("the quarter turn swapped the canvas's sides", (turned.width(), turned.height()) == (H, W),
          (turned.width(), turned.height(), docker.current_transcript().plain_text()[-300:]))
    top = [n for n in turned.topLevelNodes()][-1]
    rotated = bytes(top.pixelData(0, 0, H, W))
    check("the top-left square is now top right", pixel(rotated, H - 4, 4, H) == marker
          and pixel(rotated, 4, 4, H) == ORANGE_BGRA, (pixel(rotated, H - 4, 4, H), pixel(rotated, 4, 4, H)))
    type_and_enter(docker, "undo")
    yield Wait("the undo of the rotation", edit_done(docker), 60)
    yield settle()
    check("undo turned the canvas back", (turned.width(), turned.height()) == (W, H),
          (turned.width(), turned.height()))
    check("and its pixels are the unturned ones", bytes(turned.pixelData(0, 0, W, H)) == unturned)
    yield Wait("the conversation's copy in the document", carries_conversation(turned), 10)
    turned.setModified(False)
    yield settle()
    turned.close()

    # ---- a plain border: the canvas grows with a white ring around the picture; cropping the
    # white border away brings back the picture's own canvas and pixels
    framed, framed_source = make_document("easel-e2e-border", "U8", ORANGE_BGRA)
    yield settle()
    framed.setActiveNode(framed_source)
    yield Wait("the docker to follow the border document",
               lambda: app.activeDocument() == framed, 10)
    unframed = bytes(framed.pixelData(0, 0, W, H))
    type_and_enter(docker, "add a 4px white border")
    yield Wait("the border", edit_done(docker), 90)
    yield settle()
    check("the border grew the canvas by 4 px a side", (framed.width(), framed.height()) == (W + 8, H + 8),
          (framed.width(), framed.height(), docker.current_transcript().plain_text()[-300:]))
    framed.refreshProjection()
    yield settle()
    shown = bytes(framed.pixelData(0, 0, W + 8, H + 8))
    white = bytes([255, 255, 255, 255])
    check("the border is white and the picture shows through it",
          pixel(shown, 0, 0, W + 8) == white and pixel(shown, W + 7, H + 7, W + 8) == white
          and pixel(shown, 4 + 5, 4 + 5, W + 8) == ORANGE_BGRA,
          (pixel(shown, 0, 0, W + 8), pixel(shown, 4 + 5, 4 + 5, W + 8)))
    type_and_enter(docker, "crop off the white border")
    yield Wait("the crop", edit_done(docker), 60)
    yield settle()
    check("cropping the white border away gave the canvas back", (framed.width(), framed.height()) == (W, H),
          (framed.width(), framed.height(), docker.current_transcript().plain_text()[-300:]))
    framed.refreshProjection()
    yield settle()
    check("and shows the picture's own pixels", bytes(framed.pixelData(0, 0, W, H)) == unframed)
    # a strip cut off one side: the canvas loses those rows, the rest of the picture stays where it was
    type_and_enter(docker, "cut 8px off the top")
    yield Wait("the side cut", edit_done(docker), 60)
    yield settle()
    check("the side cut took 8 rows off the top", (framed.width(), framed.height()) == (W, H - 8),
          (framed.width(), framed.height(), docker.current_transcript().plain_text()[-300:]))
    framed.refreshProjection()
    yield settle()
    check("and the rows below it are the picture's own", bytes(framed.pixelData(0, 0, W, H - 8)) == unframed[8 * W * 4:])
    yield Wait("the conversation's copy in the document", carries_conversation(framed), 10)
    framed.setModified(False)
    yield settle()
    framed.close()

    # ---- closing the image while its edit runs: the edit is cancelled or its result dropped
    doomed, doomed_source = make_document("easel-e2e-closed", "U8", ORANGE_BGRA)
    yield settle()
    doomed.setActiveNode(doomed_source)
    yield Wait("the docker to follow the last document",
               lambda: app.activeDocument() == doomed, 10)
    type_and_enter(docker, "make it black and white")
    doomed_conversation = bytes(doomed.annotation("easel/conversation")).decode()
    doomed.setModified(False)
    doomed.close()  # before the daemon's answer can reach the GUI thread
    yield Wait("the docker to finish the closed image's edit", edit_done(docker), 60)
    last = docker.transcripts[doomed_conversation].entries[-1]
    check("closing the image during its edit ends it without adding anything",
          last.kind == "note" and ("Cancelled" in last.text or "was closed" in last.text)
          and not docker.last_inserted, last)

    yield from travelling_conversation(app, docker)
    log("scenario finished")
    report["finished"] = True


BENCH_TURNS = 20
BENCH_W, BENCH_H = 512, 384


def stop_daemon_and_wipe_its_state():
    """As if the file went to another machine: the daemon is gone and remembers nothing."""
    state_dir = os.environ["EASEL_STATE_DIR"]
    with open(os.path.join(state_dir, "daemon.json"), encoding="utf-8") as f:
        pid = json.load(f)["pid"]
    os.kill(pid, signal.SIGTERM)
    for _ in range(200):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    shutil.rmtree(state_dir)
    return pid


def timed_save(document, path):
    started = time.monotonic()
    ok = document.saveAs(path)
    document.waitForDone()
    return ok, time.monotonic() - started


def travelling_conversation(app, docker):
    """Edit, save, stop the daemon and wipe its state, reopen: the conversation comes back from
    the file, "undo" works and the transcript shows the earlier turns. On the way, the time a
    20-turn conversation adds to saving the document is measured."""
    document = app.createDocument(BENCH_W, BENCH_H, "easel-e2e-travel", "RGBA", "U8", "", 72.0)
    app.activeWindow().addView(document)
    source = document.createNode("Source", "paintlayer")
    document.rootNode().addChildNode(source, None)
    source.setPixelData(QByteArray(ORANGE_BGRA * (BENCH_W * BENCH_H)), 0, 0, BENCH_W, BENCH_H)
    document.refreshProjection()
    yield settle()
    document.setActiveNode(source)
    selection = Selection()
    selection.select(128, 96, 256, 192, 255)
    document.setSelection(selection)
    yield Wait("the docker to follow the travelling document",
               lambda: app.activeDocument() == document, 10)
    centre = (BENCH_W // 2, BENCH_H // 2)
    instructions = [BW_INSTRUCTION] + ["make it warmer", "make it cooler"] * ((BENCH_TURNS - 2) // 2) \
        + ["make it warmer"]
    merged = []
    for n, instruction in enumerate(instructions[:BENCH_TURNS]):
        type_and_enter(docker, instruction)
        yield Wait("turn %d (%s)" % (n + 1, instruction), edit_done(docker), 60)
        merged.append(pixel(bytes(document.pixelData(0, 0, BENCH_W, BENCH_H)), *centre, BENCH_W))
    conversation = bytes(document.annotation("easel/conversation")).decode()
    # The copy after the last turn follows its result, within milliseconds on an idle machine and
    # seconds on a loaded one: wait for the copy that holds every turn.
    yield Wait("the conversation's copy with all %d turns" % BENCH_TURNS,
               lambda: archived_turns(document) == BENCH_TURNS, 30)
    archive = bytes(document.annotation(ARCHIVE) or b"")
    check("after each edit the document carries the conversation (annotation %s)" % ARCHIVE,
          archive.startswith(b"PK"), len(archive))

    # Time added to saving: the same document saved without and with the annotation.
    plain_path = os.path.join(OUT_DIR, "easel-e2e-travel-plain.kra")
    path = os.path.join(OUT_DIR, "easel-e2e-travel.kra")
    document.removeAnnotation(ARCHIVE)
    timed_save(document, plain_path)                     # warms Krita's saving path
    plain = [timed_save(document, plain_path)[1] for _ in range(3)]
    document.setAnnotation(ARCHIVE, "Easel conversation (turns and images)", archive)
    saved = [timed_save(document, path) for _ in range(3)]
    check("the document with its conversation saves", all(ok for ok, _ in saved), path)
    with_archive = [t for _, t in saved]
    added = min(with_archive) - min(plain)
    report["save_benchmark"] = {"turns": BENCH_TURNS, "canvas": [BENCH_W, BENCH_H],
                                "annotation_bytes": len(archive),
                                "kra_bytes": os.path.getsize(path),
                                "plain_kra_bytes": os.path.getsize(plain_path),
                                "save_s_without": [round(t, 3) for t in plain],
                                "save_s_with": [round(t, 3) for t in with_archive],
                                "added_s": round(added, 3)}
    log("save benchmark: %s" % report["save_benchmark"])
    check("the conversation adds under 0.5 s to saving a %d-turn document" % BENCH_TURNS,
          added < 0.5, report["save_benchmark"])
    yield settle()
    document.setModified(False)
    document.close()

    pid = stop_daemon_and_wipe_its_state()
    log("stopped daemon %d and wiped its state directory" % pid)
    docker.transcripts.clear()
    # The open connection learns the daemon is gone at its next request; then a new one finds
    # no daemon at all.
    docker.link.request_history("krita:probe")
    yield Wait("the docker to lose its connection", lambda: not docker.status.connected, 30)
    docker.link.request_connect()
    yield Wait("the docker to find no daemon",
               lambda: docker.status.state == "not_running", 30)
    QTest.mouseClick(docker.action_button, Qt.LeftButton)
    yield Wait("a fresh daemon with an empty state directory", lambda: docker.status.connected, 120)

    reopened = app.openDocument(path)
    app.activeWindow().addView(reopened)
    yield Wait("the reopened document's conversation",
               lambda: "Earlier in this conversation" in
               (docker.transcripts.get(conversation).plain_text()
                if docker.transcripts.get(conversation) is not None else ""), 60)
    text = docker.transcripts[conversation].plain_text()
    check("the wiped daemon got the conversation back from the file",
          "Restored this document's conversation from the file (%d turns)" % BENCH_TURNS in text,
          text[-600:])
    check("the transcript shows the earlier turns",
          "Earlier in this conversation (%d turns)" % BENCH_TURNS in text and
          "user: " + BW_INSTRUCTION in text, text[:600])
    save_screenshots(docker, "travelled")
    top = [n for n in reopened.topLevelNodes()][-1]
    reopened.setActiveNode(top)
    yield Wait("the docker to follow the reopened document",
               lambda: app.activeDocument() == reopened, 10)
    copy_from_file = bytes(reopened.annotation(ARCHIVE) or b"")
    type_and_enter(docker, "undo")
    yield Wait("undo on the reopened document", edit_done(docker), 60)
    # The copy in the document follows, now with the undo turn; closing before it arrives would
    # leave the document modified again.
    yield Wait("the document's copy with the undo turn",
               lambda: bytes(reopened.annotation(ARCHIVE) or b"") != copy_from_file, 20)
    check("\"undo\" works after the round trip: one layer comes back",
          len(docker.last_inserted) == 1, docker.current_transcript().plain_text()[-400:])
    got = pixel(bytes(reopened.pixelData(0, 0, BENCH_W, BENCH_H)), *centre, BENCH_W)
    check("and the image shows how it was before the last turn",
          all(abs(a - b) <= 2 for a, b in zip(got, merged[-2])), (got, merged[-2], merged[-1]))
    reopened.setModified(False)
    yield settle()
    reopened.close()


# --------------------------------------------------------------------------- runner

def _step(steps, waiting):
    try:
        if waiting is not None and not waiting.condition():
            if time.monotonic() > waiting.deadline:
                raise Abort("timed out after %s s waiting for %s"
                            % (waiting.timeout_s, waiting.what))
            QTimer.singleShot(50, lambda: _step(steps, waiting))
            return
        if waiting is not None:
            log("done waiting for " + waiting.what)
            write_report()  # so a crash later still shows how far the scenario got
        waiting = next(steps)
        QTimer.singleShot(0, lambda: _step(steps, waiting))
    except StopIteration:
        _finish(None)
    except Abort as exc:
        _finish(str(exc))
    except Exception:
        _finish(traceback.format_exc())


def _finish(error):
    if error:
        report["error"] = error
    report["duration_s"] = round(time.monotonic() - _started, 1)
    write_report()
    for document in Krita.instance().documents():
        document.setModified(False)
    Krita.instance().action("file_quit").trigger()
    # If quitting stalls (a dialog nobody can click), end anyway: the report is written.
    QTimer.singleShot(15000, lambda: os._exit(0))


def start():
    """Called by the plugin's test hook while Krita starts."""
    QTimer.singleShot(0, lambda: _step(scenario(), None))
