"""The conversation as the dialog shows it: what the artist asked, what Easel understood, and
what happened (pure logic, no GIMP)."""
from __future__ import annotations

from typing import Iterable, List

from easel_client.embedding import PIXELS_GONE_NOTE, pixels_gone

_STATUS_MARK = {"done": "✓", "failed": "✗", "cancelled": "–"}


def turn_text(turn: dict) -> str:
    """One turn of the daemon's history (PROTOCOL.md "history") as a few lines of text."""
    number = turn.get("turn")
    instruction = turn.get("instruction") or ""
    head = ("#%s  " % number if isinstance(number, int) else "") + "You: " + instruction
    lines = [head]
    plan = turn.get("plan")
    summary = plan.get("summary") if isinstance(plan, dict) else None
    if isinstance(summary, str) and summary:
        lines.append("    Understood: " + summary)
    status = turn.get("status") if isinstance(turn.get("status"), str) else ""
    message = turn.get("message") if isinstance(turn.get("message"), str) else ""
    if status == "cancelled" and not message:
        message = "Cancelled."
    if message or status:
        lines.append("    %s %s" % (_STATUS_MARK.get(status, "·"), message or status))
    if pixels_gone(turn):
        lines.append("    " + PIXELS_GONE_NOTE)
    return "\n".join(lines)


def understood_text(plan) -> str:
    """What Easel understood of an accepted edit and which engine/model runs it, one line."""
    if not isinstance(plan, dict):
        return ""
    summary = plan.get("summary") if isinstance(plan.get("summary"), str) else ""
    runner = [str(plan[key]) for key in ("engine", "model") if isinstance(plan.get(key), str)]
    text = "Understood: " + summary if summary else ""
    if runner:
        text += (" — " if text else "") + "using " + " / ".join(runner)
    return text


def transcript_text(turns: Iterable[dict]) -> str:
    """The whole conversation, oldest first, a blank line between turns."""
    texts: List[str] = [turn_text(t) for t in turns if isinstance(t, dict)]
    if not texts:
        return "No edits yet in this image's conversation. Type an instruction below."
    return "\n\n".join(texts)


def question_status(question: str) -> str:
    """The status line while Easel's question waits for a choice."""
    return "Easel asks: %s Choose one below (Alt+1, Alt+2, …) or type another instruction." \
        % question


def choice_label(index: int, reading) -> str:
    """The button text of reading ``index`` (0-based) of a question: a mnemonic digit (Alt+1
    …) and what the reading does (its summary, else its instruction)."""
    label = reading.label.replace("_", "__")  # GTK reads "_" as the mnemonic mark
    return ("_%d  %s" % (index + 1, label)) if index < 9 else label


def engine_text(welcome_engines, models) -> str:
    """The engines and models the daemon offers, for the dialog's status line."""
    names = []
    for engine in welcome_engines or []:
        if isinstance(engine, dict) and engine.get("available", True):
            names.append(str(engine.get("id", "?")))
    installed = [str(m.get("id")) for m in models or []
                 if isinstance(m, dict) and m.get("installed")]
    text = "Engine: " + (", ".join(names) if names else "none available")
    text += " · Models: " + (", ".join(installed) if installed else "none installed")
    return text
