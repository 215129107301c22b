"""Calling GIMP from the dialog's worker thread (pure logic, no GIMP).

The dialog runs the edit on a worker thread so the window stays responsive and Cancel works,
but libgimp talks to GIMP over one pipe and is not thread-safe: every GIMP call must happen on
the main (GTK) thread. MainThreadProxy forwards method calls to the main loop and waits for
their outcome, so chat_edit.run_chat_edit can run unchanged on the worker.
"""
from __future__ import annotations

import threading
from typing import Callable


class MainThreadProxy:
    """Wraps ``target``; calling a method on the proxy runs it via ``schedule(fn)`` (GLib.idle_add
    in GIMP) on the main thread and returns its result or raises its exception."""

    def __init__(self, target, schedule: Callable[[Callable[[], bool]], object]):
        self._target = target
        self._schedule = schedule

    def __getattr__(self, name):
        method = getattr(self._target, name)
        if not callable(method):
            raise AttributeError("%s is not a method; only calls are forwarded" % name)

        def forwarded(*args, **kwargs):
            return self._call(method, args, kwargs)

        return forwarded

    def _call(self, method, args, kwargs):
        done = threading.Event()
        outcome = {}

        def on_main_thread():
            try:
                outcome["value"] = method(*args, **kwargs)
            except BaseException as exc:  # handed to the worker thread, re-raised there
                outcome["error"] = exc
            finally:
                done.set()
            return False  # GLib: run once

        self._schedule(on_main_thread)
        done.wait()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("value")
