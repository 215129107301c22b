#!/usr/bin/env python3
"""End-to-end test of the Easel docker in real Krita (run by .ci/e2e.d/50-krita.sh).

Installs the plugin into a fresh HOME the way users do (`easel install krita`, from the daemon
jar, which also writes kritarc's enable_easel), starts Krita under Xvfb with the plugin's test mode pointed at krita_driver.py, and judges the driver's
report. The daemon is not started here: the driver clicks the docker's "Start daemon", whose
launch command (in kritarc) runs the packaged daemon jar with a private state directory.

    python3 krita-plugin/tests/e2e/run_krita_e2e.py [--jar installer/target/easel.jar]
                                                    [--out krita-plugin/target/krita-e2e]

Exit code 0 only when every check passed; any Python error inside Krita fails the run with its
traceback. Artifacts (report, screenshots of the docker and window, Krita's log) go to --out.
"""
import argparse
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DRIVER = os.path.join(HERE, "krita_driver.py")
# The committed tiny oracle diffusion model (real export signatures, analytic weights).
ORACLE_MODEL = os.path.join(ROOT, "server", "src", "test", "resources", "oracle-model")
XVFB_SCREEN = "-screen 0 1600x1000x24 -nolisten tcp"


def fail(message):
    print("KRITA E2E FAILED: " + message, file=sys.stderr, flush=True)
    return 1


def java_command():
    home = os.environ.get("JAVA_HOME")
    candidate = os.path.join(home, "bin", "java") if home else ""
    return candidate if candidate and os.path.isfile(candidate) else "java"


def prepare_home(home, jar, launch_command):
    subprocess.run([java_command(), "-jar", jar, "install", "krita", "--home", home,
                    "--platform", "linux"], check=True)
    config = os.path.join(home, ".config")
    with open(os.path.join(config, "kritarc"), "a", encoding="utf-8") as f:
        f.write("\n[easel]\nlaunch_command=%s\n" % launch_command)
    # Xvfb has no GPU: Krita's OpenGL canvas would run on software Mesa, where closing a
    # document with canvas updates pending crashes Krita 5.1 (QOpenGLContext::shareGroup).
    # The plain QPainter canvas is what Krita itself falls back to without OpenGL.
    with open(os.path.join(config, "kritadisplayrc"), "w", encoding="utf-8") as f:
        f.write("[General]\nOpenGLRenderer=none\n")


def stop_daemon(state_dir):
    """The daemon was started by the docker in its own session: end it by its pid."""
    try:
        with open(os.path.join(state_dir, "daemon.json"), encoding="utf-8") as f:
            pid = json.load(f)["pid"]
    except (OSError, ValueError, KeyError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            os.kill(pid, 0)
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.environ.get("EASEL_SERVER_JAR") or
                        os.path.join(ROOT, "installer", "target", "easel.jar"))
    parser.add_argument("--out", default=os.path.join(ROOT, "krita-plugin", "target",
                                                      "krita-e2e"))
    parser.add_argument("--timeout", type=int, default=480, help="seconds for the Krita run")
    parser.add_argument("--gdb", action="store_true",
                        help="run Krita under gdb, so a crash leaves a native backtrace in "
                             "krita.log (debugging aid)")
    args = parser.parse_args(argv)

    for tool in ("krita", "xvfb-run"):
        if shutil.which(tool) is None:
            return fail("`%s` is not installed; install Krita and Xvfb (.ci/install.d/"
                        "50-krita.sh does: apt-get install krita xvfb xauth python3-pyqt5)"
                        % tool)
    if not os.path.isfile(args.jar):
        return fail("the daemon jar %s does not exist; build it with `mvn package`" % args.jar)

    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    work = tempfile.mkdtemp(prefix="easel-krita-e2e-")
    state_dir = os.path.join(work, "state")
    report = os.path.join(args.out, "report.json")
    errors = os.path.join(args.out, "python-errors.txt")
    try:
        launch = " ".join(shlex.quote(a) for a in (
            java_command(), "-jar", os.path.abspath(args.jar), "serve", "--port", "0",
            "--state-dir", state_dir))
        home = os.path.join(work, "home")
        prepare_home(home, os.path.abspath(args.jar), launch)
        # A diffusion model in the daemon's store, installed the way a user does, for the
        # scenario's "add …" case.
        installed = subprocess.run([java_command(), "-jar", os.path.abspath(args.jar), "models",
                                    "install", "oracle", "--from", ORACLE_MODEL, "--state-dir",
                                    state_dir], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if installed.returncode != 0:
            return fail("easel models install failed:\n"
                        + installed.stdout.decode("utf-8", "replace"))

        # Krita must use the fresh HOME's config and data, whatever the caller's XDG paths say.
        env = {k: v for k, v in os.environ.items()
               if k not in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "EASEL_STATE_DIR", "DISPLAY")}
        # Krita's embedded Python finds its library through the first `python3` on PATH; a
        # pyenv or venv python3 there would hide Debian's PyQt5 from it.
        env["PATH"] = "/usr/bin:/bin:" + env.get("PATH", "")
        env.update(HOME=home, EASEL_STATE_DIR=state_dir, EASEL_KRITA_TEST_DRIVER=DRIVER,
                   EASEL_KRITA_TEST_REPORT=report, EASEL_KRITA_TEST_ERRORS=errors,
                   EASEL_KRITA_TEST_OUT=os.path.abspath(args.out))
        started = time.monotonic()
        krita = ["krita", "--nosplash"]
        if args.gdb:
            krita = ["gdb", "-batch", "-ex", "run", "-ex", "thread apply all bt 25",
                     "--args"] + krita
        with open(os.path.join(args.out, "krita.log"), "wb") as log:
            code = subprocess.run(
                ["timeout", "-k", "10", str(args.timeout), "xvfb-run", "-a", "-s", XVFB_SCREEN]
                + krita, env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, cwd=work).returncode
        print("Krita ran %.1f s (exit code %d)" % (time.monotonic() - started, code))
    finally:
        stop_daemon(state_dir)
        launch_log = os.path.join(tempfile.gettempdir(), "easel-daemon-launch.log")
        if os.path.exists(launch_log):
            shutil.copy(launch_log, os.path.join(args.out, "daemon.log"))
        shutil.rmtree(work, ignore_errors=True)

    if os.path.exists(errors):
        with open(errors, encoding="utf-8") as f:
            print(f.read(), file=sys.stderr)
        return fail("a Python error inside Krita (traceback above)")
    if not os.path.exists(report):
        with open(os.path.join(args.out, "krita.log"), "rb") as f:
            tail = f.read()[-6000:].decode("utf-8", "replace")
        return fail("Krita wrote no report (exit code %d, timeout %d s). Krita's output:\n%s"
                    % (code, args.timeout, tail))
    with open(report, encoding="utf-8") as f:
        result = json.load(f)
    for event in result.get("events", []):
        print("  " + event)
    if result.get("save_benchmark"):
        print("save benchmark: %s" % json.dumps(result["save_benchmark"]))
    failed = [c for c in result["checks"] if not c["ok"]]
    for c in result["checks"]:
        print("%s %s%s" % ("ok  " if c["ok"] else "FAIL", c["name"],
                           "" if c["ok"] else "\n       " + c["detail"]))
    if result.get("error"):
        print(result["error"], file=sys.stderr)
        return fail("the scenario stopped: %s" % result["error"].strip().splitlines()[-1])
    if failed:
        return fail("%d of %d checks failed" % (len(failed), len(result["checks"])))
    if not result.get("finished"):
        return fail("the scenario did not reach its end")
    print("Krita end-to-end: all %d checks passed in %.1f s; screenshots in %s"
          % (len(result["checks"]), result.get("duration_s", 0), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
