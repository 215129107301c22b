#!/usr/bin/env python3
"""Benchmark: one whole-image edit through the Py4J gateway against the same edit through the
socket protocol's Python client (the baseline), interleaved in one run against one daemon.

    EASEL_SERVER_JAR=installer/target/easel.jar python3 server/src/test/python/py4j_gateway/bench_py4j_vs_socket.py

Prints, per image size, the median wall time from sending the image to holding the result's
bytes, for both routes, and their ratio. Numbers go to BENCHMARKS.md with the machine's load.
"""
import base64
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "..", "protocol", "python"))

from easel_client import EaselClient, Image  # noqa: E402
from py4j_gateway.test_py4j_gateway import GatewayDaemon, gradient  # noqa: E402

INSTRUCTION = "invert"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))


def via_py4j(easel, side, pixels, fast):
    start = time.perf_counter()
    result = easel.edit("bench-py4j", INSTRUCTION).image(side, side, "rgba8", pixels).start().result()
    layer = result.layers()[0]
    data = base64.b64decode(layer.pixelsBase64()) if fast else layer.pixels()
    elapsed = time.perf_counter() - start
    assert len(data) == len(pixels)
    return elapsed


def via_socket(client, side, pixels):
    start = time.perf_counter()
    result = client.edit("bench-socket", INSTRUCTION, (side, side), Image(0, 0, side, side, "rgba8", pixels))
    data = result.layers[0].data
    elapsed = time.perf_counter() - start
    assert len(data) == len(pixels)
    return elapsed


def main():
    daemon = GatewayDaemon()
    gateway = daemon.gateway()
    client = EaselClient.connect(state_dir=daemon.state_dir, timeout=300)
    try:
        print("load before:", open("/proc/loadavg").read().strip())
        for side in (256, 1024, 2048):
            pixels = gradient(256, 256) * ((side * side) // (256 * 256))
            via_socket(client, side, pixels)                 # warm-up, every route
            via_py4j(gateway.entry_point, side, pixels, fast=False)
            via_py4j(gateway.entry_point, side, pixels, fast=True)
            times = {"socket": [], "py4j pixels()": [], "py4j pixelsBase64()": []}
            for _ in range(ROUNDS):
                times["socket"].append(via_socket(client, side, pixels))
                times["py4j pixels()"].append(via_py4j(gateway.entry_point, side, pixels, fast=False))
                times["py4j pixelsBase64()"].append(via_py4j(gateway.entry_point, side, pixels, fast=True))
            medians = {route: statistics.median(t) for route, t in times.items()}
            print("%4d² rgba8 (%4.1f MB): " % (side, len(pixels) / 1e6) + ", ".join(
                "%s %.0f ms (×%.1f)" % (route, m * 1000, m / medians["socket"]) for route, m in medians.items()))
        print("load after:", open("/proc/loadavg").read().strip())
    finally:
        client.close()
        gateway.close()
        daemon.stop()


if __name__ == "__main__":
    main()
