#!/usr/bin/env python3
"""How long keeping the conversation in the document costs: a 20-turn conversation on a 512×384
image (256×192 selection) through a real daemon, then the export the plugins embed after each turn
(default 32 MiB cap) and the import a fresh daemon does on open. The time the copy adds to Krita's
own saving is measured in real Krita by krita-plugin/tests/e2e (save_benchmark in its report).

    python3 tools/bench_embedded_conversation.py [--jar installer/target/easel.jar] [--turns 20]
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "protocol", "python"))

from easel_client import EaselClient, Image, embedding  # noqa: E402
from tests.test_e2e_daemon import Daemon  # noqa: E402  (the test suite's daemon runner)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "installer", "target", "easel.jar"))
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()
    os.environ["EASEL_SERVER_JAR"] = os.path.abspath(args.jar)
    import tests.test_e2e_daemon as e2e
    e2e.JAR = os.environ["EASEL_SERVER_JAR"]
    width, height = 512, 384
    pixels = bytearray()
    for y in range(height):
        for x in range(width):
            pixels += bytes((x % 256, y % 256, (x * y) % 256, 255))
    image = Image(0, 0, width, height, "rgba8", bytes(pixels))
    selection = Image(128, 96, 256, 192, "a8", b"\xff" * (256 * 192))
    root = tempfile.mkdtemp(prefix="easel-bench-embed-")
    conversation = "krita:bench-embed"
    cap = embedding.max_bytes(embedding.DEFAULT_MAX_MB)
    try:
        daemon = Daemon(os.path.join(root, "a"))
        try:
            with EaselClient.connect(state_dir=daemon.state_dir, timeout=60) as client:
                for n in range(args.turns):
                    words = ["make it warmer", "make it cooler", "more contrast", "brighter"][n % 4]
                    client.edit(conversation, words, (width, height), image, selection, timeout=120)
                exports = []
                for _ in range(5):
                    started = time.perf_counter()
                    copy = embedding.embedded_copy(client, conversation, cap)
                    exports.append(time.perf_counter() - started)
        finally:
            daemon.stop()
        daemon = Daemon(os.path.join(root, "b"))
        try:
            with EaselClient.connect(state_dir=daemon.state_dir, timeout=60) as client:
                started = time.perf_counter()
                note = embedding.restore(client, conversation, copy.data)
                imported = time.perf_counter() - started
        finally:
            daemon.stop()
        print("turns=%d archive=%d bytes (turns without pixels: %s)" % (
            args.turns, len(copy.data), copy.turns_without_pixels or "none"))
        print("export for the document: median %.3f s (min %.3f, max %.3f)" % (
            statistics.median(exports), min(exports), max(exports)))
        print("import on open into a wiped daemon: %.3f s (%s)" % (imported, note))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
