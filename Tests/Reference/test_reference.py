#!/usr/bin/env python3
"""Tests of the reference scorer against hand-computed results.

Run with `python3 -m pytest Tests/Reference` or `python3 Tests/Reference/test_reference.py`.

cases/rubric.yaml with cases/answers*.yaml; cases/expected*.json were written by hand
(the arithmetic is in the comments at the top of each answers file).
"""

import io
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare_results  # noqa: E402
import reference_scorer  # noqa: E402

CASES = os.path.join(HERE, "cases")
RUBRIC = os.path.join(CASES, "rubric.yaml")


def score_text(rubric_text, questionnaire_text):
    with tempfile.TemporaryDirectory() as folder:
        rubric_path = os.path.join(folder, "rubric.yaml")
        answers_path = os.path.join(folder, "answers.yaml")
        with open(rubric_path, "w", encoding="utf-8") as handle:
            handle.write(rubric_text)
        with open(answers_path, "w", encoding="utf-8") as handle:
            handle.write(questionnaire_text)
        return reference_scorer.score_files(rubric_path, [answers_path])[0]


ONE_CRITERION = """\
id: one
version: 1.0.0
verdicts: [{{id: good, label: Good, min: 50}}, {{id: bad, label: Bad, min: 0}}]
dimensions:
  - id: d
    criteria:
      - id: c
        question: Q?
{spec}
"""


def one(spec, answer):
    rubric = ONE_CRITERION.format(spec="\n".join("        " + line for line in spec.splitlines()))
    return score_text(rubric, f"startup: S\nanswers:\n  d.c: {answer}\n")


class HandComputedCases(unittest.TestCase):
    def check(self, answers, expected):
        got = reference_scorer.score_files(RUBRIC, [os.path.join(CASES, answers)])
        with open(os.path.join(CASES, expected), encoding="utf-8") as handle:
            want = json.load(handle)
        comparison = compare_results.Comparison([70, 40, 0])
        comparison.result(answers, want, got[0])
        self.assertEqual(comparison.differences, [])
        self.assertEqual(comparison.notes, [])
        # Orders must match exactly too (the test case has a real tie, kept in rubric order).
        self.assertEqual([s["criterion"] for s in got[0]["next_steps"]],
                         [s["criterion"] for s in want["next_steps"]])

    def test_basic(self):
        self.check("answers.yaml", "expected.json")

    def test_gate_cap_and_tie(self):
        self.check("answers-gate-cap.yaml", "expected-gate-cap.json")

    def test_cli_prints_array(self):
        out = io.StringIO()
        stdout, sys.stdout = sys.stdout, out
        try:
            code = reference_scorer.main(["x", RUBRIC, os.path.join(CASES, "answers.yaml"),
                                          os.path.join(CASES, "answers-gate-cap.yaml")])
        finally:
            sys.stdout = stdout
        self.assertEqual(code, 0)
        results = json.loads(out.getvalue())
        self.assertEqual([r["startup"] for r in results], ["Tiny Bio", "Gate Cap GmbH"])


class AnswerKinds(unittest.TestCase):
    def test_yes_no_spellings(self):
        for answer, score in [("yes", 1), ("No", 0), ("TRUE", 1), ("false", 0), ("y", 1), ("N", 0)]:
            result = one("answer: yes-no", answer)
            self.assertEqual(result["dimensions"][0]["criteria"][0]["score"], score, answer)

    def test_invert(self):
        result = one("answer: yes-no\ninvert: true", "yes")
        self.assertEqual(result["dimensions"][0]["criteria"][0]["status"], "unmet")

    def test_number_text_is_decimal(self):
        spec = "answer: number\nbands: [{from: 0, score: 0}, {from: 9, score: 0.5}, {from: 10, score: 1}]"
        self.assertEqual(one(spec, "010")["score"], 100)
        self.assertEqual(one(spec, "9.99")["score"], 50)

    def test_choice_no_is_text(self):
        spec = "answer: choice\noptions: [{id: no, label: No, score: 0.25}, {id: on, label: On, score: 1}]"
        self.assertEqual(one(spec, "no")["score"], 25)
        self.assertEqual(one(spec, "on")["verdict"], "good")

    def test_multi_choice_capped(self):
        spec = "answer: multi-choice\noptions: [{id: a, label: A, score: 0.75}, {id: b, label: B, score: 0.5}]"
        self.assertEqual(one(spec, "[a, b]")["score"], 100)
        self.assertEqual(one(spec, "[b]")["dimensions"][0]["criteria"][0]["status"], "partial")

    def test_scale(self):
        spec = "answer: scale\nscale: {min: 1, max: 5}"
        self.assertEqual(one(spec, "4")["score"], 75)

    def test_empty_values_are_unanswered(self):
        for answer in ["", '""', "\n    value:\n    note: later"]:
            result = one("answer: yes-no", answer)
            self.assertEqual(result["unanswered"], ["d.c"], repr(answer))
            self.assertEqual(result["dimensions"][0]["criteria"][0]["status"], "unanswered")
            self.assertEqual(result["score"], 0)
            self.assertEqual(result["verdict"], "bad")

    def test_nothing_counts(self):
        result = one("answer: text", "hello")
        self.assertEqual(result["score"], 0)
        self.assertIsNone(result["dimensions"][0]["score"])
        self.assertEqual(result["next_steps"], [])
        self.assertNotIn("level", result["dimensions"][0])


class InvalidInput(unittest.TestCase):
    def assert_invalid(self, spec, answer):
        with self.assertRaises(reference_scorer.InputError):
            one(spec, answer)

    def test_number_below_lowest_band(self):
        self.assert_invalid("answer: number\nbands: [{from: 1, score: 0}]", "0.5")

    def test_scale_not_whole_or_outside(self):
        self.assert_invalid("answer: scale\nscale: {min: 1, max: 5}", "2.5")
        self.assert_invalid("answer: scale\nscale: {min: 1, max: 5}", "6")

    def test_unknown_option(self):
        self.assert_invalid("answer: choice\noptions: [{id: a, label: A, score: 1}]", "b")

    def test_bad_yes_no(self):
        self.assert_invalid("answer: yes-no", "maybe")

    def test_unknown_key_in_long_form(self):
        self.assert_invalid("answer: yes-no", "{value: yes, evidense: x}")

    def test_unknown_criterion(self):
        rubric = ONE_CRITERION.format(spec="        answer: yes-no")
        with self.assertRaises(reference_scorer.InputError):
            score_text(rubric, "startup: S\nanswers:\n  d.x: yes\n")


if __name__ == "__main__":
    unittest.main()
