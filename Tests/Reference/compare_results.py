#!/usr/bin/env python3
"""Compare result JSON (the DESIGN.md "Result JSON" shape) key by key.

Usage:
    compare_results.py [--show N] RUBRIC EXPECTED.json GOT.json [RUBRIC EXPECTED GOT ...]

EXPECTED and GOT are JSON arrays (one result per questionnaire, input order) or single
objects. Every key the brief defines is compared: startup, rubric{id,version}, score,
verdict, gates_failed, dimensions[{id, score, level, criteria[{id, score, status, gain}]}],
next_steps[{criterion, gain}], unanswered. Extra keys in GOT are ignored (the brief allows
more keys). Floats must agree within 1e-9 relative (1e-12 absolute near zero).

Two tolerances for float noise, both reported as notes, not failures:
  * next_steps entries whose gains agree within the float tolerance may appear in
    either order (a mathematical tie that rounding broke differently);
  * a verdict may differ when the overall score is within the tolerance of a
    verdict's `min`.

Prints the first N differences (default 20) and ends with `N passed, N failed`, counted
per questionnaire. Exit code 0 when nothing failed, 1 otherwise.
"""

import json
import math
import sys

REL_TOL = 1e-9
ABS_TOL = 1e-12


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def close(a, b):
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def verdict_minimums(rubric_path):
    """The verdict `min` values of a rubric, for the boundary tolerance (best effort)."""
    if rubric_path is None:
        return []
    try:
        import yaml

        with open(rubric_path, encoding="utf-8") as handle:
            rubric = yaml.load(handle.read(), Loader=yaml.BaseLoader)
        return [float(v["min"]) for v in rubric.get("verdicts", [])]
    except Exception:  # noqa: BLE001 - tolerance is optional
        return []


class Comparison:
    def __init__(self, minimums=()):
        self.differences = []
        self.categories = []
        self.notes = []
        self.minimums = list(minimums)

    def diff(self, path, expected, got, category):
        self.differences.append(f"{path}: expected {json.dumps(expected, ensure_ascii=False)}, "
                                f"got {json.dumps(got, ensure_ascii=False)}")
        self.categories.append(category)

    def number_or_null(self, path, expected, got, category):
        if expected is None or got is None:
            if expected is not got:
                self.diff(path, expected, got, category)
            return
        if not is_number(expected) or not is_number(got) or not close(expected, got):
            self.diff(path, expected, got, category)

    def exact(self, path, expected, got, category):
        if type(expected) is not type(got) and not (is_number(expected) and is_number(got)):
            self.diff(path, expected, got, category)
        elif expected != got:
            self.diff(path, expected, got, category)

    def result(self, path, expected, got):
        if not isinstance(got, dict):
            self.diff(path, "an object", got, "result")
            return
        for key in ("startup", "rubric", "score", "verdict", "gates_failed", "dimensions",
                    "next_steps", "unanswered"):
            if key not in got:
                self.differences.append(f"{path}.{key}: missing")
                self.categories.append(f"{key} missing")
        self.exact(f"{path}.startup", expected.get("startup"), got.get("startup"), "startup")
        rubric_e, rubric_g = expected.get("rubric") or {}, got.get("rubric")
        if not isinstance(rubric_g, dict):
            self.diff(f"{path}.rubric", rubric_e, rubric_g, "rubric")
        else:
            self.exact(f"{path}.rubric.id", rubric_e.get("id"), rubric_g.get("id"), "rubric.id")
            self.exact(f"{path}.rubric.version", rubric_e.get("version"), rubric_g.get("version"),
                       "rubric.version")
        score_e, score_g = expected.get("score"), got.get("score")
        if not is_number(score_g) or not close(score_e, score_g):
            self.diff(f"{path}.score", score_e, score_g, "score")
        if expected.get("verdict") != got.get("verdict"):
            if (is_number(score_g) and close(score_e, score_g)
                    and any(close(score_e, m) for m in self.minimums)):
                self.notes.append(f"{path}.verdict: {expected.get('verdict')} vs {got.get('verdict')} "
                                  f"at a verdict boundary (score {score_e!r} vs {score_g!r})")
            else:
                self.diff(f"{path}.verdict", expected.get("verdict"), got.get("verdict"), "verdict")
        self.exact(f"{path}.gates_failed", expected.get("gates_failed"), got.get("gates_failed"),
                   "gates_failed")
        self.exact(f"{path}.unanswered", expected.get("unanswered"), got.get("unanswered"),
                   "unanswered")
        self.dimensions(path, expected.get("dimensions") or [], got.get("dimensions"))
        self.next_steps(path, expected.get("next_steps") or [], got.get("next_steps"),
                        set(expected.get("gates_failed") or []))

    def dimensions(self, path, expected, got):
        if not isinstance(got, list):
            self.diff(f"{path}.dimensions", "a list", got, "dimensions")
            return
        if [d.get("id") for d in expected] != [d.get("id") if isinstance(d, dict) else d for d in got]:
            self.diff(f"{path}.dimensions[].id", [d.get("id") for d in expected],
                      [d.get("id") if isinstance(d, dict) else d for d in got], "dimensions[].id")
            return
        for e, g in zip(expected, got):
            where = f"{path}.{e['id']}"
            self.number_or_null(f"{where}.score", e.get("score"), g.get("score"), "dimension.score")
            if "level" in e or "level" in g:
                self.exact(f"{where}.level", e.get("level", "<absent>"), g.get("level", "<absent>"),
                           "dimension.level")
            crit_e, crit_g = e.get("criteria") or [], g.get("criteria")
            if not isinstance(crit_g, list) or [c.get("id") for c in crit_e] != [
                c.get("id") if isinstance(c, dict) else c for c in crit_g
            ]:
                self.diff(f"{where}.criteria[].id", [c.get("id") for c in crit_e],
                          [c.get("id") if isinstance(c, dict) else c for c in crit_g]
                          if isinstance(crit_g, list) else crit_g, "criteria[].id")
                continue
            for ce, cg in zip(crit_e, crit_g):
                cwhere = f"{path}.{ce['id']}"
                self.number_or_null(f"{cwhere}.score", ce.get("score"), cg.get("score"),
                                    "criterion.score")
                self.exact(f"{cwhere}.status", ce.get("status"), cg.get("status"),
                           f"criterion.status {ce.get('status')} -> {cg.get('status')}")
                self.number_or_null(f"{cwhere}.gain", ce.get("gain"), cg.get("gain"),
                                    "criterion.gain")

    def next_steps(self, path, expected, got, gates):
        where = f"{path}.next_steps"
        if not isinstance(got, list) or not all(isinstance(s, dict) for s in got):
            self.diff(where, expected, got, "next_steps")
            return
        ids_e = [s.get("criterion") for s in expected]
        ids_g = [s.get("criterion") for s in got]
        if len(ids_e) != len(ids_g) or sorted(map(str, ids_e)) != sorted(map(str, ids_g)):
            self.diff(f"{where}[].criterion", ids_e, ids_g, "next_steps (set)")
            return
        gain_g = {s.get("criterion"): s.get("gain") for s in got}
        for step in expected:
            self.number_or_null(f"{where}[{step['criterion']}].gain", step.get("gain"),
                                gain_g.get(step["criterion"]), "next_steps.gain")
        if ids_e == ids_g:
            return
        # Same set, other order: accept only swaps within runs of (nearly) equal gains,
        # outside the failed-gates prefix.
        i = 0
        while i < len(expected):
            j = i + 1
            in_gates = expected[i]["criterion"] in gates
            while (not in_gates and j < len(expected) and expected[j]["criterion"] not in gates
                   and close(expected[j]["gain"], expected[i]["gain"])):
                j += 1
            if sorted(ids_e[i:j]) != sorted(map(str, ids_g[i:j])):
                self.diff(f"{where}[].criterion", ids_e, ids_g, "next_steps (order)")
                return
            i = j
        self.notes.append(f"{where}: tie order differs within equal gains: {ids_e} vs {ids_g}")


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return json.loads(text)


def compare_sets(triples, show=20, out=sys.stdout):
    """Compare (rubric, expected, got) triples of JSON files; returns (passed, failed)."""
    passed = failed = shown = 0
    notes = []
    categories = {}
    for rubric_path, expected_path, got_path in triples:
        expected = load_json(expected_path)
        if isinstance(expected, dict):
            expected = [expected]
        try:
            got = load_json(got_path)
        except (OSError, ValueError) as error:
            failed += len(expected)
            print(f"{got_path}: not readable as JSON ({error}); {len(expected)} cases failed", file=out)
            continue
        if isinstance(got, dict):
            got = [got]
        if not isinstance(got, list) or len(got) != len(expected):
            print(f"{got_path}: expected an array of {len(expected)} results, got "
                  f"{len(got) if isinstance(got, list) else type(got).__name__}", file=out)
        minimums = verdict_minimums(rubric_path)
        got = got if isinstance(got, list) else []
        # Pair results by position; when the counts differ (the tool left out a
        # questionnaire it rejected), pair them by startup name instead.
        by_name = None
        if len(got) != len(expected):
            by_name = {}
            for result in got:
                if isinstance(result, dict):
                    by_name.setdefault(result.get("startup"), result)
        for index, expected_result in enumerate(expected):
            comparison = Comparison(minimums)
            label = f"{got_path}[{index}]"
            if by_name is not None:
                match = by_name.get(expected_result.get("startup"))
            else:
                match = got[index]
            if match is not None:
                comparison.result(label, expected_result, match)
            else:
                comparison.differences.append(
                    f"{label} ({expected_result.get('startup')}): missing from the output "
                    "(the tool rejected or skipped it; see its stderr)")
                comparison.categories.append("result missing (rejected by the tool)")
            for category in set(comparison.categories):
                categories[category] = categories.get(category, 0) + 1
            notes.extend(comparison.notes)
            if comparison.differences:
                failed += 1
                for line in comparison.differences:
                    if shown < show:
                        print(f"DIFF {line}", file=out)
                    shown += 1
            else:
                passed += 1
    if shown > show:
        print(f"... and {shown - show} more differences", file=out)
    for note in notes[:show]:
        print(f"note {note}", file=out)
    if len(notes) > show:
        print(f"... and {len(notes) - show} more notes", file=out)
    if categories:
        print("failed questionnaires by kind of difference:", file=out)
        for category, count in sorted(categories.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:6d}  {category}", file=out)
    return passed, failed


def main(argv):
    args = argv[1:]
    show = 20
    if args[:1] == ["--show"]:
        show = int(args[1])
        args = args[2:]
    if not args or len(args) % 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    triples = [tuple(args[i:i + 3]) for i in range(0, len(args), 3)]
    passed, failed = compare_sets(triples, show)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
