#!/usr/bin/env python3
"""Reference implementation of DESIGN.md "Panel review" (`readiness panel`).

Usage (also as `reference_scorer.py panel ...`):
    reference_panel.py --rubric R [--builtin DIR] [--conflicts FILE] [--discuss X]
                       [--normalize z] INPUT...

INPUT is a questionnaire file or a folder (every .yaml/.yml below it, names starting with
`.` skipped, sorted by relative path in byte order, as `batch` reads a folder). Prints the
`panel.json` object: {"startups": [per-startup results, ranked], "reviewers": [...],
"founder_gap": ..., "recused": [...]}. Exit 1 on invalid input, 64 on wrong usage.

Readings of the brief (where it is silent or ambiguous, the most literal one):
  * Assessments group by the exact `startup` text; `startup` and `assessor` are required
    (a missing or blank one is an error). `self` in any ASCII case (not trimmed) is the
    founder; two founder assessments of one startup are an error, counting recused ones.
    One member assessing a startup twice is an error too.
  * Conflicts match the exact assessor and startup texts (cells trimmed). A recused
    founder's assessment is ignored like any other. CSV needs an `assessor` and a
    `startup` column; YAML is a list of {assessor, startup} (or {conflicts: [...]}).
  * Members are listed in byte order of their names (the order the facts rule uses).
    `panel.recused` lists the recused assessors' names in input order; the top-level
    `recused` lists {"assessor", "startup"} per ignored assessment, input order.
  * A member's score for a criterion is that member's counted score (their own evidence:
    `evidence: required` without evidence counts s x unverified). A criterion counts for
    the panel when it is applicable under the facts (and scored); `member_scores` then
    holds every member who answered it ({} otherwise), `source` is `panel` (members'
    mean), `self` (founder's counted score) or null (unanswered, or not counted).
    `answer_score` is the mean of the same answers' scores before the evidence discount.
  * `self_score` is the founder's counted score for a criterion that counts for the panel
    and that the founder answered (whether or not it applies in the founder's own result).
    `self_gap` is null without a founder; else {"overall", "dimensions": {id: gap} (both
    scored), "criteria": {id: self_score - members' mean} (both exist)}.
  * Unanswered (panel): an applicable criterion that neither a member nor the founder
    answered. A next step's `resources` are the criterion's own (no single chosen option).
  * Spread is taken over the members' counted scores; discuss = spread >= X - 1e-9.
  * Reviewer offsets: every assessor other than self with at least one assessment not
    recused, in byte order of names; `offset` = mean of (their own overall score - that
    startup's panel score). `founder_gap` = mean of self_gap.overall over the startups
    with a founder, null when none has.
  * --normalize z: an assessor's sigma below 1e-9 counts as 0 (identical scores give a
    sigma of float noise, not 0, and z would be +-1). A startup without members has
    normalized_score null and is ranked by its panel score.
  * Ranking: verdict (best first), then score (normalised when asked) highest first,
    compared exactly, then the input position of the startup's first questionnaire.
  * An invalid questionnaire stops the run (the reference checks generated input only).
"""

import csv
import io
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference_scorer as rs  # noqa: E402

DISCUSS_DEFAULT = 0.5


# --------------------------------------------------------------------------- inputs


def input_files(inputs):
    """Questionnaire paths in input order; a folder gives its YAML files sorted by path."""
    paths = []
    for item in inputs:
        if os.path.isdir(item):
            found = []
            for folder, dirs, files in os.walk(item):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if name.startswith(".") or not name.endswith((".yaml", ".yml")):
                        continue
                    relative = os.path.relpath(os.path.join(folder, name), item)
                    found.append(relative.replace(os.sep, "/"))
            found.sort(key=lambda p: p.encode("utf-8"))
            paths.extend(os.path.join(item, p) for p in found)
        else:
            paths.append(item)
    return paths


def read_conflicts(path):
    """A set of (assessor, startup) pairs from a CSV or YAML file."""
    pairs = set()
    if path.lower().endswith(".csv"):
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        if not reader.fieldnames or "assessor" not in reader.fieldnames or "startup" not in reader.fieldnames:
            raise rs.InputError(f"{path}: a conflicts CSV needs `assessor` and `startup` columns")
        for row in reader:
            assessor, startup = (row.get("assessor") or "").strip(), (row.get("startup") or "").strip()
            if not assessor or not startup:
                raise rs.InputError(f"{path}:{reader.line_num}: a conflict needs an assessor and a startup")
            pairs.add((assessor, startup))
        return pairs
    node = rs.load_yaml(path)
    if isinstance(node, dict):
        node = node.get("conflicts")
    for i, item in enumerate(rs.expect_list(node, f"{path}: conflicts")):
        item = rs.expect_map(item, f"{path}: conflicts[{i}]")
        rs.check_keys(item, {"assessor", "startup"}, f"{path}: conflicts[{i}]")
        assessor = rs.expect_text(item.get("assessor"), f"{path}: conflicts[{i}].assessor").strip()
        startup = rs.expect_text(item.get("startup"), f"{path}: conflicts[{i}].startup").strip()
        pairs.add((assessor, startup))
    return pairs


def is_founder(assessor):
    return assessor.lower() == "self"


def name_key(name):
    return name.encode("utf-8")


def mean(values):
    return sum(values) / len(values)


# --------------------------------------------------------------------------- one startup


class Startup:
    def __init__(self, name, position):
        self.name = name
        self.position = position  # input index of its first questionnaire
        self.assessments = []  # (sheet, path) in input order


def panel_result(rubric, startup, conflicts, discuss):
    """The per-startup panel result and the facts the overview needs."""
    recused = [s for s, _ in startup.assessments if (s.assessor, startup.name) in conflicts]
    active = [s for s, _ in startup.assessments if (s.assessor, startup.name) not in conflicts]
    founders = [s for s, _ in startup.assessments if is_founder(s.assessor)]
    if len(founders) > 1:
        raise rs.InputError(f"startup {startup.name!r}: more than one `self` assessment")
    founder = next((s for s in active if is_founder(s.assessor)), None)
    members = sorted((s for s in active if not is_founder(s.assessor)), key=lambda s: name_key(s.assessor))
    names = [m.assessor for m in members]
    if len(set(names)) != len(names):
        raise rs.InputError(f"startup {startup.name!r}: an assessor assessed it more than once")

    # Facts: the founder's answer, else the first member's (byte order of names).
    facts = {}
    for cid in rubric.criteria:
        if founder is not None and cid in founder.values:
            facts[cid] = founder.values[cid]
            continue
        for member in members:
            if cid in member.values:
                facts[cid] = member.values[cid]
                break

    inputs = {}
    member_scores = {}
    sources = {}
    for cid, criterion in rubric.criteria.items():
        if not criterion.counts_if_applicable:
            inputs[cid] = (cid in facts, None, None)
            continue
        scores = {m.assessor: m.counted_score(rubric, criterion) for m in members if cid in m.values}
        member_scores[cid] = scores
        if scores:
            answers = [m.answer_scores[cid] for m in members if cid in m.values]
            inputs[cid] = (True, mean(list(scores.values())), mean(answers))
            sources[cid] = "panel"
        elif founder is not None and cid in founder.values:
            inputs[cid] = (True, founder.counted_score(rubric, criterion), founder.answer_scores[cid])
            sources[cid] = "self"
        else:
            inputs[cid] = (False, None, None)
            sources[cid] = None

    result = rs.evaluate(rubric, startup.name, facts, inputs, second_edition_keys=True, resource_values={})

    discuss_list = []
    self_gap_criteria = {}
    for dimension in result["dimensions"]:
        for entry in dimension["criteria"]:
            cid = entry["id"]
            counted = entry["status"] not in ("not-applicable", "unscored")
            scores = member_scores.get(cid, {}) if counted else {}
            entry["member_scores"] = dict(scores)
            entry["spread"] = max(scores.values()) - min(scores.values()) if len(scores) >= 2 else None
            self_score = None
            if counted and founder is not None and cid in founder.values:
                self_score = founder.counted_score(rubric, rubric.criteria[cid])
            entry["self_score"] = self_score
            entry["source"] = sources.get(cid) if counted else None
            if entry["spread"] is not None and entry["spread"] >= discuss - rs.TOLERANCE:
                discuss_list.append(cid)
            if self_score is not None and scores:
                self_gap_criteria[cid] = self_score - mean(list(scores.values()))

    self_gap = None
    if founder is not None:
        own = rs.evaluate(rubric, startup.name, founder.values, founder.inputs(rubric), second_edition_keys=True)
        own_dimensions = {d["id"]: d["score"] for d in own["dimensions"]}
        self_gap = {
            "overall": own["score"] - result["score"],
            "dimensions": {
                d["id"]: own_dimensions[d["id"]] - d["score"]
                for d in result["dimensions"]
                if d["score"] is not None and own_dimensions[d["id"]] is not None
            },
            "criteria": self_gap_criteria,
        }
    result["panel"] = {"members": names, "self": founder is not None, "recused": [s.assessor for s in recused]}
    result["discuss"] = discuss_list
    result["self_gap"] = self_gap
    own_scores = {
        m.assessor: rs.evaluate(rubric, startup.name, m.values, m.inputs(rubric))["score"] for m in members
    }
    return result, own_scores, recused


# --------------------------------------------------------------------------- the run


def run_panel(rubric, paths, conflicts=frozenset(), discuss=DISCUSS_DEFAULT, normalize=False):
    startups = {}
    for index, path in enumerate(paths):
        sheet = rs.Sheet(rubric, rs.load_yaml(path), path)
        if not sheet.startup.strip():
            raise rs.InputError(f"{path}: a panel needs `startup`")
        if sheet.assessor is None:
            raise rs.InputError(f"{path}: a panel needs `assessor`")
        if sheet.startup not in startups:
            startups[sheet.startup] = Startup(sheet.startup, index)
        startups[sheet.startup].assessments.append((sheet, path))

    entries = []  # (startup, result, own member scores)
    recused_all = []
    for startup in startups.values():
        result, own_scores, recused = panel_result(rubric, startup, conflicts, discuss)
        entries.append((startup, result, own_scores))
        for sheet, path in startup.assessments:
            if sheet in recused:
                recused_all.append((path, {"assessor": sheet.assessor, "startup": startup.name}))
    # Input order of the ignored assessments.
    order = {path: i for i, path in enumerate(paths)}
    recused_all.sort(key=lambda item: order[item[0]])

    # Reviewers: every member's own overall score minus the startup's panel score.
    per_assessor = {}
    for startup, result, own_scores in entries:
        for name, score in own_scores.items():
            per_assessor.setdefault(name, []).append((startup, score, result["score"]))
    reviewers = [
        {"assessor": name, "assessments": len(items), "offset": mean([own - panel for _, own, panel in items])}
        for name, items in sorted(per_assessor.items(), key=lambda item: name_key(item[0]))
    ]

    if normalize:
        everything = [score for items in per_assessor.values() for _, score, _ in items]
        mu, sigma = population(everything) if everything else (0.0, 0.0)
        adjusted = {}  # (assessor, startup name) -> x'
        for name, items in per_assessor.items():
            scores = [score for _, score, _ in items]
            if len(scores) >= 3:
                mu_a, sigma_a = population(scores)
                for startup, score, _ in items:
                    z = 0.0 if sigma_a < rs.TOLERANCE else (score - mu_a) / sigma_a
                    adjusted[(name, startup.name)] = mu + z * sigma
            else:
                for startup, score, _ in items:
                    adjusted[(name, startup.name)] = score
        for startup, result, own_scores in entries:
            values = [adjusted[(name, startup.name)] for name in result["panel"]["members"]]
            result["normalized_score"] = mean(values) if values else None

    def rank_key(entry):
        startup, result, _ = entry
        score = result["score"]
        if normalize and result.get("normalized_score") is not None:
            score = result["normalized_score"]
        return (rubric.verdict_index[result["verdict"]], -score, startup.position)

    entries.sort(key=rank_key)
    # founder_gap averages in input order, so that it does not depend on the ranking.
    gaps = [result["self_gap"]["overall"]
            for _, result, _ in sorted(entries, key=lambda e: e[0].position) if result["self_gap"] is not None]
    return {
        "startups": [result for _, result, _ in entries],
        "reviewers": reviewers,
        "founder_gap": mean(gaps) if gaps else None,
        "recused": [item for _, item in recused_all],
    }


def population(values):
    """(mean, population standard deviation)."""
    mu = mean(values)
    return mu, math.sqrt(sum((x - mu) ** 2 for x in values) / len(values))


# --------------------------------------------------------------------------- CLI

USAGE = ("usage: reference_panel.py --rubric R [--builtin DIR] [--conflicts FILE] [--discuss X] "
         "[--normalize z] INPUT...")


def main(argv):
    args = argv[1:]
    rubric_path = builtin_dir = conflicts_path = None
    discuss = DISCUSS_DEFAULT
    normalize = False
    inputs = []
    while args:
        arg = args.pop(0)
        if arg in ("--rubric", "--builtin", "--conflicts", "--discuss", "--normalize"):
            if not args:
                print(USAGE, file=sys.stderr)
                return 64
            value = args.pop(0)
            if arg == "--rubric":
                rubric_path = value
            elif arg == "--builtin":
                builtin_dir = value
            elif arg == "--conflicts":
                conflicts_path = value
            elif arg == "--discuss":
                try:
                    discuss = float(value)
                except ValueError:
                    print(USAGE, file=sys.stderr)
                    return 64
            elif value != "z":
                print("--normalize takes z", file=sys.stderr)
                return 64
            else:
                normalize = True
        elif arg.startswith("--"):
            print(USAGE, file=sys.stderr)
            return 64
        else:
            inputs.append(arg)
    if rubric_path is None or not inputs:
        print(USAGE, file=sys.stderr)
        return 64
    try:
        if not os.path.exists(rubric_path) and rs.ID_RE.match(rubric_path):
            rubric_path = os.path.join(builtin_dir or rs.DEFAULT_BUILTIN_DIR, f"{rubric_path}.yaml")
        rubric = rs.load_rubric(rubric_path, builtin_dir)
        conflicts = read_conflicts(conflicts_path) if conflicts_path else set()
        output = run_panel(rubric, input_files(inputs), conflicts, discuss, normalize)
    except rs.InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    json.dump(output, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
