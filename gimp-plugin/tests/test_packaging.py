"""The installable plug-in folder as tools/build_plugins.py makes it: GIMP 3 silently skips a
plug-in that is not executable, not in its own folder, or has a syntax error, so these are
checked here rather than discovered in GIMP."""
import ast
import os
import py_compile
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

from tests import REPO_ROOT


class PackagedPluginTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = tempfile.mkdtemp(prefix="easel-gimp-dist-")
        subprocess.run([sys.executable, os.path.join(REPO_ROOT, "tools", "build_plugins.py"),
                        "--out", cls.out], check=True, stdout=subprocess.DEVNULL)
        cls.folder = os.path.join(cls.out, "gimp", "plug-ins", "easel")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def test_entry_point_is_executable_in_its_own_folder(self):
        main = os.path.join(self.folder, "easel.py")
        mode = os.stat(main).st_mode
        self.assertTrue(mode & stat.S_IXUSR and mode & stat.S_IXGRP and mode & stat.S_IXOTH,
                        "easel.py must be mode 755, is %o" % stat.S_IMODE(mode))
        with open(main, encoding="utf-8") as f:
            self.assertEqual("#!/usr/bin/env python3", f.readline().strip())

    def test_every_file_compiles(self):
        for folder, _, files in os.walk(self.folder):
            for name in files:
                if name.endswith(".py"):
                    py_compile.compile(os.path.join(folder, name), doraise=True)

    def test_every_local_import_is_bundled(self):
        if not hasattr(sys, "stdlib_module_names"):
            self.skipTest("telling the standard library apart needs Python 3.10 or newer")
        bundled = {name[:-3] for name in os.listdir(self.folder) if name.endswith(".py")}
        bundled |= {name for name in os.listdir(self.folder)
                    if os.path.isdir(os.path.join(self.folder, name))}
        self.assertIn("easel_client", bundled)
        for name in sorted(bundled):
            path = os.path.join(self.folder, name + ".py")
            if not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                tree = ast.parse(f.read(), path)
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                        node.module.split(".")[0] not in ("gi", "__future__") and \
                        node.module.split(".")[0] not in sys.stdlib_module_names:
                    with self.subTest(module=name, imports=node.module):
                        self.assertIn(node.module.split(".")[0], bundled)

    def test_no_tests_are_shipped(self):
        self.assertFalse(os.path.exists(os.path.join(self.folder, "tests")))
        self.assertFalse(os.path.exists(os.path.join(self.folder, "easel_client", "tests")))


if __name__ == "__main__":
    unittest.main()
