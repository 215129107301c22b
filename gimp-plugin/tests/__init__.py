"""Tests of the GIMP plug-in's pure logic, with plain python3 (no GIMP needed).

The plug-in's modules are top-level modules beside easel.py, and the bundled client sits beside
them as easel_client/ (tools/build_plugins.py copies it there). These two paths recreate that
layout from the source tree, so the tests import everything exactly as GIMP does.
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(_HERE))
for _path in (os.path.join(REPO_ROOT, "gimp-plugin", "easel"),
              os.path.join(REPO_ROOT, "protocol", "python")):
    if _path not in sys.path:
        sys.path.insert(0, _path)
