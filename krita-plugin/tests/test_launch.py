import sys
import unittest

from easel.daemon_launcher import DaemonLauncher
from easel.launch import BadLaunchCommand, launch_argv


class LaunchCommandTest(unittest.TestCase):
    def test_quotes_keep_spaces(self):
        self.assertEqual(launch_argv('"/opt/My Easel/easel" serve --port 0'),
                         ["/opt/My Easel/easel", "serve", "--port", "0"])

    def test_empty_and_broken_commands_say_what_to_fix(self):
        for command in ("", "   ", '"unclosed'):
            with self.assertRaises(BadLaunchCommand) as caught:
                launch_argv(command)
            self.assertIn("… button", str(caught.exception))


class DaemonLauncherTest(unittest.TestCase):
    def test_a_failing_daemon_is_reported_with_its_output(self):
        launcher = DaemonLauncher('"%s" -c "import sys; print(\'port in use\'); sys.exit(2)"'
                                  % sys.executable)
        launcher.process.wait(30)
        problem = launcher.exit_problem()
        self.assertIn("code 2", problem)
        self.assertIn("port in use", problem)

    def test_a_missing_program_raises_oserror(self):
        with self.assertRaises(OSError):
            DaemonLauncher("/nonexistent/easel serve")


if __name__ == "__main__":
    unittest.main()
