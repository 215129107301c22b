"""The document's conversation id: made once, stored inside the document (a Krita annotation,
saved in the .kra), so reopening the file continues the same conversation with the daemon.
Pure Python; the Krita side only moves the bytes in and out of the annotation.
"""
from __future__ import annotations

import os
import uuid
from typing import Optional

# The annotation's type (its key inside the .kra) and the description Krita shows for it.
ANNOTATION_TYPE = "easel/conversation"
ANNOTATION_DESCRIPTION = "Easel conversation id"
PREFIX = "krita:"
# The conversation itself (the daemon's export, capped in size), kept current after each turn so
# saving the document saves it too; reopening the file elsewhere brings it back.
ARCHIVE_ANNOTATION_TYPE = "easel/conversation-archive"
ARCHIVE_ANNOTATION_DESCRIPTION = "Easel conversation (turns and images)"
# Krita setting (group [easel]): the most MiB of conversation kept in a document.
EMBED_SETTING_KEY = "embedded_conversation_mb"
MAX_LENGTH = 128  # PROTOCOL.md: conversation ids are 1-128 characters


def new_conversation_id() -> str:
    return PREFIX + uuid.uuid4().hex


def encode(conversation_id: str) -> bytes:
    return conversation_id.encode("utf-8")


def decode(stored) -> Optional[str]:
    """The id stored in an annotation, or None when there is none or it is unusable (then the
    plugin starts a new conversation rather than sending something the daemon would refuse)."""
    if not stored:
        return None
    try:
        text = bytes(stored).decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    if not 1 <= len(text) <= MAX_LENGTH or not text.isprintable():
        return None
    return text


def title_for(file_name: str, document_name: str = "") -> str:
    """A human name for the conversation: the file's name, else the document's, else Untitled."""
    if file_name:
        return os.path.basename(file_name)
    return document_name.strip() or "Untitled"
