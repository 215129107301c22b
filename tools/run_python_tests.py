#!/usr/bin/env python3
"""Runs every Python test suite of the repository under unittest (called by `mvn verify`).

Each suite is a `tests` folder next to the code it tests. Suites run in separate interpreters so
that their `tests` packages and sys.path entries cannot collide; the code's folder is the top
level, so tests import their package exactly as the plugins will.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (folder holding the package, its tests folder), relative to the repository root
SUITES = [
    ("protocol/python", "protocol/python/tests"),
    ("gimp-plugin", "gimp-plugin/tests"),
    # the Py4J gateway, driven by a real py4j client (the tests are the package; no code of its own)
    ("server/src/test/python", "server/src/test/python/py4j_gateway"),
    ("krita-plugin", "krita-plugin/tests"),   # pure logic, no Krita needed (e2e: .ci/e2e.d)
]


def main():
    failed = []
    for code_dir, tests_dir in SUITES:
        print("== Python tests: " + tests_dir, flush=True)
        result = subprocess.run(
            [sys.executable, "-m", "unittest", "discover", "-v" if "-v" in sys.argv else "-q",
             "-s", os.path.join(ROOT, tests_dir), "-t", os.path.join(ROOT, code_dir)],
            cwd=os.path.join(ROOT, code_dir))
        if result.returncode != 0:
            failed.append(tests_dir)
    if failed:
        print("Python test suites failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
