#!/usr/bin/env python3
"""Runs every Python test suite of the repository under unittest (called by `mvn verify`).

Each suite is a `tests` folder next to the code it tests; the code's folder goes on sys.path
so the tests import the package exactly as the plugins will.
"""
import os
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (folder holding the package, its tests folder)
SUITES = [
    ("protocol/python", "protocol/python/tests"),
]


def main():
    suite = unittest.TestSuite()
    for code_dir, tests_dir in SUITES:
        code_dir = os.path.join(ROOT, code_dir)
        tests_dir = os.path.join(ROOT, tests_dir)
        sys.path.insert(0, code_dir)
        suite.addTests(unittest.defaultTestLoader.discover(tests_dir, top_level_dir=code_dir))
    result = unittest.TextTestRunner(verbosity=1).run(suite)
    if result.testsRun == 0:
        print("no Python tests were found", file=sys.stderr)
        return 1
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
