#!/usr/bin/env python3
"""Compare result JSON (the DESIGN.md "Result JSON" shape) key by key.

Usage:
    compare_results.py [--show N] RUBRIC EXPECTED.json GOT.json [RUBRIC EXPECTED GOT ...]
    compare_results.py --panel [--show N] RUBRIC EXPECTED.json GOT-panel.json [...]

EXPECTED and GOT are JSON arrays (one result per questionnaire, input order) or single
objects. Every key the brief defines is compared: startup, rubric{id,version}, score,
verdict, gates_failed, dimensions[{id, score, level, criteria[{id, score, status, gain}]}],
next_steps[{criterion, gain}], unanswered. Extra keys in GOT are ignored (the brief allows
more keys). Floats must agree within 1e-9 relative (1e-12 absolute near zero).

When EXPECTED has the second-edition keys (the reference writes them for format-2 rubrics,
and for format 1 with --all-keys), these are compared too: verdict_uncapped (absent in GOT
means "the same as verdict", as the first edition wrote it only when a cap lowered the
verdict), gates [{criterion, cap}], answered_share, provisional, each dimension's
next_level (absent = null), each criterion's answer_score (null in EXPECTED: GOT null or
absent), each next step's dimension and resources (the same ids; another order is a note).
Next steps' advice text is not compared.

Float-noise tolerances, reported as notes, not failures:
  * format 1: next_steps entries whose gains agree within the float tolerance may appear in
    either order (a mathematical tie that rounding broke differently), and a verdict may
    differ when the overall score is within the tolerance of a verdict's `min`;
  * format 2 fixes both (equal gains within 1e-9 keep rubric order; thresholds have a
    1e-9 tolerance), so the order of next steps must match exactly, and a verdict (or
    provisional) may only differ when the score sits within 1e-11 of `min - 1e-9`.

--panel compares `readiness panel ... --format json`'s OUT/panel.json with the reference
panel output (reference_scorer.py panel): the ranking (startup order; a swap of startups
whose verdicts agree and whose ranking scores agree within the float tolerance is a note),
each startup's result as above plus panel{members, self, recused}, every criterion's
member_scores, spread, self_score and source, discuss, self_gap{overall, dimensions,
criteria} and normalized_score (when EXPECTED has it), then reviewers [{assessor,
assessments, offset}], founder_gap and recused. In panel mode a next step's resources need
only include the reference's (the criterion's own; the tool may add option-specific ones)
and criterion answer_score is not compared (the brief does not define it for a panel).

Prints the first N differences (default 20) and ends with `N passed, N failed`, counted
per questionnaire (panel: per startup, plus one for the overview). Exit code 0 when nothing
failed, 1 otherwise.
"""

import json
import math
import os
import sys

REL_TOL = 1e-9
ABS_TOL = 1e-12
SECOND_EDITION_TOLERANCE = 1e-9


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def close(a, b):
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


class RubricFacts:
    """What the comparison needs to know of a rubric: verdict minimums, format, min_answered."""

    def __init__(self, minimums=(), format2=False, min_answered=0.0):
        self.minimums = list(minimums)
        self.format2 = format2
        self.min_answered = min_answered


def rubric_facts(rubric_path, builtin_dir=None):
    """The rubric's facts, read with the reference's loader (it resolves `extends`); best
    effort: a rubric it cannot read gives no tolerance."""
    if rubric_path is None:
        return RubricFacts()
    try:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import reference_scorer  # noqa: PLC0415

        rubric = reference_scorer.load_rubric(rubric_path, builtin_dir)
        return RubricFacts([m for _, m in rubric.verdicts], rubric.format2, rubric.min_answered)
    except Exception:  # noqa: BLE001 - tolerance is optional
        return RubricFacts()


def verdict_minimums(rubric_path):
    """The verdict `min` values of a rubric, for the boundary tolerance (best effort)."""
    return rubric_facts(rubric_path).minimums


class Comparison:
    def __init__(self, minimums=(), format2=False, panel=False, min_answered=0.0):
        self.differences = []
        self.categories = []
        self.notes = []
        self.minimums = list(minimums.minimums if isinstance(minimums, RubricFacts) else minimums)
        self.format2 = minimums.format2 if isinstance(minimums, RubricFacts) else format2
        self.min_answered = minimums.min_answered if isinstance(minimums, RubricFacts) else min_answered
        self.panel = panel

    def near_threshold(self, value, thresholds, scale=1.0):
        """Whether a float-noise difference may flip a comparison of `value` with one of
        `thresholds` (format 1: within the float tolerance; format 2: at threshold - 1e-9)."""
        if not is_number(value):
            return False
        if not self.format2:
            return any(close(value, t) for t in thresholds)
        tolerance = SECOND_EDITION_TOLERANCE * scale
        return any(abs(value - (t - tolerance)) <= 1e-11 * max(1.0, abs(t)) for t in thresholds)

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
                    and self.near_threshold(score_e, self.minimums)):
                self.notes.append(f"{path}.verdict: {expected.get('verdict')} vs {got.get('verdict')} "
                                  f"at a verdict boundary (score {score_e!r} vs {score_g!r})")
            else:
                self.diff(f"{path}.verdict", expected.get("verdict"), got.get("verdict"), "verdict")
        self.exact(f"{path}.gates_failed", expected.get("gates_failed"), got.get("gates_failed"),
                   "gates_failed")
        self.exact(f"{path}.unanswered", expected.get("unanswered"), got.get("unanswered"),
                   "unanswered")
        if "answered_share" in expected:
            self.second_edition(path, expected, got)
        self.dimensions(path, expected.get("dimensions") or [], got.get("dimensions"))
        self.next_steps(path, expected.get("next_steps") or [], got.get("next_steps"),
                        set(expected.get("gates_failed") or []))
        if self.panel:
            self.panel_keys(path, expected, got)

    def second_edition(self, path, expected, got):
        """The result keys the second edition added."""
        for key in ("gates", "answered_share", "provisional"):
            if key not in got:
                self.differences.append(f"{path}.{key}: missing")
                self.categories.append(f"{key} missing")
        uncapped_e = expected.get("verdict_uncapped", expected.get("verdict"))
        uncapped_g = got.get("verdict_uncapped", got.get("verdict"))
        if uncapped_e != uncapped_g:
            score_e, score_g = expected.get("score"), got.get("score")
            if (is_number(score_g) and close(score_e, score_g)
                    and self.near_threshold(score_e, self.minimums)):
                self.notes.append(f"{path}.verdict_uncapped: {uncapped_e} vs {uncapped_g} at a verdict boundary")
            else:
                self.diff(f"{path}.verdict_uncapped", uncapped_e, uncapped_g, "verdict_uncapped")
        if "gates" in got:
            self.exact(f"{path}.gates", expected.get("gates"), got.get("gates"), "gates")
        if "answered_share" in got:
            self.number_or_null(f"{path}.answered_share", expected.get("answered_share"),
                                got.get("answered_share"), "answered_share")
        if "provisional" in got and expected.get("provisional") != got.get("provisional"):
            share = expected.get("answered_share")
            if self.near_threshold(share, [self.min_answered], scale=1.0) or (
                    not self.format2 and is_number(share) and close(share, self.min_answered)):
                self.notes.append(f"{path}.provisional: differs at the min_answered boundary (share {share!r})")
            else:
                self.diff(f"{path}.provisional", expected.get("provisional"), got.get("provisional"),
                          "provisional")

    def panel_keys(self, path, expected, got):
        """The keys a panel result adds to a result."""
        panel_e, panel_g = expected.get("panel") or {}, got.get("panel")
        if not isinstance(panel_g, dict):
            self.diff(f"{path}.panel", panel_e, panel_g, "panel")
        else:
            for key in ("members", "self", "recused"):
                self.exact(f"{path}.panel.{key}", panel_e.get(key), panel_g.get(key), f"panel.{key}")
        self.exact(f"{path}.discuss", expected.get("discuss"), got.get("discuss"), "discuss")
        gap_e, gap_g = expected.get("self_gap"), got.get("self_gap")
        if gap_e is None or not isinstance(gap_g, dict):
            if not (gap_e is None and gap_g is None):
                self.diff(f"{path}.self_gap", gap_e, gap_g, "self_gap")
        else:
            self.number_or_null(f"{path}.self_gap.overall", gap_e.get("overall"), gap_g.get("overall"),
                                "self_gap.overall")
            for part in ("dimensions", "criteria"):
                self.number_map(f"{path}.self_gap.{part}", gap_e.get(part) or {}, gap_g.get(part),
                                f"self_gap.{part}")
        if "normalized_score" in expected:
            self.number_or_null(f"{path}.normalized_score", expected.get("normalized_score"),
                                got.get("normalized_score"), "normalized_score")

    def number_map(self, path, expected, got, category):
        """{key: number} maps: the same keys (any order), numbers within the tolerance."""
        if not isinstance(got, dict) or sorted(expected) != sorted(got):
            self.diff(path, expected, got, category)
            return
        for key, value in expected.items():
            self.number_or_null(f"{path}[{key}]", value, got[key], category)

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
            if "next_level" in e:
                self.exact(f"{where}.next_level", e.get("next_level"), g.get("next_level"),
                           "dimension.next_level")
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
                if "answer_score" in ce and not self.panel:
                    self.number_or_null(f"{cwhere}.answer_score", ce.get("answer_score"),
                                        cg.get("answer_score"), "criterion.answer_score")
                if self.panel:
                    self.number_map(f"{cwhere}.member_scores", ce.get("member_scores") or {},
                                    cg.get("member_scores") if cg.get("member_scores") is not None else {},
                                    "criterion.member_scores")
                    for key in ("spread", "self_score"):
                        self.number_or_null(f"{cwhere}.{key}", ce.get(key), cg.get(key), f"criterion.{key}")
                    self.exact(f"{cwhere}.source", ce.get("source"), cg.get("source"), "criterion.source")

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
        step_g = {s.get("criterion"): s for s in got}
        for step in expected:
            self.number_or_null(f"{where}[{step['criterion']}].gain", step.get("gain"),
                                gain_g.get(step["criterion"]), "next_steps.gain")
            other = step_g.get(step["criterion"])
            if "dimension" in step:
                self.exact(f"{where}[{step['criterion']}].dimension", step.get("dimension"),
                           other.get("dimension"), "next_steps.dimension")
            if "resources" in step:
                self.resources(f"{where}[{step['criterion']}].resources", step.get("resources") or [],
                               other.get("resources"))
        if ids_e == ids_g:
            return
        if self.format2:
            self.diff(f"{where}[].criterion", ids_e, ids_g, "next_steps (order)")
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


    def resources(self, path, expected, got):
        if not isinstance(got, list):
            self.diff(path, expected, got, "next_steps.resources")
        elif self.panel:
            if not set(expected) <= set(got):
                self.diff(path, expected, got, "next_steps.resources")
        elif sorted(map(str, expected)) != sorted(map(str, got)) or len(expected) != len(got):
            self.diff(path, expected, got, "next_steps.resources")
        elif expected != got:
            self.notes.append(f"{path}: same resources in another order: {expected} vs {got}")


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return json.loads(text)


class Tally:
    """Counts passed and failed units and prints what failed, the notes and a summary."""

    def __init__(self, show, out):
        self.show, self.out = show, out
        self.passed = self.failed = self.shown = 0
        self.notes = []
        self.categories = {}

    def add(self, comparison):
        for category in set(comparison.categories):
            self.categories[category] = self.categories.get(category, 0) + 1
        self.notes.extend(comparison.notes)
        if comparison.differences:
            self.failed += 1
            for line in comparison.differences:
                if self.shown < self.show:
                    print(f"DIFF {line}", file=self.out)
                self.shown += 1
        else:
            self.passed += 1

    def finish(self, unit="questionnaires"):
        out, show = self.out, self.show
        if self.shown > show:
            print(f"... and {self.shown - show} more differences", file=out)
        for note in self.notes[:show]:
            print(f"note {note}", file=out)
        if len(self.notes) > show:
            print(f"... and {len(self.notes) - show} more notes", file=out)
        if self.categories:
            print(f"failed {unit} by kind of difference:", file=out)
            for category, count in sorted(self.categories.items(), key=lambda item: (-item[1], item[0])):
                print(f"  {count:6d}  {category}", file=out)
        return self.passed, self.failed


def compare_sets(triples, show=20, out=sys.stdout):
    """Compare (rubric, expected, got) triples of JSON files; returns (passed, failed)."""
    tally = Tally(show, out)
    for rubric_path, expected_path, got_path in triples:
        expected = load_json(expected_path)
        if isinstance(expected, dict):
            expected = [expected]
        try:
            got = load_json(got_path)
        except (OSError, ValueError) as error:
            tally.failed += len(expected)
            print(f"{got_path}: not readable as JSON ({error}); {len(expected)} cases failed", file=out)
            continue
        if isinstance(got, dict):
            got = [got]
        if not isinstance(got, list) or len(got) != len(expected):
            print(f"{got_path}: expected an array of {len(expected)} results, got "
                  f"{len(got) if isinstance(got, list) else type(got).__name__}", file=out)
        facts = rubric_facts(rubric_path)
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
            comparison = Comparison(facts)
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
            tally.add(comparison)
    return tally.finish()


def ranking_score(result):
    value = result.get("normalized_score")
    return value if is_number(value) else result.get("score")


def compare_panel(facts, expected, got, label):
    """Comparisons of one panel.json: one per startup (in the reference's ranking), then
    one for the overview (ranking order, reviewers, founder_gap, recused)."""
    comparisons = []
    startups_e = expected.get("startups") or []
    startups_g = got.get("startups") if isinstance(got, dict) else None
    overview = Comparison(facts, panel=True)
    if not isinstance(startups_g, list):
        overview.diff(f"{label}.startups", "a list", startups_g, "panel.startups")
        startups_g = []
    by_name = {}
    for result in startups_g:
        if isinstance(result, dict):
            by_name.setdefault(result.get("startup"), result)
    for index, result_e in enumerate(startups_e):
        comparison = Comparison(facts, panel=True)
        match = by_name.get(result_e.get("startup"))
        where = f"{label}.startups[{result_e.get('startup')}]"
        if match is None:
            comparison.differences.append(f"{where}: missing from the output")
            comparison.categories.append("startup missing")
        else:
            comparison.result(where, result_e, match)
        comparisons.append(comparison)

    names_e = [r.get("startup") for r in startups_e]
    names_g = [r.get("startup") for r in startups_g if isinstance(r, dict)]
    if names_e != names_g:
        if sorted(map(str, names_e)) != sorted(map(str, names_g)):
            overview.diff(f"{label}.startups[].startup", names_e, names_g, "panel ranking (set)")
        else:
            # Another order: a note only where neighbours tie (same verdict, ranking
            # scores within the float tolerance), else a difference.
            i = 0
            ok = True
            while i < len(startups_e):
                j = i + 1
                while (j < len(startups_e)
                       and startups_e[j].get("verdict") == startups_e[i].get("verdict")
                       and close(ranking_score(startups_e[j]), ranking_score(startups_e[i]))):
                    j += 1
                if sorted(map(str, names_e[i:j])) != sorted(map(str, names_g[i:j])):
                    ok = False
                    break
                i = j
            if ok:
                overview.notes.append(f"{label}: ranking differs only among tied startups: {names_e} vs {names_g}")
            else:
                overview.diff(f"{label}.startups[].startup", names_e, names_g, "panel ranking (order)")

    reviewers_e = expected.get("reviewers") or []
    reviewers_g = got.get("reviewers") if isinstance(got, dict) else None
    if not isinstance(reviewers_g, list) or [r.get("assessor") for r in reviewers_e] != [
            r.get("assessor") if isinstance(r, dict) else r for r in reviewers_g]:
        overview.diff(f"{label}.reviewers[].assessor", [r.get("assessor") for r in reviewers_e],
                      [r.get("assessor") if isinstance(r, dict) else r for r in reviewers_g]
                      if isinstance(reviewers_g, list) else reviewers_g, "reviewers")
    else:
        for e, g in zip(reviewers_e, reviewers_g):
            where = f"{label}.reviewers[{e.get('assessor')}]"
            overview.exact(f"{where}.assessments", e.get("assessments"), g.get("assessments"),
                           "reviewers.assessments")
            overview.number_or_null(f"{where}.offset", e.get("offset"), g.get("offset"), "reviewers.offset")
    got_map = got if isinstance(got, dict) else {}
    overview.number_or_null(f"{label}.founder_gap", expected.get("founder_gap"), got_map.get("founder_gap"),
                            "founder_gap")
    overview.exact(f"{label}.recused", expected.get("recused"), got_map.get("recused"), "recused")
    comparisons.append(overview)
    return comparisons


def compare_panels(triples, show=20, out=sys.stdout):
    """Compare (rubric, expected panel JSON, got panel.json) triples; returns (passed, failed)."""
    tally = Tally(show, out)
    for rubric_path, expected_path, got_path in triples:
        expected = load_json(expected_path)
        try:
            got = load_json(got_path)
        except (OSError, ValueError) as error:
            count = len(expected.get("startups") or []) + 1
            tally.failed += count
            print(f"{got_path}: not readable as JSON ({error}); {count} cases failed", file=out)
            continue
        for comparison in compare_panel(rubric_facts(rubric_path), expected, got, got_path):
            tally.add(comparison)
    return tally.finish("startups (and overviews)")


def main(argv):
    args = argv[1:]
    show = 20
    panel = False
    while args[:1] in (["--show"], ["--panel"]):
        if args[0] == "--panel":
            panel, args = True, args[1:]
        else:
            show, args = int(args[1]), args[2:]
    if not args or len(args) % 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    triples = [tuple(args[i:i + 3]) for i in range(0, len(args), 3)]
    passed, failed = (compare_panels if panel else compare_sets)(triples, show)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
