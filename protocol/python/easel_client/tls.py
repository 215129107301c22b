"""TLS with a pinned certificate fingerprint (PROTOCOL.md section 1, "TLS and pinning").

A daemon that listens beyond loopback speaks TLS only, with a self-signed certificate (or the
studio's own). The client trusts it by its SHA-256 fingerprint, not by a certificate authority:
the handshake runs with verification off (CERT_NONE, no host name check), then the DER of the
certificate the daemon presented is hashed and compared in constant time with the pin, before a
single protocol byte (the token above all) is sent.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import socket
import ssl
from typing import Optional

from .errors import CertificateMismatch, CertificateNotPinned, ConnectionLost

PREFIX = "SHA256:"
_HEX = re.compile(r"[0-9a-fA-F]{64}")


def fingerprint_of(der: bytes) -> str:
    """``SHA256:AB:CD:...`` of a DER certificate, written as keytool and openssl print it."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return PREFIX + ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def normalize_fingerprint(text: str) -> str:
    """A pasted fingerprint in the canonical form; with or without the prefix, colons, spaces,
    any case. ValueError (saying where to find one) when it is not a SHA-256 fingerprint."""
    raw = (text or "").strip()
    for prefix in ("SHA256:", "SHA-256:"):
        if raw.upper().startswith(prefix):
            raw = raw[len(prefix):]
            break
    raw = re.sub(r"[:\s]", "", raw)
    if not _HEX.fullmatch(raw):
        raise ValueError("%r is not a SHA-256 certificate fingerprint: expected 32 bytes in hex, "
                         "like SHA256:3F:A1:..., as `easel status` on the daemon's machine prints "
                         "it" % (text,))
    raw = raw.upper()
    return PREFIX + ":".join(raw[i:i + 2] for i in range(0, len(raw), 2))


def _context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # The pin is the whole trust decision: no CA chain, no host name (the daemon is reached by
    # whatever address the network gives it), no dates. See the module docstring.
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def secure(sock: socket.socket, host: str, pin: Optional[str]) -> ssl.SSLSocket:
    """Runs the TLS handshake on a connected socket and checks the daemon's certificate against
    ``pin`` (a fingerprint in any form normalize_fingerprint() reads). Returns the TLS socket;
    the plain one is consumed. Raises CertificateMismatch, CertificateNotPinned (carrying the
    presented fingerprint) or ConnectionLost (not TLS, or the handshake broke)."""
    expected = normalize_fingerprint(pin) if pin else None
    try:
        tls = _context().wrap_socket(sock, server_hostname=None, do_handshake_on_connect=True)
    except (ssl.SSLError, OSError) as exc:
        _close(sock)
        raise ConnectionLost("The TLS handshake with the Easel daemon at %s failed (%s). Is it "
                             "an Easel daemon listening with TLS (a non-loopback --host)?"
                             % (host, exc)) from None
    der = tls.getpeercert(binary_form=True)
    presented = fingerprint_of(der) if der else None
    if presented is None or expected is None:
        _close(tls)
        if presented is None:
            raise ConnectionLost("The Easel daemon at %s presented no certificate." % host)
        raise CertificateNotPinned(host, presented)
    if not hmac.compare_digest(presented.encode("ascii"), expected.encode("ascii")):
        _close(tls)
        raise CertificateMismatch(host, presented, expected)
    return tls


def _close(sock) -> None:
    try:
        sock.close()
    except OSError:
        pass
