#!/usr/bin/env python3
"""Independent reference implementation of the readiness scoring rules.

Written from /work/shared/DESIGN.md ("Rubric", "Questionnaire", "Scoring",
"Result JSON") alone, without looking at the Swift engine, so that the two can
be compared on random inputs (see Benchmarks/differential.sh).

Usage:
    reference_scorer.py RUBRIC.yaml Q1.yaml [Q2.yaml ...]

Prints a JSON array with one result object per questionnaire, in input order.
Exit code 1 (and a message on stderr) when an input is invalid, 64 on wrong usage.

YAML is always loaded with PyYAML's BaseLoader: every scalar stays a string and
its meaning comes from the criterion's answer kind (`no` is text unless the
criterion is yes-no, `010` read as a number is ten).

Points where the brief is silent and this reference picks a reading:
  * An answer of `""` (an empty plain or quoted scalar), `~` or `null`, an empty
    list, or a long-form mapping whose `value` is missing or empty, is unanswered.
  * A multi-choice answer given as one scalar counts as a one-element list.
    Chosen scores are summed in the order the answer lists them, then capped at 1.
  * `when` compares against the referenced criterion's answer by that
    criterion's kind: yes-no as booleans, number/scale numerically, other kinds
    as exact strings. The referenced criterion's own applicability is ignored.
  * Status precedence: not-applicable, then unscored (text / weight 0, answered
    or not), then unanswered, then met / partial / unmet.
  * A verdict cap with a single verdict stays at that verdict.
"""

import json
import math
import re
import sys

import yaml

# --------------------------------------------------------------------------- errors


class InputError(Exception):
    """An invalid rubric or questionnaire."""


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        return yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError as error:
        raise InputError(f"{path}: malformed YAML: {error}") from error


# --------------------------------------------------------------------------- scalars

NUMBER_RE = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
ID_RE = re.compile(r"^[a-z0-9-]+$")
YES = {"yes", "true", "y"}
NO = {"no", "false", "n"}


def parse_number(text, where):
    if not isinstance(text, str) or not NUMBER_RE.match(text.strip()):
        raise InputError(f"{where}: expected a number, got {text!r}")
    value = float(text.strip())
    if not math.isfinite(value):
        raise InputError(f"{where}: number out of range: {text!r}")
    return value


def parse_bool(text, where):
    if isinstance(text, str):
        lowered = text.strip().lower()
        if lowered in YES:
            return True
        if lowered in NO:
            return False
    raise InputError(f"{where}: expected yes or no, got {text!r}")


def is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() in ("", "~", "null", "Null", "NULL")
    if isinstance(value, (list, dict)):
        return len(value) == 0
    return False


def expect_map(node, where):
    if not isinstance(node, dict):
        raise InputError(f"{where}: expected a mapping")
    return node


def expect_list(node, where):
    if not isinstance(node, list):
        raise InputError(f"{where}: expected a list")
    return node


def expect_text(node, where):
    if not isinstance(node, str):
        raise InputError(f"{where}: expected text")
    return node


def check_keys(node, allowed, where):
    for key in node:
        if key not in allowed:
            raise InputError(f"{where}: unknown key {key!r}")


_warned = set()


def ignore_unknown_keys(node, known, where):
    """Rubric keys that scoring does not use are ignored (the rubric format may grow;
    validating it is the tool's job), with one warning per key name on stderr."""
    for key in node:
        if key not in known and key not in _warned:
            _warned.add(key)
            print(f"reference_scorer: note: ignoring rubric key {key!r} ({where})", file=sys.stderr)


# --------------------------------------------------------------------------- rubric

TOP_KEYS = {"id", "version", "title", "summary", "verdicts", "dimensions", "levels", "pass", "resources"}
DIMENSION_KEYS = {"id", "title", "weight", "summary", "criteria"}
CRITERION_KEYS = {
    "id", "question", "help", "answer", "unit", "bands", "options", "scale", "invert",
    "weight", "level", "gate", "evidence", "when", "advice", "strength", "resources",
}
KINDS = {"yes-no", "choice", "multi-choice", "scale", "number", "text"}


class Criterion:
    def __init__(self, node, dimension_id, where):
        node = expect_map(node, where)
        ignore_unknown_keys(node, CRITERION_KEYS, where)
        self.local_id = expect_text(node.get("id"), f"{where}.id")
        self.id = f"{dimension_id}.{self.local_id}"
        self.kind = expect_text(node.get("answer"), f"{where}.answer")
        if self.kind not in KINDS:
            raise InputError(f"{where}: unknown answer kind {self.kind!r}")
        self.weight = parse_number(node.get("weight", "1"), f"{where}.weight")
        if self.weight < 0:
            raise InputError(f"{where}: weight must be >= 0")
        self.level = None
        if "level" in node:
            self.level = parse_number(node["level"], f"{where}.level")
            if self.level != int(self.level) or not 1 <= self.level <= 9:
                raise InputError(f"{where}: level must be a whole number 1..9")
            self.level = int(self.level)
        self.gate = None
        if "gate" in node:
            self.gate = parse_number(node["gate"], f"{where}.gate")
            if not 0 <= self.gate <= 1:
                raise InputError(f"{where}: gate must be within 0..1")
        self.invert = parse_bool(node["invert"], f"{where}.invert") if "invert" in node else False
        self.options = None
        if self.kind in ("choice", "multi-choice"):
            self.options = {}
            for i, option in enumerate(expect_list(node.get("options"), f"{where}.options")):
                option = expect_map(option, f"{where}.options[{i}]")
                oid = expect_text(option.get("id"), f"{where}.options[{i}].id")
                score = parse_number(option.get("score"), f"{where}.options[{i}].score")
                if not 0 <= score <= 1:
                    raise InputError(f"{where}.options[{i}]: score must be within 0..1")
                if oid in self.options:
                    raise InputError(f"{where}.options[{i}]: duplicate option {oid!r}")
                self.options[oid] = score
        self.bands = None
        if self.kind == "number":
            self.bands = []
            for i, band in enumerate(expect_list(node.get("bands"), f"{where}.bands")):
                band = expect_map(band, f"{where}.bands[{i}]")
                start = parse_number(band.get("from"), f"{where}.bands[{i}].from")
                score = parse_number(band.get("score"), f"{where}.bands[{i}].score")
                if not 0 <= score <= 1:
                    raise InputError(f"{where}.bands[{i}]: score must be within 0..1")
                if self.bands and start <= self.bands[-1][0]:
                    raise InputError(f"{where}.bands[{i}]: `from` must be strictly ascending")
                self.bands.append((start, score))
            if not self.bands:
                raise InputError(f"{where}: a number criterion needs bands")
        self.scale = None
        if self.kind == "scale":
            scale = expect_map(node.get("scale"), f"{where}.scale")
            low = parse_number(scale.get("min"), f"{where}.scale.min")
            high = parse_number(scale.get("max"), f"{where}.scale.max")
            if not low < high:
                raise InputError(f"{where}.scale: min must be below max")
            self.scale = (low, high)
        self.when = None
        if "when" in node:
            when = expect_map(node["when"], f"{where}.when")
            check_keys(when, {"answer", "is", "in"}, f"{where}.when")
            target = expect_text(when.get("answer"), f"{where}.when.answer")
            if ("is" in when) == ("in" in when):
                raise InputError(f"{where}.when: needs exactly one of `is` or `in`")
            if "is" in when:
                values = [expect_text(when["is"], f"{where}.when.is")]
            else:
                values = [expect_text(v, f"{where}.when.in") for v in expect_list(when["in"], f"{where}.when.in")]
            self.when = (target, values)

    @property
    def counts_if_applicable(self):
        return self.kind != "text" and self.weight > 0


class Dimension:
    def __init__(self, node, where):
        node = expect_map(node, where)
        ignore_unknown_keys(node, DIMENSION_KEYS, where)
        self.id = expect_text(node.get("id"), f"{where}.id")
        self.weight = parse_number(node.get("weight", "1"), f"{where}.weight")
        if not self.weight > 0:
            raise InputError(f"{where}: dimension weight must be > 0")
        self.criteria = [
            Criterion(c, self.id, f"{where}.criteria[{i}]")
            for i, c in enumerate(expect_list(node.get("criteria"), f"{where}.criteria"))
        ]


class Rubric:
    def __init__(self, node, where):
        node = expect_map(node, where)
        ignore_unknown_keys(node, TOP_KEYS, where)
        self.id = expect_text(node.get("id"), f"{where}: id")
        if not ID_RE.match(self.id):
            raise InputError(f"{where}: rubric id must match [a-z0-9-]+")
        self.version = expect_text(node.get("version", ""), f"{where}: version")
        self.pass_mark = parse_number(node.get("pass", "1"), f"{where}: pass")
        self.verdicts = []
        for i, verdict in enumerate(expect_list(node.get("verdicts"), f"{where}: verdicts")):
            verdict = expect_map(verdict, f"{where}: verdicts[{i}]")
            self.verdicts.append(
                (expect_text(verdict.get("id"), f"{where}: verdicts[{i}].id"),
                 parse_number(verdict.get("min"), f"{where}: verdicts[{i}].min"))
            )
        if not self.verdicts:
            raise InputError(f"{where}: at least one verdict is needed")
        self.dimensions = [
            Dimension(d, f"{where}: dimensions[{i}]")
            for i, d in enumerate(expect_list(node.get("dimensions"), f"{where}: dimensions"))
        ]
        self.criteria = {}
        for dimension in self.dimensions:
            for criterion in dimension.criteria:
                if criterion.id in self.criteria:
                    raise InputError(f"{where}: duplicate criterion {criterion.id!r}")
                self.criteria[criterion.id] = criterion
        for criterion in self.criteria.values():
            if criterion.when and criterion.when[0] not in self.criteria:
                raise InputError(f"{where}: {criterion.id}: `when` refers to unknown {criterion.when[0]!r}")
        self.uses_levels = any(c.level is not None for c in self.criteria.values())


# --------------------------------------------------------------------------- answers


def answer_value(raw, where):
    """The answer's value node, or None when unanswered. Handles the long form."""
    if isinstance(raw, dict):
        check_keys(raw, {"value", "evidence", "note"}, where)
        raw = raw.get("value")
    if is_empty(raw):
        return None
    return raw


def score_answer(criterion, value, where):
    """The criterion score in [0, 1] for an answered criterion (None for text)."""
    kind = criterion.kind
    if kind == "text":
        expect_text(value, where)
        return None
    if kind == "yes-no":
        yes = parse_bool(expect_text(value, where), where)
        if criterion.invert:
            yes = not yes
        return 1.0 if yes else 0.0
    if kind == "choice":
        chosen = expect_text(value, where)
        if chosen not in criterion.options:
            raise InputError(f"{where}: {criterion.id} has no option {chosen!r}")
        return criterion.options[chosen]
    if kind == "multi-choice":
        chosen = value if isinstance(value, list) else [expect_text(value, where)]
        total = 0.0
        for item in chosen:
            item = expect_text(item, where)
            if item not in criterion.options:
                raise InputError(f"{where}: {criterion.id} has no option {item!r}")
            total += criterion.options[item]
        return min(total, 1.0)
    if kind == "scale":
        number = parse_number(expect_text(value, where), where)
        low, high = criterion.scale
        if number != math.floor(number) or not low <= number <= high:
            raise InputError(f"{where}: {criterion.id} needs a whole number within {low:g}..{high:g}")
        return (number - low) / (high - low)
    if kind == "number":
        number = parse_number(expect_text(value, where), where)
        if number < criterion.bands[0][0]:
            raise InputError(f"{where}: {criterion.id}: {number:g} is below the lowest band")
        score = None
        for start, band_score in criterion.bands:
            if start <= number:
                score = band_score
        return score
    raise AssertionError(kind)


def when_matches(criterion, value, expected):
    """Whether an answered criterion's value matches one of the `when` values."""
    chosen = value if isinstance(value, list) else [value]
    if criterion.kind == "yes-no":
        want = {parse_bool(v, f"when of {criterion.id}") for v in expected}
        return any(parse_bool(c, criterion.id) in want for c in chosen)
    if criterion.kind in ("number", "scale"):
        want = [parse_number(v, f"when of {criterion.id}") for v in expected]
        return any(parse_number(c, criterion.id) in want for c in chosen)
    return any(c in expected for c in chosen)


# --------------------------------------------------------------------------- scoring


def assess(rubric, questionnaire, where):
    questionnaire = expect_map(questionnaire, where)
    answers_node = questionnaire.get("answers") or {}
    if is_empty(answers_node):
        answers_node = {}
    answers_node = expect_map(answers_node, f"{where}: answers")
    values = {}
    for key, raw in answers_node.items():
        if key not in rubric.criteria:
            raise InputError(f"{where}: unknown criterion {key!r}")
        values[key] = answer_value(raw, f"{where}: {key}")

    def applicable(criterion):
        if criterion.when is None:
            return True
        target_id, expected = criterion.when
        target_value = values.get(target_id)
        if target_value is None:
            return True
        return when_matches(rubric.criteria[target_id], target_value, expected)

    # Per-criterion facts.
    facts = {}
    for dimension in rubric.dimensions:
        for criterion in dimension.criteria:
            value = values.get(criterion.id)
            is_applicable = applicable(criterion)
            score = None
            if value is not None:
                # Validate every given answer, applicable or not, counted or not.
                score = score_answer(criterion, value, f"{where}: {criterion.id}")
            counted = is_applicable and criterion.counts_if_applicable
            if not is_applicable:
                status = "not-applicable"
            elif not criterion.counts_if_applicable:
                status = "unscored"
            elif value is None:
                status = "unanswered"
                score = 0.0
            elif score == 1:
                status = "met"
            elif score == 0:
                status = "unmet"
            else:
                status = "partial"
            facts[criterion.id] = {
                "applicable": is_applicable,
                "answered": value is not None,
                "counted": counted,
                "score": score if counted else None,
                "status": status,
            }

    # Dimension scores, in rubric order.
    dimension_scores = {}
    dimension_totals = {}
    for dimension in rubric.dimensions:
        weighted = 0.0
        total = 0.0
        for criterion in dimension.criteria:
            fact = facts[criterion.id]
            if fact["counted"]:
                weighted += criterion.weight * fact["score"]
                total += criterion.weight
        dimension_totals[dimension.id] = total
        dimension_scores[dimension.id] = 100 * weighted / total if total > 0 else None

    overall_weighted = 0.0
    overall_total = 0.0
    for dimension in rubric.dimensions:
        if dimension_scores[dimension.id] is not None:
            overall_weighted += dimension.weight * dimension_scores[dimension.id]
            overall_total += dimension.weight
    overall = overall_weighted / overall_total if overall_total > 0 else 0.0

    gates_failed = [
        cid for cid, fact in facts.items()
        if fact["counted"] and rubric.criteria[cid].gate is not None and fact["score"] < rubric.criteria[cid].gate
    ]

    index = len(rubric.verdicts) - 1
    for i, (_, minimum) in enumerate(rubric.verdicts):
        if minimum <= overall:
            index = i
            break
    if gates_failed:
        index = min(max(index, 1), len(rubric.verdicts) - 1)
    verdict = rubric.verdicts[index][0]

    # Gains.
    gains = {}
    for dimension in rubric.dimensions:
        for criterion in dimension.criteria:
            fact = facts[criterion.id]
            if fact["counted"]:
                gains[criterion.id] = (
                    100 * (dimension.weight / overall_total)
                    * (criterion.weight / dimension_totals[dimension.id])
                    * (1 - fact["score"])
                )
            else:
                gains[criterion.id] = None

    order = {cid: i for i, cid in enumerate(facts)}
    failed = set(gates_failed)
    gate_steps = [cid for cid in facts if cid in failed and gains[cid] is not None and gains[cid] > 0]
    other_steps = sorted(
        (cid for cid in facts if cid not in failed and gains[cid] is not None and gains[cid] > 0),
        key=lambda cid: (-gains[cid], order[cid]),
    )
    next_steps = [{"criterion": cid, "gain": gains[cid]} for cid in gate_steps + other_steps]

    unanswered = [cid for cid, fact in facts.items() if fact["applicable"] and not fact["answered"]]

    dimensions = []
    for dimension in rubric.dimensions:
        entry = {"id": dimension.id, "score": dimension_scores[dimension.id]}
        if rubric.uses_levels:
            entry["level"] = dimension_level(rubric, dimension, facts)
        entry["criteria"] = [
            {
                "id": c.id,
                "score": facts[c.id]["score"],
                "status": facts[c.id]["status"],
                "gain": gains[c.id],
            }
            for c in dimension.criteria
        ]
        dimensions.append(entry)

    startup = questionnaire.get("startup", "")
    return {
        "startup": startup if isinstance(startup, str) else "",
        "rubric": {"id": rubric.id, "version": rubric.version},
        "score": overall,
        "verdict": verdict,
        "gates_failed": gates_failed,
        "dimensions": dimensions,
        "next_steps": next_steps,
        "unanswered": unanswered,
    }


def dimension_level(rubric, dimension, facts):
    levelled = [
        (c.level, facts[c.id]["score"])
        for c in dimension.criteria
        if facts[c.id]["counted"] and c.level is not None
    ]
    best = 0
    for candidate in sorted({level for level, _ in levelled}):
        if all(score >= rubric.pass_mark for level, score in levelled if level <= candidate):
            best = candidate
    return best


# --------------------------------------------------------------------------- CLI


def score_files(rubric_path, questionnaire_paths):
    rubric = Rubric(load_yaml(rubric_path), rubric_path)
    return [assess(rubric, load_yaml(path), path) for path in questionnaire_paths]


def main(argv):
    if len(argv) < 3:
        print("usage: reference_scorer.py RUBRIC.yaml QUESTIONNAIRE.yaml [...]", file=sys.stderr)
        return 64
    try:
        results = score_files(argv[1], argv[2:])
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    json.dump(results, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
