"""The real daemon for end-to-end tests: reuses the Daemon helper of the protocol client's suite.

That suite is the one place that knows how to start `easel.jar serve` and wait for it; loading
its module by path (its package is also called `tests`) keeps a single copy of that code.
"""
import importlib.util
import os

from tests import REPO_ROOT

_PATH = os.path.join(REPO_ROOT, "protocol", "python", "tests", "test_e2e_daemon.py")
_spec = importlib.util.spec_from_file_location("easel_protocol_e2e", _PATH)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

Daemon = _module.Daemon
require_jar = _module.require_jar
