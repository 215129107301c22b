"""The Easel docker: connection indicator, transcript, Easel's questions with a button per
reading, progress with preview, source choice, input box, Send and Cancel. It reads the
document and inserts results on the GUI thread; all networking runs in DaemonLink on its own
thread, so the GUI never freezes.
"""
from __future__ import annotations

import weakref

from krita import DockWidget, Krita
from PyQt5.QtCore import QTimer, Qt
from PyQt5.QtGui import QImage, QPixmap
from PyQt5.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QMenu, QMessageBox,
                             QProgressBar, QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget)

from . import connection_status, conversation as doc_conversation, launch, placement, transcript
from . import remote_settings
from .chat_widgets import ChatInput, ChoiceBar, TranscriptView, VersionBar, rgba8_image
from .daemon_link import DaemonLink
from .daemon_starter import DaemonStarter
from .document_io import (NothingToEdit, activate, conversation_id_of, insert_result,
                          read_snapshot)
from .easel_client import (ClarificationNeeded, ConsentRequired, DaemonError, EaselError,
                           EditCancelled, embedding)
from .pixel_formats import UnsupportedColorSpace

DOCKER_ID = "easel_docker"
THUMBNAIL_SIZE = 160
SOURCE_LAYER, SOURCE_MERGED = 0, 1

# The dockers alive (one per Krita window); the end-to-end test driver finds them here.
INSTANCES = weakref.WeakSet()


class Job:
    """The edit in flight: what was sent, so the result goes back to the same place."""

    def __init__(self, ticket, snapshot, instruction):
        self.ticket = ticket
        self.snapshot = snapshot
        self.instruction = instruction


class EaselDocker(DockWidget):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("Easel")
        self.transcripts = {}        # conversation id -> transcript.Transcript
        self.allowed_engines = {}    # conversation id -> the hosted engine the artist allowed
        self.job = None              # the Job in flight, or None
        self.last_inserted = []      # the layers the last edit added (krita.Node)
        self.offered = None          # (snapshot, PreparedResult) whose versions await a choice
        self.status = connection_status.connecting()
        self._ask_trust_now = False  # prompt for a remote daemon's fingerprint without a click
        self._document = None
        self._tickets = 0
        self._last_embed_note = {}   # conversation id -> the cap's last note, said once
        self._build_ui()
        INSTANCES.add(self)

        self.link = DaemonLink()
        self.link.statusChanged.connect(self._on_status)
        self.link.engineChanged.connect(self.engine_label.setText)
        self.link.accepted.connect(self._on_accepted)
        self.link.progressed.connect(self._on_progress)
        self.link.finished.connect(self._on_finished)
        self.link.failed.connect(self._on_failed)
        self.link.historyLoaded.connect(self._on_history)
        self.link.embedded.connect(self._on_embedded)
        self.link.noted.connect(self._on_noted)
        self.link.embed_cap_bytes = embedding.max_bytes(self.embed_megabytes())

        notifier = Krita.instance().notifier()
        notifier.setActive(True)
        notifier.imageClosed.connect(self._on_image_closed)
        notifier.applicationClosing.connect(self._on_application_closing)

        self.starter = DaemonStarter(self)
        self.starter.tryConnect.connect(self.link.request_connect)
        self.starter.failed.connect(self._on_start_failed)
        # canvasChanged misses some document switches (e.g. a document opened without a
        # view change), so the active document is also checked once a second.
        self._document_timer = QTimer(self)
        self._document_timer.setInterval(1000)
        self._document_timer.timeout.connect(self._refresh_document)
        self._document_timer.start()

        self._on_status(self.status)
        self.link.request_connect()
        self._render()

    # ------------------------------------------------------------------ layout

    def _build_ui(self):
        root = QWidget(self)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(4, 4, 4, 4)

        header = QHBoxLayout()
        self.indicator = QLabel("●")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._on_action)
        self.settings_button = QToolButton()
        self.settings_button.setText("…")
        self.settings_button.setToolTip("Settings: the command that starts the Easel daemon, "
                                        "and how much of the conversation a saved file keeps")
        settings = QMenu(self.settings_button)
        settings.addAction("Command that starts the daemon…", self._edit_launch_command)
        settings.addAction("Conversation kept in the document…", self._edit_embed_cap)
        settings.addAction("Remote daemon (host, token, fingerprint)…", self._edit_remote)
        self.settings_button.setMenu(settings)
        self.settings_button.setPopupMode(QToolButton.InstantPopup)
        header.addWidget(self.indicator)
        header.addWidget(self.status_label, 1)
        header.addWidget(self.action_button)
        header.addWidget(self.settings_button)
        layout.addLayout(header)

        self.engine_label = QLabel("Engine: unknown until connected")
        self.engine_label.setStyleSheet("color: gray")
        layout.addWidget(self.engine_label)

        self.transcript_view = TranscriptView()
        self.transcript_view.setMinimumHeight(140)
        layout.addWidget(self.transcript_view, 1)

        # Easel's question, when it asks instead of guessing: a click sends that reading.
        self.choices = ChoiceBar()
        self.choices.chosen.connect(self.send_reading)
        layout.addWidget(self.choices)

        # The versions of generated content, when several were asked for: a click inserts one.
        self.versions = VersionBar()
        self.versions.chosen.connect(self.choose_version)
        layout.addWidget(self.versions)

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.hide()
        layout.addWidget(self.preview)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)

        source_row = QHBoxLayout()
        source_row.addWidget(QLabel("Edit:"))
        self.source = QComboBox()
        self.source.addItem("Active layer", SOURCE_LAYER)
        self.source.addItem("Whole image (merged)", SOURCE_MERGED)
        self.source.setToolTip("What Easel reads: the active layer, or everything visible. "
                               "The result is always a new layer above the active one.")
        source_row.addWidget(self.source, 1)
        source_row.addWidget(QLabel("Versions:"))
        self.version_count = QSpinBox()
        self.version_count.setRange(1, 4)
        self.version_count.setToolTip("How many versions of generated content to make and "
                                      "choose from (needs a diffusion model)")
        source_row.addWidget(self.version_count)
        layout.addLayout(source_row)

        self.input = ChatInput()
        self.input.setPlaceholderText("Say what to change, e.g. \"make the selection black and "
                                      "white\" (Enter sends, Shift+Enter new line)")
        self.input.setMaximumHeight(64)
        self.input.submitted.connect(self.send)
        layout.addWidget(self.input)

        buttons = QHBoxLayout()
        self.send_button = QPushButton("Send")
        self.send_button.clicked.connect(self.send)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.setWidget(root)

    # ------------------------------------------------------------------ Krita hooks

    def canvasChanged(self, canvas):
        self._refresh_document()

    def _refresh_document(self):
        document = Krita.instance().activeDocument()
        if document == self._document:
            return
        self._document = document
        if document is not None:
            conversation = conversation_id_of(document, create=False)
            if conversation and conversation not in self.transcripts:
                # The conversation saved in the file goes to the daemon first, in case this
                # daemon never saw it (another machine, a wiped state directory).
                embedded = bytes(document.annotation(doc_conversation.ARCHIVE_ANNOTATION_TYPE) or b"")
                self.link.request_history(conversation, embedded or None)
        self._render()

    def _on_image_closed(self, _file_name):
        # Closing the document an edit works on cancels the edit.
        if self.job is not None and not self._is_open(self.job.snapshot.document):
            self.link.cancel()

    def _on_application_closing(self):
        self._document_timer.stop()
        self.starter.stop()
        self.link.shutdown()

    @staticmethod
    def _is_open(document):
        return any(d == document for d in Krita.instance().documents())

    # ------------------------------------------------------------------ sending

    def current_transcript(self):
        """The active document's transcript; None when it has no conversation yet or its
        history has not arrived."""
        document = Krita.instance().activeDocument()
        if document is None:
            return None
        conversation = conversation_id_of(document, create=False)
        return self.transcripts.get(conversation) if conversation else None

    def send(self):
        """Sends the input box's instruction about the active document (Enter or Send)."""
        self._start(self.input.toPlainText().strip(), from_input=True)

    def send_reading(self, instruction):
        """Sends the reading of Easel's question the artist clicked, as a new edit exactly as if
        it had been typed: about the active document, its active layer and selection now."""
        self._start(instruction, from_input=False)

    def _start(self, instruction, from_input):
        if not instruction or self.job is not None:
            return
        document = Krita.instance().activeDocument()
        if document is None:
            self.status_label.setText("Open or create an image first.")
            return
        conversation = conversation_id_of(document, create=True)
        self._document = document
        chat = self.transcripts.setdefault(conversation, transcript.Transcript())
        chat.add(transcript.USER, instruction)
        try:
            snapshot = read_snapshot(document, self.source.currentData() == SOURCE_MERGED)
        except (UnsupportedColorSpace, NothingToEdit) as exc:
            chat.add(transcript.ERROR, str(exc))
            self._render()
            return  # the instruction stays in the box, to send again after fixing it
        self._tickets += 1
        self.job = Job(self._tickets, snapshot, instruction)
        self.last_inserted = []
        self.choices.clear()  # a new edit answers (or drops) the question: its buttons go
        self.versions.clear()
        self.offered = None
        if from_input:
            self.input.clear()
        self._set_busy(True, "Sending…")
        self._render()
        self.link.request_edit(self.job.ticket, snapshot, instruction, self._options(conversation))

    def _options(self, conversation):
        """The versions asked for, and the hosted engine the artist allowed for this conversation."""
        options = {}
        count = self.version_count.value()
        if count > 1:
            options["variations"] = count
        engine = self.allowed_engines.get(conversation)
        if engine:
            options["engine"] = engine
        return options

    def _ask_consent(self, job, error):
        """Asks once per conversation before pixels go to a hosted engine; yes sends the edit again."""
        answer = QMessageBox.question(self, "Easel — send to %s?" % error.engine, str(error),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            self._chat_of(job).add(transcript.NOTE, "Not sent; nothing left this computer.")
            return
        conversation = job.snapshot.conversation_id
        self.allowed_engines[conversation] = error.engine
        self._tickets += 1
        self.job = Job(self._tickets, job.snapshot, job.instruction)
        self._set_busy(True, "Sending…")
        self.link.request_edit(self.job.ticket, job.snapshot, job.instruction, self._options(conversation))

    def cancel(self):
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.progress.setFormat("Cancelling…")
            self.link.cancel()

    def _set_busy(self, busy, text=""):
        self.send_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.progress.setFormat(text)
        if not busy:
            self.preview.hide()
            self.preview.clear()

    def _chat_of(self, job):
        return self.transcripts.setdefault(job.snapshot.conversation_id, transcript.Transcript())

    def _on_accepted(self, ticket, event):
        if self.job is None or ticket != self.job.ticket:
            return
        self._chat_of(self.job).add(transcript.PLAN, event.summary or "(no plan given)")
        waiting = " — %d job(s) ahead" % event.queue_position if event.queue_position else ""
        self.progress.setFormat("Queued%s" % waiting if waiting else "Working…")
        self._render()

    def _on_progress(self, ticket, event):
        if self.job is None or ticket != self.job.ticket:
            return
        self.progress.setValue(int(event.fraction * 1000))
        version = "version %d of %d: " % (event.variation, event.variations) \
            if event.variations > 1 else ""
        self.progress.setFormat("%s%s %d/%d" % (version, event.stage or "working", event.step,
                                                event.steps))
        if event.preview is not None:
            p = event.preview
            image = QImage(bytes(p.data), p.width, p.height, p.width * 4,
                           QImage.Format_RGBA8888).copy()
            self.preview.setPixmap(QPixmap.fromImage(image))
            self.preview.show()

    def _on_finished(self, ticket, prepared):
        if self.job is None or ticket != self.job.ticket:
            return
        # The job stays current until the result is in: inserting waits for Krita, which runs
        # the event loop, and nothing may start another edit meanwhile.
        try:
            self._insert(self.job, prepared)
        finally:
            self.job = None
            self._set_busy(False)
            self._render()

    def _insert(self, job, prepared):
        chat = self._chat_of(job)
        if not self._is_open(job.snapshot.document):
            chat.add(transcript.NOTE, "The image was closed before the result arrived; "
                                      "nothing was added.")
            return
        if prepared.versions:
            self._offer_versions(job, prepared)
            return
        try:
            nodes = insert_result(job.snapshot, prepared)
        except Exception as exc:  # the message reaches the artist instead of a crash dialog
            chat.add(transcript.ERROR, "The result could not be added: %s" % exc)
            return
        self.last_inserted = nodes
        thumb = None
        if nodes:
            document = job.snapshot.document
            QTimer.singleShot(0, lambda: activate(document, nodes[0]))
            thumb = "t%d" % job.ticket
            self.transcript_view.thumbnails[thumb] = self._thumbnail(document, prepared)
        chat.add(transcript.REPLY, placement.reply_text(
            prepared.message, [n.name() for n in nodes], prepared.resize is not None), thumb)

    def _offer_versions(self, job, prepared):
        """Shows each version as a thumbnail in the transcript and as a button to insert it."""
        chat = self._chat_of(job)
        chat.add(transcript.REPLY, prepared.message)
        for version in prepared.versions:
            key = "t%d-%d" % (job.ticket, version.layer)
            self.transcript_view.thumbnails[key] = rgba8_image(version.thumbnail)
            chat.add(transcript.NOTE, version.label, key)
        self.offered = (job.snapshot, prepared)
        self.versions.offer(prepared.versions)

    def choose_version(self, position):
        """Inserts the version the artist clicked as one new layer (one undo step)."""
        if self.offered is None or self.job is not None:
            return
        snapshot, prepared = self.offered
        self.offered = None
        self.versions.clear()
        version = prepared.versions[position]
        chat = self._chat_of(Job(0, snapshot, ""))
        if not self._is_open(snapshot.document):
            chat.add(transcript.NOTE, "The image was closed; nothing was added.")
            self._render()
            return
        chosen = prepared._replace(layers=[prepared.layers[version.layer]], versions=())
        try:
            nodes = insert_result(snapshot, chosen)
        except Exception as exc:  # the message reaches the artist instead of a crash dialog
            chat.add(transcript.ERROR, "The version could not be added: %s" % exc)
            self._render()
            return
        self.last_inserted = nodes
        document = snapshot.document
        QTimer.singleShot(0, lambda: activate(document, nodes[0]))
        others = ", ".join(v.label.split(" ")[0] for v in prepared.versions if v is not version)
        chat.add(transcript.REPLY, "Added \"%s\" (Ctrl+Z removes it). The other versions stay "
                                   "in the conversation: %s." % (nodes[0].name(), others))
        self._render()

    @staticmethod
    def _thumbnail(document, prepared):
        """The edited area as the image now shows it (the layer alone is mostly transparent)."""
        first = prepared.layers[0]
        image = document.projection(first.x, first.y, first.width, first.height)
        return image.scaled(THUMBNAIL_SIZE, THUMBNAIL_SIZE, Qt.KeepAspectRatio,
                            Qt.SmoothTransformation)

    def _on_failed(self, ticket, error):
        if self.job is None or ticket != self.job.ticket:
            return
        job, self.job = self.job, None
        self._set_busy(False)
        chat = self._chat_of(job)
        if isinstance(error, EditCancelled):
            chat.add(transcript.NOTE, "Cancelled; the image was not changed.")
        elif isinstance(error, ConsentRequired) and error.engine:
            self._ask_consent(job, error)
        elif isinstance(error, ClarificationNeeded):
            # Nothing was queued: the artist picks a reading, which is then sent as typed.
            chat.add(transcript.QUESTION, transcript.question_text(error.question,
                                                                   error.readings))
            self.choices.offer(job.snapshot.conversation_id, error.question, error.readings)
        elif isinstance(error, (DaemonError, EaselError, ValueError)):
            chat.add(transcript.ERROR, str(error))
        else:
            chat.add(transcript.ERROR, "%s: %s" % (type(error).__name__, error))
        self._render()

    def _on_history(self, conversation, history):
        earlier = transcript.from_history(history)
        if len(earlier):
            # Anything said since the request (a fast artist) follows the earlier turns.
            current = self.transcripts.get(conversation)
            later = current.entries if current is not None else []
            self.transcripts[conversation] = transcript.Transcript(earlier.entries + later)
            self._render()

    def _on_embedded(self, conversation, copy):
        """Keeps the daemon's export in the document it belongs to, so saving saves it."""
        for document in Krita.instance().documents():
            if conversation_id_of(document, create=False) == conversation:
                document.setAnnotation(doc_conversation.ARCHIVE_ANNOTATION_TYPE,
                                       doc_conversation.ARCHIVE_ANNOTATION_DESCRIPTION, copy.data)
        note = copy.note()
        if note and note != self._last_embed_note.get(conversation):
            self._last_embed_note[conversation] = note
            self._on_noted(conversation, note)

    def _on_noted(self, conversation, text):
        self.transcripts.setdefault(conversation, transcript.Transcript()).add(transcript.NOTE, text)
        self._render()

    def _render(self):
        # The question's buttons belong to its document: shown while that one is active.
        document = Krita.instance().activeDocument()
        conversation = conversation_id_of(document, create=False) if document is not None \
            else None
        self.choices.setVisible(self.choices.pending and self.choices.key == conversation)
        self.versions.setVisible(self.versions.pending and self.offered is not None
                                 and self.offered[0].conversation_id == conversation)
        chat = self.current_transcript()
        if chat is None or not len(chat):
            hint = transcript.Transcript()
            hint.add(transcript.NOTE, "Select part of the image (or nothing, for the whole "
                                      "layer) and say what to change.")
            chat = hint
        self.transcript_view.show_html(chat.to_html())

    # ------------------------------------------------------------------ connection

    def _on_status(self, status):
        """A status from the link. While a started daemon is still coming up, "not running"
        is expected and the indicator keeps saying "starting"."""
        if self.starter.active and status.state == connection_status.NOT_RUNNING:
            return
        if status.connected:
            self.starter.stop()
        self._show_status(status)
        if status.action == connection_status.TRUST and self._ask_trust_now:
            self._ask_trust_now = False  # asked right after the artist saved the remote settings
            self._on_action()

    def _show_status(self, status):
        self.status = status
        self.indicator.setStyleSheet("color: %s" % status.colour)
        self.status_label.setText(status.headline)
        self.status_label.setToolTip(status.detail)
        self.indicator.setToolTip(status.detail)
        labels = {connection_status.START: "Start daemon", connection_status.RETRY: "Retry",
                  connection_status.TRUST: "Trust…"}
        self.action_button.setVisible(status.action in labels)
        self.action_button.setText(labels.get(status.action, ""))
        self.action_button.setToolTip(status.detail)

    def _on_action(self):
        if self.status.action == connection_status.START:
            self.start_daemon()
        elif self.status.action == connection_status.TRUST:
            if remote_settings.ask_trust(self, self.status.detail, self.status.fingerprint):
                self.link.request_connect()
        else:
            self.link.request_connect()

    def _edit_remote(self):
        if remote_settings.RemoteSettingsDialog(self).exec_():
            self._ask_trust_now = True
            self.link.request_connect()

    def launch_command(self):
        return Krita.instance().readSetting(launch.SETTINGS_GROUP, launch.SETTING_KEY,
                                            launch.DEFAULT_COMMAND)

    def _edit_launch_command(self):
        command, ok = QInputDialog.getText(
            self, "Easel daemon", "Command that starts the Easel daemon:",
            text=self.launch_command())
        if ok:
            Krita.instance().writeSetting(launch.SETTINGS_GROUP, launch.SETTING_KEY,
                                          command.strip())

    def embed_megabytes(self):
        return embedding.max_bytes(Krita.instance().readSetting(
            launch.SETTINGS_GROUP, doc_conversation.EMBED_SETTING_KEY,
            str(embedding.DEFAULT_MAX_MB))) // (1024 * 1024)

    def _edit_embed_cap(self):
        megabytes, ok = QInputDialog.getInt(
            self, "Easel conversation in the document",
            "Most MiB of the conversation a saved file keeps (the newest turns keep their "
            "pixels; older ones only their plans and previews):",
            self.embed_megabytes(), embedding.MIN_MAX_MB, embedding.MAX_MAX_MB)
        if ok:
            Krita.instance().writeSetting(launch.SETTINGS_GROUP,
                                          doc_conversation.EMBED_SETTING_KEY, str(megabytes))
            self.link.embed_cap_bytes = embedding.max_bytes(megabytes)

    def start_daemon(self):
        """Runs the launch command; the starter then has the link retry until it connects."""
        command = self.launch_command()
        if self.starter.start(command):
            self._show_status(connection_status.starting(command))

    def _on_start_failed(self, command, problem):
        self._show_status(connection_status.start_failed(command, problem))
