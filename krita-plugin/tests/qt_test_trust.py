"""Trust on first use in the docker: a remote daemon whose certificate is not pinned yet shows
"Trust this daemon?" with a Trust… button; the question names the fingerprint, yes pins it in
remote.json and connects again, no pins nothing.

Runs with PyQt5 on Qt's offscreen platform (.ci/e2e.d/50-krita.sh), with the stand-in Krita and
link of qt_test_choices.py; the question box is answered by replacing QMessageBox.question.
"""
import os
import shutil
import tempfile
import unittest

from PyQt5.QtTest import QTest  # noqa: E402
from PyQt5.QtCore import Qt  # noqa: E402
from PyQt5.QtWidgets import QApplication, QMessageBox  # noqa: E402

from . import qt_test_choices as choices  # installs the stand-in krita module  # noqa: E402
from easel import connection_status  # noqa: E402
from easel.easel_client import CertificateNotPinned, remote  # noqa: E402

docker_module = choices.docker_module
PRESENTED = "SHA256:" + ":".join(["AB"] * 32)


class ConnectCountingLink(choices.RecordingLink):
    def __init__(self):
        super().__init__()
        self.connects = 0

    def request_connect(self):
        self.connects += 1


@unittest.skipUnless(isinstance(choices.APP, QApplication), "needs a QApplication")
class TrustOnFirstUseTest(unittest.TestCase):
    def setUp(self):
        self.state = tempfile.mkdtemp(prefix="easel-krita-trust-")
        self.addCleanup(shutil.rmtree, self.state, True)
        previous = os.environ.get("EASEL_STATE_DIR")
        os.environ["EASEL_STATE_DIR"] = self.state
        self.addCleanup(lambda: os.environ.pop("EASEL_STATE_DIR") if previous is None
                        else os.environ.__setitem__("EASEL_STATE_DIR", previous))
        remote.write_settings(self.state, remote.validated("gpu-box", 7878, "token"))
        original_link = docker_module.DaemonLink
        docker_module.DaemonLink = ConnectCountingLink
        self.addCleanup(setattr, docker_module, "DaemonLink", original_link)
        original_question = QMessageBox.question
        self.addCleanup(setattr, QMessageBox, "question", original_question)
        self.asked = []
        self.docker = docker_module.EaselDocker()
        self.addCleanup(self.docker.deleteLater)
        self.addCleanup(self.docker._document_timer.stop)
        self.docker.show()
        self.link = self.docker.link
        self.link.statusChanged.emit(connection_status.from_error(
            CertificateNotPinned("gpu-box", PRESENTED)))
        choices.APP.processEvents()

    def answer(self, button):
        def question(parent, title, text, buttons, default):
            self.asked.append(text)
            return button
        QMessageBox.question = staticmethod(question)

    def test_the_status_offers_trust(self):
        self.assertEqual("Trust this daemon?", self.docker.status_label.text())
        self.assertTrue(self.docker.action_button.isVisible())
        self.assertEqual("Trust…", self.docker.action_button.text())

    def test_yes_pins_the_presented_fingerprint_and_connects_again(self):
        self.answer(QMessageBox.Yes)
        before = self.link.connects
        QTest.mouseClick(self.docker.action_button, Qt.LeftButton)
        self.assertEqual(1, len(self.asked))
        self.assertIn(PRESENTED, self.asked[0])
        self.assertEqual(PRESENTED, remote.read_settings(self.state).fingerprint)
        self.assertEqual(before + 1, self.link.connects)

    def test_no_pins_nothing_and_does_not_connect(self):
        self.answer(QMessageBox.No)
        before = self.link.connects
        QTest.mouseClick(self.docker.action_button, Qt.LeftButton)
        self.assertEqual(1, len(self.asked))
        self.assertIsNone(remote.read_settings(self.state).fingerprint)
        self.assertEqual(before, self.link.connects)


if __name__ == "__main__":
    unittest.main()
