#!/usr/bin/env python3
"""The random format-2 generator, the comparison and Benchmarks/differential.sh (run with
fake_readiness.py in place of the Swift binary)."""

import copy
import filecmp
import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

import compare_results  # noqa: E402
import random_rubric  # noqa: E402
import reference_panel  # noqa: E402
import reference_scorer as rs  # noqa: E402


def same_tree(a, b):
    comparison = filecmp.dircmp(a, b)
    if comparison.left_only or comparison.right_only or comparison.diff_files or comparison.funny_files:
        return False
    return all(same_tree(os.path.join(a, d), os.path.join(b, d)) for d in comparison.common_dirs)


class Generator(unittest.TestCase):
    def test_deterministic(self):
        with tempfile.TemporaryDirectory() as folder:
            for run in ("one", "two"):
                base = os.path.join(folder, run)
                rubric = random_rubric.write_rubric("7", os.path.join(base, "rubric"))
                random_rubric.write_questionnaires(rubric, 5, os.path.join(base, "q"), "7")
                random_rubric.write_panel(rubric, "7", 4, os.path.join(base, "panel"), os.path.join(base, "c.csv"))
            self.assertTrue(same_tree(os.path.join(folder, "one"), os.path.join(folder, "two")))

    def test_features_are_covered(self):
        seen = set()
        with tempfile.TemporaryDirectory() as folder:
            for seed in range(1, 41):
                out = os.path.join(folder, str(seed))
                path = random_rubric.write_rubric(str(seed), out)
                texts = "".join(open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(out, "*.yaml")))
                rubric = rs.load_rubric(path)
                node = rs.resolved_rubric_node(path)
                for name, present in {
                    "extends path": "extends: base.yaml" in texts,
                    "extends chain": "extends: middle.yaml" in texts,
                    "extends built-in": "extends: investor-readiness" in texts,
                    "remove": "remove: [" in texts,
                    "text mapping": "{en: " in texts,
                    "gate cap": any(c.gate_cap for c in rubric.criteria.values()),
                    "gate shorthand": "gate: 0" in texts or "gate: 1" in texts,
                    "gate mapping without cap": any(isinstance(c.get("gate"), dict) and "cap" not in c["gate"]
                                                    for d in node["dimensions"] for c in d["criteria"]),
                    "evidence required": any(c.evidence == "required" for c in rubric.criteria.values()),
                    "evidence expected": any(c.evidence == "expected" for c in rubric.criteria.values()),
                    "unverified": "unverified:" in texts,
                    "min_answered": "min_answered:" in texts,
                    "criterion pass": any(c.pass_mark is not None for c in rubric.criteria.values()),
                    "dimension levels": any("levels" in d for d in node["dimensions"]),
                    "when": any(c.when for c in rubric.criteria.values()),
                    "weight 0": any(c.weight == 0 for c in rubric.criteria.values()),
                    "option resources": any(any(v) for c in rubric.criteria.values() for v in c.option_resources.values()),
                    "every kind": {c.kind for c in rubric.criteria.values()} == rs.KINDS,
                }.items():
                    if present:
                        seen.add(name)
        self.assertEqual(seen, {"extends path", "extends chain", "extends built-in", "remove", "text mapping",
                                "gate cap", "gate shorthand", "gate mapping without cap", "evidence required",
                                "evidence expected", "unverified", "min_answered", "criterion pass",
                                "dimension levels", "when", "weight 0", "option resources", "every kind"})

    def test_panels(self):
        with tempfile.TemporaryDirectory() as folder:
            rubric_path = random_rubric.write_rubric("3", os.path.join(folder, "rubric"))
            for ext in ("csv", "yaml"):
                conflicts = os.path.join(folder, f"c.{ext}")
                random_rubric.write_panel(rubric_path, "3", 6, os.path.join(folder, f"p-{ext}"), conflicts)
                pairs = reference_panel.read_conflicts(conflicts)
                rubric = rs.load_rubric(rubric_path)
                out = reference_panel.run_panel(rubric, reference_panel.input_files([os.path.join(folder, f"p-{ext}")]),
                                                pairs, normalize=True)
                self.assertEqual(len(out["startups"]), 6)
                for result in out["startups"]:
                    self.assertTrue(3 <= len(result["panel"]["members"]) + len(result["panel"]["recused"]) <= 6)
                self.assertTrue(out["recused"])
                self.assertTrue(any(r["panel"]["self"] for r in out["startups"]))


class Comparer(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        folder = tempfile.mkdtemp()
        cls.rubric = random_rubric.write_rubric("2", os.path.join(folder, "rubric"))
        random_rubric.write_questionnaires(cls.rubric, 30, os.path.join(folder, "q"), "2")
        cls.results = rs.score_files(cls.rubric, sorted(glob.glob(os.path.join(folder, "q", "*.yaml"))))
        cls.facts = compare_results.rubric_facts(cls.rubric)

    def compare(self, mutate):
        differences, notes = [], []
        for index, expected in enumerate(self.results):
            got = copy.deepcopy(expected)
            mutate(got)
            comparison = compare_results.Comparison(self.facts)
            comparison.result(f"[{index}]", expected, got)
            differences += comparison.differences
            notes += comparison.notes
        return differences, notes

    def test_format2_facts(self):
        self.assertTrue(self.facts.format2)
        self.assertEqual(self.compare(lambda r: None), ([], []))

    def test_allowed_variations(self):
        def swift_like(result):
            if result["verdict_uncapped"] == result["verdict"]:
                del result["verdict_uncapped"]
            for dimension in result["dimensions"]:
                for criterion in dimension["criteria"]:
                    if criterion["answer_score"] is None:
                        del criterion["answer_score"]
            for step in result["next_steps"]:
                step["advice"] = "Some **Markdown**."
                step["resources"] = list(reversed(step["resources"]))
            result["extra"] = 1
        differences, notes = self.compare(swift_like)
        self.assertEqual(differences, [])

    def test_differences_are_found(self):
        def first_criterion(result):
            return result["dimensions"][-1]["criteria"][0]

        for key, mutate in {
            "gates": lambda r: r.__setitem__("gates", [{"criterion": "x", "cap": "y"}]),
            "verdict_uncapped": lambda r: r.__setitem__("verdict_uncapped", "nowhere"),
            "answered_share": lambda r: r.__setitem__("answered_share", r["answered_share"] + 1e-3),
            "provisional": lambda r: r.__setitem__("provisional", not r["provisional"]),
            "next_level": lambda r: [d.__setitem__("next_level", {"level": 9, "blocking": []})
                                     for d in r["dimensions"]],
            "answer_score": lambda r: first_criterion(r).__setitem__("answer_score", 0.123),
            "order": lambda r: r["next_steps"].reverse(),
            "dimension": lambda r: [s.__setitem__("dimension", "x") for s in r["next_steps"]],
            "resources": lambda r: [s.__setitem__("resources", s["resources"] + ["x"]) for s in r["next_steps"]],
        }.items():
            differences, _ = self.compare(mutate)
            self.assertTrue(differences, key)

    def test_panel_comparison(self):
        with tempfile.TemporaryDirectory() as folder:
            conflicts = os.path.join(folder, "c.yaml")
            random_rubric.write_panel(self.rubric, "2", 5, os.path.join(folder, "p"), conflicts)
            rubric = rs.load_rubric(self.rubric)
            expected = reference_panel.run_panel(rubric, reference_panel.input_files([os.path.join(folder, "p")]),
                                                 reference_panel.read_conflicts(conflicts), normalize=True)
        same = compare_results.compare_panel(self.facts, expected, copy.deepcopy(expected), "p")
        self.assertEqual([c.differences for c in same], [[]] * 6)
        for mutate in [
            lambda g: g["startups"].reverse(),
            lambda g: g["reviewers"][0].__setitem__("offset", 99),
            lambda g: g.__setitem__("founder_gap", 99),
            lambda g: g.__setitem__("recused", []),
            lambda g: g["startups"][0]["panel"]["members"].reverse(),
            lambda g: g["startups"][0].__setitem__("discuss", ["x"]),
            lambda g: g["startups"][0].__setitem__("normalized_score", -1),
            lambda g: g["startups"][0]["dimensions"][-1]["criteria"][0].__setitem__("source", "x"),
            lambda g: g["startups"][0]["dimensions"][-1]["criteria"][0].__setitem__("member_scores", {"x": 1}),
        ]:
            got = copy.deepcopy(expected)
            mutate(got)
            found = [d for c in compare_results.compare_panel(self.facts, expected, got, "p") for d in c.differences]
            self.assertTrue(found)


class DifferentialScript(unittest.TestCase):
    def run_script(self, data, **env):
        environment = dict(os.environ, MODE="all", COUNT="4", STARTUPS="3", RUBRICS="none", SKIP_BUILD="1",
                           BIN=os.path.join(HERE, "fake_readiness.py"), DATA=data, **env)
        return subprocess.run(["bash", os.path.join(ROOT, "Benchmarks", "differential.sh"), "3", "4"],
                              env=environment, capture_output=True, text=True, timeout=300)

    def test_agrees_with_the_reference_itself(self):
        with tempfile.TemporaryDirectory() as data:
            done = self.run_script(data)
            self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
            self.assertIn("16 passed, 0 failed", done.stdout)  # 2 seeds x (format 1 + format 2) x 4
            self.assertIn("passed, 0 failed", done.stdout.split("panel.json")[-1])
            panel = json.load(open(os.path.join(data, "panel-seed-3", "out", "panel.json"), encoding="utf-8"))
            self.assertEqual(len(panel["startups"]), 3)

    def test_notices_differences(self):
        with tempfile.TemporaryDirectory() as data:
            done = self.run_script(data, FAKE_MUTATE="1")
            self.assertEqual(done.returncode, 1, done.stdout + done.stderr)
            self.assertIn("DIFF", done.stdout)


if __name__ == "__main__":
    unittest.main()
