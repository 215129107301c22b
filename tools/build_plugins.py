#!/usr/bin/env python3
"""Builds the installable plugin folders, each with its own copy of the shared protocol client.

The client lives once in the source tree (protocol/python/easel_client); this script bundles it
into each plugin, so the plugins need nothing but what Krita or GIMP ship.

    python3 tools/build_plugins.py [--out DIR]      (default DIR: dist/)

Produces:
    DIR/krita/pykrita/easel/...           Krita plugin package, with easel/easel_client/
    DIR/krita/pykrita/easel.desktop
    DIR/easel-krita.zip                   for Tools > Scripts > Import Python Plugin from File
    DIR/gimp/plug-ins/easel/easel.py      GIMP 3 plug-in (mode 755), with easel_client/ beside it

The Maven build runs it with --jar-resources into installer/target/classes/plugins/, so the
easel jar carries the same two folders (no zip) plus index.txt, the list of their files, which
`easel install` copies into Krita's and GIMP's plugin folders (a jar cannot list a folder).
"""
import argparse
import os
import shutil
import stat
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLIENT = os.path.join(ROOT, "protocol", "python", "easel_client")
KRITA_SRC = os.path.join(ROOT, "krita-plugin")
GIMP_SRC = os.path.join(ROOT, "gimp-plugin")

IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "tests", "test_*.py")


def build_krita(out, make_zip=True):
    """Krita: pykrita/easel/ (the plugin package) + pykrita/easel.desktop, and a zip of both."""
    package_src = os.path.join(KRITA_SRC, "easel")
    if not os.path.isdir(package_src):
        return None
    pykrita = os.path.join(out, "krita", "pykrita")
    package = os.path.join(pykrita, "easel")
    shutil.rmtree(package, ignore_errors=True)
    shutil.copytree(package_src, package, ignore=IGNORE)
    shutil.copytree(CLIENT, os.path.join(package, "easel_client"), ignore=IGNORE)
    shutil.copy2(os.path.join(KRITA_SRC, "easel.desktop"), os.path.join(pykrita, "easel.desktop"))
    if not make_zip:
        return pykrita
    archive = os.path.join(out, "easel-krita.zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for folder, _, files in os.walk(pykrita):
            for name in sorted(files):
                path = os.path.join(folder, name)
                z.write(path, os.path.relpath(path, pykrita))
    return pykrita


def build_gimp(out):
    """GIMP 3: plug-ins/easel/easel.py (executable, in its own folder) + easel_client/ beside it."""
    folder_src = os.path.join(GIMP_SRC, "easel")
    if not os.path.isdir(folder_src):
        return None
    folder = os.path.join(out, "gimp", "plug-ins", "easel")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(folder_src, folder, ignore=IGNORE)
    shutil.copytree(CLIENT, os.path.join(folder, "easel_client"), ignore=IGNORE)
    main = os.path.join(folder, "easel.py")
    os.chmod(main, os.stat(main).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder


def write_index(out):
    """index.txt: every file under krita/ and gimp/, relative to `out`, '/'-separated, sorted."""
    names = []
    for top in ("krita", "gimp"):
        for folder, dirs, files in os.walk(os.path.join(out, top)):
            dirs.sort()
            for name in files:
                names.append(os.path.relpath(os.path.join(folder, name), out).replace(os.sep, "/"))
    with open(os.path.join(out, "index.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(name + "\n" for name in sorted(names)))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "dist"), help="output folder (default: dist/)")
    parser.add_argument("--jar-resources", action="store_true",
                        help="for the daemon jar (run by the Maven build): no zip, an index.txt "
                             "listing every file, nothing printed")
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    if args.jar_resources:
        # Start clean, so a file deleted from the sources cannot linger in the jar's index.
        for top in ("krita", "gimp"):
            shutil.rmtree(os.path.join(args.out, top), ignore_errors=True)
    builds = (("Krita", lambda: build_krita(args.out, make_zip=not args.jar_resources)),
              ("GIMP", lambda: build_gimp(args.out)))
    for name, build in builds:
        where = build()
        if not args.jar_resources:
            print("%s plugin: %s" % (name, where or "no source yet, skipped"))
    if args.jar_resources:
        write_index(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
