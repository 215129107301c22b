"""easel_client: the Python client of the Easel daemon's wire protocol (PROTOCOL.md).

Pure standard library (Python 3.8+), so the Krita and GIMP plugins can bundle it as is.

    from easel_client import EaselClient, Image

    with EaselClient.connect() as client:
        result = client.edit("krita:doc-1", "make the selection black and white",
                             canvas=(w, h), image=Image(0, 0, w, h, "bgra8", pixels),
                             selection=Image(sx, sy, sw, sh, "a8", mask))
        for layer in result.layers:
            ...  # layer.name, layer.x, layer.y, layer.width, layer.height, layer.data
"""
from ._version import PROTOCOL_VERSION, __version__
from .client import EaselClient
from .discovery import DaemonInfo, default_state_dir, read_daemon_info, read_token, \
    resolve_state_dir
from .errors import (CertificateMismatch, CertificateNotPinned, ClarificationNeeded, ConnectionLost, ConsentRequired, DaemonError, DaemonNotRunning,
                     EaselError, EaselTimeout, EditCancelled, FrameTooLarge, ProtocolError,
                     ProtocolMismatch, Reading, Unauthorized)
from .events import Accepted, EditResult, Progress, Result, Variation
from .framing import Frame, FrameLimits, encode_frame, read_frame, send_frame
from .images import BYTES_PER_PIXEL, Image, Layer

__all__ = [
    "__version__", "PROTOCOL_VERSION",
    "EaselClient",
    "Image", "Layer", "BYTES_PER_PIXEL",
    "Accepted", "Progress", "EditResult", "Result", "Variation",
    "EaselError", "DaemonNotRunning", "Unauthorized", "ProtocolMismatch", "EaselTimeout",
    "EditCancelled", "DaemonError", "ConnectionLost", "ProtocolError", "FrameTooLarge",
    "ClarificationNeeded", "Reading", "ConsentRequired",
    "CertificateMismatch", "CertificateNotPinned",
    "DaemonInfo", "default_state_dir", "resolve_state_dir", "read_daemon_info", "read_token",
    "Frame", "FrameLimits", "encode_frame", "read_frame", "send_frame",
]
