"""Registers the docker with Krita, and loads the end-to-end test driver when asked to.

Test mode (EASEL_KRITA_TEST_DRIVER=/path/driver.py) exists for the automated test in real
Krita: any uncaught Python error then writes its traceback next to the report and ends Krita at
once (Krita's own handler would open a dialog and hang an unattended run).
"""
from __future__ import annotations

import faulthandler
import importlib.util
import os
import sys
import traceback

from krita import DockWidgetFactory, DockWidgetFactoryBase, Extension, Krita

from .docker import DOCKER_ID, EaselDocker

DRIVER_ENV = "EASEL_KRITA_TEST_DRIVER"
ERROR_FILE_ENV = "EASEL_KRITA_TEST_ERRORS"


class EaselExtension(Extension):
    def setup(self):
        driver = os.environ.get(DRIVER_ENV)
        if driver:
            _install_fail_fast_hook()
            _load_driver(driver).start()

    def createActions(self, window):
        pass


def _install_fail_fast_hook():
    path = os.environ.get(ERROR_FILE_ENV) or os.path.join(os.getcwd(), "easel-krita-errors.txt")

    def hook(kind, value, tb):
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        with open(path, "a", encoding="utf-8") as f:
            f.write(text + "\n")
        os._exit(3)

    sys.excepthook = hook
    # A crash inside Krita (a segfault) then shows the Python stack of every thread.
    faulthandler.enable(all_threads=True)


def _load_driver(path):
    spec = importlib.util.spec_from_file_location("easel_krita_test_driver", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def register():
    app = Krita.instance()
    app.addExtension(EaselExtension(app))
    app.addDockWidgetFactory(
        DockWidgetFactory(DOCKER_ID, DockWidgetFactoryBase.DockRight, EaselDocker))
