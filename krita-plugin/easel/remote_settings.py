"""The docker's settings for a daemon on another machine (one daemon for a team): where it is,
its token and its certificate's fingerprint, and the trust-on-first-use prompt.

They are kept in remote.json in the local state directory (easel_client.remote), where the
shared client reads them, so the GIMP plug-in and scripts use the same daemon."""
from __future__ import annotations

from PyQt5.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                             QMessageBox, QPushButton)

from .easel_client import remote, resolve_state_dir


def state_dir() -> str:
    return resolve_state_dir(None)


def ask_trust(parent, detail: str, fingerprint: str) -> bool:
    """The first connection to a remote daemon: shows the fingerprint it presented and, on yes,
    pins it. True when pinned (connect again)."""
    answer = QMessageBox.question(
        parent, "Trust this Easel daemon?",
        "The remote Easel daemon presents this certificate:\n\n%s\n\nCompare it with the one its "
        "administrator gave you (`easel status` on the daemon's machine prints it). Trust this "
        "daemon? Easel will then refuse any other certificate there.\n\n(%s)"
        % (fingerprint, detail),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    if answer != QMessageBox.Yes:
        return False
    remote.pin(state_dir(), fingerprint)
    return True


class RemoteSettingsDialog(QDialog):
    """Host, port, token and fingerprint of a remote daemon; "Use local daemon" forgets them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Easel: remote daemon")
        try:
            current = remote.read_settings(state_dir())
        except Exception:  # a damaged file: start from empty fields, saving replaces it
            current = None
        self.host = QLineEdit(current.host if current else "")
        self.port = QLineEdit(str(current.port) if current else "")
        self.token = QLineEdit(current.token if current else "")
        self.token.setEchoMode(QLineEdit.Password)
        self.fingerprint = QLineEdit(current.fingerprint or "" if current else "")
        self.fingerprint.setPlaceholderText("SHA256:… (empty: asked on first connection)")
        form = QFormLayout(self)
        form.addRow(QLabel("A daemon started elsewhere with --allow-remote (see the README, "
                           "\"One daemon for a team\")."))
        form.addRow("Host", self.host)
        form.addRow("Port", self.port)
        form.addRow("Token", self.token)
        form.addRow("Certificate fingerprint", self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        local = QPushButton("Use local daemon")
        buttons.addButton(local, QDialogButtonBox.ResetRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        local.clicked.connect(self._use_local)
        form.addRow(buttons)

    def _save(self):
        try:
            settings = remote.validated(self.host.text(), self.port.text(), self.token.text(),
                                        self.fingerprint.text())
        except ValueError as exc:
            QMessageBox.warning(self, "Easel: remote daemon", "Not saved: %s." % exc)
            return
        remote.write_settings(state_dir(), settings)
        self.accept()

    def _use_local(self):
        remote.forget(state_dir())
        self.accept()
