"""The docker's custom widgets: the input box (Enter sends, Shift+Enter breaks the line), the
transcript view (HTML with result thumbnails) and the choices of Easel's questions."""
from __future__ import annotations

from PyQt5.QtCore import QSize, Qt, pyqtSignal
from PyQt5.QtGui import QIcon, QImage, QPixmap, QTextDocument
from PyQt5.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextBrowser,
                             QToolButton, QVBoxLayout, QWidget)

from .transcript import THUMBNAIL_SCHEME


class ChatInput(QPlainTextEdit):
    """Multi-line input; Enter (or keypad Enter) emits ``submitted``, Shift+Enter a newline."""

    submitted = pyqtSignal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and \
                not event.modifiers() & Qt.ShiftModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class TranscriptView(QTextBrowser):
    """Shows a transcript's HTML; thumbnails come from ``thumbnails`` (key -> QImage) rather than
    the document's resource cache, which setHtml() would clear."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thumbnails = {}
        self.setOpenLinks(False)

    def loadResource(self, kind, url):
        if kind == QTextDocument.ImageResource and url.scheme() == THUMBNAIL_SCHEME:
            image = self.thumbnails.get(url.path())
            if image is not None:
                return image
        return super().loadResource(kind, url)

    def show_html(self, html: str):
        self.setHtml(html)
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())


class ChoiceBar(QWidget):
    """Easel's question and one button per reading, under the transcript. A button shows what
    the reading does (its summary) and, as tooltip, the instruction it sends; a click emits
    ``chosen`` with that instruction. The docker takes the choices away (clear()) once an edit
    starts, so each question is answered at most once. ``key`` is whose question it is (the
    docker puts the conversation id there)."""

    chosen = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.key = None
        self._buttons = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold")
        self._layout.addWidget(self.question)
        self.hide()

    def offer(self, key, question, readings):
        """Shows ``question`` with a button per easel_client.Reading, replacing any earlier one."""
        self.clear()
        self.key = key
        self.question.setText(question)
        for reading in readings:
            button = QPushButton(reading.label)
            button.setToolTip("Sends \u201c%s\u201d" % reading.instruction)
            button.setProperty("instruction", reading.instruction)
            button.clicked.connect(
                lambda _checked=False, text=reading.instruction: self.chosen.emit(text))
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.show()

    def buttons(self):
        """The offered choices' buttons (empty when there is no question)."""
        return list(self._buttons)

    def button_for(self, instruction):
        """The button that sends ``instruction``, or None."""
        for button in self._buttons:
            if button.property("instruction") == instruction:
                return button
        return None

    @property
    def pending(self) -> bool:
        return bool(self._buttons)

    def clear(self):
        """Takes the choices away: their buttons are disabled at once and then removed."""
        for button in self._buttons:
            button.setEnabled(False)
            button.hide()
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        self.key = None
        self.question.clear()
        self.hide()


def rgba8_image(thumbnail) -> QImage:
    """A QImage of an easel_client thumbnail (width, height, rgba8 bytes)."""
    width, height, data = thumbnail
    return QImage(data, width, height, width * 4, QImage.Format_RGBA8888).copy()


class VersionBar(QWidget):
    """The versions of the last edit, as clickable thumbnails under the transcript: a click
    emits ``chosen`` with the version's position, and the docker inserts that one."""

    chosen = pyqtSignal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._buttons = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Choose a version to insert:")
        title.setStyleSheet("font-weight: bold")
        outer.addWidget(title)
        self._row = QHBoxLayout()
        outer.addLayout(self._row)
        self.hide()

    def offer(self, versions):
        """One thumbnail button per document_io.PreparedVersion, replacing any earlier ones."""
        self.clear()
        for position, version in enumerate(versions):
            button = QToolButton()
            button.setIcon(QIcon(QPixmap.fromImage(rgba8_image(version.thumbnail))))
            button.setIconSize(QSize(72, 72))
            button.setText(version.label.split(" ")[0])
            button.setToolTip("Insert %s as a new layer" % version.label)
            button.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
            button.clicked.connect(lambda _checked=False, p=position: self.chosen.emit(p))
            self._row.addWidget(button)
            self._buttons.append(button)
        self._row.addStretch(1)
        self.show()

    def buttons(self):
        return list(self._buttons)

    @property
    def pending(self) -> bool:
        return bool(self._buttons)

    def clear(self):
        for button in self._buttons:
            button.setEnabled(False)
            button.hide()
            self._row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        while self._row.count():
            self._row.takeAt(0)
        self.hide()
