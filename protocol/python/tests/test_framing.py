"""Framing: the golden frames of protocol/testdata, truncation, and limits checked up front."""
import array
import io
import json
import os
import socket
import struct
import unittest

from easel_client import ConnectionLost, FrameTooLarge, ProtocolError
from easel_client.framing import (DEFAULT_LIMITS, FrameLimits, encode_frame, prepare_frame,
                                  read_frame, send_frame)

TESTDATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                         "..", "..", "testdata"))


def load_vectors():
    with open(os.path.join(TESTDATA, "vectors.json"), encoding="utf-8") as f:
        vectors = json.load(f)
    for v in vectors:
        with open(os.path.join(TESTDATA, v["file"]), "rb") as f:
            v["bin"] = f.read()
        v["attachment_bytes"] = [bytes.fromhex(a) for a in v["attachments"]]
    return vectors


class GuardedReader(io.RawIOBase):
    """A stream that fails the test if anyone reads past ``allowed`` bytes: it proves a declared
    size was refused *before* the bytes were read."""

    def __init__(self, data, allowed):
        self.data = data
        self.pos = 0
        self.allowed = allowed

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        if self.pos + n > self.allowed:
            raise AssertionError("read past byte %d" % self.allowed)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class OneByteAtATime(io.RawIOBase):
    """Hands out at most one byte per read, like a very fragmented socket."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, buf):
        if self.pos >= len(self.data) or len(buf) == 0:
            return 0
        buf[0] = self.data[self.pos]
        self.pos += 1
        return 1


def frame_with_header_bytes(raw_header):
    return struct.pack(">I", len(raw_header)) + raw_header


class GoldenFrameTest(unittest.TestCase):
    def setUp(self):
        self.vectors = load_vectors()

    def test_all_vectors_present(self):
        names = {v["name"] for v in self.vectors}
        self.assertTrue({"hello", "ping", "edit", "result", "error_utf8",
                         "empty_attachment", "clarify", "result_canvas_back"} <= names, names)

    def test_encoding_reproduces_golden_bytes(self):
        for v in self.vectors:
            with self.subTest(v["name"]):
                self.assertEqual(encode_frame(v["header"], v["attachment_bytes"]), v["bin"])

    def test_decoding_gives_header_and_attachments(self):
        for v in self.vectors:
            for source in (io.BytesIO(v["bin"]), OneByteAtATime(v["bin"])):
                with self.subTest(v["name"], source=type(source).__name__):
                    frame = read_frame(source)
                    expected = dict(v["header"])
                    if v["attachment_bytes"]:
                        expected["attachments"] = [len(a) for a in v["attachment_bytes"]]
                    self.assertEqual(frame.header, expected)
                    self.assertEqual([bytes(a) for a in frame.attachments],
                                     v["attachment_bytes"])
                    # Exactly the frame was consumed; the stream then ends cleanly.
                    self.assertIsNone(read_frame(source))

    def test_golden_clarify_frame_is_a_question_with_its_readings(self):
        from easel_client import ClarificationNeeded, Reading
        clarify = next(v for v in self.vectors if v["name"] == "clarify")
        asked = ClarificationNeeded.from_header(read_frame(io.BytesIO(clarify["bin"])).header)
        self.assertEqual("More contrast or less?", asked.question)
        self.assertEqual([Reading("increase the contrast", "Increase the contrast — whole layer"),
                          Reading("reduce the contrast", "Reduce the contrast — whole layer")],
                         asked.readings)

    def test_golden_result_taking_an_extension_back_gives_the_canvas_to_return_to(self):
        from easel_client import EditResult
        frame = next(v for v in self.vectors if v["name"] == "result_canvas_back")
        result = EditResult(read_frame(io.BytesIO(frame["bin"])))
        self.assertEqual((2, 2), result.canvas)
        self.assertEqual((-1, 0), result.canvas_offset, "the strip on the left goes again")
        self.assertEqual([], result.layers)

    def test_decoding_back_to_back_frames(self):
        stream = io.BytesIO(b"".join(v["bin"] for v in self.vectors))
        for v in self.vectors:
            self.assertEqual(read_frame(stream).header.get("type"), v["header"]["type"])
        self.assertIsNone(read_frame(stream))

    def test_send_frame_over_socket_matches_golden_bytes(self):
        edit = next(v for v in self.vectors if v["name"] == "edit")
        a, b = socket.socketpair()
        with a, b:
            # memoryview and bytearray attachments are sent as they are.
            atts = [memoryview(edit["attachment_bytes"][0]), bytearray(edit["attachment_bytes"][1])]
            send_frame(a, edit["header"], atts)
            a.shutdown(socket.SHUT_WR)
            received = b""
            while True:
                chunk = b.recv(65536)
                if not chunk:
                    break
                received += chunk
        self.assertEqual(received, edit["bin"])

    def test_read_frame_from_socket(self):
        result = next(v for v in self.vectors if v["name"] == "result")
        a, b = socket.socketpair()
        with a, b:
            a.sendall(result["bin"])
            frame = read_frame(b)
        self.assertEqual(frame.header["layers"][0]["name"], "Easel: black and white")
        self.assertEqual(bytes(frame.attachments[0]), b"\x4c\x4c\x4c\xff")


class EncodingTest(unittest.TestCase):
    def test_attachments_member_goes_last_and_replaces_a_stale_one(self):
        data = encode_frame({"type": "x", "attachments": [99], "id": "a"}, [b"abc"])
        self.assertEqual(data[4:], b'{"type":"x","id":"a","attachments":[3]}abc')

    def test_no_attachments_member_without_attachments(self):
        self.assertEqual(encode_frame({"type": "ping", "id": "p1"})[4:],
                         b'{"type":"ping","id":"p1"}')

    def test_non_byte_buffers_count_bytes(self):
        samples = array.array("H", [1, 2, 3])  # 6 bytes, 3 items
        data = encode_frame({"type": "x"}, [samples])
        self.assertIn(b'"attachments":[6]', data)
        self.assertEqual(data[-6:], samples.tobytes())

    def test_nan_is_refused(self):
        with self.assertRaises(ValueError):
            encode_frame({"type": "x", "v": float("nan")})

    def test_limits_checked_before_sending(self):
        limits = FrameLimits(max_header_bytes=100, max_attachments=1, max_attachment_bytes=4)
        with self.assertRaises(FrameTooLarge):
            prepare_frame({"type": "x", "pad": "y" * 200}, [], limits)
        with self.assertRaises(FrameTooLarge):
            prepare_frame({"type": "x"}, [b"a", b"b"], limits)
        with self.assertRaises(FrameTooLarge):
            prepare_frame({"type": "x"}, [b"abcde"], limits)
        prepare_frame({"type": "x"}, [b"abcd"], limits)  # at the limit is fine

    def test_limits_from_welcome(self):
        limits = FrameLimits.from_welcome({"maxHeaderBytes": 10, "maxAttachments": True})
        self.assertEqual(limits, FrameLimits(10, DEFAULT_LIMITS.max_attachments,
                                             DEFAULT_LIMITS.max_attachment_bytes))


class DecodingErrorsTest(unittest.TestCase):
    def test_truncated_frames_raise(self):
        for v in load_vectors():
            data = v["bin"]
            for cut in range(1, len(data)):
                with self.subTest(v["name"], cut=cut):
                    with self.assertRaises(ConnectionLost):
                        read_frame(io.BytesIO(data[:cut]))

    def test_empty_stream_is_a_clean_end(self):
        self.assertIsNone(read_frame(io.BytesIO(b"")))

    def test_oversized_header_refused_before_reading_it(self):
        limits = FrameLimits(max_header_bytes=1000)
        data = struct.pack(">I", 1001) + b"{" * 1001
        with self.assertRaises(FrameTooLarge):
            read_frame(GuardedReader(data, allowed=4), limits)
        # A header of exactly the limit is read.
        raw = b'{"type":"x","pad":"' + b"p" * (1000 - 21) + b'"}'
        self.assertEqual(len(raw), 1000)
        self.assertEqual(read_frame(io.BytesIO(frame_with_header_bytes(raw)), limits)
                         .header["type"], "x")

    def test_oversized_attachment_refused_before_reading_it(self):
        limits = FrameLimits(max_attachment_bytes=1 << 20)
        head = frame_with_header_bytes(b'{"type":"x","attachments":[1,1048577]}')
        with self.assertRaises(FrameTooLarge):
            read_frame(GuardedReader(head + b"\0" * 10, allowed=len(head)), limits)

    def test_huge_declared_attachment_is_not_allocated(self):
        # 2**40 bytes would exhaust memory if it were allocated before the check.
        head = frame_with_header_bytes(b'{"type":"x","attachments":[1099511627776]}')
        with self.assertRaises(FrameTooLarge):
            read_frame(GuardedReader(head, allowed=len(head)))

    def test_too_many_attachments(self):
        head = frame_with_header_bytes(b'{"type":"x","attachments":[0,0,0]}')
        with self.assertRaises(FrameTooLarge):
            read_frame(io.BytesIO(head), FrameLimits(max_attachments=2))

    def test_malformed_headers(self):
        for raw in (b"{not json", b"[1,2]", b'"text"', b"", b"\xff\xfe{}",
                    b'{"type":"x","attachments":[-1]}',
                    b'{"type":"x","attachments":[true]}',
                    b'{"type":"x","attachments":["3"]}',
                    b'{"type":"x","attachments":{"0":1}}',
                    b'{"type":"x","attachments":[1.5]}'):
            with self.subTest(raw=raw):
                with self.assertRaises(ProtocolError):
                    read_frame(io.BytesIO(frame_with_header_bytes(raw) + b"\0\0"))

    def test_empty_attachments_list_means_none(self):
        frame = read_frame(io.BytesIO(frame_with_header_bytes(b'{"type":"x","attachments":[]}')))
        self.assertEqual(frame.attachments, [])

    def test_any_json_layout_is_accepted(self):
        raw = b' { "attachments" : [ 2 ] ,\n "type" : "x" } '
        frame = read_frame(io.BytesIO(frame_with_header_bytes(raw) + b"hi"))
        self.assertEqual(frame.header["type"], "x")
        self.assertEqual(bytes(frame.attachments[0]), b"hi")


if __name__ == "__main__":
    unittest.main()
