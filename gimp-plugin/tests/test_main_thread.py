import queue
import threading
import unittest

from main_thread import MainThreadProxy


class FakeMainLoop:
    """A 'main thread' that runs scheduled callbacks in order, like GLib.idle_add."""

    def __init__(self):
        self.jobs = queue.Queue()
        self.thread_names = []
        self.thread = threading.Thread(target=self._run, name="main-loop", daemon=True)
        self.thread.start()

    def schedule(self, fn):
        self.jobs.put(fn)

    def _run(self):
        while True:
            fn = self.jobs.get()
            if fn is None:
                return
            self.thread_names.append(threading.current_thread().name)
            fn()

    def stop(self):
        self.jobs.put(None)
        self.thread.join()


class Target:
    def __init__(self):
        self.called_on = []
        self.flag = True

    def add(self, a, b=0):
        self.called_on.append(threading.current_thread().name)
        return a + b

    def explode(self):
        raise KeyError("gimp said no")


class MainThreadProxyTest(unittest.TestCase):
    def setUp(self):
        self.loop = FakeMainLoop()
        self.addCleanup(self.loop.stop)
        self.target = Target()
        self.proxy = MainThreadProxy(self.target, self.loop.schedule)

    def test_calls_run_on_the_main_loop_and_return_their_value(self):
        results = []
        worker = threading.Thread(target=lambda: results.append(self.proxy.add(2, b=3)),
                                  name="worker")
        worker.start()
        worker.join()
        self.assertEqual([5], results)
        self.assertEqual(["main-loop"], self.target.called_on)

    def test_exceptions_reach_the_caller(self):
        with self.assertRaises(KeyError):
            self.proxy.explode()

    def test_only_methods_are_forwarded(self):
        with self.assertRaises(AttributeError):
            self.proxy.flag
        with self.assertRaises(AttributeError):
            self.proxy.missing


if __name__ == "__main__":
    unittest.main()
