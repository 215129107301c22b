"""Pixel buffers as the protocol describes them (PROTOCOL.md "Image descriptors").

An Image is a rectangle of pixels at a position in canvas coordinates plus its raw bytes. It
checks its own size up front, so a wrong buffer is reported here, with the numbers, instead of
as a `bad_image` error from the daemon after the bytes have been sent.
"""
from __future__ import annotations

import struct

# Bytes per pixel of each format the protocol knows.
BYTES_PER_PIXEL = {"rgba8": 4, "bgra8": 4, "rgba16": 8, "rgbaf32": 16, "a8": 1}


def _to_rgba8(format: str, px) -> bytes:
    """One pixel in ``format`` as 4 rgba8 bytes."""
    if format == "rgba8":
        return bytes(px)
    if format == "bgra8":
        return bytes((px[2], px[1], px[0], px[3]))
    if format == "rgba16":
        return bytes(px[i * 2 + 1] for i in range(4))  # the high byte of each little-endian channel
    if format == "rgbaf32":
        return bytes(max(0, min(255, int(round(v * 255)))) for v in struct.unpack("<4f", bytes(px)))
    return bytes((px[0], px[0], px[0], 255))  # a8: coverage as grey


def _check_int(name: str, value, minimum=None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("%s must be an integer, not %r" % (name, value))
    if minimum is not None and value < minimum:
        raise ValueError("%s must be at least %d, not %d" % (name, minimum, value))
    return value


class Image:
    """Pixels at (x, y) in canvas coordinates; ``data`` is any bytes-like object (not copied).

    Rows top to bottom, pixels left to right, no row padding, straight alpha.
    """

    __slots__ = ("x", "y", "width", "height", "format", "data")

    def __init__(self, x: int, y: int, width: int, height: int, format: str, data):
        self.x = _check_int("x", x)
        self.y = _check_int("y", y)
        self.width = _check_int("width", width, 1)
        self.height = _check_int("height", height, 1)
        if format not in BYTES_PER_PIXEL:
            raise ValueError("unknown pixel format %r (known: %s)"
                             % (format, ", ".join(BYTES_PER_PIXEL)))
        self.format = format
        try:
            nbytes = memoryview(data).nbytes
        except TypeError:
            raise ValueError("image data must be bytes-like (bytes, bytearray, memoryview), "
                             "not %s" % type(data).__name__) from None
        needed = self.width * self.height * BYTES_PER_PIXEL[format]
        if nbytes != needed:
            raise ValueError("a %d×%d %s image needs %d bytes (%d per pixel) but the data has %d"
                             % (self.width, self.height, format, needed,
                                BYTES_PER_PIXEL[format], nbytes))
        self.data = data

    @property
    def bytes_per_pixel(self) -> int:
        return BYTES_PER_PIXEL[self.format]

    def descriptor(self, attachment: int) -> dict:
        """The JSON image descriptor pointing at attachment number ``attachment``."""
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height,
                "format": self.format, "attachment": attachment}

    def pixel(self, px: int, py: int) -> bytes:
        """The raw bytes of the pixel at (px, py) in the image's own coordinates."""
        if not (0 <= px < self.width and 0 <= py < self.height):
            raise IndexError("pixel (%d, %d) is outside the %d×%d image"
                             % (px, py, self.width, self.height))
        bpp = self.bytes_per_pixel
        start = (py * self.width + px) * bpp
        return bytes(memoryview(self.data)[start:start + bpp])

    def thumbnail_rgba8(self, max_side: int = 96):
        """A small rgba8 copy for showing as a choice: (width, height, bytes), at most
        ``max_side`` px on its longer side (nearest pixel; enough for telling versions apart)."""
        scale = min(1.0, float(max_side) / max(self.width, self.height))
        width = max(1, int(round(self.width * scale)))
        height = max(1, int(round(self.height * scale)))
        view = memoryview(self.data).cast("B")
        bpp = self.bytes_per_pixel
        out = bytearray(width * height * 4)
        for ty in range(height):
            row = min(self.height - 1, int(ty / scale)) * self.width
            for tx in range(width):
                start = (row + min(self.width - 1, int(tx / scale))) * bpp
                out[(ty * width + tx) * 4:(ty * width + tx) * 4 + 4] = _to_rgba8(
                    self.format, view[start:start + bpp])
        return width, height, bytes(out)

    def __repr__(self):
        return "%s(x=%d, y=%d, width=%d, height=%d, format=%r, %d bytes)" % (
            type(self).__name__, self.x, self.y, self.width, self.height, self.format,
            memoryview(self.data).nbytes)


class Layer(Image):
    """A result layer: an Image with the name the daemon suggests for it."""

    __slots__ = ("name",)

    def __init__(self, name: str, x: int, y: int, width: int, height: int, format: str, data):
        super().__init__(x, y, width, height, format, data)
        self.name = name

    def __repr__(self):
        return "Layer(name=%r, x=%d, y=%d, width=%d, height=%d, format=%r, %d bytes)" % (
            self.name, self.x, self.y, self.width, self.height, self.format,
            memoryview(self.data).nbytes)
