import unittest

from easel import connection_status as cs
from easel.easel_client import (CertificateMismatch, CertificateNotPinned, ConnectionLost, DaemonNotRunning, EaselTimeout, ProtocolMismatch,
                                Unauthorized)


class StatusTest(unittest.TestCase):
    def test_no_daemon_offers_to_start_it(self):
        status = cs.from_error(DaemonNotRunning("The Easel daemon is not running: ..."))
        self.assertEqual((status.state, status.action), (cs.NOT_RUNNING, cs.START))
        self.assertIn("not running", status.detail)

    def test_bad_token_offers_retry_and_keeps_the_explanation(self):
        status = cs.from_error(Unauthorized("unauthorized", "use the same EASEL_STATE_DIR"))
        self.assertEqual((status.state, status.action), (cs.BAD_TOKEN, cs.RETRY))
        self.assertIn("EASEL_STATE_DIR", status.detail)

    def test_version_mismatch_has_no_button_to_press(self):
        status = cs.from_error(ProtocolMismatch("unsupported_protocol", "update the plugin"))
        self.assertEqual((status.state, status.action), (cs.VERSION_MISMATCH, None))
        self.assertEqual(status.headline, "Version mismatch")

    def test_other_failures_offer_retry(self):
        for error in (EaselTimeout("slow"), ConnectionLost("gone"), OSError("odd")):
            status = cs.from_error(error)
            self.assertEqual((status.state, status.action), (cs.FAILED, cs.RETRY), error)

    def test_an_unpinned_remote_daemon_offers_trust_with_its_fingerprint(self):
        status = cs.from_error(CertificateNotPinned("gpu-box", "SHA256:AB"))
        self.assertEqual((status.state, status.action, status.fingerprint),
                         (cs.UNTRUSTED, cs.TRUST, "SHA256:AB"))
        self.assertIn("SHA256:AB", status.detail)

    def test_a_wrong_certificate_names_both_and_offers_only_retry(self):
        status = cs.from_error(CertificateMismatch("gpu-box", "SHA256:AB", "SHA256:CD"))
        self.assertEqual((status.state, status.action), (cs.WRONG_CERTIFICATE, cs.RETRY))
        self.assertIn("presented certificate SHA256:AB but this connection pins SHA256:CD",
                      status.detail)

    def test_connected(self):
        status = cs.connected("0.1.0")
        self.assertTrue(status.connected)
        self.assertIn("0.1.0", status.detail)

    def test_start_failure_names_the_command(self):
        status = cs.start_failed("easel serve", "No such file or directory")
        self.assertIn("`easel serve`", status.detail)
        self.assertEqual(status.action, cs.START)

    def test_engine_line(self):
        engines = [{"id": "classical", "available": True}, {"id": "diffusion", "available": False}]
        models = [{"id": "sd-turbo", "installed": True}, {"id": "sdxl", "installed": False}]
        self.assertEqual(cs.engine_line(engines, models),
                         "Engine: classical · models: sd-turbo")
        self.assertEqual(cs.engine_line([], []),
                         "Engine: none available · models: none installed")


if __name__ == "__main__":
    unittest.main()
