"""The docker's answer to Easel's questions, with real Qt widgets and a stand-in Krita: a
``clarify`` shows the question with a button per reading; a real click sends that reading as a
new edit about the active document and its selection now (as if typed); the buttons go once an
edit starts, and belong to the document that was asked about.

Needs PyQt5, like qt_test_daemon_link.py, and runs with it (.ci/e2e.d/50-krita.sh), on Qt's
offscreen platform. The network is a stand-in link that records the edits the docker asks for;
DaemonLink itself is tested against a scripted daemon in qt_test_daemon_link.py, and the whole
path in real Krita by e2e/krita_driver.py.
"""
import os
import sys
import types
import unittest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # offscreen: "no propagateSizeHints()"

from PyQt5.QtCore import QCoreApplication, QObject, Qt, pyqtSignal  # noqa: E402
from PyQt5.QtTest import QTest  # noqa: E402
from PyQt5.QtWidgets import QApplication, QDockWidget  # noqa: E402

from .krita_fakes import FakeDocument, FakeNode, FakeSelection  # noqa: E402

APP = QCoreApplication.instance() or QApplication([])


class _Signal:
    def connect(self, slot):
        pass


class FakeNotifier:
    imageClosed = _Signal()
    applicationClosing = _Signal()

    def setActive(self, active):
        pass


class FakeKrita:
    """Krita.instance(): the active document, the open ones, settings."""

    def __init__(self):
        self.active = None
        self.open = []
        self._notifier = FakeNotifier()

    def notifier(self):
        return self._notifier

    def activeDocument(self):
        return self.active

    def documents(self):
        return list(self.open)

    def readSetting(self, group, key, default):
        return default

    def writeSetting(self, group, key, value):
        pass


KRITA = FakeKrita()


def _install_fake_krita():
    module = types.ModuleType("krita")
    module.DockWidget = QDockWidget
    module.Krita = types.SimpleNamespace(instance=lambda: KRITA)
    sys.modules["krita"] = module


_install_fake_krita()
from easel import docker as docker_module  # noqa: E402  (needs the krita module above)
from easel.easel_client import ClarificationNeeded, Reading  # noqa: E402


class RecordingLink(QObject):
    """DaemonLink's signals and requests, without a network: edits are recorded."""

    statusChanged = pyqtSignal(object)
    engineChanged = pyqtSignal(str)
    accepted = pyqtSignal(int, object)
    progressed = pyqtSignal(int, object)
    finished = pyqtSignal(int, object)
    failed = pyqtSignal(int, object)
    historyLoaded = pyqtSignal(str, object)
    embedded = pyqtSignal(str, object)
    noted = pyqtSignal(str, str)

    def __init__(self):
        super().__init__()
        self.edits = []

    def request_connect(self):
        pass

    def request_history(self, conversation_id, embedded_copy=None):
        pass

    def request_edit(self, ticket, snapshot, instruction, options):
        self.edits.append((ticket, snapshot, instruction))

    def cancel(self):
        return False

    def shutdown(self):
        pass


CONTRAST = ClarificationNeeded("More contrast or less?", [
    Reading("increase the contrast", "Increase the contrast — whole layer"),
    Reading("reduce the contrast", "Reduce the contrast — whole layer")])


def document(selection=None):
    doc = FakeDocument(4, 4, selection=selection)
    doc.add_layer(FakeNode("Paint", data=bytes(64)))
    return doc


def full_selection(x, y, w, h):
    return FakeSelection(x, y, w, h, b"\xff" * (w * h))


@unittest.skipUnless(isinstance(APP, QApplication), "needs a QApplication (run this module "
                                                    "before any test that makes a QCoreApplication)")
class ChoicesTest(unittest.TestCase):
    def setUp(self):
        self.original_link = docker_module.DaemonLink
        docker_module.DaemonLink = RecordingLink
        self.addCleanup(setattr, docker_module, "DaemonLink", self.original_link)
        self.doc = document(full_selection(0, 0, 2, 2))
        KRITA.active, KRITA.open = self.doc, [self.doc]
        self.docker = docker_module.EaselDocker()
        self.addCleanup(self.docker.deleteLater)
        self.addCleanup(self.docker._document_timer.stop)
        self.docker.show()
        self.link = self.docker.link

    def ask(self, instruction="contrast"):
        """Types ``instruction``, presses Enter, and lets the daemon answer with the question."""
        self.docker.input.setPlainText(instruction)
        QTest.keyClick(self.docker.input, Qt.Key_Return)
        ticket = self.link.edits[-1][0]
        self.link.failed.emit(ticket, CONTRAST)
        APP.processEvents()

    def text(self):
        return self.docker.current_transcript().plain_text()

    def test_the_question_shows_a_button_per_reading(self):
        self.ask()
        self.assertIsNone(self.docker.job, "the edit is over")
        self.assertTrue(self.docker.choices.isVisible())
        buttons = self.docker.choices.buttons()
        self.assertEqual(["Increase the contrast — whole layer", "Reduce the contrast — whole layer"],
                         [b.text() for b in buttons])
        self.assertEqual(["increase the contrast", "reduce the contrast"],
                         [b.property("instruction") for b in buttons])
        self.assertIn("“increase the contrast”", buttons[0].toolTip())
        self.assertEqual("More contrast or less?", self.docker.choices.question.text())
        self.assertEqual(["user: contrast", "question: More contrast or less?",
                          "• Increase the contrast — whole layer (sends “increase the contrast”)",
                          "• Reduce the contrast — whole layer (sends “reduce the contrast”)"],
                         self.text().splitlines())
        self.assertTrue(self.docker.send_button.isEnabled(), "the docker is ready for a reply")

    def test_a_click_sends_the_reading_as_typed_about_the_document_and_selection_now(self):
        self.ask()
        self.doc._selection = full_selection(1, 1, 3, 3)   # the artist changes the selection
        self.docker.input.setPlainText("a draft")          # and starts typing something else
        button = self.docker.choices.button_for("increase the contrast")
        QTest.mouseClick(button, Qt.LeftButton)
        self.assertEqual(2, len(self.link.edits))
        ticket, snapshot, instruction = self.link.edits[1]
        self.assertEqual("increase the contrast", instruction)
        self.assertEqual((1, 1, 3, 3), (snapshot.selection.x, snapshot.selection.y,
                                        snapshot.selection.width, snapshot.selection.height))
        self.assertEqual(self.link.edits[0][1].conversation_id, snapshot.conversation_id,
                         "the same conversation")
        self.assertEqual(ticket, self.docker.job.ticket)
        self.assertEqual("user: increase the contrast", self.text().splitlines()[-1])
        self.assertEqual("a draft", self.docker.input.toPlainText(), "the draft is kept")
        self.assertFalse(button.isEnabled(), "a used choice cannot be clicked again")
        self.assertEqual([], self.docker.choices.buttons())
        self.assertFalse(self.docker.choices.isVisible())
        QTest.mouseClick(button, Qt.LeftButton)
        self.assertEqual(2, len(self.link.edits), "a second click sends nothing")

    def test_a_new_typed_edit_takes_the_choices_away(self):
        self.ask()
        buttons = self.docker.choices.buttons()
        self.docker.input.setPlainText("make it warmer")
        QTest.keyClick(self.docker.input, Qt.Key_Return)
        self.assertEqual("make it warmer", self.link.edits[-1][2])
        self.assertEqual([], self.docker.choices.buttons())
        self.assertFalse(self.docker.choices.isVisible())
        self.assertFalse(any(b.isEnabled() for b in buttons))

    def test_the_choices_belong_to_the_document_that_was_asked_about(self):
        self.ask()
        other = document()
        KRITA.active, KRITA.open = other, [self.doc, other]
        self.docker._refresh_document()
        self.assertFalse(self.docker.choices.isVisible(), "another document: no buttons")
        KRITA.active = self.doc
        self.docker._refresh_document()
        self.assertTrue(self.docker.choices.isVisible(), "back on the asked document")
        QTest.mouseClick(self.docker.choices.buttons()[1], Qt.LeftButton)
        self.assertEqual("reduce the contrast", self.link.edits[-1][2])
        self.assertIs(self.doc, self.link.edits[-1][1].document)

    def test_a_reading_that_cannot_be_sent_keeps_the_choices(self):
        self.ask()
        self.doc.active = None                  # no active layer: the snapshot cannot be read
        QTest.mouseClick(self.docker.choices.buttons()[0], Qt.LeftButton)
        self.assertEqual(1, len(self.link.edits))
        self.assertTrue(self.text().splitlines()[-1].startswith("error: There is no active layer"))
        self.assertEqual(2, len(self.docker.choices.buttons()), "fix it, then choose again")


if __name__ == "__main__":
    unittest.main()
