"""The docker's two custom widgets: the input box (Enter sends, Shift+Enter breaks the line) and
the transcript view (HTML with result thumbnails)."""
from __future__ import annotations

from PyQt5.QtCore import Qt, pyqtSignal
from PyQt5.QtGui import QTextDocument
from PyQt5.QtWidgets import QPlainTextEdit, QTextBrowser

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
