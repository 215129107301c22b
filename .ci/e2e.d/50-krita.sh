#!/usr/bin/env bash
# The Krita plugin against real Qt and real Krita (installed by .ci/install.d/50-krita.sh).
# 1. The docker's network thread (DaemonLink) under a Qt event loop against a scripted daemon:
#    signals, Cancel from the GUI thread, a question (clarify), shutdown; and the docker itself
#    with a stand-in Krita on Qt's offscreen platform (a question's buttons, clicked). Debian's python3 is the one with PyQt5,
#    the same interpreter and PyQt5 Krita embeds.
# 2. The Easel docker in Krita under Xvfb: start the daemon from the docker, edit through the
#    input box, check pixels, layer name and position, undo, history, Easel's question answered
#    by clicking a reading's button, 16-bit and float images,
#    new content from the tiny oracle diffusion model (installed with easel models install).
#    Report, screenshots and logs land in krita-plugin/target/krita-e2e/ (CI artifacts).
# Fails on any failed check or Python error.
set -euo pipefail
cd "$(dirname "$0")/../.."
(cd krita-plugin && /usr/bin/python3 -m unittest discover -v -s tests -p 'qt_test_*.py' -t .)
python3 krita-plugin/tests/e2e/run_krita_e2e.py --jar installer/target/easel.jar
