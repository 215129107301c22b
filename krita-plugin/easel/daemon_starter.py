"""Starting the daemon from the docker: runs the launch command, then asks the link to connect
every half second until the daemon listens, the process fails, or the wait runs out."""
from __future__ import annotations

import time

from PyQt5.QtCore import QObject, QTimer, pyqtSignal

from .daemon_launcher import DaemonLauncher
from .launch import BadLaunchCommand

# How long a started daemon may take to listen (the first `./easel serve` builds it).
START_WAIT_S = 180
POLL_MS = 500


class DaemonStarter(QObject):
    tryConnect = pyqtSignal()          # time to try connecting again
    failed = pyqtSignal(str, str)      # command, what went wrong (with the daemon's output)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._launcher = None
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def active(self) -> bool:
        return self._launcher is not None

    def start(self, command: str) -> bool:
        """Runs ``command``; False (after emitting failed) when it cannot even start."""
        try:
            self._launcher = DaemonLauncher(command)
        except (BadLaunchCommand, OSError) as exc:
            self.failed.emit(command, str(exc))
            return False
        self._deadline = time.monotonic() + START_WAIT_S
        self._timer.start()
        return True

    def stop(self):
        """The daemon answered (or the docker gives up): stop polling."""
        self._launcher = None
        self._timer.stop()

    def _poll(self):
        launcher = self._launcher
        if launcher is None:
            self._timer.stop()
            return
        problem = launcher.exit_problem()
        if problem is None and time.monotonic() > self._deadline:
            problem = "it did not start listening within %d s. Its output so far:\n%s" % (
                START_WAIT_S, launcher.log_tail())
        if problem is not None:
            self.stop()
            self.failed.emit(launcher.command, problem)
            return
        self.tryConnect.emit()
