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
from .easel_client import EaselClient, __version__

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

    # requests (emitted on the GUI thread, run on the link's thread)
    _connectRequested = pyqtSignal()
    _editRequested = pyqtSignal(int, object)         # ticket, (Snapshot, instruction, options)
    _historyRequested = pyqtSignal(str)
    _closeRequested = pyqtSignal()

    def __init__(self):
        super().__init__()
        self._client = None
        self._client_lock = threading.Lock()  # guards _client between this thread and cancel()
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

    def request_history(self, conversation_id: str):
        self._historyRequested.emit(conversation_id)

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
        self.statusChanged.emit(connection_status.connected(client.server_version))
        self.engineChanged.emit(connection_status.engine_line(client.engines,
                                                              client.models_announced))
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

    @pyqtSlot(str)
    def _history(self, conversation_id):
        try:
            history = self._ensure_client().history(conversation_id)
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
