"""The command that starts the daemon when the docker finds none running. The artist can change
it (the docker's … button); it is stored in Krita's settings (kritarc, group [easel]).
"""
from __future__ import annotations

import shlex
from typing import List

SETTINGS_GROUP = "easel"
SETTING_KEY = "launch_command"
DEFAULT_COMMAND = "easel serve"


class BadLaunchCommand(ValueError):
    """The configured command cannot be run; str() says how to fix it."""


def launch_argv(command: str) -> List[str]:
    """The program and its arguments, split as a POSIX shell would (quotes keep spaces)."""
    try:
        argv = shlex.split(command or "")
    except ValueError as exc:
        raise BadLaunchCommand("The launch command `%s` cannot be read (%s). Fix the quotes in "
                               "it (the … button)." % (command, exc)) from None
    if not argv:
        raise BadLaunchCommand("No launch command is set. Set it (the … button) to how you "
                               "start Easel, e.g. `%s`." % DEFAULT_COMMAND)
    return argv
