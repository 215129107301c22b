"""The image's conversation id, kept in an image parasite so it is saved in the .xcf and a
reopened image continues its conversation (pure logic, no GIMP)."""
from __future__ import annotations

import array
import os
import uuid
from typing import List, Optional

# The parasite's name. GIMP saves persistent parasites in .xcf files.
PARASITE_NAME = "easel-conversation"

# The conversation itself (the daemon's export, capped in size), refreshed with every edit
# inside the edit's undo step, so saving the .xcf saves it and reopening the file on another
# machine (or after the daemon's state was wiped) brings the conversation back.
ARCHIVE_PARASITE_NAME = "easel-conversation-archive"

# A global GIMP parasite (kept in GIMP's parasiterc): the most MiB of conversation kept in an
# image, set in the chat dialog.
EMBED_SETTING_PARASITE = "easel-embedded-conversation-mb"

# Prefix of the ids this plug-in makes, so the daemon's history shows where a conversation began.
ID_PREFIX = "gimp:"

# PROTOCOL.md: conversation ids are 1-128 characters.
MAX_ID_LENGTH = 128


def parasite_data(data: bytes) -> List[int]:
    """``data`` as Gimp.Parasite.new takes it: GIMP 3's introspection types parasite data as C
    chars, signed (-128…127), so a plain list(bytes) fails on every byte above 127 (any zip, the
    embedded conversation)."""
    return array.array("b", bytes(data)).tolist()


def parasite_bytes(values) -> bytes:
    """A parasite's data (Gimp.Parasite.get_data(): a list of signed chars) as bytes. Bytes and
    lists of unsigned byte values are accepted too; anything else raises ValueError."""
    if isinstance(values, (bytes, bytearray)):
        return bytes(values)
    try:
        return array.array("b", values).tobytes()
    except OverflowError:
        return bytes(values)       # 0…255 values; beyond that bytes() raises ValueError


def new_conversation_id() -> str:
    """A fresh, globally unique conversation id."""
    return ID_PREFIX + uuid.uuid4().hex


def decode_conversation_id(raw) -> Optional[str]:
    """The id stored in a parasite's data (bytes or GIMP's list of byte values).

    None when the data is not a usable id (empty, not UTF-8, too long, control characters), for
    instance a parasite written by something else: the image then starts a new conversation
    instead of failing every edit.
    """
    if raw is None:
        return None
    try:
        text = parasite_bytes(raw).decode("utf-8").strip()
    except (UnicodeDecodeError, TypeError, ValueError):
        return None
    if not 1 <= len(text) <= MAX_ID_LENGTH or any(ord(c) < 32 for c in text):
        return None
    return text


def encode_conversation_id(conversation_id: str) -> bytes:
    """The parasite data for an id."""
    return conversation_id.encode("utf-8")


def conversation_title(file_path: Optional[str], image_name: Optional[str]) -> Optional[str]:
    """A human name for the conversation: the file name when the image was saved, else GIMP's
    name for the image ("Untitled"), else None."""
    if file_path:
        return os.path.basename(file_path)[:MAX_ID_LENGTH] or None
    return (image_name or None) and image_name[:MAX_ID_LENGTH]
