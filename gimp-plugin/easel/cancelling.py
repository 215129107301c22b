"""Cancel for an edit that may not have reached the daemon yet (pure logic, no GIMP).

The artist can press Cancel at any moment: while the layer is still being read (no connection
yet), between connecting and sending, or while the daemon works. The client's cancel() only
reaches edits it has sent, so this remembers an early Cancel and applies it as soon as it can:
before sending (the edit then never starts) or when the daemon accepts the edit.
"""
from __future__ import annotations

import threading

from easel_client import EditCancelled


class EditCanceller:
    """One per edit. connected() and accepted() are called by the edit's thread (as
    run_chat_edit's on_connected / on_accepted), cancel() by the GUI thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._client = None
        self._job = None
        self.requested = False

    def connected(self, client) -> None:
        with self._lock:
            if self.requested:
                raise EditCancelled("cancelled", "Cancelled before the edit was sent.")
            self._client = client

    def accepted(self, accepted) -> None:
        with self._lock:
            self._job = accepted.job
            if self.requested:
                self._client.cancel(job=self._job)

    def cancel(self) -> None:
        with self._lock:
            self.requested = True
            if self._client is None:
                return  # connected() will refuse to send
            if self._job is not None:
                self._client.cancel(job=self._job)
            else:
                self._client.cancel()  # every edit this connection has sent; if none yet,
                #                        accepted() cancels it
