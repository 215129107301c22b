"""The procedure's optional arguments, checked and turned into the edit's ``options`` (pure logic).

PDB arguments cannot be absent, so each optional one has a value meaning "let Easel choose",
documented in the procedure's help: -1 for the seed and for the strength.
"""
from __future__ import annotations

# The value of the seed and strength arguments that leaves the choice to Easel.
DEFAULT = -1

MAX_SEED = 2 ** 31 - 1  # GIMP's int arguments are 32-bit


class BadArgument(ValueError):
    """An argument is out of range; the message says which values are allowed."""


def edit_options(seed: int = DEFAULT, strength: float = DEFAULT) -> dict:
    """The protocol's ``options`` member for these arguments (empty when all are default)."""
    options = {}
    if seed != DEFAULT:
        if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed <= MAX_SEED:
            raise BadArgument("seed must be a whole number from 0 to %d, or -1 to let Easel pick "
                              "one; got %r." % (MAX_SEED, seed))
        options["seed"] = seed
    if strength != DEFAULT:
        if not isinstance(strength, (int, float)) or isinstance(strength, bool) or \
                not 0.0 <= strength <= 1.0:
            raise BadArgument("strength must be from 0.0 (change nothing) to 1.0 (full effect), "
                              "or -1 for the engine's default; got %r." % (strength,))
        options["strength"] = float(strength)
    return options


def check_instruction(text) -> str:
    """The instruction, trimmed; BadArgument when it is empty or longer than the protocol allows."""
    if not isinstance(text, str) or not text.strip():
        raise BadArgument("Type what Easel should do, for example \"make the selection black "
                          "and white\" or \"a bit warmer\".")
    text = text.strip()
    if len(text) > 4000:
        raise BadArgument("The instruction is %d characters long; Easel accepts at most 4000. "
                          "Say it in fewer words." % len(text))
    return text
