#!/usr/bin/env python3
"""Hand-computed cases for the second edition (format 2) in the reference scorer.

Each test states its arithmetic in a comment. W = dimension weight, w = criterion weight,
s = (counted) criterion score; D = 100 * sum(w*s) / sum(w); overall = sum(W*D) / sum(W);
gain = 100 * (W/sumW) * (w/sumw) * (1 - s).
"""

import json
import math
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare_results  # noqa: E402
import reference_scorer as rs  # noqa: E402

VERDICTS = """\
verdicts:
  - {id: top, label: Top, min: 80}
  - {id: mid, label: Mid, min: 50}
  - {id: low, label: Low, min: 20}
  - {id: none, label: None, min: 0}
"""


def write(folder, name, text):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def score(rubric_text, answers_text, files=None, builtin=None, keys=None):
    """Score one questionnaire (`answers:` body) against a rubric text."""
    with tempfile.TemporaryDirectory() as folder:
        for name, text in (files or {}).items():
            write(folder, name, text)
        rubric = write(folder, "rubric.yaml", rubric_text)
        answers = write(folder, "q.yaml", "startup: S\nanswers:\n" + answers_text)
        builtin_dir = os.path.join(folder, builtin) if builtin else None
        return rs.score_files(rubric, [answers], builtin_dir, keys)[0]


def f2(dimensions, top="", verdicts=VERDICTS):
    return f"format: 2\nid: f2\nversion: 2.0.0\ntitle: F2\n{top}{verdicts}dimensions:\n{dimensions}"


def crit(result, cid):
    for dimension in result["dimensions"]:
        for criterion in dimension["criteria"]:
            if criterion["id"] == cid:
                return criterion
    raise KeyError(cid)


def dim(result, did):
    return next(d for d in result["dimensions"] if d["id"] == did)


# One dimension: g (yes-no, w 1, with a gate spec) and h (yes-no, w 9).
GATE = """\
  - id: d
    criteria:
      - {{id: g, question: G, answer: yes-no, gate: {gate}}}
      - {{id: h, question: H, answer: yes-no, weight: 9}}
"""


class Texts(unittest.TestCase):
    def test_mappings_everywhere_score_like_strings(self):
        # The same rubric with every text a {en, nl} mapping and with plain strings.
        def rubric(t):
            return f"""\
format: 2
id: texts
version: "1"
language: en
languages: [en, nl]
title: {t}
summary: {t}
verdicts:
  - {{id: ok, label: {t}, min: 50}}
  - {{id: ko, label: {t}, min: 0}}
levels: {{1: {t}, 2: {t}}}
resources:
  - {{id: lab, title: {t}, summary: {t}, contact: {t}, url: "https://example.org"}}
dimensions:
  - id: d
    title: {t}
    summary: {t}
    levels: {{1: {t}}}
    criteria:
      - id: c
        question: {t}
        help: {t}
        advice: {t}
        strength: {t}
        answer: choice
        level: 1
        options:
          - {{id: a, label: {t}, score: 0.5, advice: {t}, resources: [lab]}}
          - {{id: b, label: {t}, score: 1}}
      - id: n
        question: {t}
        unit: {t}
        answer: number
        bands: [{{from: 0, score: 0, label: {t}}}, {{from: 2, score: 1, label: {t}}}]
      - id: s
        question: {t}
        answer: scale
        scale: {{min: 1, max: 5, labels: {{1: {t}, 5: {t}}}}}
"""
        answers = "  d.c: a\n  d.n: 3\n  d.s: 2\n"
        mapped = score(rubric('{en: "Text", nl: "Tekst"}'), answers)
        plain = score(rubric('"Text"'), answers)
        self.assertEqual(mapped, plain)
        # c 0.5, n 1, s (2-1)/4 = 0.25: D = 100 * 1.75 / 3 = 58.33
        self.assertAlmostEqual(mapped["score"], 100 * 1.75 / 3)
        self.assertEqual(mapped["verdict"], "ok")

    def test_a_mapping_of_non_texts_is_refused(self):
        with self.assertRaises(rs.InputError):
            score(f2("  - id: d\n    title: {en: [a]}\n    criteria:\n"
                     "      - {id: c, question: Q, answer: yes-no}\n"), "  d.c: yes\n")


class Gates(unittest.TestCase):
    def test_shorthand_caps_at_the_second_verdict(self):
        # g no -> 0 < 0.5 fails; h yes. D = 100 * (0 + 9) / 10 = 90 -> top, capped at mid.
        result = score(f2(GATE.format(gate="0.5")), "  d.g: no\n  d.h: yes\n")
        self.assertEqual(result["score"], 90)
        self.assertEqual(result["verdict_uncapped"], "top")
        self.assertEqual(result["verdict"], "mid")
        self.assertEqual(result["gates_failed"], ["d.g"])
        self.assertEqual(result["gates"], [{"criterion": "d.g", "cap": "mid"}])
        # The failed gate comes first in the next steps: gain 100 * 1/10 * 1 = 10.
        self.assertEqual(result["next_steps"][0]["criterion"], "d.g")
        self.assertAlmostEqual(result["next_steps"][0]["gain"], 10)

    def test_mapping_without_cap_is_the_shorthand(self):
        result = score(f2(GATE.format(gate="{below: 0.5}")), "  d.g: no\n  d.h: yes\n")
        self.assertEqual(result["verdict"], "mid")
        self.assertEqual(result["gates"], [{"criterion": "d.g", "cap": "mid"}])

    def test_named_cap(self):
        # 90 -> top, capped at low.
        result = score(f2(GATE.format(gate="{below: 0.5, cap: low}")), "  d.g: no\n  d.h: yes\n")
        self.assertEqual((result["verdict"], result["verdict_uncapped"]), ("low", "top"))
        self.assertEqual(result["gates"], [{"criterion": "d.g", "cap": "low"}])

    def test_cap_at_the_first_verdict_changes_nothing_but_still_fails(self):
        result = score(f2(GATE.format(gate="{below: 0.5, cap: top}")), "  d.g: no\n  d.h: yes\n")
        self.assertEqual(result["verdict"], "top")
        self.assertEqual(result["gates_failed"], ["d.g"])

    def test_worst_of_score_and_every_cap(self):
        # Three gated criteria of w 1 and h (w 9 -> 7 here): a cap mid, b cap low, c cap none.
        # a, b fail (no), c holds (yes), h yes: D = 100 * (0 + 0 + 1 + 7) / 10 = 80 -> top;
        # caps mid and low -> low (c's cap `none` does not apply: its gate holds).
        rubric = f2("""\
  - id: d
    criteria:
      - {id: a, question: A, answer: yes-no, gate: {below: 1, cap: mid}}
      - {id: b, question: B, answer: yes-no, gate: {below: 1, cap: low}}
      - {id: c, question: C, answer: yes-no, gate: {below: 1, cap: none}}
      - {id: h, question: H, answer: yes-no, weight: 7}
""")
        result = score(rubric, "  d.a: no\n  d.b: no\n  d.c: yes\n  d.h: yes\n")
        self.assertEqual(result["score"], 80)
        self.assertEqual((result["verdict"], result["verdict_uncapped"]), ("low", "top"))
        self.assertEqual(result["gates"], [{"criterion": "d.a", "cap": "mid"}, {"criterion": "d.b", "cap": "low"}])

    def test_a_score_below_the_cap_keeps_its_verdict(self):
        # g no, h no: 0 -> none, worse than the cap mid.
        result = score(f2(GATE.format(gate="0.5")), "  d.g: no\n  d.h: no\n")
        self.assertEqual((result["verdict"], result["verdict_uncapped"]), ("none", "none"))

    def test_unknown_cap_is_refused(self):
        with self.assertRaises(rs.InputError):
            score(f2(GATE.format(gate="{below: 0.5, cap: nowhere}")), "  d.g: no\n")

    def test_tolerance_in_the_answers_favour(self):
        # s = scale 2 of 0..3 = 0.6666666666666666; below 0.6666666667 is 3.3e-11 above:
        # format 2 holds the gate (s >= below - 1e-9), format 1 fails it (s < below).
        dims = ("  - id: d\n    criteria:\n"
                "      - {id: s, question: S, answer: scale, scale: {min: 0, max: 3}, gate: 0.6666666667}\n")
        result = score(f2(dims), "  d.s: 2\n")
        self.assertEqual(result["gates_failed"], [])
        first = score(f2(dims).replace("format: 2\n", ""), "  d.s: 2\n")
        self.assertEqual(first["gates_failed"], ["d.s"])


class Evidence(unittest.TestCase):
    RUBRIC = """\
  - id: d
    criteria:
      - {id: a, question: A, answer: yes-no, evidence: required}
      - {id: b, question: B, answer: yes-no}
"""

    def test_required_without_evidence_counts_s_times_unverified(self):
        # a yes, no evidence: s = 1 * 0.5; b yes. D = 100 * 1.5 / 2 = 75 -> mid.
        # gain a = 100 * 1 * 1/2 * 0.5 = 25.
        result = score(f2(self.RUBRIC), "  d.a: yes\n  d.b: yes\n")
        a = crit(result, "d.a")
        self.assertEqual((a["score"], a["answer_score"], a["status"]), (0.5, 1.0, "partial"))
        self.assertEqual(a["gain"], 25)
        self.assertEqual(result["score"], 75)
        self.assertEqual(result["next_steps"], [
            {"criterion": "d.a", "gain": 25, "dimension": "d", "advice": None, "resources": []}])

    def test_evidence_forms(self):
        for answer, counted in [
            ("{value: yes, evidence: https://example.org}", 1.0),
            ('{value: yes, evidence: "   "}', 0.5),  # blank
            ('{value: yes, evidence: ""}', 0.5),
            ("{value: yes, evidence: ~}", 0.5),
            ("{value: yes, note: a note}", 0.5),
        ]:
            result = score(f2(self.RUBRIC), f"  d.a: {answer}\n  d.b: yes\n")
            self.assertEqual(crit(result, "d.a")["score"], counted, answer)

    def test_rubric_unverified(self):
        # unverified 0.2: a counts 0.2; D = 100 * 1.2 / 2 = 60.
        result = score(f2(self.RUBRIC, top="unverified: 0.2\n"), "  d.a: yes\n  d.b: yes\n")
        self.assertEqual(crit(result, "d.a")["score"], 0.2)
        self.assertAlmostEqual(result["score"], 60)

    def test_expected_keeps_the_score(self):
        result = score(f2(self.RUBRIC.replace("required", "expected")), "  d.a: yes\n  d.b: yes\n")
        self.assertEqual(crit(result, "d.a")["status"], "met")
        self.assertEqual(result["score"], 100)

    def test_unanswered_required(self):
        result = score(f2(self.RUBRIC), "  d.b: yes\n")
        a = crit(result, "d.a")
        self.assertEqual((a["score"], a["answer_score"], a["status"]), (0.0, None, "unanswered"))

    def test_counted_score_drives_gates_and_levels(self):
        # a: required evidence, gate 0.6, level 1. Without evidence 0.5 < 0.6 fails and level 0;
        # with evidence 1: gate holds, level 1.
        rubric = f2("  - id: d\n    criteria:\n"
                    "      - {id: a, question: A, answer: yes-no, evidence: required, gate: 0.6, level: 1}\n")
        bare = score(rubric, "  d.a: yes\n")
        self.assertEqual((bare["gates_failed"], dim(bare, "d")["level"]), (["d.a"], 0))
        self.assertEqual(dim(bare, "d")["next_level"], {"level": 1, "blocking": ["d.a"]})
        proven = score(rubric, "  d.a: {value: yes, evidence: doc.pdf}\n")
        self.assertEqual((proven["gates_failed"], dim(proven, "d")["level"]), ([], 1))
        self.assertIsNone(dim(proven, "d")["next_level"])


class Levels(unittest.TestCase):
    def test_criterion_pass_and_next_level(self):
        # Rubric pass 1. l1: scale 0..4 = 3 -> 0.75, own pass 0.7 -> passes level 1.
        # l2a: choice 0.8 (pass 1) fails; l2b yes passes; l3 yes (level 3).
        # Level 1; next level 2, blocked by l2a only.
        rubric = f2("""\
  - id: d
    levels: {1: One, 2: Two, 3: Three}
    criteria:
      - {id: l1, question: Q, answer: scale, scale: {min: 0, max: 4}, level: 1, pass: 0.7}
      - id: l2a
        question: Q
        answer: choice
        level: 2
        options: [{id: x, label: X, score: 0.8}, {id: y, label: Y, score: 1}]
      - {id: l2b, question: Q, answer: yes-no, level: 2}
      - {id: l3, question: Q, answer: yes-no, level: 3}
""")
        result = score(rubric, "  d.l1: 3\n  d.l2a: x\n  d.l2b: yes\n  d.l3: yes\n")
        self.assertEqual(dim(result, "d")["level"], 1)
        self.assertEqual(dim(result, "d")["next_level"], {"level": 2, "blocking": ["d.l2a"]})
        # Rubric pass 0.8 lets l2a pass too: level 3 (top), next level null.
        top = score(rubric.replace("verdicts:", "pass: 0.8\nverdicts:"), "  d.l1: 3\n  d.l2a: x\n  d.l2b: yes\n  d.l3: yes\n")
        self.assertEqual((dim(top, "d")["level"], dim(top, "d")["next_level"]), (3, None))

    def test_next_level_skips_a_hole_and_ignores_higher_blockers(self):
        # Levels carried: 1 and 3. a (1) fails, b (3) fails: level 0, next 1 blocked by a only.
        # With a met: level 1, next 3 (no criterion carries 2) blocked by b.
        rubric = f2("""\
  - id: d
    criteria:
      - {id: a, question: Q, answer: yes-no, level: 1}
      - {id: b, question: Q, answer: yes-no, level: 3}
      - {id: c, question: Q, answer: yes-no}
""")
        low = score(rubric, "  d.a: no\n  d.b: no\n")
        self.assertEqual((dim(low, "d")["level"], dim(low, "d")["next_level"]), (0, {"level": 1, "blocking": ["d.a"]}))
        mid = score(rubric, "  d.a: yes\n  d.b: no\n")
        self.assertEqual((dim(mid, "d")["level"], dim(mid, "d")["next_level"]), (1, {"level": 3, "blocking": ["d.b"]}))

    def test_not_counted_criteria_carry_no_level(self):
        # a (level 2) switched off by `when`; b text; level 0 and no next level for d2.
        rubric = f2("""\
  - id: p
    criteria:
      - {id: on, question: Q, answer: yes-no, weight: 0}
  - id: d
    criteria:
      - {id: a, question: Q, answer: yes-no, level: 2, when: {answer: p.on, is: yes}}
      - {id: b, question: Q, answer: yes-no, level: 1}
""")
        result = score(rubric, "  p.on: no\n  d.b: yes\n")
        self.assertEqual((dim(result, "d")["level"], dim(result, "d")["next_level"]), (1, None))
        self.assertEqual((dim(result, "p")["level"], dim(result, "p")["next_level"]), (0, None))

    def test_pass_tolerance(self):
        # s = 2/3 = 0.6666666666666666, pass 0.6666666667: level 1 in format 2 only.
        dims = ("  - id: d\n    criteria:\n"
                "      - {id: s, question: S, answer: scale, scale: {min: 0, max: 3}, level: 1}\n")
        result = score(f2(dims, top="pass: 0.6666666667\n"), "  d.s: 2\n")
        self.assertEqual(dim(result, "d")["level"], 1)
        first = score(f2(dims, top="pass: 0.6666666667\n").replace("format: 2\n", ""), "  d.s: 2\n")
        self.assertEqual(dim(first, "d")["level"], 0)


class AnsweredShare(unittest.TestCase):
    RUBRIC = """\
  - id: a
    weight: 1
    criteria:
      - {id: c1, question: Q, answer: yes-no}
      - {id: c2, question: Q, answer: yes-no, weight: 3}
      - {id: off, question: Q, answer: yes-no, weight: 5, when: {answer: b.p, is: yes}}
  - id: b
    weight: 3
    criteria:
      - {id: c3, question: Q, answer: yes-no}
      - {id: t, question: Q, answer: text}
      - {id: p, question: Q, answer: yes-no, weight: 0}
"""
    ANSWERS = "  a.c1: yes\n  b.c3: no\n  b.t: hello\n  b.p: no\n"

    def test_share_over_counted_answered_criteria(self):
        # sumW = 4. a: sumw = 1 + 3 (off is not applicable); b: sumw = 1 (t, p never count).
        # share = (1/4)(1/4) [c1] + (3/4)(1/1) [c3] = 0.0625 + 0.75 = 0.8125.
        result = score(f2(self.RUBRIC), self.ANSWERS)
        self.assertEqual(result["answered_share"], 0.8125)
        self.assertFalse(result["provisional"])  # min_answered 0 by default

    def test_provisional_below_min_answered(self):
        self.assertFalse(score(f2(self.RUBRIC, top="min_answered: 0.8\n"), self.ANSWERS)["provisional"])
        self.assertFalse(score(f2(self.RUBRIC, top="min_answered: 0.8125\n"), self.ANSWERS)["provisional"])
        result = score(f2(self.RUBRIC, top="min_answered: 0.85\n"), self.ANSWERS)
        self.assertTrue(result["provisional"])
        # The verdict is kept: a: D = 25, b: D = 0 -> overall 6.25 -> none either way.
        self.assertEqual(result["verdict"], "none")

    def test_min_answered_tolerance(self):
        # One dimension, c1 answered of c1, c2, c3 (w 1 each): share = 1 * 1/3 ... * 2 answered
        # = 2/3 = 0.6666666666666666 (sum of two 1/3); min 0.6666666667 -> not provisional.
        rubric = f2("  - id: d\n    criteria:\n" + "".join(
            f"      - {{id: c{i}, question: Q, answer: yes-no}}\n" for i in (1, 2, 3)),
            top="min_answered: 0.6666666667\n")
        result = score(rubric, "  d.c1: yes\n  d.c2: yes\n")
        self.assertAlmostEqual(result["answered_share"], 2 / 3)
        self.assertFalse(result["provisional"])
        self.assertTrue(score(rubric, "  d.c1: yes\n")["provisional"])  # 1/3

    def test_nothing_counts(self):
        result = score(f2("  - id: d\n    criteria:\n      - {id: t, question: Q, answer: text}\n",
                          top="min_answered: 0.5\n"), "")
        self.assertEqual((result["answered_share"], result["provisional"]), (0.0, True))


class VerdictTolerance(unittest.TestCase):
    def test_min_reached_within_1e9(self):
        # D = 100 * (2/3) = 66.66666666666666 (x100 of 0.6666666666666666), min 66.6666666667:
        # 4e-11 short -> reached in format 2, not in format 1.
        verdicts = "verdicts:\n  - {id: ok, label: OK, min: 66.6666666667}\n  - {id: ko, label: KO, min: 0}\n"
        dims = "  - id: d\n    criteria:\n      - {id: s, question: S, answer: scale, scale: {min: 0, max: 3}}\n"
        result = score(f2(dims, verdicts=verdicts), "  d.s: 2\n")
        self.assertLess(result["score"], 66.6666666667)
        self.assertEqual(result["verdict"], "ok")
        first = score(f2(dims, verdicts=verdicts).replace("format: 2\n", ""), "  d.s: 2\n")
        self.assertEqual(first["verdict"], "ko")


class Ties(unittest.TestCase):
    # Two unanswered criteria whose weights differ by float noise: 0.3 and
    # 0.30000000000000004. sumw = 0.6000000000000001; gains 100 * w/sumw differ in the last
    # bits, the second is the larger. Format 2 keeps rubric order (x before y); format 1
    # sorts strictly by gain (y first), as it always did.
    DIMS = ("  - id: d\n    criteria:\n"
            "      - {id: x, question: Q, answer: yes-no, weight: 0.3}\n"
            "      - {id: y, question: Q, answer: yes-no, weight: 0.30000000000000004}\n")

    def test_noise_keeps_rubric_order(self):
        result = score(f2(self.DIMS), "")
        gains = [s["gain"] for s in result["next_steps"]]
        self.assertLess(gains[0], gains[1])
        self.assertEqual([s["criterion"] for s in result["next_steps"]], ["d.x", "d.y"])
        first = score(f2(self.DIMS).replace("format: 2\n", ""), "")
        self.assertEqual([s["criterion"] for s in first["next_steps"]], ["d.y", "d.x"])

    def test_runs_group_within_1e9_of_the_largest(self):
        # Gains (rubric order a..e): a 5, b 5 + 0.6e-9, c 5 - 0.6e-9, d 5 - 0.8e-9, e 3.
        # Sorted: b, a, c, d, e. Run led by b (5 + 0.6e-9): a (0.6e-9 below), c (1.2e-9
        # below: out). So [a, b], then the run led by c: d (0.2e-9 below) -> [c, d], then [e].
        class Fake:
            format2 = True

        gains = {"a": 5.0, "b": 5 + 0.6e-9, "c": 5 - 0.6e-9, "d": 5 - 0.8e-9, "e": 3.0}
        order = {cid: i for i, cid in enumerate("abcde")}
        self.assertEqual(rs.order_by_gain(Fake, list("edcba"), gains, order), ["a", "b", "c", "d", "e"])
        Fake.format2 = False
        self.assertEqual(rs.order_by_gain(Fake, list("edcba"), gains, order), ["b", "a", "c", "d", "e"])


class NextStepKeys(unittest.TestCase):
    def test_dimension_advice_and_resources(self):
        # The chosen option's resources first (answer order), then the criterion's, once each.
        rubric = f2("""\
  - id: d
    criteria:
      - id: m
        question: Q
        answer: multi-choice
        resources: [lab, desk]
        options:
          - {id: a, label: A, score: 0.25, resources: [desk, mentors]}
          - {id: b, label: B, score: 0.25, resources: [club]}
      - {id: y, question: Q, answer: yes-no, resources: lab}
""", top="resources:\n  - {id: lab, title: Lab}\n  - {id: desk, title: Desk}\n"
          "  - {id: mentors, title: M}\n  - {id: club, title: C}\n")
        result = score(rubric, "  d.m: [b, a]\n  d.y: no\n")
        steps = {s["criterion"]: s for s in result["next_steps"]}
        self.assertEqual(steps["d.m"]["resources"], ["club", "desk", "mentors", "lab"])
        self.assertEqual(steps["d.y"]["resources"], ["lab"])
        self.assertEqual({s["dimension"] for s in result["next_steps"]}, {"d"})
        self.assertEqual({s["advice"] for s in result["next_steps"]}, {None})


BASE = """\
format: 2
id: base
version: 1.0.0
title: Base
verdicts:
  - {id: good, label: Good, min: 60}
  - {id: bad, label: Bad, min: 0}
resources:
  - {id: lab, title: Lab}
  - {id: desk, title: Desk}
dimensions:
  - id: team
    weight: 1
    criteria:
      - {id: a, question: A, answer: yes-no}
      - {id: b, question: B, answer: yes-no}
      - {id: c, question: C, answer: yes-no}
  - id: money
    weight: 1
    criteria:
      - {id: m, question: M, answer: yes-no}
  - id: gone
    criteria:
      - {id: g, question: G, answer: yes-no}
"""
CHILD = """\
format: 2
id: child
version: 3.1.0
title: {en: Child, nl: Kind}
extends: base.yaml
remove: [gone, team.c]
verdicts:
  - {id: great, label: Great, min: 90}
  - {id: fine, label: Fine, min: 50}
  - {id: poor, label: Poor, min: 0}
resources:
  - {id: desk, title: Help desk}
  - {id: club, title: Club}
dimensions:
  - id: team
    weight: 3
    criteria:
      - {id: b, question: B2, answer: scale, scale: {min: 0, max: 4}}
      - {id: d, question: D, answer: yes-no}
  - id: new
    criteria:
      - {id: n, question: N, answer: yes-no}
"""


class Extends(unittest.TestCase):
    def test_merge(self):
        # Merged: team (W 3): a (base), b (replaced: scale 0..4), d (added); c removed.
        # money (W 1): m. gone removed. new (W 1): n appended.
        # Answers: a yes 1, b 2 -> 0.5, d no 0; m yes; n no.
        # team D = 100 * 1.5 / 3 = 50; money 100; new 0.
        # overall = (3*50 + 100 + 0) / 5 = 50 -> fine (the child's verdicts).
        result = score(CHILD, "  team.a: yes\n  team.b: 2\n  team.d: no\n  money.m: yes\n  new.n: no\n",
                       files={"base.yaml": BASE})
        self.assertEqual(result["rubric"], {"id": "child", "version": "3.1.0"})
        self.assertEqual([d["id"] for d in result["dimensions"]], ["team", "money", "new"])
        self.assertEqual([c["id"] for c in dim(result, "team")["criteria"]], ["team.a", "team.b", "team.d"])
        self.assertEqual(dim(result, "team")["score"], 50)
        self.assertEqual(result["score"], 50)
        self.assertEqual(result["verdict"], "fine")
        node = rs.resolved_rubric_node
        with tempfile.TemporaryDirectory() as folder:
            write(folder, "base.yaml", BASE)
            merged = node(write(folder, "rubric.yaml", CHILD))
        self.assertEqual([r["id"] for r in merged["resources"]], ["lab", "desk", "club"])
        self.assertEqual(merged["resources"][1]["title"], "Help desk")
        self.assertEqual(merged["title"], {"en": "Child", "nl": "Kind"})

    def test_answers_to_removed_criteria_are_unknown(self):
        with self.assertRaises(rs.InputError):
            score(CHILD, "  team.c: yes\n", files={"base.yaml": BASE})

    def test_chain_and_builtin_id(self):
        # middle extends the built-in id `base` (found in the folder given as built-in dir),
        # the rubric extends middle.yaml; middle drops money, the rubric adds x to team.
        # team: a yes, b yes, c no, x yes -> 75; gone: g yes -> 100. (75 + 100) / 2 = 87.5.
        middle = ("format: 2\nid: middle\nversion: '2'\ntitle: M\nextends: base\nremove: [money]\n")
        child = ("format: 2\nid: top\nversion: '3'\ntitle: T\nextends: sub/middle.yaml\n"
                 "dimensions:\n  - id: team\n    criteria:\n      - {id: x, question: X, answer: yes-no}\n")
        result = score(child, "  team.a: yes\n  team.b: yes\n  team.c: no\n  team.x: yes\n  gone.g: yes\n",
                       files={"builtins/base.yaml": BASE, "sub/middle.yaml": middle}, builtin="builtins")
        self.assertEqual([d["id"] for d in result["dimensions"]], ["team", "gone"])
        self.assertEqual(result["score"], 87.5)
        self.assertEqual(result["rubric"], {"id": "top", "version": "3"})

    def test_cycle_is_an_error(self):
        one = "format: 2\nid: one\nversion: '1'\ntitle: One\nextends: two.yaml\n"
        two = "format: 2\nid: two\nversion: '1'\ntitle: Two\nextends: rubric.yaml\n"
        with self.assertRaises(rs.InputError) as caught:
            score(one, "", files={"two.yaml": two})
        self.assertIn("cycle", str(caught.exception))
        with self.assertRaises(rs.InputError):
            score("format: 2\nid: me\nversion: '1'\ntitle: Me\nextends: rubric.yaml\n", "")

    def test_problems(self):
        for child in [
            CHILD.replace("remove: [gone, team.c]", "remove: [team.zz]"),      # unknown criterion
            CHILD.replace("remove: [gone, team.c]", "remove: [nowhere]"),      # unknown dimension
            CHILD.replace("format: 2\n", ""),                                  # extends needs format 2
            CHILD.replace("extends: base.yaml", "extends: missing.yaml"),     # no such file
            CHILD.replace("extends: base.yaml", "extends: no-such-builtin"),  # no such built-in
        ]:
            with self.assertRaises(rs.InputError, msg=child[:200]):
                score(child, "", files={"base.yaml": BASE})


class Format(unittest.TestCase):
    def test_format2_keys_need_format_2(self):
        plain = "id: p\nversion: '1'\n" + VERDICTS + "dimensions:\n  - id: d\n    criteria:\n"
        for extra_top, spec in [
            ("unverified: 0.5\n", "answer: yes-no"),
            ("min_answered: 0.5\n", "answer: yes-no"),
            ("", "answer: yes-no, gate: {below: 0.5}"),
            ("", "answer: yes-no, evidence: required"),
            ("", "answer: yes-no, level: 1, pass: 0.5"),
        ]:
            with self.assertRaises(rs.InputError, msg=(extra_top, spec)):
                score(extra_top + plain + f"      - {{id: c, question: Q, {spec}}}\n", "  d.c: yes\n")
        with self.assertRaises(rs.InputError):
            score("format: 3\n" + plain + "      - {id: c, question: Q, answer: yes-no}\n", "")

    def test_format_2_without_its_keys_gives_the_first_edition(self):
        # The hand-computed first-edition cases, with `format: 2` added to their rubric.
        with open(os.path.join(HERE, "cases", "rubric.yaml"), encoding="utf-8") as handle:
            rubric_text = "format: 2\n" + handle.read()
        for answers, expected in [("answers.yaml", "expected.json"), ("answers-gate-cap.yaml", "expected-gate-cap.json")]:
            with tempfile.TemporaryDirectory() as folder:
                rubric = write(folder, "rubric.yaml", rubric_text)
                got = rs.score_files(rubric, [os.path.join(HERE, "cases", answers)])[0]
            with open(os.path.join(HERE, "cases", expected), encoding="utf-8") as handle:
                want = json.load(handle)
            comparison = compare_results.Comparison([70, 40, 0], format2=True)
            comparison.result(answers, want, got)
            self.assertEqual(comparison.differences, [])
            self.assertEqual([s["criterion"] for s in got["next_steps"]], [s["criterion"] for s in want["next_steps"]])
            self.assertEqual(got["verdict_uncapped"], "ready" if answers.endswith("cap.yaml") else "almost")

    def test_format1_output_keys_unchanged(self):
        path = os.path.join(HERE, "cases", "rubric.yaml")
        answers = os.path.join(HERE, "cases", "answers.yaml")
        result = rs.score_files(path, [answers])[0]
        self.assertEqual(list(result), ["startup", "rubric", "score", "verdict", "gates_failed",
                                        "dimensions", "next_steps", "unanswered"])
        self.assertEqual(list(result["dimensions"][1]), ["id", "score", "level", "criteria"])
        self.assertEqual(list(result["next_steps"][0]), ["criterion", "gain"])
        everything = rs.score_files(path, [answers], second_edition_keys=True)[0]
        for key in ("verdict_uncapped", "gates", "answered_share", "provisional"):
            self.assertIn(key, everything)
        # The first-edition keys are the same with --all-keys.
        comparison = compare_results.Comparison([70, 40, 0])
        comparison.result("all-keys", result, everything)
        self.assertEqual(comparison.differences, [])
        self.assertEqual(everything["gates"], [{"criterion": "technology.ip", "cap": "almost"},
                                               {"criterion": "funding.runway", "cap": "almost"}])


if __name__ == "__main__":
    unittest.main()
