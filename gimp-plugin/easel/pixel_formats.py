"""Which bytes the plug-in sends for a GIMP image, and how they travel (pure logic, no GIMP).

The protocol carries each colour depth as is (PROTOCOL.md "Image descriptors"), so the plug-in
keeps the image's depth instead of squeezing everything into 8 bits: 8-bit images go as
``rgba8``, 16-bit as ``rgba16`` and everything deeper (32-bit integer, half, float, double) as
``rgbaf32``. Pixels are always read in GIMP's perceptual (gamma) encoding, ``R'G'B'A``, whatever
the image's own trc: the daemon's adjustments are written for perceptual values, and GEGL
converts exactly both ways. Reading as RGBA also gives grayscale layers and layers without alpha
a uniform 4-channel layout; writing the result back in the same format lets GEGL convert it to
the new layer's own type.
"""
from __future__ import annotations

import array
import sys
from typing import NamedTuple


class WireFormat(NamedTuple):
    """A protocol pixel format and the babl format GIMP reads and writes it with."""

    protocol: str       # the protocol's name: rgba8, rgba16, rgbaf32
    babl: str           # the babl format string for Gegl.Buffer.get/set
    item_type: str      # array typecode of one channel value ('B' bytes need no swapping)


RGBA8 = WireFormat("rgba8", "R'G'B'A u8", "B")
RGBA16 = WireFormat("rgba16", "R'G'B'A u16", "H")
RGBAF32 = WireFormat("rgbaf32", "R'G'B'A float", "f")

_BY_COMPONENT = {"u8": RGBA8, "u16": RGBA16, "u32": RGBAF32, "half": RGBAF32,
                 "float": RGBAF32, "double": RGBAF32}


def wire_format_for_precision(precision_nick: str) -> WireFormat:
    """The wire format for a GIMP precision, given by its nick (``Gimp.Precision.X.value_nick``,
    e.g. "u8-non-linear", "u16-linear", "float-perceptual")."""
    component = precision_nick.split("-", 1)[0].lower()
    try:
        return _BY_COMPONENT[component]
    except KeyError:
        raise UnsupportedImage(
            "Easel does not know GIMP's %r precision. Convert the image with Image ▸ "
            "Precision ▸ 8 bit integer (or 16 bit / 32 bit float) and try again."
            % precision_nick) from None


class UnsupportedImage(Exception):
    """The image cannot be sent as it is; the message says how the artist can convert it."""


# GIMP base types (Gimp.ImageBaseType.X.value_nick) the plug-in edits, with the layer type of
# the result layers it inserts (Gimp.ImageType member names): always with alpha, since result
# layers are transparent outside the selection.
_RESULT_LAYER_TYPE = {"rgb": "RGBA_IMAGE", "gray": "GRAYA_IMAGE"}


def result_layer_type(base_type_nick: str) -> str:
    """The Gimp.ImageType name for result layers in an image of this base type."""
    try:
        return _RESULT_LAYER_TYPE[base_type_nick.lower()]
    except KeyError:
        raise UnsupportedImage(
            "Easel edits RGB and grayscale images; this one is %s. Convert it with Image ▸ "
            "Mode ▸ RGB and try again." % base_type_nick) from None


def host_to_wire(data, fmt: WireFormat, byteorder: str = sys.byteorder):
    """GEGL hands out native-endian values; the protocol is little-endian. On little-endian
    machines (all that GIMP 3 ships for) this returns ``data`` untouched, without a copy."""
    return _swapped(data, fmt, byteorder)


def wire_to_host(data, fmt: WireFormat, byteorder: str = sys.byteorder):
    """The inverse of host_to_wire (the same swap)."""
    return _swapped(data, fmt, byteorder)


def _swapped(data, fmt: WireFormat, byteorder: str):
    if byteorder == "little" or fmt.item_type == "B":
        return data
    values = array.array(fmt.item_type)
    values.frombytes(bytes(data))
    values.byteswap()
    return values.tobytes()


_BY_PROTOCOL = {f.protocol: f for f in (RGBA8, RGBA16, RGBAF32)}


def wire_format_named(protocol_name: str) -> WireFormat:
    """The WireFormat of a result layer's protocol format (the daemon answers in the format it
    was sent, but a layer in any other colour format is still placed correctly)."""
    try:
        return _BY_PROTOCOL[protocol_name]
    except KeyError:
        raise ValueError("the daemon sent a layer in format %r, which is not a colour format"
                         % protocol_name) from None
