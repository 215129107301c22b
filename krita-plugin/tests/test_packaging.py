"""The installable plugin that tools/build_plugins.py makes: Krita's folder layout, the bundled
client, and that the package imports from there on its own (as Krita imports it)."""
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class PackagingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = tempfile.mkdtemp(prefix="easel-krita-build-")
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "build_plugins.py"),
                        "--out", cls.out], check=True, stdout=subprocess.DEVNULL)
        cls.pykrita = os.path.join(cls.out, "krita", "pykrita")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def test_desktop_file_names_the_package(self):
        desktop = configparser.ConfigParser()
        desktop.read(os.path.join(self.pykrita, "easel.desktop"))
        entry = desktop["Desktop Entry"]
        self.assertEqual(entry["ServiceTypes"], "Krita/PythonPlugin")
        self.assertEqual(entry["X-KDE-Library"], "easel")
        self.assertEqual(entry["X-Python-2-Compatible"], "false")

    def test_the_client_is_bundled_and_tests_are_not(self):
        package = os.path.join(self.pykrita, "easel")
        self.assertTrue(os.path.isfile(os.path.join(package, "easel_client", "client.py")))
        self.assertTrue(os.path.isfile(os.path.join(package, "docker.py")))
        self.assertFalse(os.path.exists(os.path.join(package, "tests")))

    def test_zip_holds_the_desktop_file_and_package_at_its_top(self):
        with zipfile.ZipFile(os.path.join(self.out, "easel-krita.zip")) as z:
            names = set(z.namelist())
        for name in ("easel.desktop", "easel/__init__.py", "easel/docker.py",
                     "easel/easel_client/__init__.py"):
            self.assertIn(name, names)

    def test_the_bundled_package_imports_without_the_source_tree(self):
        # -I: isolated, so neither the working folder nor PYTHONPATH can supply a package.
        code = ("import sys; sys.path.insert(0, %r); "
                "import easel, easel.connection_status, easel.document_io, easel.transcript; "
                "print(easel.connection_status.EaselError.__module__)" % self.pykrita)
        done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True,
                              text=True, cwd=self.pykrita)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout.strip(), "easel.easel_client.errors")


class JarResourcesTest(unittest.TestCase):
    """--jar-resources: what the Maven build puts in the daemon jar for `easel install`."""

    def setUp(self):
        self.out = tempfile.mkdtemp(prefix="easel-jar-resources-")
        os.makedirs(os.path.join(self.out, "krita", "stale"))      # left by an earlier build

    def tearDown(self):
        shutil.rmtree(self.out, ignore_errors=True)

    def build(self):
        return subprocess.run([sys.executable, os.path.join(ROOT, "tools", "build_plugins.py"),
                               "--jar-resources", "--out", self.out],
                              check=True, capture_output=True, text=True)

    def test_the_index_lists_exactly_the_files_of_both_plugins(self):
        done = self.build()
        self.assertEqual("", done.stdout)
        with open(os.path.join(self.out, "index.txt"), encoding="utf-8") as f:
            listed = f.read().splitlines()
        on_disk = sorted(os.path.relpath(os.path.join(folder, name), self.out).replace(os.sep, "/")
                         for folder, _, files in os.walk(self.out) for name in files
                         if name != "index.txt")
        self.assertEqual(on_disk, listed)
        for name in ("krita/pykrita/easel.desktop", "krita/pykrita/easel/easel_client/client.py",
                     "gimp/plug-ins/easel/easel.py", "gimp/plug-ins/easel/easel_client/client.py"):
            self.assertIn(name, listed)
        self.assertFalse(os.path.exists(os.path.join(self.out, "easel-krita.zip")))
        self.assertFalse(os.path.exists(os.path.join(self.out, "krita", "stale")))


if __name__ == "__main__":
    unittest.main()
