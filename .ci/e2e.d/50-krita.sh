#!/usr/bin/env bash
# The Easel docker in real Krita under Xvfb: start the daemon from the docker, edit through the
# input box, check pixels, layer name and position, undo, history; screenshots and the report
# land in krita-plugin/target/krita-e2e/ (CI artifacts). Fails on any check or Python error.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 krita-plugin/tests/e2e/run_krita_e2e.py --jar server/target/easel.jar
