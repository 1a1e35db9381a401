#!/usr/bin/env python3
"""Hand-computed cases for the reference panel (DESIGN.md "Panel review")."""

import math
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference_panel as rp  # noqa: E402
import reference_scorer as rs  # noqa: E402

RUBRIC = """\
format: 2
id: panel-test
version: "1"
title: Panel
verdicts:
  - {id: good, label: Good, min: 50}
  - {id: bad, label: Bad, min: 0}
dimensions:
  - id: profile
    criteria:
      - id: sector
        question: Sector
        answer: choice
        weight: 0
        options: [{id: bio, label: Bio, score: 0}, {id: soft, label: Soft, score: 0}]
  - id: d
    criteria:
      - {id: a, question: A, answer: yes-no, evidence: required}
      - {id: b, question: B, answer: scale, scale: {min: 0, max: 4}}
      - {id: c, question: C, answer: yes-no, when: {answer: profile.sector, is: bio}}
      - {id: n, question: N, answer: text}
"""

EVIDENCE = "{value: yes, evidence: report.pdf}"
# File name -> (startup, assessor, answers). The names give the input order.
ASSESSMENTS = {
    "01.yaml": ("T", "Bob", {"d.b": "2"}),
    "02.yaml": ("S", "Bob", {"profile.sector": "soft", "d.a": "yes", "d.b": "4", "d.c": "yes", "d.n": '"Bob\'s note"'}),
    "03.yaml": ("S", "anna", {"profile.sector": "bio", "d.a": EVIDENCE, "d.b": "0", "d.n": '"anna\'s note"'}),
    "04.yaml": ("S", "SELF", {"profile.sector": "bio", "d.a": EVIDENCE, "d.b": "3"}),
    "05.yaml": ("T", "Chen", {"d.a": "yes", "d.b": "4"}),
    "06.yaml": ("U", "anna", {"d.a": "yes"}),
    "07.yaml": ("U", "Self", {"d.b": "4"}),
    "08.yaml": ("V", "Bob", {"profile.sector": "bio", "d.c": "no"}),
    "09.yaml": ("V", "anna", {"profile.sector": "soft", "d.c": "yes", "d.a": EVIDENCE, "d.b": "2"}),
}


def questionnaire(startup, assessor, answers):
    lines = [f'startup: "{startup}"', f'assessor: "{assessor}"', "answers:"]
    lines += [f"  {cid}: {value}" for cid, value in answers.items()]
    return "\n".join(lines) + "\n"


def run(rubric_text, assessments, conflicts=frozenset(), **options):
    with tempfile.TemporaryDirectory() as folder:
        rubric_path = os.path.join(folder, "rubric.yaml")
        with open(rubric_path, "w", encoding="utf-8") as handle:
            handle.write(rubric_text)
        os.makedirs(os.path.join(folder, "q"))
        for name, (startup, assessor, answers) in assessments.items():
            with open(os.path.join(folder, "q", name), "w", encoding="utf-8") as handle:
                handle.write(questionnaire(startup, assessor, answers))
        rubric = rs.load_rubric(rubric_path)
        return rp.run_panel(rubric, rp.input_files([os.path.join(folder, "q")]), set(conflicts), **options)


def startup(output, name):
    return next(s for s in output["startups"] if s["startup"] == name)


def crit(result, cid):
    return next(c for d in result["dimensions"] for c in d["criteria"] if c["id"] == cid)


class PanelRules(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = run(RUBRIC, ASSESSMENTS, {("Chen", "T"), ("Nobody", "S")})

    def test_members_founder_and_facts(self):
        # S: members Bob, anna (byte order: "B" 0x42 < "a" 0x61); SELF is the founder.
        s = startup(self.out, "S")
        self.assertEqual(s["panel"], {"members": ["Bob", "anna"], "self": True, "recused": []})
        # Facts: sector from the founder (bio), so d.c applies although Bob said soft;
        # the text d.n from the first member who answered it (Bob): answered, not listed.
        self.assertEqual(crit(s, "d.c")["status"], "met")
        self.assertEqual(s["unanswered"], [])

    def test_member_means_with_their_evidence(self):
        # S: a: Bob yes without evidence -> 1 * 0.5; anna yes with evidence -> 1. Mean 0.75.
        #    b: Bob 4 -> 1, anna 0 -> 0: mean 0.5.  c: Bob only -> 1.
        # D = 100 * (0.75 + 0.5 + 1) / 3 = 75 -> good.
        s = startup(self.out, "S")
        a, b, c = crit(s, "d.a"), crit(s, "d.b"), crit(s, "d.c")
        self.assertEqual((a["score"], a["member_scores"], a["source"]), (0.75, {"Bob": 0.5, "anna": 1.0}, "panel"))
        self.assertEqual(a["answer_score"], 1.0)
        self.assertEqual((b["score"], b["member_scores"]), (0.5, {"Bob": 1.0, "anna": 0.0}))
        self.assertEqual((c["score"], c["member_scores"], c["spread"]), (1.0, {"Bob": 1.0}, None))
        self.assertEqual((s["score"], s["verdict"]), (75, "good"))
        # Gains (sumw 3): a 100 * 1/3 * 0.25 = 8.33, b 100 * 1/3 * 0.5 = 16.67.
        self.assertEqual([x["criterion"] for x in s["next_steps"]], ["d.b", "d.a"])
        self.assertAlmostEqual(s["next_steps"][0]["gain"], 100 / 6)

    def test_spread_and_discuss(self):
        # S: spreads a 1 - 0.5 = 0.5, b 1 - 0 = 1; c has one answer (null).
        s = startup(self.out, "S")
        self.assertEqual((crit(s, "d.a")["spread"], crit(s, "d.b")["spread"]), (0.5, 1.0))
        self.assertEqual(s["discuss"], ["d.a", "d.b"])  # >= 0.5, rubric order
        stricter = run(RUBRIC, ASSESSMENTS, {("Chen", "T")}, discuss=0.6)
        self.assertEqual(startup(stricter, "S")["discuss"], ["d.b"])
        # Text and weight-0 criteria have no member scores.
        self.assertEqual((crit(s, "d.n")["member_scores"], crit(s, "d.n")["spread"], crit(s, "d.n")["source"]),
                         ({}, None, None))

    def test_founder_versus_panel(self):
        # S founder alone: sector bio -> c applies, unanswered 0; a 1 (evidence); b 3 -> 0.75.
        # D = 100 * 1.75 / 3 = 58.33; gap = 58.33 - 75 = -16.67 (overall and d; profile has
        # no score on either side). Criteria: a 1 - 0.75 = 0.25, b 0.75 - 0.5 = 0.25.
        s = startup(self.out, "S")
        gap = s["self_gap"]
        self.assertAlmostEqual(gap["overall"], 100 * 1.75 / 3 - 75)
        self.assertEqual(list(gap["dimensions"]), ["d"])
        self.assertAlmostEqual(gap["dimensions"]["d"], 100 * 1.75 / 3 - 75)
        self.assertEqual(gap["criteria"], {"d.a": 0.25, "d.b": 0.25})
        self.assertEqual([crit(s, c)["self_score"] for c in ("d.a", "d.b", "d.c")], [1.0, 0.75, None])

    def test_recused_and_unanswered(self):
        # T: Chen is recused; Bob alone: b 2 -> 0.5; a unanswered (no member, no founder);
        # no sector fact, so c applies and is unanswered. D = 100 * 0.5 / 3 = 16.67 -> bad.
        t = startup(self.out, "T")
        self.assertEqual(t["panel"], {"members": ["Bob"], "self": False, "recused": ["Chen"]})
        self.assertEqual((crit(t, "d.a")["status"], crit(t, "d.a")["source"]), ("unanswered", None))
        self.assertAlmostEqual(t["score"], 100 * 0.5 / 3)
        self.assertEqual(t["unanswered"], ["profile.sector", "d.a", "d.c", "d.n"])
        self.assertIsNone(t["self_gap"])
        self.assertEqual(self.out["recused"], [{"assessor": "Chen", "startup": "T"}])

    def test_founder_score_when_no_member_answered(self):
        # U: a from anna (no evidence) 0.5; b only from the founder (Self): 4 -> 1, source
        # self; c unanswered 0. D = 100 * 1.5 / 3 = 50 -> good (50 reaches 50).
        u = startup(self.out, "U")
        self.assertEqual((crit(u, "d.b")["score"], crit(u, "d.b")["source"], crit(u, "d.b")["self_score"]),
                         (1.0, "self", 1.0))
        self.assertEqual((u["score"], u["verdict"]), (50, "good"))
        # Founder alone: b 1, a and c 0 -> 33.33; gap 33.33 - 50. No criterion where both exist.
        self.assertAlmostEqual(u["self_gap"]["overall"], 100 / 3 - 50)
        self.assertEqual(u["self_gap"]["criteria"], {})

    def test_facts_from_the_first_member_by_byte_order(self):
        # V has no founder: sector from Bob (bio) rather than anna (soft), so c applies:
        # mean(0, 1) = 0.5, spread 1. a 1 and b 0.5 (anna). D = 100 * 2 / 3 = 66.67.
        v = startup(self.out, "V")
        self.assertEqual((crit(v, "d.c")["score"], crit(v, "d.c")["spread"]), (0.5, 1.0))
        self.assertAlmostEqual(v["score"], 200 / 3)
        self.assertEqual(v["discuss"], ["d.c"])

    def test_ranking(self):
        # good: S 75, V 66.67, U 50; then bad: T 16.67.
        self.assertEqual([s["startup"] for s in self.out["startups"]], ["S", "V", "U", "T"])

    def test_reviewer_offsets_and_founder_gap(self):
        # Bob: S own (sector soft: c off; a 0.5, b 1) = 75 - 75 = 0; T own 16.67 - 16.67 = 0;
        #      V own (sector bio: c 0, a 0, b 0) = 0 - 66.67. Mean -22.22.
        # anna: S own (c on, unanswered; a 1, b 0) = 33.33 - 75 = -41.67; U own (a 0.5, b 0,
        #      c 0) = 16.67 - 50 = -33.33; V own (c off; a 1, b 0.5) = 75 - 66.67 = 8.33.
        #      Mean -66.67 / 3 = -22.22. Chen (only recused) is not listed.
        reviewers = self.out["reviewers"]
        self.assertEqual([(r["assessor"], r["assessments"]) for r in reviewers], [("Bob", 3), ("anna", 3)])
        self.assertAlmostEqual(reviewers[0]["offset"], -200 / 9)
        self.assertAlmostEqual(reviewers[1]["offset"], -200 / 9)
        # founder_gap: mean of S (-16.67) and U (-16.67).
        self.assertAlmostEqual(self.out["founder_gap"], -50 / 3)
        self.assertNotIn("normalized_score", self.out["startups"][0])


SCALE = """\
id: norm
version: "1"
verdicts: [{id: any, label: Any, min: 0}]
dimensions:
  - id: d
    criteria:
      - {id: s, question: S, answer: scale, scale: {min: 0, max: 20}}
"""


def one_answer(startup, assessor, value):
    return (startup, assessor, {"d.s": str(value)})


class Normalize(unittest.TestCase):
    def test_z_scores(self):
        # Overall = 5 * value. A: S1 50, S2 25, S3 0 (3 assessments: normalised);
        # B: S4 60 (1: keeps x). The founder of S1 (100) is not a member: not counted.
        # Members' scores [50, 25, 0, 60]: mu = 33.75,
        #   sigma = sqrt((16.25^2 + 8.75^2 + 33.75^2 + 26.25^2) / 4) = sqrt(542.1875).
        # A: mu_a 25, sigma_a = sqrt(1250 / 3); z(S1) = 25 / sigma_a = sqrt(1.5), z(S2) = 0.
        # x'(S1) = 33.75 + sqrt(1.5) * sqrt(542.1875) = 62.27; x'(S2) = 33.75;
        # x'(S3) = 33.75 - 28.52 = 5.23; S4 keeps 60.
        assessments = {"1.yaml": one_answer("S1", "A", 10), "2.yaml": one_answer("S2", "A", 5),
                       "3.yaml": one_answer("S3", "A", 0), "4.yaml": one_answer("S4", "B", 12),
                       "5.yaml": one_answer("S1", "self", 20)}
        out = run(SCALE, assessments, normalize=True)
        shift = math.sqrt(1.5) * math.sqrt(542.1875)
        want = {"S1": 33.75 + shift, "S2": 33.75, "S3": 33.75 - shift, "S4": 60}
        for name, value in want.items():
            self.assertAlmostEqual(startup(out, name)["normalized_score"], value, places=9)
        # The panel score is unchanged (S1 50); the ranking uses the normalised score.
        self.assertEqual(startup(out, "S1")["score"], 50)
        self.assertEqual([s["startup"] for s in out["startups"]], ["S1", "S4", "S2", "S3"])
        plain = run(SCALE, assessments)
        self.assertEqual([s["startup"] for s in plain["startups"]], ["S4", "S1", "S2", "S3"])
        self.assertEqual([r["assessor"] for r in out["reviewers"]], ["A", "B"])

    def test_sigma_zero(self):
        # A gives 50 three times: sigma_a = 0 -> z = 0 -> x' = mu = (150 + 60) / 4 = 52.5.
        assessments = {"1.yaml": one_answer("S1", "A", 10), "2.yaml": one_answer("S2", "A", 10),
                       "3.yaml": one_answer("S3", "A", 10), "4.yaml": one_answer("S4", "B", 12)}
        out = run(SCALE, assessments, normalize=True)
        self.assertEqual([startup(out, n)["normalized_score"] for n in ("S1", "S2", "S3", "S4")],
                         [52.5, 52.5, 52.5, 60])

    def test_ties_keep_input_order(self):
        # Same verdict and score: the startup whose first file comes first ranks first.
        assessments = {"1.yaml": one_answer("Zed", "A", 10), "2.yaml": one_answer("Alpha", "A", 10)}
        self.assertEqual([s["startup"] for s in run(SCALE, assessments)["startups"]], ["Zed", "Alpha"])


class RankingByVerdict(unittest.TestCase):
    def test_a_capped_verdict_ranks_below_a_better_verdict(self):
        # g (gate 0.5, w 1), h (scale 0..9, w 9). Hi: g no, h 9 -> 90 capped to bad;
        # Lo: g yes, h 5 -> 100 * (1 + 5) / 10 = 60 -> good. Lo ranks first.
        rubric = """\
id: rank
version: "1"
verdicts: [{id: good, label: Good, min: 50}, {id: bad, label: Bad, min: 0}]
dimensions:
  - id: d
    criteria:
      - {id: g, question: G, answer: yes-no, gate: 0.5}
      - {id: h, question: H, answer: scale, scale: {min: 0, max: 9}, weight: 9}
"""
        out = run(rubric, {"1.yaml": ("Hi", "A", {"d.g": "no", "d.h": "9"}),
                           "2.yaml": ("Lo", "A", {"d.g": "yes", "d.h": "5"})})
        self.assertEqual([(s["startup"], s["verdict"]) for s in out["startups"]], [("Lo", "good"), ("Hi", "bad")])
        self.assertEqual(out["startups"][1]["gates"], [{"criterion": "d.g", "cap": "bad"}])


class Inputs(unittest.TestCase):
    def test_conflict_files(self):
        with tempfile.TemporaryDirectory() as folder:
            csv_path = os.path.join(folder, "c.csv")
            with open(csv_path, "w", encoding="utf-8") as handle:
                handle.write('assessor,startup\nChen,"Acme, Inc."\n"Dr. ""Q""",T\n')
            yaml_path = os.path.join(folder, "c.yaml")
            with open(yaml_path, "w", encoding="utf-8") as handle:
                handle.write('- {assessor: Chen, startup: "Acme, Inc."}\n- {assessor: \'Dr. "Q"\', startup: T}\n')
            want = {("Chen", "Acme, Inc."), ('Dr. "Q"', "T")}
            self.assertEqual(rp.read_conflicts(csv_path), want)
            self.assertEqual(rp.read_conflicts(yaml_path), want)

    def test_folder_order_is_bytes_of_relative_paths(self):
        with tempfile.TemporaryDirectory() as folder:
            for name in ["b.yaml", "B.yaml", "a/z.yml", ".hidden.yaml", "notes.txt", "a.yaml"]:
                path = os.path.join(folder, name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                open(path, "w").close()
            found = [os.path.relpath(p, folder) for p in rp.input_files([folder])]
            self.assertEqual(found, ["B.yaml", "a.yaml", "a/z.yml", "b.yaml"])

    def test_errors(self):
        for assessments in [
            {"1.yaml": ("S", "", {"d.b": "1"})},                                    # no assessor
            {"1.yaml": ("S", "self", {}), "2.yaml": ("S", "SELF", {})},            # two founders
            {"1.yaml": ("S", "Bob", {}), "2.yaml": ("S", "Bob", {})},              # Bob twice
        ]:
            with self.assertRaises(rs.InputError, msg=assessments):
                run(RUBRIC, assessments)


if __name__ == "__main__":
    unittest.main()
