#!/usr/bin/env python3
"""Independent reference implementation of the readiness scoring rules.

Written from /work/shared/DESIGN.md ("Rubric", "Format 2", "Questionnaire", "Scoring"
with its second edition, "Result JSON") alone, without looking at the Swift engine, so
that the two can be compared on random inputs (see Benchmarks/differential.sh).

Usage:
    reference_scorer.py [--builtin DIR] [--all-keys] RUBRIC.yaml Q1.yaml [Q2.yaml ...]
    reference_scorer.py panel --rubric R [--builtin DIR] [--conflicts FILE]
                        [--discuss X] [--normalize z] INPUT...     (see reference_panel.py)

Prints a JSON array with one result object per questionnaire, in input order.
Exit code 1 (and a message on stderr) when an input is invalid, 64 on wrong usage.
--builtin DIR is where `extends: ID` finds built-in rubrics (DIR/ID.yaml; default the
repository's Rubrics/). --all-keys adds the second-edition result keys for a format-1
rubric too (they are always there for format 2; without the flag a format-1 result has
exactly the first edition's keys, as before).

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

Second edition (format 2), readings of this reference:
  * FORMAT 1 STAYS EXACT. The brief says the second-edition rules "with none of them used
    give the first edition's results". That is true of the counted score, caps, next
    level and answered share, but not quite of the 1e-9 tolerance and the tie grouping
    (a score of 0.7999999999999999 fails a 0.8 gate exactly, passes it with the
    tolerance). So that a format-1 rubric's output does not change by a bit, the
    tolerance (TOLERANCE) and the grouping of gains apply only to `format: 2` rubrics
    (Rubric.tolerance is 0 for format 1, and next steps sort strictly by gain there).
  * A rubric that uses a format-2 key (`extends`, `remove`, `language`, `languages`,
    `unverified`, `min_answered`, a dimension's `levels`, a criterion's `pass`, a gate
    mapping, `evidence: required`) without `format: 2` is refused. Text mappings are
    only checked for format 2 (format 1 never looked at texts).
  * An answer has evidence when its long form has an `evidence` that is a string and not
    blank (whitespace only, `~` and `null` are blank, as for values).
  * `extends`: a value that ends in `.yaml`/`.yml` or contains a `/` is a path relative
    to the extending file; anything else is a built-in id (DIR/ID.yaml). `remove` is
    applied to the base before `dimensions` merge, so a removed id given again in
    `dimensions` is a new dimension/criterion appended at the end. A resource with a base
    id replaces that resource whole. The result's `id`, `version` and `title` are the
    extending file's own (never inherited). Removing an id the base does not have is an
    error. Every file of the chain that uses `extends`/`remove` must say `format: 2`.
  * Next steps' `resources`: the resources of the chosen option(s) (answer order), then
    the criterion's own, each id once. `advice` is null here (the comparer ignores it).
  * `next_level` (like `level`) is only written when the rubric uses levels.
"""

import json
import math
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BUILTIN_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "Rubrics"))

# The second edition's tolerance for equal gains and for thresholds (format 2 only).
TOLERANCE = 1e-9

# --------------------------------------------------------------------------- errors


class InputError(Exception):
    """An invalid rubric or questionnaire."""


def load_yaml(path):
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from error
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


def id_list(node, where):
    """A list of ids, or one id written without brackets."""
    if node is None:
        return []
    if isinstance(node, str):
        return [] if is_empty(node) else [node.strip()]
    return [expect_text(item, where) for item in expect_list(node, where)]


def check_text(node, where):
    """Format 2: a text is a string, or a mapping from language code to string."""
    if isinstance(node, str):
        return
    if isinstance(node, dict) and node:
        for language, text in node.items():
            if not isinstance(text, str):
                raise InputError(f"{where}.{language}: expected text")
        return
    raise InputError(f"{where}: expected a text or a mapping from language to text")


def check_texts(node, keys, where):
    for key in keys:
        if key in node:
            check_text(node[key], f"{where}.{key}")


def check_level_names(node, where):
    """Format 2: `levels: {1: text, ...}` with whole-number keys 1..9."""
    node = expect_map(node, where)
    for key, text in node.items():
        number = parse_number(key, f"{where} key")
        if number != int(number) or not 1 <= number <= 9:
            raise InputError(f"{where}: level {key!r} must be a whole number 1..9")
        check_text(text, f"{where}.{key}")


_warned = set()


def ignore_unknown_keys(node, known, where):
    """Rubric keys that scoring does not use are ignored (the rubric format may grow;
    validating it is the tool's job), with one warning per key name on stderr."""
    for key in node:
        if key not in known and key not in _warned:
            _warned.add(key)
            print(f"reference_scorer: note: ignoring rubric key {key!r} ({where})", file=sys.stderr)


# --------------------------------------------------------------------------- rubric

TOP_KEYS = {
    "id", "version", "title", "summary", "verdicts", "dimensions", "levels", "pass", "resources",
    "format", "catalogue", "language", "languages", "unverified", "min_answered",
}
FORMAT2_TOP_KEYS = {"extends", "remove", "language", "languages", "unverified", "min_answered"}
DIMENSION_KEYS = {"id", "title", "weight", "summary", "criteria", "levels"}
CRITERION_KEYS = {
    "id", "question", "help", "answer", "unit", "bands", "options", "scale", "invert",
    "weight", "level", "gate", "evidence", "when", "advice", "strength", "resources", "pass",
}
KINDS = {"yes-no", "choice", "multi-choice", "scale", "number", "text"}
EVIDENCE = {"expected", "required", "optional", "none"}


def lenient_id_list(rubric, node, where):
    """Resource ids; a format-1 rubric's are only read, never refused (format 1 never
    looked at them)."""
    try:
        return id_list(node, where)
    except InputError:
        if rubric.format2:
            raise
        return []


def needs_format2(rubric, what, where):
    if not rubric.format2:
        raise InputError(f"{where}: {what} is a format-2 key; the rubric must say `format: 2`")


class Criterion:
    def __init__(self, node, dimension_id, where, rubric):
        node = expect_map(node, where)
        ignore_unknown_keys(node, CRITERION_KEYS, where)
        if rubric.format2:
            check_texts(node, ("question", "help", "advice", "strength", "unit"), where)
        self.local_id = expect_text(node.get("id"), f"{where}.id")
        self.id = f"{dimension_id}.{self.local_id}"
        self.dimension_id = dimension_id
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
        # gate: a number (cap: the second verdict) or, in format 2, {below, cap}.
        self.gate = None
        self.gate_cap = None  # a verdict id; None means the second verdict
        if "gate" in node:
            gate = node["gate"]
            if isinstance(gate, dict):
                needs_format2(rubric, "a gate mapping ({below, cap})", f"{where}.gate")
                check_keys(gate, {"below", "cap"}, f"{where}.gate")
                self.gate = parse_number(gate.get("below"), f"{where}.gate.below")
                if "cap" in gate:
                    cap = expect_text(gate["cap"], f"{where}.gate.cap")
                    if cap not in rubric.verdict_index:
                        raise InputError(f"{where}.gate.cap: no verdict {cap!r}")
                    self.gate_cap = cap
            else:
                self.gate = parse_number(gate, f"{where}.gate")
            if not 0 <= self.gate <= 1:
                raise InputError(f"{where}: gate must be within 0..1")
        self.evidence = None
        if "evidence" in node:
            self.evidence = node["evidence"]
            if rubric.format2:
                if self.evidence not in EVIDENCE:
                    raise InputError(f"{where}.evidence: expected one of {sorted(EVIDENCE)}")
            elif self.evidence == "required":
                needs_format2(rubric, "`evidence: required`", f"{where}.evidence")
        self.pass_mark = None  # None: the rubric's pass
        if "pass" in node:
            needs_format2(rubric, "a criterion's `pass`", f"{where}.pass")
            self.pass_mark = parse_number(node["pass"], f"{where}.pass")
            if not 0 <= self.pass_mark <= 1:
                raise InputError(f"{where}: pass must be within 0..1")
        self.resources = lenient_id_list(rubric, node.get("resources"), f"{where}.resources")
        self.invert = parse_bool(node["invert"], f"{where}.invert") if "invert" in node else False
        self.options = None
        self.option_resources = {}
        if self.kind in ("choice", "multi-choice"):
            self.options = {}
            for i, option in enumerate(expect_list(node.get("options"), f"{where}.options")):
                owhere = f"{where}.options[{i}]"
                option = expect_map(option, owhere)
                if rubric.format2:
                    check_texts(option, ("label", "advice"), owhere)
                oid = expect_text(option.get("id"), f"{owhere}.id")
                score = parse_number(option.get("score"), f"{owhere}.score")
                if not 0 <= score <= 1:
                    raise InputError(f"{owhere}: score must be within 0..1")
                if oid in self.options:
                    raise InputError(f"{owhere}: duplicate option {oid!r}")
                self.options[oid] = score
                self.option_resources[oid] = lenient_id_list(rubric, option.get("resources"), f"{owhere}.resources")
        self.bands = None
        if self.kind == "number":
            self.bands = []
            for i, band in enumerate(expect_list(node.get("bands"), f"{where}.bands")):
                band = expect_map(band, f"{where}.bands[{i}]")
                if rubric.format2:
                    check_texts(band, ("label",), f"{where}.bands[{i}]")
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
            if rubric.format2 and "labels" in scale:
                for key, text in expect_map(scale["labels"], f"{where}.scale.labels").items():
                    check_text(text, f"{where}.scale.labels.{key}")
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
    def __init__(self, node, where, rubric):
        node = expect_map(node, where)
        ignore_unknown_keys(node, DIMENSION_KEYS, where)
        self.id = expect_text(node.get("id"), f"{where}.id")
        if rubric.format2:
            check_texts(node, ("title", "summary"), where)
        if "levels" in node:
            needs_format2(rubric, "a dimension's `levels`", f"{where}.levels")
            check_level_names(node["levels"], f"{where}.levels")
        self.weight = parse_number(node.get("weight", "1"), f"{where}.weight")
        if not self.weight > 0:
            raise InputError(f"{where}: dimension weight must be > 0")
        self.criteria = [
            Criterion(c, self.id, f"{where}.criteria[{i}]", rubric)
            for i, c in enumerate(expect_list(node.get("criteria"), f"{where}.criteria"))
        ]


class Rubric:
    def __init__(self, node, where):
        node = expect_map(node, where)
        ignore_unknown_keys(node, TOP_KEYS, where)
        self.format = 1
        if "format" in node:
            number = parse_number(node["format"], f"{where}: format")
            if number not in (1, 2):
                raise InputError(f"{where}: format {node['format']} is not known (1 or 2)")
            self.format = int(number)
        self.format2 = self.format == 2
        # Thresholds and equal gains: exact for format 1 (see the module comment).
        self.tolerance = TOLERANCE if self.format2 else 0.0
        for key in sorted(FORMAT2_TOP_KEYS & set(node)):
            needs_format2(self, f"`{key}`", where)
        self.id = expect_text(node.get("id"), f"{where}: id")
        if not ID_RE.match(self.id):
            raise InputError(f"{where}: rubric id must match [a-z0-9-]+")
        self.version = expect_text(node.get("version", ""), f"{where}: version")
        self.pass_mark = parse_number(node.get("pass", "1"), f"{where}: pass")
        self.unverified = 0.5
        if "unverified" in node:
            self.unverified = parse_number(node["unverified"], f"{where}: unverified")
            if not 0 <= self.unverified <= 1:
                raise InputError(f"{where}: unverified must be within 0..1")
        self.min_answered = 0.0
        if "min_answered" in node:
            self.min_answered = parse_number(node["min_answered"], f"{where}: min_answered")
            if not 0 <= self.min_answered <= 1:
                raise InputError(f"{where}: min_answered must be within 0..1")
        if self.format2:
            check_texts(node, ("title", "summary"), where)
            if "language" in node:
                expect_text(node["language"], f"{where}: language")
            if "languages" in node:
                for item in expect_list(node["languages"], f"{where}: languages"):
                    expect_text(item, f"{where}: languages")
            if "levels" in node:
                check_level_names(node["levels"], f"{where}: levels")
            for i, resource in enumerate(expect_list(node.get("resources", []), f"{where}: resources")):
                resource = expect_map(resource, f"{where}: resources[{i}]")
                check_texts(resource, ("title", "summary", "contact"), f"{where}: resources[{i}]")
        self.verdicts = []
        for i, verdict in enumerate(expect_list(node.get("verdicts"), f"{where}: verdicts")):
            verdict = expect_map(verdict, f"{where}: verdicts[{i}]")
            if self.format2:
                check_texts(verdict, ("label",), f"{where}: verdicts[{i}]")
            self.verdicts.append(
                (expect_text(verdict.get("id"), f"{where}: verdicts[{i}].id"),
                 parse_number(verdict.get("min"), f"{where}: verdicts[{i}].min"))
            )
        if not self.verdicts:
            raise InputError(f"{where}: at least one verdict is needed")
        self.verdict_index = {}
        for i, (vid, _) in enumerate(self.verdicts):
            self.verdict_index.setdefault(vid, i)
        self.dimensions = [
            Dimension(d, f"{where}: dimensions[{i}]", self)
            for i, d in enumerate(expect_list(node.get("dimensions"), f"{where}: dimensions"))
        ]
        seen = set()
        for dimension in self.dimensions:
            if dimension.id in seen and self.format2:
                raise InputError(f"{where}: duplicate dimension {dimension.id!r}")
            seen.add(dimension.id)
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

    def cap_index(self, criterion):
        """The index of the verdict a failed gate of this criterion caps at."""
        if criterion.gate_cap is None:
            return min(1, len(self.verdicts) - 1)
        return self.verdict_index[criterion.gate_cap]

    def pass_of(self, criterion):
        return self.pass_mark if criterion.pass_mark is None else criterion.pass_mark


# --------------------------------------------------------------------------- extends


def is_path_reference(reference):
    return "/" in reference or reference.endswith((".yaml", ".yml"))


def locate_base(reference, path, builtin_dir):
    if is_path_reference(reference):
        return os.path.join(os.path.dirname(os.path.abspath(path)), reference)
    candidate = os.path.join(builtin_dir, f"{reference}.yaml")
    if not os.path.isfile(candidate):
        raise InputError(f"{path}: extends: no built-in rubric {reference!r} (looked for {candidate})")
    return candidate


def resolved_rubric_node(path, builtin_dir=None, chain=()):
    """The rubric mapping of the file at `path` with its `extends` chain merged in."""
    builtin_dir = builtin_dir or DEFAULT_BUILTIN_DIR
    real = os.path.realpath(path)
    if real in chain:
        raise InputError(f"{path}: extends: cycle ({' -> '.join(list(chain) + [real])})")
    node = expect_map(load_yaml(path), path)
    if "extends" not in node and "remove" not in node:
        return node
    if not (isinstance(node.get("format"), str) and NUMBER_RE.match(node["format"].strip())
            and float(node["format"]) == 2):
        raise InputError(f"{path}: `extends` and `remove` are format-2 keys; the rubric must say `format: 2`")
    if "extends" not in node:
        raise InputError(f"{path}: `remove` needs `extends`")
    reference = expect_text(node["extends"], f"{path}: extends").strip()
    base_path = locate_base(reference, path, builtin_dir)
    if not os.path.isfile(base_path):
        raise InputError(f"{path}: extends: no file {base_path}")
    base = resolved_rubric_node(base_path, builtin_dir, tuple(chain) + (real,))
    return merge_rubric(base, node, path)


def merge_rubric(base, child, where):
    """DESIGN.md "Extending": the base copied, then the child's keys merged in."""
    result = {key: value for key, value in base.items() if key not in ("extends", "remove")}
    dimensions = []
    for i, dimension in enumerate(expect_list(base.get("dimensions", []), f"{where}: base dimensions")):
        dimension = dict(expect_map(dimension, f"{where}: base dimensions[{i}]"))
        if "criteria" in dimension:
            dimension["criteria"] = list(expect_list(dimension["criteria"], f"{where}: base criteria"))
        dimensions.append(dimension)
    # remove: full ids of base dimensions (`dim`) or criteria (`dim.crit`).
    for rid in id_list(child.get("remove"), f"{where}: remove"):
        if "." in rid:
            dim_id, crit_id = rid.split(".", 1)
            owner = next((d for d in dimensions if d.get("id") == dim_id), None)
            criteria = owner.get("criteria", []) if owner else []
            kept = [c for c in criteria if not (isinstance(c, dict) and c.get("id") == crit_id)]
            if owner is None or len(kept) == len(criteria):
                raise InputError(f"{where}: remove: the base has no criterion {rid!r}")
            owner["criteria"] = kept
        else:
            kept = [d for d in dimensions if d.get("id") != rid]
            if len(kept) == len(dimensions):
                raise InputError(f"{where}: remove: the base has no dimension {rid!r}")
            dimensions = kept
    for key, value in child.items():
        if key in ("extends", "remove"):
            continue
        if key == "resources":
            merged = list(expect_list(result.get("resources", []), f"{where}: base resources"))
            for resource in expect_list(value, f"{where}: resources"):
                rid = resource.get("id") if isinstance(resource, dict) else None
                at = next((i for i, r in enumerate(merged) if isinstance(r, dict) and r.get("id") == rid), None)
                if rid is not None and at is not None:
                    merged[at] = resource
                else:
                    merged.append(resource)
            result["resources"] = merged
        elif key == "dimensions":
            for j, dimension in enumerate(expect_list(value, f"{where}: dimensions")):
                dimension = expect_map(dimension, f"{where}: dimensions[{j}]")
                owner = next((d for d in dimensions if d.get("id") == dimension.get("id")), None)
                if owner is None:
                    dimensions.append(dict(dimension))
                    continue
                for dkey, dvalue in dimension.items():
                    if dkey != "criteria":
                        owner[dkey] = dvalue
                        continue
                    criteria = owner.setdefault("criteria", [])
                    for k, criterion in enumerate(expect_list(dvalue, f"{where}: dimensions[{j}].criteria")):
                        criterion = expect_map(criterion, f"{where}: dimensions[{j}].criteria[{k}]")
                        at = next((i for i, c in enumerate(criteria)
                                   if isinstance(c, dict) and c.get("id") == criterion.get("id")), None)
                        if at is None:
                            criteria.append(criterion)
                        else:
                            criteria[at] = criterion
        else:
            result[key] = value
    result["dimensions"] = dimensions
    # The result keeps this file's id, version and title (never the base's).
    for key in ("id", "version", "title"):
        if key in child:
            result[key] = child[key]
        else:
            result.pop(key, None)
    return result


def load_rubric(path, builtin_dir=None):
    return Rubric(resolved_rubric_node(path, builtin_dir), path)


# --------------------------------------------------------------------------- answers


def answer_value(raw, where):
    """The answer's value node, or None when unanswered. Handles the long form."""
    if isinstance(raw, dict):
        check_keys(raw, {"value", "evidence", "note"}, where)
        raw = raw.get("value")
    if is_empty(raw):
        return None
    return raw


def answer_has_evidence(raw):
    """Whether a long-form answer carries a non-blank `evidence` text."""
    if not isinstance(raw, dict):
        return False
    evidence = raw.get("evidence")
    return isinstance(evidence, str) and not is_empty(evidence)


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


def chosen_options(criterion, value):
    """The option ids an answer chose, in answer order (choice and multi-choice)."""
    if criterion.options is None or value is None:
        return []
    return value if isinstance(value, list) else [value]


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


class Sheet:
    """One questionnaire read against a rubric: every given answer checked and scored.

    values:        criterion id -> answer value, for answered criteria only
    evidence:      criterion id -> whether the answer has non-blank evidence
    answer_scores: criterion id -> the answer's score (None for text), answered only
    """

    def __init__(self, rubric, questionnaire, where):
        questionnaire = expect_map(questionnaire, where)
        self.node = questionnaire
        startup = questionnaire.get("startup", "")
        self.startup = startup if isinstance(startup, str) else ""
        assessor = questionnaire.get("assessor")
        self.assessor = assessor if isinstance(assessor, str) and not is_empty(assessor) else None
        answers_node = questionnaire.get("answers") or {}
        if is_empty(answers_node):
            answers_node = {}
        answers_node = expect_map(answers_node, f"{where}: answers")
        values = {}
        self.evidence = {}
        for key, raw in answers_node.items():
            if key not in rubric.criteria:
                raise InputError(f"{where}: unknown criterion {key!r}")
            values[key] = answer_value(raw, f"{where}: {key}")
            self.evidence[key] = answer_has_evidence(raw)
        self.values = {}
        self.answer_scores = {}
        # Validate every given answer (applicable or not, counted or not), rubric order.
        for dimension in rubric.dimensions:
            for criterion in dimension.criteria:
                value = values.get(criterion.id)
                if value is not None:
                    self.values[criterion.id] = value
                    self.answer_scores[criterion.id] = score_answer(criterion, value, f"{where}: {criterion.id}")

    def counted_score(self, rubric, criterion):
        """The answer's counted score (None when unanswered or text)."""
        score = self.answer_scores.get(criterion.id)
        if score is None:
            return None
        if criterion.evidence == "required" and not self.evidence.get(criterion.id, False):
            return score * rubric.unverified
        return score

    def inputs(self, rubric):
        """criterion id -> (answered, counted score, answer score) for evaluate()."""
        return {
            cid: (cid in self.values, self.counted_score(rubric, criterion), self.answer_scores.get(cid))
            for cid, criterion in rubric.criteria.items()
        }


# --------------------------------------------------------------------------- scoring


def is_applicable(rubric, criterion, when_values):
    if criterion.when is None:
        return True
    target_id, expected = criterion.when
    target_value = when_values.get(target_id)
    if target_value is None:
        return True
    return when_matches(rubric.criteria[target_id], target_value, expected)


def order_by_gain(rubric, ids, gains, order):
    """Next steps after the failed gates: by gain, highest first, equal gains in rubric
    order. Format 2 groups each run of gains within 1e-9 of the run's largest."""
    ranked = sorted(ids, key=lambda cid: (-gains[cid], order[cid]))
    if not rubric.format2:
        return ranked
    grouped = []
    i = 0
    while i < len(ranked):
        leader = gains[ranked[i]]
        j = i + 1
        while j < len(ranked) and leader - gains[ranked[j]] < TOLERANCE:
            j += 1
        grouped.extend(sorted(ranked[i:j], key=lambda cid: order[cid]))
        i = j
    return grouped


def evaluate(rubric, startup, when_values, inputs, second_edition_keys=None, resource_values=None):
    """The result object.

    when_values: criterion id -> answer value (what `when` looks at)
    inputs:      criterion id -> (answered, counted score, answer score); scores None
                 when unanswered (and for text)
    resource_values: criterion id -> answer value whose chosen options add resources to a
                 next step (default when_values)
    """
    if second_edition_keys is None:
        second_edition_keys = rubric.format2
    if resource_values is None:
        resource_values = when_values
    tol = rubric.tolerance

    # Per-criterion facts.
    facts = {}
    for dimension in rubric.dimensions:
        for criterion in dimension.criteria:
            applicable = is_applicable(rubric, criterion, when_values)
            answered, score, answer_score = inputs[criterion.id]
            counted = applicable and criterion.counts_if_applicable
            if not applicable:
                status = "not-applicable"
            elif not criterion.counts_if_applicable:
                status = "unscored"
            elif not answered:
                status = "unanswered"
                score = 0.0
            elif score == 1:
                status = "met"
            elif score == 0:
                status = "unmet"
            else:
                status = "partial"
            facts[criterion.id] = {
                "applicable": applicable,
                "answered": answered,
                "counted": counted,
                "score": score if counted else None,
                "answer_score": answer_score if counted and answered else None,
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
        if fact["counted"] and rubric.criteria[cid].gate is not None
        and fact["score"] < rubric.criteria[cid].gate - tol
    ]

    uncapped = len(rubric.verdicts) - 1
    for i, (_, minimum) in enumerate(rubric.verdicts):
        if overall >= minimum - tol:
            uncapped = i
            break
    # The worst (latest) of the score's verdict and each failed gate's cap. For format 1
    # every cap is the second verdict: min(max(index, 1), last), as in the first edition.
    index = uncapped
    for cid in gates_failed:
        index = max(index, rubric.cap_index(rubric.criteria[cid]))
    verdict = rubric.verdicts[index][0]

    # Gains and the answered share.
    gains = {}
    answered_share = 0.0
    for dimension in rubric.dimensions:
        for criterion in dimension.criteria:
            fact = facts[criterion.id]
            if fact["counted"]:
                share = (dimension.weight / overall_total) * (criterion.weight / dimension_totals[dimension.id])
                gains[criterion.id] = (
                    100 * (dimension.weight / overall_total)
                    * (criterion.weight / dimension_totals[dimension.id])
                    * (1 - fact["score"])
                )
                if fact["answered"]:
                    answered_share += share
            else:
                gains[criterion.id] = None
    provisional = answered_share < rubric.min_answered - tol

    order = {cid: i for i, cid in enumerate(facts)}
    failed = set(gates_failed)
    gate_steps = [cid for cid in facts if cid in failed and gains[cid] is not None and gains[cid] > 0]
    other_steps = order_by_gain(
        rubric,
        [cid for cid in facts if cid not in failed and gains[cid] is not None and gains[cid] > 0],
        gains, order)
    next_steps = []
    for cid in gate_steps + other_steps:
        step = {"criterion": cid, "gain": gains[cid]}
        if second_edition_keys:
            criterion = rubric.criteria[cid]
            resources = []
            for option in chosen_options(criterion, resource_values.get(cid)):
                for rid in criterion.option_resources.get(option, []):
                    if rid not in resources:
                        resources.append(rid)
            for rid in criterion.resources:
                if rid not in resources:
                    resources.append(rid)
            step["dimension"] = criterion.dimension_id
            step["advice"] = None
            step["resources"] = resources
        next_steps.append(step)

    unanswered = [cid for cid, fact in facts.items() if fact["applicable"] and not fact["answered"]]

    dimensions = []
    for dimension in rubric.dimensions:
        entry = {"id": dimension.id, "score": dimension_scores[dimension.id]}
        if rubric.uses_levels:
            level, next_level = dimension_level(rubric, dimension, facts)
            entry["level"] = level
            if second_edition_keys:
                entry["next_level"] = next_level
        criteria = []
        for c in dimension.criteria:
            item = {"id": c.id, "score": facts[c.id]["score"]}
            if second_edition_keys:
                item["answer_score"] = facts[c.id]["answer_score"]
            item["status"] = facts[c.id]["status"]
            item["gain"] = gains[c.id]
            criteria.append(item)
        entry["criteria"] = criteria
        dimensions.append(entry)

    result = {
        "startup": startup,
        "rubric": {"id": rubric.id, "version": rubric.version},
        "score": overall,
        "verdict": verdict,
    }
    if second_edition_keys:
        result["verdict_uncapped"] = rubric.verdicts[uncapped][0]
    result["gates_failed"] = gates_failed
    if second_edition_keys:
        result["gates"] = [
            {"criterion": cid, "cap": rubric.verdicts[rubric.cap_index(rubric.criteria[cid])][0]}
            for cid in gates_failed
        ]
        result["answered_share"] = answered_share
        result["provisional"] = provisional
    result["dimensions"] = dimensions
    result["next_steps"] = next_steps
    result["unanswered"] = unanswered
    return result


def assess(rubric, questionnaire, where, second_edition_keys=None):
    sheet = Sheet(rubric, questionnaire, where)
    return evaluate(rubric, sheet.startup, sheet.values, sheet.inputs(rubric), second_edition_keys)


def dimension_level(rubric, dimension, facts):
    """(level, next_level) of a dimension: the highest level L carried by a counted
    criterion such that every counted criterion with level <= L scores at least its pass;
    the next level is the lowest carried level above it with its blockers (rubric order),
    None at the top."""
    tol = rubric.tolerance
    levelled = [
        (c, c.level, facts[c.id]["score"])
        for c in dimension.criteria
        if facts[c.id]["counted"] and c.level is not None
    ]

    def passes(criterion, score):
        return score >= rubric.pass_of(criterion) - tol

    best = 0
    for candidate in sorted({level for _, level, _ in levelled}):
        if all(passes(c, score) for c, level, score in levelled if level <= candidate):
            best = candidate
    above = sorted({level for _, level, _ in levelled if level > best})
    if not above:
        return best, None
    target = above[0]
    blocking = [c.id for c, level, score in levelled if level == target and not passes(c, score)]
    return best, {"level": target, "blocking": blocking}


# --------------------------------------------------------------------------- CLI


def score_files(rubric_path, questionnaire_paths, builtin_dir=None, second_edition_keys=None):
    rubric = load_rubric(rubric_path, builtin_dir)
    return [assess(rubric, load_yaml(path), path, second_edition_keys) for path in questionnaire_paths]


USAGE = ("usage: reference_scorer.py [--builtin DIR] [--all-keys] RUBRIC.yaml QUESTIONNAIRE.yaml [...]\n"
         "       reference_scorer.py panel --rubric R [--builtin DIR] [--conflicts FILE] "
         "[--discuss X] [--normalize z] INPUT...")


def main(argv):
    if len(argv) > 1 and argv[1] == "panel":
        import reference_panel  # noqa: PLC0415 - the panel mode lives in its own module

        return reference_panel.main(argv[1:])
    args = argv[1:]
    builtin_dir = None
    all_keys = None
    while args and args[0].startswith("--"):
        if args[0] == "--builtin" and len(args) > 1:
            builtin_dir, args = args[1], args[2:]
        elif args[0] == "--all-keys":
            all_keys, args = True, args[1:]
        else:
            print(USAGE, file=sys.stderr)
            return 64
    if len(args) < 2:
        print(USAGE, file=sys.stderr)
        return 64
    try:
        results = score_files(args[0], args[1:], builtin_dir, all_keys)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    json.dump(results, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
