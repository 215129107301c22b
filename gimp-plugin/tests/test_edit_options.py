import unittest

from edit_options import BadArgument, check_instruction, edit_options


class EditOptionsTest(unittest.TestCase):
    def test_defaults_send_no_options(self):
        self.assertEqual({}, edit_options())
        self.assertEqual({}, edit_options(-1, -1))

    def test_seed_and_strength_are_passed_on(self):
        self.assertEqual({"seed": 42, "strength": 0.75}, edit_options(42, 0.75))
        self.assertEqual({"seed": 0, "strength": 0.0}, edit_options(0, 0))

    def test_out_of_range_values_say_what_is_allowed(self):
        for seed, strength, word in ((-2, -1, "seed"), (2 ** 31, -1, "seed"),
                                     (-1, 1.5, "strength"), (-1, -0.5, "strength")):
            with self.subTest(seed=seed, strength=strength):
                with self.assertRaises(BadArgument) as caught:
                    edit_options(seed, strength)
                self.assertIn(word, str(caught.exception))
                self.assertIn("-1", str(caught.exception))


class InstructionTest(unittest.TestCase):
    def test_trimmed(self):
        self.assertEqual("warmer", check_instruction("  warmer\n"))

    def test_empty_instruction_gives_an_example(self):
        for text in ("", "   ", None):
            with self.subTest(text=text):
                with self.assertRaises(BadArgument) as caught:
                    check_instruction(text)
                self.assertIn("black and white", str(caught.exception))

    def test_too_long(self):
        with self.assertRaises(BadArgument) as caught:
            check_instruction("a" * 4001)
        self.assertIn("4000", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
