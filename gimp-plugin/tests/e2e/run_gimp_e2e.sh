#!/usr/bin/env bash
# End-to-end test of the GIMP 3 plug-in in real GIMP (a Debian trixie chroot), against the real
# daemon running on the host. Called by .ci/e2e.d/60-gimp.sh; runs by hand too (as root):
#
#   gimp-plugin/tests/e2e/run_gimp_e2e.sh          (after `mvn package`, which builds easel.jar)
#   gimp-plugin/tests/e2e/run_gimp_e2e.sh --bench  only the benchmark (BENCHMARKS.md)
#   gimp-plugin/tests/e2e/run_gimp_e2e.sh --travel only the conversation kept in the .xcf
#
# The daemon's state directory is the default one of the chroot's user ($HOME/.local/state/easel
# inside the chroot), so the plug-in finds it with no configuration, as on an artist's machine.
# Environment: EASEL_GIMP_CHROOT (default /var/cache/easel-ci/gimp-trixie, built when missing),
# EASEL_SERVER_JAR (default installer/target/easel.jar).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
CHROOT=${EASEL_GIMP_CHROOT:-/var/cache/easel-ci/gimp-trixie}
JAR=${EASEL_SERVER_JAR:-$REPO/installer/target/easel.jar}
CHROOT_SH="$HERE/gimp_chroot.sh"
HOME_IN=/home/gimp                                  # HOME inside the chroot
PLUGIN_IN=$HOME_IN/.config/GIMP/3.0/plug-ins/easel
STATE="$CHROOT$HOME_IN/.local/state/easel"          # the daemon's state dir, seen from the host

[[ -f "$JAR" ]] || { echo "no daemon jar at $JAR: run mvn package first" >&2; exit 2; }
bash "$CHROOT_SH" build "$CHROOT"

WORK=$(mktemp -d)
DAEMON_PID=
cleanup() {
    if [[ -n "$DAEMON_PID" ]] && kill -0 "$DAEMON_PID" 2>/dev/null; then
        kill "$DAEMON_PID"; wait "$DAEMON_PID" || true
    fi
    bash "$CHROOT_SH" umount "$CHROOT"
    rm -rf "$WORK"
}
trap cleanup EXIT

# A fresh GIMP profile with the plug-in installed the way users install it: easel install gimp
# (the jar's copy of what tools/build_plugins.py packages, easel.py made executable).
rm -rf "${CHROOT:?}$HOME_IN"
mkdir -p "$CHROOT$HOME_IN/.config/GIMP/3.0/plug-ins" "$STATE"
java -jar "$JAR" install gimp --home "$CHROOT$HOME_IN" --platform linux >/dev/null
[[ -x "$CHROOT$PLUGIN_IN/easel.py" ]] || { echo "easel install gimp did not install $PLUGIN_IN/easel.py" >&2; exit 1; }
cp "$HERE/gimp_driver.py" "$HERE/dialog_robot.py" "$CHROOT$HOME_IN/"
bash "$CHROOT_SH" mount "$CHROOT"

# gimp_case CASE [WRAPPER...]: runs gimp_driver.py's CASE in gimp-console inside the chroot.
gimp_case() {
    local case=$1; shift
    echo "== GIMP end-to-end case: $case"
    bash "$CHROOT_SH" run "$CHROOT" HOME=$HOME_IN timeout 300 "$@" \
        gimp-console-3.0 -i --batch-interpreter=python-fu-eval \
        -b "CASE='$case'; PLUGIN_DIR='$PLUGIN_IN'; exec(open('$HOME_IN/gimp_driver.py').read())" \
        --quit
}

# A diffusion model in the daemon's store, installed as a user would (the committed tiny oracle
# model), for the edits case's "add …".
java -jar "$JAR" models install oracle --from "$REPO/server/src/test/resources/oracle-model" \
    --state-dir "$STATE" >"$WORK/models-install.log" 2>&1 || { cat "$WORK/models-install.log" >&2; exit 1; }
start_daemon() {
    java -jar "$JAR" serve --port 0 --state-dir "$STATE" >>"$WORK/daemon.log" 2>&1 &
    DAEMON_PID=$!
    for _ in $(seq 300); do
        [[ -f "$STATE/daemon.json" ]] && return 0
        kill -0 "$DAEMON_PID" 2>/dev/null || { cat "$WORK/daemon.log"; exit 1; }
        sleep 0.1
    done
    echo "the daemon did not start" >&2; cat "$WORK/daemon.log"; exit 1
}
start_daemon

daemon_log() { echo "daemon log:" >&2; cat "$WORK/daemon.log" >&2; }
# The conversation travels with the .xcf: edit and save, then as if the file went to another
# machine (the daemon stopped, its state directory wiped, a fresh one started), reopen it in the
# chat window and undo.
travel() {
    gimp_case travel-save || { daemon_log; exit 1; }
    kill "$DAEMON_PID"; wait "$DAEMON_PID" || true; DAEMON_PID=
    rm -rf "${STATE:?}"; mkdir -p "$STATE"
    echo "== stopped the daemon, wiped $STATE, starting a fresh daemon"
    start_daemon
    gimp_case travel-open xvfb-run -a dbus-run-session -- || { daemon_log; exit 1; }
}
if [[ "${1:-}" == "--bench" ]]; then
    uptime
    gimp_case bench || { daemon_log; exit 1; }
    uptime
    exit 0
fi
if [[ "${1:-}" == "--travel" ]]; then
    travel
    exit 0
fi
gimp_case edits || { daemon_log; exit 1; }
# The chat window on a virtual display (D-Bus: GTK and GIMP's UI expect a session bus).
gimp_case dialog xvfb-run -a dbus-run-session -- || { daemon_log; exit 1; }
travel    # last with the daemon running: it wipes the state (and the installed model)

kill "$DAEMON_PID"; wait "$DAEMON_PID" || true; DAEMON_PID=
[[ ! -e "$STATE/daemon.json" ]] || { echo "daemon.json left after a clean stop" >&2; exit 1; }
gimp_case daemon-stopped
echo "GIMP end-to-end: all cases passed"
