# Installs the Python side of Py4J, which the gateway tests (gateway/python/tests) use to drive
# `easel serve --py4j` the way a user's script does. Sourced by .ci/run; developers may run it
# with `bash .ci/install.d/40-py4j-python.sh`.
#
# Debian has no python3-py4j (checked: bookworm, trixie and sid ship none), and PyPI is not
# reachable from CI. So, unless py4j is already importable (pip install py4j) or a Debian package
# appears, this takes the pure-Python py4j source zip that Apache Zeppelin publishes on Maven
# Central inside its zeppelin-python jar, checks its SHA-256, and unpacks it into python3's
# site-packages. Its version matches the py4j jar the daemon bundles (py4j.version in pom.xml).

easel_install_py4j_python() {
    local py4j_version=0.10.9.7
    local zeppelin_version=0.12.0
    local zip_sha256=ecbc5aeafb285aeec0f00c9f479c2e795a21328498eb7b63f57a12144029fc07
    if python3 -c 'import py4j' 2>/dev/null; then
        python3 -c 'import py4j.version as v; print("py4j", v.__version__, "is already installed")'
        return 0
    fi
    if [[ "$(command -v python3)" == /usr/bin/python3 ]] && apt-cache show python3-py4j >/dev/null 2>&1; then
        apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends python3-py4j
        return 0
    fi
    local repo="$HOME/.m2/repository" work site
    local jar="$repo/org/apache/zeppelin/zeppelin-python/$zeppelin_version/zeppelin-python-$zeppelin_version.jar"
    work="$(mktemp -d)"
    # Plugin 2.8 because newer ones refuse this jar: its parent POM was never published, and
    # only the jar itself is needed. Run outside the project so its POM plays no part.
    (cd "$work" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:2.8:get -Dtransitive=false \
        -Dartifact="org.apache.zeppelin:zeppelin-python:$zeppelin_version" -Dmaven.repo.local="$repo") || return 1
    python3 -m zipfile -e "$jar" "$work" || return 1
    local zip="$work/python/py4j-src-$py4j_version.zip"
    echo "$zip_sha256  $zip" | sha256sum -c - || { echo "py4j source zip checksum mismatch; not installing" >&2; return 1; }
    site="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" || return 1
    python3 -m zipfile -e "$zip" "$site" || return 1
    rm -rf "$work"
    python3 -c 'import py4j.version as v; print("installed py4j", v.__version__, "from Maven Central")'
}

easel_install_py4j_python
