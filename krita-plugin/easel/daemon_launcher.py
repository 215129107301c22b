"""Starts the daemon with the configured launch command when the docker finds none running,
and watches the process until it listens (the link connects) or fails."""
from __future__ import annotations

import os
import subprocess
import tempfile

from .launch import launch_argv

LOG_NAME = "easel-daemon-launch.log"


class DaemonLauncher:
    """One launch attempt: the process and the log its output goes to."""

    def __init__(self, command: str):
        self.command = command
        self.log_path = os.path.join(tempfile.gettempdir(), LOG_NAME)
        argv = launch_argv(command)  # BadLaunchCommand says what to fix
        with open(self.log_path, "wb") as log:
            # A new session: the daemon outlives Krita and ignores Krita's terminal signals.
            self.process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)

    def exit_problem(self):
        """None while the process runs (or exited cleanly); else why it stopped, with the end
        of its output."""
        code = self.process.poll()
        if code is None or code == 0:
            return None
        return "it exited with code %d. Its last output:\n%s" % (code, self.log_tail())

    def log_tail(self, limit: int = 1500) -> str:
        try:
            with open(self.log_path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return "(no output)"
        return text[-limit:].strip() or "(no output)"
