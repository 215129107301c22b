#!/usr/bin/env bash
# The GIMP 3 plug-in in real GIMP (the chroot of .ci/install.d/60-gimp.sh) against the real
# daemon: edits with known pixels, offsets, selection, .xcf parasite, new content from the tiny
# oracle diffusion model (installed with easel models install), a question to a script; the chat
# window under Xvfb (edit, Repeat, Cancel, a question answered by choosing a reading); the
# daemon-stopped error; the conversation kept in the .xcf (20 edits, save, the daemon stopped and
# its state wiped, reopen, the window restores it, undo) and the time it adds to saving. Unmounts
# the chroot's /proc and /dev even when it fails. ~2-3 min once the chroot exists.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec bash gimp-plugin/tests/e2e/run_gimp_e2e.sh
