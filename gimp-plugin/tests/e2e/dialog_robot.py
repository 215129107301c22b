"""Plays the artist at the chat window (run by gimp_driver.py's dialog cases, under Xvfb).

    python3 dialog_robot.py PLUGIN_DIR CONVERSATION_ID edit INSTRUCTION
        types the instruction, presses Enter, waits until the daemon has recorded the edit as
        done in the conversation, then closes the window with Escape.
    python3 dialog_robot.py PLUGIN_DIR CONVERSATION_ID choose INSTRUCTION
        types an instruction Easel asks about ("contrast"), presses Enter, waits for the window
        to offer the readings, picks the first one with its mnemonic (Alt+1), waits until the
        daemon has recorded that edit as done, then closes the window.
    python3 dialog_robot.py PLUGIN_DIR CONVERSATION_ID versions INSTRUCTION
        types an instruction asking for two versions, waits for the window to offer them as
        buttons, picks the second (Alt+2), then types "#N" of the first version (its turn, read
        from the daemon's history) and waits until that edit is done, then closes the window.
    python3 dialog_robot.py PLUGIN_DIR CONVERSATION_ID restored-then-edit INSTRUCTION
        the window was opened on a reopened .xcf while the daemon did not know its conversation:
        waits until the window's opening has brought the conversation back into the daemon
        (its history has turns), then as "edit".
    python3 dialog_robot.py PLUGIN_DIR CONVERSATION_ID cancel-then-edit INSTRUCTION
        first sends "make it black and white" while the daemon is frozen (SIGSTOP), so the edit
        cannot get past the handshake, presses Cancel, waits for the window to say it is
        cancelling, thaws the daemon and waits for the window to be idle again; then as "edit".

The window's title tells its state ("… (working…)", "… (cancelling…)", "… (choose…)"), which
xdotool can wait for, so no step depends on timing.
"""
import os
import signal
import subprocess
import sys
import time

PLUGIN_DIR, CONVERSATION, MODE, INSTRUCTION = sys.argv[1:5]
sys.path.insert(0, PLUGIN_DIR)
from easel_client import EaselClient, read_daemon_info, resolve_state_dir  # noqa: E402

TITLE = "Easel — chat edit"
TIMEOUT = 90.0


def xdotool(*args):
    return subprocess.run(("xdotool",) + args, check=True, stdout=subprocess.PIPE,
                          timeout=TIMEOUT, universal_newlines=True).stdout


def wait_for_title(pattern):
    # --onlyvisible: a window that exists but is not mapped yet cannot take the focus
    return xdotool("search", "--sync", "--onlyvisible", "--name", pattern).split()[0]


def focus(window):
    xdotool("windowfocus", "--sync", window)


def done_turns():
    with EaselClient.connect(timeout=30) as client:
        return [t for t in client.history(CONVERSATION)["turns"] if t.get("status") == "done"]


def send(window, instruction):
    focus(window)
    xdotool("type", "--delay", "10", instruction)
    xdotool("key", "Return")


def cancel_while_daemon_frozen(window):
    pid = read_daemon_info(resolve_state_dir()).pid
    os.kill(pid, signal.SIGSTOP)
    try:
        send(window, "make it black and white")
        wait_for_title(r"\(working")
        focus(window)
        xdotool("key", "alt+a")                  # C_ancel
        wait_for_title(r"\(cancelling")
    finally:
        os.kill(pid, signal.SIGCONT)
    wait_for_title("^%s$" % TITLE)               # idle again
    focus(window)
    xdotool("key", "ctrl+a")                     # replace the old text in the field
    print("dialog robot: cancelled an edit", flush=True)


def main():
    window = wait_for_title(TITLE)
    try:
        if MODE == "cancel-then-edit":
            cancel_while_daemon_frozen(window)
        if MODE == "restored-then-edit":
            wait_restored()
        if MODE == "choose":
            choose_first_reading(window)
        elif MODE == "versions":
            choose_second_version(window)
        else:
            edit(window)
    except BaseException:
        # close the window anyway, so that GIMP (and the test) fail now instead of hanging
        subprocess.run(["xdotool", "windowfocus", window], timeout=TIMEOUT)
        subprocess.run(["xdotool", "key", "Escape"], timeout=TIMEOUT)
        raise


def wait_restored():
    deadline = time.monotonic() + TIMEOUT
    while not done_turns():
        if time.monotonic() > deadline:
            raise SystemExit("dialog robot: the window did not restore the conversation in %.0f s"
                             % TIMEOUT)
        time.sleep(0.2)
    print("dialog robot: the window brought back %d turns" % len(done_turns()), flush=True)


def choose_first_reading(window):
    before = len(done_turns())
    send(window, INSTRUCTION)
    wait_for_title(r"\(choose")                 # Easel asked: the readings are buttons
    if len(done_turns()) != before:
        raise SystemExit("dialog robot: the question ran an edit")
    focus(window)
    xdotool("key", "alt+1")                      # _1: the first reading
    print("dialog robot: Easel asked about %r; chose the first reading" % INSTRUCTION,
          flush=True)
    wait_done(window, before)


def choose_second_version(window):
    before = len(done_turns())
    send(window, INSTRUCTION)
    wait_for_title(r"\(choose a version")       # the versions are buttons with thumbnails
    turns = done_turns()
    if len(turns) != before + 2:
        raise SystemExit("dialog robot: expected two versions as turns, got %r" % turns)
    focus(window)
    xdotool("key", "alt+2")                      # _2: the second version
    wait_for_title("^%s$" % TITLE)               # inserted
    print("dialog robot: chose the second of %r; asking for #%d"
          % (INSTRUCTION, turns[-2]["turn"]), flush=True)
    send(window, "#%d" % turns[-2]["turn"])
    wait_done(window, before + 2)


def edit(window):
    before = len(done_turns())
    send(window, INSTRUCTION)
    wait_done(window, before)


def wait_done(window, before):
    deadline = time.monotonic() + TIMEOUT
    while len(done_turns()) == before:
        if time.monotonic() > deadline:
            raise SystemExit("dialog robot: no finished edit after %.0f s" % TIMEOUT)
        time.sleep(0.2)
    wait_for_title("^%s$" % TITLE)  # the result has reached the image
    focus(window)
    xdotool("key", "Escape")
    print("dialog robot: %s %r, edit done, window closed"
          % ("answered the question about" if MODE == "choose" else "typed", INSTRUCTION),
          flush=True)


main()
