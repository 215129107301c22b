"""The chat dialog (Filters ▸ Easel ▸ Chat edit… in interactive mode).

Shows this image's conversation (what was asked, what Easel understood, what it did), the
engine and models in use, an instruction field, and while an edit runs a progress bar with
Cancel. When Easel asks instead of guessing, its question shows with a button per reading
(Alt+1, Alt+2, …); a click sends that reading's instruction as the next edit. Each Send runs
one edit on a worker thread; GIMP calls go back to the main thread through MainThreadProxy.
The dialog stays open for the next instruction until Close.
"""
from __future__ import annotations

import threading

import gi

gi.require_version("Gimp", "3.0")
gi.require_version("GimpUi", "3.0")
gi.require_version("Gtk", "3.0")
from gi.repository import GdkPixbuf, GLib, Gimp, GimpUi, Gtk  # noqa: E402

from cancelling import EditCanceller  # noqa: E402
from chat_edit import ARTIST_ERRORS, apply_version, run_chat_edit  # noqa: E402
from easel_client import CertificateNotPinned, remote, resolve_state_dir  # noqa: E402
from easel_client import (ClarificationNeeded, ConsentRequired, EaselError,  # noqa: E402
                          EditCancelled, embedding)
from gimp_document import embed_megabytes, set_embed_megabytes  # noqa: E402
from main_thread import MainThreadProxy  # noqa: E402
from transcript import (choice_label, engine_text, question_status,  # noqa: E402
                        transcript_text, understood_text)

TITLE = "Easel — chat edit"


def run(procedure_name, document, connect):
    """Shows the dialog until the artist closes it; returns the last instruction that
    succeeded, or None."""
    GimpUi.init(procedure_name)
    chat = ChatDialog(document, connect)
    chat.run()
    return chat.last_instruction


def _on_main(fn, *args):
    GLib.idle_add(lambda: fn(*args) and False)


class ChatDialog:
    def __init__(self, document, connect):
        self.document = document
        self.connect = connect
        self.canceller = None     # the running edit's EditCanceller
        self.worker = None
        self.last_instruction = None
        self.allowed_engine = None  # the hosted engine the artist allowed for this image's conversation
        self.dialog = GimpUi.Dialog(title=TITLE, role="easel-chat")
        self.dialog.add_button("_Close", Gtk.ResponseType.CLOSE)
        self.dialog.set_default_size(520, 460)
        box = self.dialog.get_content_area()
        box.set_spacing(6)
        box.set_border_width(8)

        self.engine_label = Gtk.Label(label="Connecting to Easel…", xalign=0.0)
        box.pack_start(self.engine_label, False, False, 0)

        self.transcript = Gtk.TextView(editable=False, cursor_visible=False,
                                       wrap_mode=Gtk.WrapMode.WORD_CHAR)
        scroller = Gtk.ScrolledWindow(hexpand=True, vexpand=True)
        scroller.add(self.transcript)
        box.pack_start(scroller, True, True, 0)

        # Easel's question and its readings, one button each (hidden unless it asked).
        self.choices = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4)
        self.question = Gtk.Label(label="", xalign=0.0, wrap=True, selectable=True)
        self.question.set_no_show_all(True)
        self.choices.pack_start(self.question, False, False, 0)
        self.choice_buttons = []
        box.pack_start(self.choices, False, False, 0)

        # The versions of generated content, when several were asked for: one button each,
        # with its thumbnail (Alt+1, Alt+2, …); a click inserts that one.
        self.version_box = Gtk.Box(orientation=Gtk.Orientation.HORIZONTAL, spacing=4)
        self.version_buttons = []
        self.offered = None       # the chat_edit.EditOutcome whose versions await a choice
        box.pack_start(self.version_box, False, False, 0)

        row = Gtk.Box(orientation=Gtk.Orientation.HORIZONTAL, spacing=6)
        self.entry = Gtk.Entry(hexpand=True,
                               placeholder_text="e.g. make the selection black and white")
        self.send_button = Gtk.Button.new_with_mnemonic("_Send")
        self.send_button.connect("clicked", lambda _b: self.send())
        self.entry.connect("activate", lambda _e: self.send())
        versions_label = Gtk.Label.new_with_mnemonic("_Versions:")
        self.version_count = Gtk.SpinButton.new_with_range(1, 4, 1)
        self.version_count.set_tooltip_text("How many versions of generated content to make and "
                                            "choose from (needs a diffusion model)")
        versions_label.set_mnemonic_widget(self.version_count)
        row.pack_start(self.entry, True, True, 0)
        row.pack_start(versions_label, False, False, 0)
        row.pack_start(self.version_count, False, False, 0)
        row.pack_start(self.send_button, False, False, 0)
        box.pack_start(row, False, False, 0)

        row = Gtk.Box(orientation=Gtk.Orientation.HORIZONTAL, spacing=6)
        self.progress = Gtk.ProgressBar(hexpand=True, show_text=True, text="")
        self.cancel_button = Gtk.Button.new_with_mnemonic("C_ancel")
        self.cancel_button.set_sensitive(False)
        self.cancel_button.connect("clicked", lambda _b: self.cancel())
        row.pack_start(self.progress, True, True, 0)
        row.pack_start(self.cancel_button, False, False, 0)
        box.pack_start(row, False, False, 0)

        self.status = Gtk.Label(label="", xalign=0.0, wrap=True, selectable=True)
        box.pack_start(self.status, False, False, 0)

        # How much of the conversation the image keeps (saved in the .xcf with it).
        row = Gtk.Box(orientation=Gtk.Orientation.HORIZONTAL, spacing=6)
        row.pack_start(Gtk.Label(label="Conversation kept in the image (MiB):", xalign=0.0),
                       False, False, 0)
        self.embed_cap = Gtk.SpinButton.new_with_range(embedding.MIN_MAX_MB, embedding.MAX_MAX_MB, 1)
        self.embed_cap.set_value(embed_megabytes())
        self.embed_cap.set_tooltip_text("Saved with the image, so it can continue elsewhere. Beyond "
                                        "this size the oldest turns keep only their plans and "
                                        "previews.")
        self.embed_cap.connect("value-changed",
                               lambda s: set_embed_megabytes(s.get_value_as_int()))
        row.pack_start(self.embed_cap, False, False, 0)
        box.pack_start(row, False, False, 0)
        # The image's embedded conversation is offered to the daemon once, on opening (or with
        # the first Send when the daemon was not reachable then).
        self.restored = False
        self.dialog.show_all()
        self.entry.grab_focus()
        self.closed = False

    def run(self):
        self.refresh()
        self.dialog.run()                     # until Close or the window is closed
        if self.worker is not None:           # closed while an edit runs: cancel and wait, so
            self.cancel()                     # the plug-in never exits halfway into the image
            while self.worker is not None:
                Gtk.main_iteration()
        self.closed = True
        self.dialog.destroy()

    # -- conversation --------------------------------------------------------------------------

    def refresh(self):
        """Reloads the engine line and the transcript from the daemon (on a worker thread)."""
        conversation_id = self.document.conversation_id()
        # The conversation saved in the image goes to the daemon first, in case this daemon never
        # saw it (another machine, a wiped state directory).
        embedded = None if self.restored else self.document.embedded_conversation()

        def load():
            try:
                with self.connect() as client:
                    engines = engine_text(client.engines, client.models().get("models"))
                    note = embedding.restore(client, conversation_id, embedded) \
                        if conversation_id else None
                    # Only once it reached a daemon: until then each Send offers it first.
                    self.restored = True
                    turns = client.history(conversation_id)["turns"] if conversation_id else []
                _on_main(self._show_conversation, engines, transcript_text(turns), note or "")
            except EaselError as exc:
                _on_main(self._show_conversation, "Easel is not reachable.",
                         transcript_text([]), str(exc))

        threading.Thread(target=load, name="easel-history", daemon=True).start()

    def _show_conversation(self, engines, text, status):
        if self.closed:               # a late reply after the window was closed
            return
        self.engine_label.set_text(engines)
        self.transcript.get_buffer().set_text(text)
        self.status.set_text(status)

    # -- editing -------------------------------------------------------------------------------

    def send(self, instruction=None):
        """Sends the entry's instruction, or ``instruction`` (a reading of Easel's question)."""
        if instruction is None:
            instruction = self.entry.get_text()
        if self.worker is not None or not instruction.strip():
            return
        self._clear_choices()   # a new edit answers (or drops) the question
        self._clear_versions()
        count = self.version_count.get_value_as_int()
        options = {"variations": count} if count > 1 else {}
        if self.allowed_engine:
            options["engine"] = self.allowed_engine
        options = options or None
        self._set_busy(True, "Sending…")
        document = MainThreadProxy(self.document, GLib.idle_add)
        canceller = self.canceller = EditCanceller()
        cap_mb = self.embed_cap.get_value_as_int()

        def on_accepted(accepted):
            canceller.accepted(accepted)
            _on_main(self._accepted, accepted)

        def work():
            try:
                outcome = run_chat_edit(document, self.connect, instruction, options=options,
                                        on_accepted=on_accepted,
                                        on_progress=lambda p: _on_main(self._progress, p),
                                        on_connected=canceller.connected,
                                        embed_cap_bytes=embedding.max_bytes(cap_mb),
                                        restore_embedded=not self.restored)
                self.restored = True
                self.last_instruction = instruction
                if outcome.versions:
                    _on_main(self._offer_versions, outcome)
                else:
                    message = outcome.message + ("\n" + outcome.embed_note if outcome.embed_note else "")
                    _on_main(self._finished, message, True)
            except EditCancelled:
                _on_main(self._finished, "Cancelled; the image is unchanged.", False)
            except ConsentRequired as asked:
                _on_main(self._consent, asked, instruction)
            except ClarificationNeeded as asked:
                _on_main(self._asked, asked)
            except CertificateNotPinned as untrusted:
                _on_main(self._trust, untrusted, instruction)
            except ARTIST_ERRORS as exc:
                _on_main(self._finished, str(exc), False)
            except Exception as exc:  # a bug: still tell the artist, and keep the dialog usable
                _on_main(self._finished, "Easel failed unexpectedly: %r" % exc, False)

        self.worker = threading.Thread(target=work, name="easel-edit", daemon=True)
        self.worker.start()

    def cancel(self):
        if self.canceller is not None:
            self.canceller.cancel()
            self.progress.set_text("Cancelling…")
            self.dialog.set_title(TITLE + " (cancelling…)")

    def _accepted(self, accepted):
        self.status.set_text(understood_text(accepted.plan))

    def _progress(self, progress):
        self.progress.set_fraction(progress.fraction)
        version = "version %d of %d: " % (progress.variation, progress.variations) \
            if progress.variations > 1 else ""
        self.progress.set_text(version + progress.stage)

    def _finished(self, message, changed):
        self.worker.join()
        self.worker = None
        self.canceller = None
        self._set_busy(False, "")
        self.entry.grab_focus()     # ready for the next instruction
        self.status.set_text(message)
        if changed:
            self.entry.set_text("")
            Gimp.displays_flush()
        self.refresh()

    def _consent(self, asked, instruction):
        """Asks once before pixels go to a hosted engine; yes sends the edit again, naming it."""
        self._finished("", False)   # nothing was queued, nothing left the computer
        box = Gtk.MessageDialog(transient_for=self.dialog, modal=True, message_type=Gtk.MessageType.QUESTION,
                                buttons=Gtk.ButtonsType.YES_NO, text="Send to %s?" % asked.engine)
        box.format_secondary_text(str(asked))
        allowed = box.run() == Gtk.ResponseType.YES
        box.destroy()
        if allowed and asked.engine:
            self.allowed_engine = asked.engine
            self.send(instruction)
        else:
            self.status.set_text("Not sent; nothing left this computer.")

    def _trust(self, untrusted, instruction):
        """Trust on first use of a remote daemon (remote.json): shows the fingerprint it presented;
        yes pins it there and sends the edit again."""
        self._finished("", False)   # nothing was sent, not even the token
        box = Gtk.MessageDialog(transient_for=self.dialog, modal=True,
                                message_type=Gtk.MessageType.QUESTION,
                                buttons=Gtk.ButtonsType.YES_NO, text="Trust this Easel daemon?")
        box.format_secondary_text(
            "The remote Easel daemon at %s presents this certificate:\n\n%s\n\nCompare it with the "
            "one its administrator gave you (`easel status` on that machine prints it). Yes stores "
            "it as \"fingerprint\" in %s; Easel then refuses any other certificate there."
            % (untrusted.host, untrusted.fingerprint, remote.settings_path(resolve_state_dir(None))))
        trusted = box.run() == Gtk.ResponseType.YES
        box.destroy()
        if trusted:
            remote.pin(resolve_state_dir(None), untrusted.fingerprint)
            self.send(instruction)
        else:
            self.status.set_text("Not trusted; nothing was sent.")

    def _asked(self, asked):
        """Easel asks which reading was meant: the question, and a button per reading."""
        self._finished("", False)   # the edit is over: nothing was queued
        self.question.set_text(question_status(asked.question))
        self.question.show()
        for index, reading in enumerate(asked.readings):
            button = Gtk.Button.new_with_mnemonic(choice_label(index, reading))
            button.set_tooltip_text("Sends \u201c%s\u201d" % reading.instruction)
            button.connect("clicked", lambda _b, text=reading.instruction: self.send(text))
            self.choices.pack_start(button, False, False, 0)
            self.choice_buttons.append(button)
        self.choices.show_all()
        self.dialog.set_title(TITLE + " (choose…)")   # a state the test robot can wait for

    def _offer_versions(self, outcome):
        """Several versions came back: a button per version with its thumbnail."""
        self._finished(outcome.message, False)
        self.offered = outcome
        for index, version in enumerate(outcome.versions):
            width, height, rgba = version.layer.thumbnail_rgba8(72)
            pixbuf = GdkPixbuf.Pixbuf.new_from_bytes(GLib.Bytes.new(rgba), GdkPixbuf.Colorspace.RGB,
                                                     True, 8, width, height, width * 4)
            button = Gtk.Button.new_with_mnemonic("_%d  %s" % (index + 1, version.label))
            button.set_image(Gtk.Image.new_from_pixbuf(pixbuf))
            button.set_always_show_image(True)
            button.set_image_position(Gtk.PositionType.TOP)
            button.set_tooltip_text("Insert %s as a new layer" % version.label)
            button.connect("clicked", lambda _b, i=index: self.choose_version(i))
            self.version_box.pack_start(button, False, False, 0)
            self.version_buttons.append(button)
        self.version_box.show_all()
        self.dialog.set_title(TITLE + " (choose a version…)")   # a state the test robot waits for

    def choose_version(self, index):
        """Inserts the chosen version as one new layer (one undo step)."""
        outcome, self.offered = self.offered, None
        self._clear_versions()
        self.dialog.set_title(TITLE)
        if outcome is None:
            return
        try:
            layers = apply_version(self.document, outcome, index)
        except Exception as exc:  # the message reaches the artist; the image is as it was
            self.status.set_text("The version could not be added: %s" % exc)
            return
        Gimp.displays_flush()
        others = ", ".join(v.label.split(" ")[0] for i, v in enumerate(outcome.versions)
                           if i != index)
        self.status.set_text("Added “%s” (Ctrl+Z removes it). The other versions stay "
                             "in the conversation: %s." % (layers[0].get_name(), others))
        self.entry.set_text("")

    def _clear_versions(self):
        for button in self.version_buttons:
            button.set_sensitive(False)
            button.destroy()
        self.version_buttons = []
        self.offered = None

    def _clear_choices(self):
        for button in self.choice_buttons:
            button.set_sensitive(False)
            button.destroy()
        self.choice_buttons = []
        self.question.set_text("")
        self.question.hide()

    def _set_busy(self, busy, text):
        # The title shows the state too: visible in the task bar while GIMP has the focus.
        self.dialog.set_title(TITLE + (" (working…)" if busy else ""))
        self.entry.set_sensitive(not busy)
        self.send_button.set_sensitive(not busy)
        self.cancel_button.set_sensitive(busy)
        self.progress.set_fraction(0.0)
        self.progress.set_text(text)
