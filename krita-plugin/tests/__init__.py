"""Unit tests of the Krita plugin's pure logic; they run under plain Python, without Krita.

The plugin imports the shared protocol client as its subpackage `easel.easel_client` (the
build bundles a copy there). In the source tree the client lives once, in protocol/python, so
the package's search path is extended to find it there instead of copying it.
"""
import os

import easel

_CLIENT_PARENT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "protocol", "python")
if _CLIENT_PARENT not in easel.__path__:
    easel.__path__.append(_CLIENT_PARENT)
