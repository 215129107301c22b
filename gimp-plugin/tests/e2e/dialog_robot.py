"""Plays the artist at the chat window (run by gimp_driver.py's "dialog" case, under Xvfb):
waits for the window, types an instruction, presses Enter, waits until the daemon has recorded
the edit as done in the given conversation, then closes the window with Escape.

    python3 dialog_robot.py PLUGIN_DIR CONVERSATION_ID INSTRUCTION
"""
import subprocess
import sys
import time

PLUGIN_DIR, CONVERSATION, INSTRUCTION = sys.argv[1:4]
sys.path.insert(0, PLUGIN_DIR)
from easel_client import EaselClient  # noqa: E402

TITLE = "Easel — chat edit"
TIMEOUT = 90.0


def xdotool(*args):
    return subprocess.run(("xdotool",) + args, check=True, stdout=subprocess.PIPE,
                          timeout=TIMEOUT, universal_newlines=True).stdout


def done_turns():
    with EaselClient.connect(timeout=30) as client:
        return [t for t in client.history(CONVERSATION)["turns"] if t.get("status") == "done"]


window = xdotool("search", "--sync", "--name", TITLE).split()[0]
before = len(done_turns())
xdotool("windowfocus", "--sync", window)
xdotool("type", "--delay", "10", INSTRUCTION)
xdotool("key", "Return")
deadline = time.monotonic() + TIMEOUT
while len(done_turns()) == before:
    if time.monotonic() > deadline:
        xdotool("key", "--window", window, "Escape")
        sys.exit("dialog robot: no finished edit after %.0f s" % TIMEOUT)
    time.sleep(0.2)
time.sleep(1.0)  # the result reaches the window and the image after the daemon recorded it
xdotool("windowfocus", "--sync", window)
xdotool("key", "Escape")
print("dialog robot: typed %r, edit done, window closed" % INSTRUCTION, flush=True)
