#!/usr/bin/env python3
"""Edit an image through Easel's Py4J gateway: the runnable example of docs/py4j.md.

Start the daemon with the gateway first:   easel serve --py4j
Then:   python3 py4j_edit.py [--instruction TEXT] [--out result.png] [--state-dir DIR]

It makes a 256×256 test picture, selects its centre, asks Easel to edit the selection, prints
what Easel understood and the progress, and writes the returned layer to a PNG. Needs py4j
(`pip install py4j`, or see docs/py4j.md) and nothing else.
"""
import argparse
import base64
import json
import os
import struct
import sys
import zlib

from py4j.java_gateway import GatewayParameters, JavaGateway
from py4j.protocol import Py4JJavaError


def state_dir(explicit):
    """Where the daemon keeps daemon.json and token (PROTOCOL.md section 1, Linux rules)."""
    if explicit:
        return explicit
    if os.environ.get("EASEL_STATE_DIR"):
        return os.environ["EASEL_STATE_DIR"]
    xdg = os.environ.get("XDG_STATE_HOME")
    base = xdg if xdg and os.path.isabs(xdg) else os.path.expanduser("~/.local/state")
    return os.path.join(base, "easel")


def connect(directory):
    """A JavaGateway to the running daemon: port from daemon.json, the daemon's token."""
    try:
        with open(os.path.join(directory, "daemon.json")) as f:
            info = json.load(f)
        with open(os.path.join(directory, "token")) as f:
            token = f.read().strip()
    except FileNotFoundError:
        sys.exit("Easel is not running (no daemon.json in %s). Start it with: easel serve --py4j" % directory)
    if "py4j" not in info:
        sys.exit("Easel runs without the Py4J gateway. Restart it with: easel serve --py4j")
    return JavaGateway(gateway_parameters=GatewayParameters(
        address=info["py4j"]["host"], port=info["py4j"]["port"], auth_token=token))


def test_picture(width, height):
    """A colourful gradient, rgba8: R, G, B, A bytes per pixel, rows top to bottom."""
    pixels = bytearray()
    for y in range(height):
        for x in range(width):
            pixels += bytes((x * 255 // (width - 1), y * 255 // (height - 1), 160, 255))
    return bytes(pixels)


def write_png(path, width, height, rgba):
    """An 8-bit RGBA PNG with the standard library only."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + rgba[y * width * 4:(y + 1) * width * 4] for y in range(height))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instruction", default="make the selection black and white")
    parser.add_argument("--out", default="easel-result.png")
    parser.add_argument("--state-dir")
    args = parser.parse_args()

    gateway = connect(state_dir(args.state_dir))
    easel = gateway.entry_point
    try:
        print("Easel", easel.version(), "engines:", [e.id() for e in easel.engines()])
        width, height = 256, 256
        sx, sy, sw, sh = 64, 64, 128, 128                  # the selection: the centre square
        edit = (easel.edit("example:gradient", args.instruction)
                .title("gradient.png")
                .image(width, height, "rgba8", test_picture(width, height))
                .selection(sx, sy, sw, sh, b"\xff" * (sw * sh))
                .feather(8))
        job = edit.start()
        print("Easel understood:", job.plan())
        while not job.waitFor(0.1):                        # poll: progress while it runs
            p = job.progress()
            print("  %s %d/%d" % (p.stage(), p.step(), p.steps()))
        result = job.result()                              # raises if it failed or was cancelled
        print(result.message())
        for layer in result.layers():
            print("layer %r at %d,%d size %dx%d (%s)" % (layer.name(), layer.x(), layer.y(),
                                                          layer.width(), layer.height(), layer.format()))
            # layer.pixels() gives the same bytes; this is faster for big layers (docs/py4j.md)
            pixels = base64.b64decode(layer.pixelsBase64())
            write_png(args.out, layer.width(), layer.height(), pixels)
            print("wrote", args.out)
    except Py4JJavaError as e:                             # Easel refused or the edit failed
        error = e.java_exception
        sys.exit("Easel: %s (%s)" % (error.getMessage(), error.code()))
    finally:
        gateway.close()


if __name__ == "__main__":
    main()
