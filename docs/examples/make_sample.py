#!/usr/bin/env python3
"""Draws docs/examples/hills.png, the sample picture of the README's quick start, from nothing but
arithmetic (so it is free to use: CC0, like the script). A 384x256 RGB landscape: a sky gradient,
a sun, two ranges of hills and a lake, with enough tones and edges for adjustments to show.

    python3 docs/examples/make_sample.py        # rewrites hills.png next to this script
"""
import math
import os
import struct
import zlib

W, H = 384, 256


def pixel(x, y):
    horizon = 150
    # sky: deep blue at the top to pale near the horizon
    t = y / horizon
    r, g, b = 70 + 120 * t, 120 + 100 * t, 200 + 40 * t
    # the sun, with a soft glow
    d = math.hypot(x - 290, y - 60)
    if d < 22:
        r, g, b = 255, 236, 170
    elif d < 60:
        k = (60 - d) / 38 * 0.5
        r, g, b = r + (255 - r) * k, g + (230 - g) * k, b + (170 - b) * k
    far = 118 + 14 * math.sin(x / 37.0) + 8 * math.sin(x / 11.0 + 1.3)
    near = 160 + 22 * math.sin(x / 53.0 + 2.0) + 6 * math.sin(x / 7.0)
    if y > far:
        r, g, b = 96, 122, 140  # distant hills, bluish
    if y > near:
        shade = 0.8 + 0.2 * math.sin(x / 5.0 + y / 9.0)
        r, g, b = 60 * shade, 120 * shade, 58 * shade  # near hills, green with texture
    if y > 205:
        ripple = 0.9 + 0.1 * math.sin(y * 1.7 + x / 13.0)
        r, g, b = 50 * ripple, 90 * ripple, 130 * ripple  # the lake
    return bytes(max(0, min(255, int(round(v)))) for v in (r, g, b))


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    rows = [b"".join(pixel(x, y) for x in range(W)) for y in range(H)]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hills.png")
    with open(path, "wb") as f:
        f.write(png(W, H, rows))
    print(path)


if __name__ == "__main__":
    main()
