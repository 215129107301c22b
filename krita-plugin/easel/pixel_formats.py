"""Krita colour spaces ↔ the protocol's pixel formats (PROTOCOL.md "Image descriptors").

Krita hands out a layer's bytes in its own channel order, which depends on the depth: integer
depths are stored blue first (BGRA), float depths red first (RGBA), always in the machine's byte
order. The protocol knows bgra8, rgba16 and rgbaf32 (little-endian), so:

    RGBA U8   -> bgra8    bytes as they are
    RGBA U16  -> rgba16   blue and red swapped (16-bit channels)
    RGBA F16  -> rgbaf32  half floats widened to 32-bit floats (and narrowed on the way back)
    RGBA F32  -> rgbaf32  bytes as they are

Other colour models (CMYK, Lab, grayscale, XYZ, YCbCr) are refused with a message that says how
to convert. Pure Python (no Qt), so it is unit-tested without Krita.
"""
from __future__ import annotations

import struct
import sys
from array import array

# Krita's colour model ids, as the artist sees them in Image > Properties.
MODEL_NAMES = {"RGBA": "RGB/Alpha", "CMYKA": "CMYK/Alpha", "LABA": "L*a*b*/Alpha",
               "GRAYA": "Grayscale/Alpha", "XYZA": "XYZ/Alpha", "YCbCrA": "YCbCr/Alpha"}
DEPTH_NAMES = {"U8": "8-bit integer", "U16": "16-bit integer", "F16": "16-bit float",
               "F32": "32-bit float"}

# The largest finite half float; wider values would not fit when narrowing F32 back to F16.
_HALF_MAX = 65504.0
_LITTLE = sys.byteorder == "little"


class UnsupportedColorSpace(ValueError):
    """The document (or layer) uses a colour space Easel cannot send; str() says what to do."""


def _identity(data) -> bytes:
    return bytes(data)


def swap_red_blue_16(data) -> bytes:
    """BGRA <-> RGBA for 16-bit channels (8 bytes per pixel). Its own inverse.

    Extended-slice assignment on a 16-bit array runs in C: a few copies of the buffer instead
    of a Python loop over pixels.
    """
    raw = bytes(data)
    if len(raw) % 8:
        raise ValueError("16-bit RGBA data must be a multiple of 8 bytes, not %d" % len(raw))
    src = array("H")
    src.frombytes(raw)
    out = array("H", src)
    out[0::4] = src[2::4]
    out[2::4] = src[0::4]
    return out.tobytes()


def _native_u16_to_little(data) -> bytes:
    if _LITTLE:
        return bytes(data)
    values = array("H", bytes(data))
    values.byteswap()
    return values.tobytes()


def bgra16_to_rgba16(data) -> bytes:
    """Krita's U16 bytes (BGRA, machine order) -> protocol rgba16 (RGBA, little-endian)."""
    return swap_red_blue_16(_native_u16_to_little(data))


def rgba16_to_bgra16(data) -> bytes:
    """Protocol rgba16 -> Krita's U16 bytes (byte swapping is its own inverse too)."""
    return _native_u16_to_little(swap_red_blue_16(data))


def _floats_to_little(values: array) -> bytes:
    if not _LITTLE:
        values.byteswap()
    return values.tobytes()


def half_to_float(data) -> bytes:
    """Krita's F16 bytes (machine order) -> protocol rgbaf32 (little-endian)."""
    raw = bytes(data)
    if len(raw) % 2:
        raise ValueError("half-float data must have an even number of bytes, not %d" % len(raw))
    # One struct call for the whole buffer: as fast as building the array at all.
    return _floats_to_little(array("f", struct.unpack("=%de" % (len(raw) // 2), raw)))


def float_to_half(data) -> bytes:
    """Protocol rgbaf32 (little-endian) -> Krita's F16 bytes. Values beyond the half-float range
    are clamped to it (a half float cannot hold them; clamping keeps them as bright as possible)."""
    raw = bytes(data)
    if len(raw) % 4:
        raise ValueError("float data must be a multiple of 4 bytes, not %d" % len(raw))
    values = array("f")
    values.frombytes(raw)
    if not _LITTLE:
        values.byteswap()
    layout = "=%de" % len(values)
    try:
        return struct.pack(layout, *values)
    except OverflowError:  # rare: only then pay for clamping every value
        return struct.pack(layout, *[_HALF_MAX if v > _HALF_MAX else -_HALF_MAX
                                     if v < -_HALF_MAX else v for v in values])


def _f32_to_little(data) -> bytes:
    values = array("f")
    values.frombytes(bytes(data))
    return _floats_to_little(values)


class PixelLayout:
    """How one Krita depth travels: the protocol format and the byte conversions both ways."""

    def __init__(self, depth: str, wire_format: str, to_wire, from_wire):
        self.depth = depth
        self.wire_format = wire_format
        self.to_wire = to_wire        # Krita bytes -> protocol bytes
        self.from_wire = from_wire    # protocol bytes -> Krita bytes

    def __repr__(self):
        return "PixelLayout(%s -> %s)" % (self.depth, self.wire_format)


LAYOUTS = {
    "U8": PixelLayout("U8", "bgra8", _identity, _identity),
    "U16": PixelLayout("U16", "rgba16", bgra16_to_rgba16, rgba16_to_bgra16),
    "F16": PixelLayout("F16", "rgbaf32", half_to_float, float_to_half),
    "F32": PixelLayout("F32", "rgbaf32", _f32_to_little, _f32_to_little),
}


def describe(color_model: str, color_depth: str) -> str:
    """'CMYK/Alpha 8-bit integer' for messages."""
    return "%s %s" % (MODEL_NAMES.get(color_model, color_model),
                      DEPTH_NAMES.get(color_depth, color_depth))


def layout_for(color_model: str, color_depth: str) -> PixelLayout:
    """The layout for a Krita colour space; UnsupportedColorSpace (with advice) for others."""
    if color_model == "RGBA" and color_depth in LAYOUTS:
        return LAYOUTS[color_depth]
    raise UnsupportedColorSpace(
        "Easel edits RGB/Alpha images (8-bit, 16-bit or float); this one is %s. Convert it "
        "with Image > Convert Image Color Space… to RGB/Alpha (keeping the depth), or work on a "
        "converted copy, then send again." % describe(color_model, color_depth))
