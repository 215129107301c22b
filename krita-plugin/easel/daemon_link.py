"""The link to the daemon, run on its own QThread so the GUI never waits on the network.

The docker talks to it only through queued signals (connect, edit, history) and gets answers
back the same way; Krita's document API is never touched here. Cancelling is the one direct
call from the GUI thread: EaselClient.cancel() is thread-safe and makes the blocked edit() on
this thread end with EditCancelled.
"""
from __future__ import annotations

import threading

from PyQt5.QtCore import QCoreApplication, QObject, QThread, pyqtSignal, pyqtSlot

from . import connection_status
from .document_io import prepare_result
from .easel_client import EaselClient, EaselError, __version__, embedding

CLIENT_NAME = "easel-krita"
CONNECT_TIMEOUT = 5.0
# Every link not yet shut down. Krita deletes dockers (and with them the last reference to a
# link) before the application quits; a QThread collected while running aborts Krita, so the
# links live here until aboutToQuit has stopped their threads.
_LIVE = set()


class DaemonLink(QObject):
    # answers (emitted on the link's thread, delivered on the GUI thread)
    statusChanged = pyqtSignal(object)               # connection_status.Status
    engineChanged = pyqtSignal(str)                  # "Engine: … · models: …"
    accepted = pyqtSignal(int, object)               # ticket, easel_client.Accepted
    progressed = pyqtSignal(int, object)             # ticket, easel_client.Progress
    finished = pyqtSignal(int, object)               # ticket, document_io.PreparedResult
    failed = pyqtSignal(int, object)                 # ticket, Exception
    historyLoaded = pyqtSignal(str, object)          # conversation id, history dict
    embedded = pyqtSignal(str, object)               # conversation id, embedding.Embedded
    noted = pyqtSignal(str, str)                     # conversation id, a line for the transcript

    # requests (emitted on the GUI thread, run on the link's thread)
    _connectRequested = pyqtSignal()
    _editRequested = pyqtSignal(int, object)         # ticket, (Snapshot, instruction, options)
    _historyRequested = pyqtSignal(str, object)      # conversation id, embedded bytes or None
    _closeRequested = pyqtSignal()

    def __init__(self):
        super().__init__()
        self._client = None
        self._client_lock = threading.Lock()  # guards _client between this thread and cancel()
        # The size cap of the conversation kept in the document; the docker sets it from its
        # settings (an int, read on this thread: no lock needed).
        self.embed_cap_bytes = embedding.max_bytes(embedding.DEFAULT_MAX_MB)
        self._thread = QThread()
        self._thread.setObjectName("easel-daemon-link")
        self.moveToThread(self._thread)
        self._connectRequested.connect(self._connect)
        self._editRequested.connect(self._edit)
        self._historyRequested.connect(self._history)
        self._closeRequested.connect(self._close)
        self._thread.start()
        if not _LIVE:
            # A plain function, so it runs on the GUI thread: a slot of this object would be
            # queued to the link's own thread, which cannot wait for itself.
            QCoreApplication.instance().aboutToQuit.connect(_shutdown_all)
        _LIVE.add(self)

    # ------------------------------------------------------------------ GUI-thread API

    def request_connect(self):
        self._connectRequested.emit()

    def request_edit(self, ticket: int, snapshot, instruction: str, options: dict):
        self._editRequested.emit(ticket, (snapshot, instruction, options))

    def request_history(self, conversation_id: str, embedded_copy=None):
        """The conversation's history; first, the copy embedded in the document (bytes, or
        None) goes to the daemon when the daemon lacks it or has an older one."""
        self._historyRequested.emit(conversation_id, embedded_copy)

    def cancel(self) -> bool:
        """Cancels the running edit (callable from the GUI thread); False if none could be."""
        with self._client_lock:
            client = self._client
        return client is not None and client.cancel() > 0

    def shutdown(self, wait_ms: int = 3000):
        """Closes the connection (the daemon cancels its jobs) and stops the thread. Safe to
        call more than once."""
        if not self._thread.isRunning():
            return
        self.cancel()
        with self._client_lock:
            client = self._client
        if client is not None:
            client.close()  # ends a blocked edit() at once
        self._closeRequested.emit()
        self._thread.quit()
        self._thread.wait(wait_ms)
        _LIVE.discard(self)

    # ------------------------------------------------------------------ link thread

    def _ensure_client(self):
        with self._client_lock:
            client = self._client
        if client is not None and not client.closed:
            return client
        self.statusChanged.emit(connection_status.connecting())
        client = EaselClient.connect(timeout=CONNECT_TIMEOUT, client_name=CLIENT_NAME,
                                     client_version=__version__)
        with self._client_lock:
            self._client = client
        # The engine line first: both signals are queued to the GUI thread in order, so when
        # the docker shows "connected" its engine line is already the daemon's, never stale.
        self.engineChanged.emit(connection_status.engine_line(client.engines,
                                                              client.models_announced))
        self.statusChanged.emit(connection_status.connected(client.server_version))
        return client

    @pyqtSlot()
    def _connect(self):
        try:
            self._ensure_client()
        except Exception as exc:  # every failure becomes a status the artist can act on
            self.statusChanged.emit(connection_status.from_error(exc))

    @pyqtSlot(int, object)
    def _edit(self, ticket, request):
        snapshot, instruction, options = request
        try:
            client = self._ensure_client()
        except Exception as exc:
            self.statusChanged.emit(connection_status.from_error(exc))
            self.failed.emit(ticket, exc)
            return
        try:
            # The byte conversions run here, not on the GUI thread.
            result = client.edit(
                snapshot.conversation_id, instruction,
                canvas=(snapshot.canvas.width, snapshot.canvas.height),
                image=snapshot.wire_image(), selection=snapshot.selection,
                options=options or None, title=snapshot.title,
                on_accepted=lambda event: self.accepted.emit(ticket, event),
                on_progress=lambda event: self.progressed.emit(ticket, event))
            prepared = prepare_result(snapshot, result, instruction)
        except Exception as exc:
            if client.closed:
                self.statusChanged.emit(connection_status.from_error(exc))
            self.failed.emit(ticket, exc)
            return
        self.finished.emit(ticket, prepared)
        self._embed(client, snapshot.conversation_id)

    def _embed(self, client, conversation_id):
        """The conversation as it now is, for the docker to keep in the document: Krita has no
        signal before saving, so the copy is kept current after every turn instead."""
        try:
            copy = embedding.embedded_copy(client, conversation_id, self.embed_cap_bytes)
        except EaselError as exc:
            self.noted.emit(conversation_id, "The conversation could not be kept in the document "
                                             "(it stays in the daemon): %s" % exc)
            return
        if copy is not None:
            self.embedded.emit(conversation_id, copy)

    @pyqtSlot(str, object)
    def _history(self, conversation_id, embedded_copy):
        try:
            client = self._ensure_client()
            restored = embedding.restore(client, conversation_id, embedded_copy)
            if restored:
                self.noted.emit(conversation_id, restored)
            history = client.history(conversation_id)
        except Exception as exc:  # the transcript just stays empty; the status says why
            self.statusChanged.emit(connection_status.from_error(exc))
            return
        self.historyLoaded.emit(conversation_id, history)

    @pyqtSlot()
    def _close(self):
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()


def _shutdown_all():
    for link in list(_LIVE):
        link.shutdown()
