"""One chat edit from start to finish, independent of GIMP (pure logic, tested without GIMP).

    read the layer and selection → send them with the instruction → wait (progress, cancel)
    → insert the result in one undo step, and remember the conversation in the image

The GIMP side is a *document* object (gimp_document.GimpDocument in GIMP, a fake in the tests):

    document.conversation_id() -> str or None     the id stored in the image, if any
    document.read() -> EditInput                  the pixels and selection to send
    document.embedded_conversation() -> bytes or None   the conversation the image carries
    document.apply(canvas, layers, new_conversation_id, embedded) -> [inserted layers]
        resize the canvas when ``canvas`` is not None, insert ``layers`` above the active layer,
        store ``new_conversation_id`` when it is not None and the conversation ``embedded``
        (bytes) when it is not None, all in one undo group; on failure undo what was done and
        raise.

Nothing touches the image before the daemon's result has arrived, so an error, a cancel or a
question (ClarificationNeeded: Easel asks which reading was meant) leaves the image exactly as
it was.
"""
from __future__ import annotations

from typing import Callable, List, NamedTuple, Optional, Tuple

from conversation import new_conversation_id
from easel_client import EaselError, embedding
from edit_options import BadArgument, check_instruction
from pixel_formats import UnsupportedImage
from regions import SelectionOutsideLayer, canvas_change

# The client name the daemon sees in hello.
CLIENT_NAME = "easel-gimp"

# What run_chat_edit raises on purpose: each message is written for the artist and says what to
# do. Anything else is a bug.
ARTIST_ERRORS = (EaselError, BadArgument, UnsupportedImage, SelectionOutsideLayer)


class EditInput(NamedTuple):
    """What the document sends: canvas size, the layer's pixels, the selection (or None), title."""

    canvas: Tuple[int, int]
    image: object                 # easel_client.Image
    selection: Optional[object]   # easel_client.Image in a8, or None for "no selection"
    title: Optional[str]


class EditOutcome(NamedTuple):
    """A finished edit: the daemon's result, the layers inserted, the conversation's id, and
    what became of the copy kept in the image (a note when it was restored into the daemon
    first, or the cap or an error left something out, else None)."""

    result: object                # easel_client.EditResult
    layers: List[object]
    conversation_id: str
    embed_note: Optional[str] = None

    @property
    def message(self) -> str:
        return self.result.message or "Done."

    @property
    def versions(self) -> list:
        """The versions to choose from (easel_client.Variation each) when several were asked
        for; nothing was inserted then. Empty for an ordinary result."""
        return self.result.variations


def clarification_for_scripts(asked) -> str:
    """The failure message of a scripted call that Easel answered with a question
    (easel_client.ClarificationNeeded): the question and each reading's instruction, so the
    script can call again with one of them."""
    lines = ["%s Easel did not guess: run the procedure again with one of these instructions:"
             % asked.question]
    for reading in asked.readings:
        lines.append('- "%s"%s' % (reading.instruction,
                                   " (%s)" % reading.summary if reading.summary else ""))
    return "\n".join(lines)


def run_chat_edit(document, connect: Callable, instruction: str, options: Optional[dict] = None,
                  on_accepted: Callable = None, on_progress: Callable = None,
                  on_connected: Callable = None,
                  embed_cap_bytes: int = embedding.max_bytes(embedding.DEFAULT_MAX_MB),
                  restore_embedded: bool = True) -> EditOutcome:
    """Runs one edit. ``connect()`` returns a connected easel_client.EaselClient (it is closed
    afterwards). ``on_connected(client)`` lets a GUI keep the client to call cancel() from its
    own thread. Raises the client's EaselError subclasses (DaemonNotRunning, EditCancelled,
    DaemonError, ClarificationNeeded when Easel asks which reading was meant, ...) and the
    plug-in's own errors, each with a message for the artist. The conversation, with this
    turn, is then kept in the image (at most ``embed_cap_bytes``), in the same undo step.

    With ``restore_embedded`` the conversation the image carries is first offered to the daemon
    (imported only when the daemon lacks it or has an older copy), as on opening the image:
    otherwise a daemon that never saw it (a wiped state directory, another machine) would start
    the conversation afresh and the copy written after this turn would replace the image's
    whole history. The dialog passes False once its opening has restored it.
    """
    instruction = check_instruction(instruction)
    stored_id = document.conversation_id()
    conversation_id = stored_id or new_conversation_id()
    edit_input = document.read()
    carried = document.embedded_conversation() if stored_id and restore_embedded else None
    with connect() as client:
        if on_connected is not None:
            on_connected(client)
        restored_note = embedding.restore(client, stored_id, carried) if carried else None
        result = client.edit(conversation_id, instruction, canvas=edit_input.canvas,
                             image=edit_input.image, selection=edit_input.selection,
                             options=options or None, title=edit_input.title,
                             on_accepted=on_accepted, on_progress=on_progress)
        try:
            embedded = embedding.embedded_copy(client, conversation_id, embed_cap_bytes)
            note = embedded.note() if embedded is not None else None
        except EaselError as exc:  # the edit stands; only the copy in the image is stale
            embedded = None
            note = "The conversation could not be kept in the image (it stays in the daemon): %s" % exc
    note = "\n".join(n for n in (restored_note, note) if n) or None
    new_id = None if stored_id else conversation_id
    copy = embedded.data if embedded is not None else None
    if result.variations:
        # Alternatives, not a stack: the artist picks one (apply_version). The image keeps the
        # conversation now, so "#N" finds the others later.
        if new_id is not None or copy is not None:
            document.apply(None, [], new_id, copy)
        return EditOutcome(result, [], conversation_id, note)
    layers = document.apply(canvas_change(edit_input.canvas, result.canvas, result.canvas_offset), result.layers,
                            new_id, copy)
    return EditOutcome(result, layers, conversation_id, note)


def apply_version(document, outcome: EditOutcome, index: int) -> List[object]:
    """Inserts version ``index`` (0-based, in the offered order) of a several-version outcome as
    one new layer, in one undo step; returns the inserted layers."""
    return document.apply(None, [outcome.versions[index].layer], None)
