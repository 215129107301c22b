"""The docker asks once per conversation before pixels go to a hosted engine: a
``consent_required`` error shows a question; yes sends the same edit again naming the engine,
and every later edit of that conversation names it too; no sends nothing.

Runs with PyQt5 on Qt's offscreen platform (.ci/e2e.d/50-krita.sh), with the stand-in Krita and
link of qt_test_choices.py; the question box is answered by replacing QMessageBox.question.
"""
import unittest

from PyQt5.QtCore import Qt  # noqa: E402
from PyQt5.QtTest import QTest  # noqa: E402
from PyQt5.QtWidgets import QApplication, QMessageBox  # noqa: E402

from . import qt_test_choices as choices  # installs the stand-in krita module  # noqa: E402
from easel.easel_client import ConsentRequired  # noqa: E402

docker_module = choices.docker_module

NEEDS_CONSENT = ConsentRequired(
    "consent_required", "This would send the selection and its surroundings to api.openai.com "
    "(gpt-image-1, engine openai). Allow it for this conversation?", engine="openai")


class OptionsLink(choices.RecordingLink):
    """Records the options of each edit as well."""

    def request_edit(self, ticket, snapshot, instruction, options):
        self.edits.append((ticket, snapshot, instruction, dict(options)))


@unittest.skipUnless(isinstance(choices.APP, QApplication), "needs a QApplication")
class ConsentTest(unittest.TestCase):
    def setUp(self):
        original_link = docker_module.DaemonLink
        docker_module.DaemonLink = OptionsLink
        self.addCleanup(setattr, docker_module, "DaemonLink", original_link)
        original_question = QMessageBox.question
        self.addCleanup(setattr, QMessageBox, "question", original_question)
        self.asked = []
        self.doc = choices.document(choices.full_selection(0, 0, 2, 2))
        choices.KRITA.active, choices.KRITA.open = self.doc, [self.doc]
        self.docker = docker_module.EaselDocker()
        self.addCleanup(self.docker.deleteLater)
        self.addCleanup(self.docker._document_timer.stop)
        self.link = self.docker.link

    def answer(self, button):
        def question(parent, title, text, buttons, default):
            self.asked.append(text)
            return button
        QMessageBox.question = staticmethod(question)

    def type(self, instruction):
        self.docker.input.setPlainText(instruction)
        QTest.keyClick(self.docker.input, Qt.Key_Return)

    def test_yes_sends_the_edit_again_naming_the_engine_for_the_rest_of_the_conversation(self):
        self.answer(QMessageBox.Yes)
        self.type("add a red hat with gpt-image-1")
        self.assertEqual({}, self.link.edits[0][3], "nothing named before the artist agreed")
        self.link.failed.emit(self.link.edits[0][0], NEEDS_CONSENT)
        choices.APP.processEvents()
        self.assertEqual(1, len(self.asked))
        self.assertIn("api.openai.com", self.asked[0])
        self.assertEqual(2, len(self.link.edits))
        ticket, snapshot, instruction, options = self.link.edits[1]
        self.assertEqual("add a red hat with gpt-image-1", instruction)
        self.assertEqual({"engine": "openai"}, options)
        self.assertIs(self.link.edits[0][1], snapshot, "the same pixels as the first try")
        self.assertEqual(ticket, self.docker.job.ticket)
        self.docker.job = None  # the result arrives (insertion is tested elsewhere)
        self.type("another one")
        self.assertEqual({"engine": "openai"}, self.link.edits[2][3], "asked once per conversation")
        self.assertEqual(1, len(self.asked))

    def test_no_sends_nothing(self):
        self.answer(QMessageBox.No)
        self.type("add a red hat with gpt-image-1")
        self.link.failed.emit(self.link.edits[0][0], NEEDS_CONSENT)
        choices.APP.processEvents()
        self.assertEqual(1, len(self.link.edits))
        self.assertIsNone(self.docker.job)
        self.assertIn("nothing left this computer", self.docker.current_transcript().plain_text())


if __name__ == "__main__":
    unittest.main()
