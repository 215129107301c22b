import unittest

from cancelling import EditCanceller
from easel_client import Accepted, EditCancelled


class RecordingClient:
    def __init__(self):
        self.cancels = []

    def cancel(self, job=None, edit_id=None):
        self.cancels.append(job)
        return 1


class EditCancellerTest(unittest.TestCase):
    def setUp(self):
        self.canceller = EditCanceller()
        self.client = RecordingClient()

    def test_cancel_before_connecting_stops_the_edit_before_it_is_sent(self):
        self.canceller.cancel()
        with self.assertRaises(EditCancelled):
            self.canceller.connected(self.client)
        self.assertEqual([], self.client.cancels)

    def test_cancel_between_connecting_and_accepted_is_sent_on_acceptance(self):
        self.canceller.connected(self.client)
        self.canceller.cancel()                    # nothing sent yet: cancels "all", i.e. none
        self.canceller.accepted(Accepted({"job": "j-3"}))
        self.assertEqual([None, "j-3"], self.client.cancels)

    def test_cancel_while_running_names_the_job(self):
        self.canceller.connected(self.client)
        self.canceller.accepted(Accepted({"job": "j-9"}))
        self.canceller.cancel()
        self.assertEqual(["j-9"], self.client.cancels)

    def test_no_cancel_no_request(self):
        self.canceller.connected(self.client)
        self.canceller.accepted(Accepted({"job": "j-1"}))
        self.assertEqual([], self.client.cancels)
        self.assertFalse(self.canceller.requested)


if __name__ == "__main__":
    unittest.main()
