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


if __name__ == "__main__":
    unittest.main()
