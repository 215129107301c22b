# Krita, Xvfb and Debian's PyQt5 for the Krita plugin's end-to-end test (.ci/e2e.d/50-krita.sh).
# Sourced by .ci/run. Krita's embedded Python is Debian's python3 with python3-pyqt5.
if ! command -v krita >/dev/null || ! command -v xvfb-run >/dev/null; then
    apt-get -o DPkg::Lock::Timeout=900 update
    apt-get -o DPkg::Lock::Timeout=900 install -y krita xvfb xauth python3-pyqt5
fi
