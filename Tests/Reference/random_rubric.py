#!/usr/bin/env python3
"""Random format-2 rubrics, questionnaires and panels for the differential test.

    random_rubric.py rubric --seed S --out DIR
        Writes DIR/rubric.yaml (and, for an `extends` chain, DIR/base.yaml and maybe
        DIR/middle.yaml; a child may also extend the built-in `investor-readiness`).
        Prints the path of the rubric to score with.
    random_rubric.py questionnaires --rubric R --seed S --count N --out DIR [--no-quoted-empty]
        Writes N questionnaires for R (q00001.yaml, ...).
    random_rubric.py panel --rubric R --seed S --startups N --out DIR --conflicts FILE
        Writes a panel: for each startup 3-5 assessors (names that sort differently by
        bytes and by case) and in about 60 % of startups a founder (`self` in any case),
        and FILE (.csv or .yaml) with assessor/startup conflicts.

Everything is deterministic from the seed. The rubric generator covers: every answer kind,
weights incl. 0 (profile questions) and float-noise weights, levels with the rubric's and
dimensions' own ladders, per-criterion `pass`, gates as a number and as {below, cap} (with
and without cap), thresholds 1e-10 off a score (the 1e-9 tolerance), `evidence: expected /
required / optional / none`, `unverified`, `min_answered`, `when` (`is`/`in`, on choice,
multi-choice, yes-no and number answers), texts as strings or {en, nl} mappings (some
missing a language) for every kind of text, resources on criteria and options, 2-4 verdicts,
and `extends` chains with `remove`, dimension overrides, criterion replacement and additions,
resource merges and replaced top-level keys.

YAML is written by hand (see Benchmarks/generate.py for why): ids and numbers plain, texts
double-quoted.
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference_scorer as rs  # noqa: E402

# --------------------------------------------------------------------------- YAML writing


class Raw(str):
    """A scalar written as it is (plain)."""


def scalar(value):
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return number_text(value)
    return json.dumps(value, ensure_ascii=False)


def is_flat(value):
    if isinstance(value, dict):
        return all(not isinstance(v, (dict, list)) or (isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v))
                   for v in value.values())
    if isinstance(value, list):
        return all(not isinstance(x, (dict, list)) for x in value)
    return True


def flow(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def emit(value, indent=0):
    """Block YAML lines for a mapping or list (flat small ones inline)."""
    pad = " " * indent
    lines = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item and not (is_flat(item) and len(flow(item)) < 90):
                lines.append(f"{pad}{key}:")
                lines.extend(emit(item, indent + 2))
            else:
                lines.append(f"{pad}{key}: {flow(item) if isinstance(item, (dict, list)) else scalar(item)}")
    else:
        for item in value:
            if isinstance(item, dict) and item and not (is_flat(item) and len(flow(item)) < 90):
                inner = emit(item, indent + 2)
                lines.append(f"{pad}- {inner[0].lstrip()}")
                lines.extend(inner[1:])
            else:
                lines.append(f"{pad}- {flow(item)}")
    return lines


def number_text(value):
    if value == int(value):
        return str(int(value))
    return repr(round(value, 6))


# --------------------------------------------------------------------------- texts

WORDS = (
    "team market product traction pilot patent trial partner revenue grant investor "
    "clinic device software platform assay licence customer board mentor runway"
).split()
DUTCH = "team markt product klant proef octrooi partner omzet subsidie investeerder".split()
ODD = ["Quotes \"double\" and 'single'", "Colon: inside, # not a comment", "Ümlaut, ß, 日本 \U0001F680",
       "Ampersand & <tag>", "yes", "010", "- dash first"]


def sentence(rng, words=WORDS, most=6):
    return " ".join(rng.choice(words) for _ in range(rng.randint(2, most))).capitalize()


def text(rng, plain_only=False):
    """A rubric text: a string, or a {language: string} mapping (sometimes without nl)."""
    english = rng.choice(ODD) if rng.random() < 0.15 else sentence(rng) + "."
    if plain_only or rng.random() < 0.5:
        return english
    mapping = {"en": english}
    if rng.random() < 0.8:
        mapping["nl"] = sentence(rng, DUTCH) + "."
    if rng.random() < 0.1:
        mapping = {"nl": sentence(rng, DUTCH)} if rng.random() < 0.5 else mapping
    return mapping


# --------------------------------------------------------------------------- rubric

OPTION_IDS = [
    "none", "some", "most", "all", "filed", "granted", "planned", "pilot", "partly",
    "no", "on", "off", "010", "y", "seed", "series-a", "grant", "angel", "vc", "web",
    "retail", "pharma", "biotech", "medtech", "software", "eu", "us", "asia",
]
CHOICE_SCORES = ["0", "0.2", "0.25", "0.4", "0.5", "0.6", "0.7", "0.75", "0.8", "1", "1", "0.3"]
MULTI_SCORES = ["0", "0.25", "0.5", "0.75", "1"]  # binary-exact: sums have no rounding
WEIGHTS = ["0", "0.5", "1", "1", "1", "1.5", "2", "3", "0.25", "0.3", "2.2", "0.30000000000000004"]
DIMENSION_WEIGHTS = ["0.5", "1", "1", "1.5", "2", "3", "0.8", "1.25"]
# Thresholds; 0.6666666667 and 0.3333333334 sit 1e-10 above the scale scores 2/3 and 1/3,
# 0.7000000001 above the choice score 0.7: the 1e-9 tolerance decides them.
THRESHOLDS = ["0.25", "0.5", "0.6", "0.75", "0.8", "1", "0.6666666667", "0.3333333334", "0.7000000001"]
DIMENSION_IDS = ["team", "technology", "market", "funding", "regulatory", "operations", "ip", "sales", "clinical"]
VERDICTS = [("ready", "Ready", "70"), ("almost", "Almost ready", "45"), ("early", "Early", "20"),
            ("not-ready", "Not yet ready", "0")]
RESOURCE_IDS = ["lab", "ip-desk", "mentors", "grants-office", "regulatory-desk", "investor-club"]


class Builder:
    def __init__(self, rng, format2, prefix=""):
        self.rng = rng
        self.format2 = format2
        self.prefix = prefix  # keeps ids of a child's additions apart from the base's
        self.max_level = rng.randint(2, 5)
        self.use_levels = rng.random() < 0.85
        self.resource_ids = rng.sample(RESOURCE_IDS, rng.randint(0, 4))
        self.verdict_ids = []

    def t(self):
        return text(self.rng, plain_only=not self.format2)

    def verdicts(self):
        rng = self.rng
        count = rng.randint(2, 4)
        chosen = [VERDICTS[0]] + sorted(rng.sample(VERDICTS[1:-1], count - 2), key=VERDICTS.index) + [VERDICTS[-1]]
        self.verdict_ids = [v[0] for v in chosen]
        return [{"id": Raw(vid), "label": self.t() if self.format2 else label, "min": Raw(low)}
                for vid, label, low in chosen]

    def level_names(self):
        names = {Raw(str(level)): self.t() for level in range(1, self.max_level + 1)
                 if self.rng.random() < 0.9}
        return names or {Raw("1"): self.t()}

    def resources(self):
        out = []
        for rid in self.resource_ids:
            resource = {"id": Raw(rid), "title": self.t()}
            if self.rng.random() < 0.5:
                resource["summary"] = self.t()
            if self.rng.random() < 0.3:
                resource["contact"] = self.t()
            if self.rng.random() < 0.3:
                resource["url"] = "https://example.org/" + rid
            out.append(resource)
        return out

    def profile(self):
        rng = self.rng
        criteria = []
        for kind in ["choice", "multi-choice", "yes-no", "number"]:
            crit = {"id": Raw(f"{kind.replace('-', '')}{len(criteria) + 1}"), "question": self.t(),
                    "answer": Raw(kind), "weight": Raw("0")}
            if kind in ("choice", "multi-choice"):
                crit["options"] = [{"id": Raw(o), "label": self.t(), "score": Raw("0")}
                                   for o in rng.sample(OPTION_IDS, rng.randint(2, 5))]
            if kind == "number":
                crit["bands"] = [{"from": Raw("0"), "score": Raw("0")}]
                crit["unit"] = self.t()
            criteria.append(crit)
        return {"id": Raw("profile"), "title": self.t(), "criteria": criteria}

    def when_rule(self, profile):
        rng = self.rng
        target = rng.choice(profile["criteria"])
        kind = str(target["answer"])
        if kind == "yes-no":
            pool = ["yes", "no", "true", "false", "Y", "N"]
        elif kind == "number":
            pool = ["0", "1", "2", "010", "5", "3.0"]
        else:
            pool = [str(o["id"]) for o in target["options"]]
        rule = {"answer": Raw(f"profile.{target['id']}")}
        if rng.random() < 0.5:
            rule["is"] = Raw(rng.choice(pool))
        else:
            rule["in"] = [Raw(v) for v in rng.sample(pool, rng.randint(1, min(3, len(pool))))]
        return rule

    def criterion(self, kind, cid, profile):
        rng = self.rng
        crit = {"id": Raw(cid), "question": self.t()}
        if rng.random() < 0.3:
            crit["help"] = self.t()
        crit["answer"] = Raw(kind)
        if rng.random() < 0.8:
            crit["weight"] = Raw(rng.choice(WEIGHTS))
        if kind == "yes-no" and rng.random() < 0.25:
            crit["invert"] = Raw(rng.choice(["true", "yes", "false"]))
        if kind in ("choice", "multi-choice"):
            scores = CHOICE_SCORES if kind == "choice" else MULTI_SCORES
            options = []
            for oid in rng.sample(OPTION_IDS, rng.randint(2, 5)):
                option = {"id": Raw(oid), "label": self.t(), "score": Raw(rng.choice(scores))}
                if rng.random() < 0.2:
                    option["advice"] = self.t()
                if self.resource_ids and rng.random() < 0.25:
                    option["resources"] = [Raw(r) for r in rng.sample(self.resource_ids, 1)]
                options.append(option)
            crit["options"] = options
        if kind == "scale":
            low = rng.choice([0, 0, 1, -2])
            high = low + rng.choice([2, 3, 3, 4, 6, 8])
            scale = {"min": Raw(str(low)), "max": Raw(str(high))}
            if rng.random() < 0.5:
                scale["labels"] = {Raw(str(low)): self.t(), Raw(str(high)): self.t()}
            crit["scale"] = scale
        if kind == "number":
            value = rng.choice([0, 0, 1, -5, 0.5])
            bands = []
            for _ in range(rng.randint(1, 5)):
                band = {"from": Raw(number_text(value)), "score": Raw(rng.choice(CHOICE_SCORES))}
                if rng.random() < 0.3:
                    band["label"] = self.t()
                bands.append(band)
                value += rng.choice([1, 2, 5, 10, 0.5, 2.5])
            crit["bands"] = bands
            crit["unit"] = self.t()
        scored = kind != "text" and str(crit.get("weight", "1")) != "0"
        if scored and self.use_levels and rng.random() < 0.65:
            crit["level"] = Raw(str(rng.randint(1, self.max_level)))
            if self.format2 and rng.random() < 0.3:
                crit["pass"] = Raw(rng.choice(THRESHOLDS))
        if scored and rng.random() < 0.2:
            below = rng.choice(THRESHOLDS)
            roll = rng.random()
            if not self.format2 or roll < 0.35:
                crit["gate"] = Raw(below)
            elif roll < 0.5:
                crit["gate"] = {"below": Raw(below)}
            else:
                crit["gate"] = {"below": Raw(below), "cap": Raw(rng.choice(self.verdict_ids))}
        if rng.random() < 0.45:
            pool = ["expected", "optional", "none"] + (["required", "required", "required"] if self.format2 else [])
            crit["evidence"] = Raw(rng.choice(pool))
        if profile is not None and rng.random() < 0.3:
            crit["when"] = self.when_rule(profile)
        if rng.random() < 0.4:
            crit["advice"] = self.t()
        if rng.random() < 0.3:
            crit["strength"] = self.t()
        if self.resource_ids and rng.random() < 0.35:
            chosen = rng.sample(self.resource_ids, rng.randint(1, min(2, len(self.resource_ids))))
            crit["resources"] = Raw(chosen[0]) if len(chosen) == 1 and rng.random() < 0.3 else [Raw(r) for r in chosen]
        return crit

    def dimension(self, did, profile, kinds):
        rng = self.rng
        dim = {"id": Raw(did), "title": self.t()}
        if rng.random() < 0.8:
            dim["weight"] = Raw(rng.choice(DIMENSION_WEIGHTS))
        if rng.random() < 0.4:
            dim["summary"] = self.t()
        if self.format2 and self.use_levels and rng.random() < 0.35:
            dim["levels"] = self.level_names()
        dim["criteria"] = [self.criterion(kind, f"{self.prefix}{kind.replace('-', '')}-{i + 1}", profile)
                           for i, kind in enumerate(kinds)]
        return dim


SCORED_KINDS = ["yes-no", "choice", "multi-choice", "scale", "number", "text"]


def rubric_node(rng, seed, format2=True, rid=None):
    """A whole rubric as a mapping of Raw/str values."""
    b = Builder(rng, format2)
    node = {}
    if format2:
        node["format"] = Raw("2")
    node["id"] = Raw(rid or f"random-f2-{seed}")
    node["version"] = Raw(f"{rng.randint(0, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}")
    node["title"] = b.t()
    node["summary"] = b.t()
    if format2:
        if rng.random() < 0.6:
            node["language"] = Raw("en")
        if rng.random() < 0.6:
            node["languages"] = [Raw("en"), Raw("nl")]
        if rng.random() < 0.7:
            node["unverified"] = Raw(rng.choice(["0.5", "0.25", "0", "1", "0.3", "0.75"]))
        if rng.random() < 0.6:
            node["min_answered"] = Raw(rng.choice(["0", "0.5", "0.8", "0.9", "1", "0.6666666667"]))
    node["verdicts"] = b.verdicts()
    if b.use_levels:
        if rng.random() < 0.6:
            node["pass"] = Raw(rng.choice(["0.8", "1", "0.6", "0.75"]))
        if rng.random() < 0.8:
            node["levels"] = b.level_names()
    if b.resource_ids:
        node["resources"] = b.resources()
    profile = b.profile()
    dims = [profile]
    forced = list(SCORED_KINDS)
    rng.shuffle(forced)
    for did in rng.sample(DIMENSION_IDS, rng.randint(2, 6)):
        kinds = [forced.pop() if forced else rng.choice(SCORED_KINDS) for _ in range(rng.randint(2, 6))]
        dims.append(b.dimension(did, profile, kinds))
    while forced:  # every kind at least once
        dims[-1]["criteria"].append(b.criterion(forced.pop(), f"extra-{len(forced)}", profile))
    node["dimensions"] = dims
    return node, b


def child_node(rng, seed, base, base_builder, extends, rid, prefix="x"):
    """An extending rubric: remove, override, replace, add."""
    b = Builder(rng, True, prefix=prefix)
    b.resource_ids = list(base_builder.resource_ids) + rng.sample([r for r in RESOURCE_IDS if r not in base_builder.resource_ids] or RESOURCE_IDS, 1)
    b.verdict_ids = list(base_builder.verdict_ids)
    b.use_levels = base_builder.use_levels
    b.max_level = base_builder.max_level
    node = {"format": Raw("2"), "id": Raw(rid), "extends": Raw(extends),
            "version": Raw(f"{rng.randint(4, 9)}.0.0"), "title": b.t()}
    scored = [d for d in base["dimensions"] if str(d["id"]) != "profile"]
    profile = next(d for d in base["dimensions"] if str(d["id"]) == "profile")
    remove = []
    if len(scored) > 1 and rng.random() < 0.4:
        remove.append(Raw(str(rng.choice(scored)["id"])))
    for dim in scored:
        if str(dim["id"]) in remove:
            continue
        if len(dim["criteria"]) > 1 and rng.random() < 0.3:
            remove.append(Raw(f"{dim['id']}.{rng.choice(dim['criteria'])['id']}"))
    if remove or rng.random() < 0.5:
        node["remove"] = remove
    if rng.random() < 0.3:
        node["unverified"] = Raw(rng.choice(["0.5", "0.2", "1"]))
    if rng.random() < 0.3:
        node["min_answered"] = Raw(rng.choice(["0.5", "0.75", "0"]))
    if rng.random() < 0.2:
        node["verdicts"] = b.verdicts()
    if rng.random() < 0.2 and b.use_levels:
        node["pass"] = Raw(rng.choice(["0.75", "1"]))
    resources = []
    if base_builder.resource_ids and rng.random() < 0.5:
        resources.append({"id": Raw(base_builder.resource_ids[0]), "title": b.t()})  # replaces
    new = [r for r in b.resource_ids if r not in base_builder.resource_ids]
    resources.extend({"id": Raw(r), "title": b.t()} for r in new)
    node["resources"] = resources
    dims = []
    kept = [d for d in scored if str(d["id"]) not in remove]
    for dim in rng.sample(kept, min(len(kept), rng.randint(1, 2))):
        override = {"id": dim["id"]}
        if rng.random() < 0.5:
            override["weight"] = Raw(rng.choice(DIMENSION_WEIGHTS))
        if rng.random() < 0.5:
            override["title"] = b.t()
        if rng.random() < 0.3 and b.use_levels:
            override["levels"] = b.level_names()
        criteria = []
        alive = [c for c in dim["criteria"] if f"{dim['id']}.{c['id']}" not in remove]
        if alive and rng.random() < 0.7:
            old = rng.choice(alive)
            criteria.append(b.criterion(rng.choice(SCORED_KINDS), str(old["id"]), profile))  # replaces whole
        if rng.random() < 0.7:
            criteria.append(b.criterion(rng.choice(SCORED_KINDS), f"{prefix}added-{len(criteria)}", profile))
        if criteria:
            override["criteria"] = criteria
        dims.append(override)
    if rng.random() < 0.6 or not dims:
        used = {str(d["id"]) for d in base["dimensions"]}
        did = next((d for d in rng.sample(DIMENSION_IDS, len(DIMENSION_IDS)) if d not in used), "extra")
        dims.append(b.dimension(did, profile, [rng.choice(SCORED_KINDS) for _ in range(rng.randint(1, 4))]))
    node["dimensions"] = dims
    return node, b


def builtin_child(rng, seed, builtin_dir):
    """A child of the built-in investor-readiness rubric (remove some, add one)."""
    base = rs.resolved_rubric_node(os.path.join(builtin_dir, "investor-readiness.yaml"), builtin_dir)
    targets = set()
    for dim in base["dimensions"]:
        for crit in dim.get("criteria", []):
            when = crit.get("when")
            if isinstance(when, dict) and isinstance(when.get("answer"), str):
                ref = when["answer"]
                targets.add(ref if "." in ref else f"{dim['id']}.{ref}")
    candidates = [f"{d['id']}.{c['id']}" for d in base["dimensions"] for c in d.get("criteria", [])
                  if f"{d['id']}.{c['id']}" not in targets and str(d["id"]) != "profile"]
    b = Builder(rng, True, prefix="park-")
    b.resource_ids = []
    b.verdict_ids = [str(v["id"]) for v in base["verdicts"]]
    b.use_levels = True
    b.max_level = 5
    node = {"format": Raw("2"), "id": Raw(f"park-{seed}"), "extends": Raw("investor-readiness"),
            "version": Raw("1.0.0"), "title": b.t(),
            "remove": [Raw(c) for c in rng.sample(candidates, rng.randint(1, 4))],
            "unverified": Raw(rng.choice(["0.5", "0.25"])),
            "min_answered": Raw(rng.choice(["0.5", "0.8"]))}
    dim_ids = {str(d["id"]) for d in base["dimensions"]}
    node["dimensions"] = [b.dimension("park-extras" if "park-extras" not in dim_ids else "park-extras-2", None,
                                      [rng.choice(SCORED_KINDS[:-1]) for _ in range(rng.randint(1, 3))])]
    return node


def write_rubric(seed, out, builtin_dir=None):
    """Writes the rubric (and its bases) into `out`; returns the path to score with."""
    builtin_dir = builtin_dir or rs.DEFAULT_BUILTIN_DIR
    rng = random.Random(f"format2-rubric-{seed}")
    os.makedirs(out, exist_ok=True)
    main = os.path.join(out, "rubric.yaml")
    roll = rng.random()
    files = {}
    if roll < 0.5:
        node, _ = rubric_node(rng, seed)
        files["rubric.yaml"] = node
    elif roll < 0.85 or not os.path.isfile(os.path.join(builtin_dir, "investor-readiness.yaml")):
        base, base_b = rubric_node(rng, seed, format2=rng.random() < 0.7, rid=f"base-{seed}")
        files["base.yaml"] = base
        parent, parent_b, parent_name = base, base_b, "base.yaml"
        if rng.random() < 0.3:  # a chain of three
            middle, middle_b = child_node(rng, seed, base, base_b, "base.yaml", f"middle-{seed}", prefix="m")
            files["middle.yaml"] = middle
            merged = rs.merge_rubric(base, middle, "middle.yaml")
            parent, parent_b, parent_name = merged, middle_b, "middle.yaml"
        child, _ = child_node(rng, seed, parent, parent_b, parent_name, f"random-f2-{seed}")
        files["rubric.yaml"] = child
    else:
        files["rubric.yaml"] = builtin_child(rng, seed, builtin_dir)
    for name, node in files.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as handle:
            handle.write(f"# Random rubric: Tests/Reference/random_rubric.py rubric --seed {seed}\n")
            handle.write("\n".join(emit(node)) + "\n")
    check_generated(main, builtin_dir, check_resources="investor-readiness" not in str(files["rubric.yaml"].get("extends")))
    return main


def check_generated(path, builtin_dir, check_resources=True):
    """A generator bug shows here, not in the comparison: the reference reads the rubric,
    and what the tool's validation also asks holds (known resources, unique ids, no empty
    dimension)."""
    rubric = rs.load_rubric(path, builtin_dir)
    node = rs.resolved_rubric_node(path, builtin_dir)
    known = {str(r["id"]) for r in node.get("resources", [])}
    ids = [d.id for d in rubric.dimensions]
    if len(set(ids)) != len(ids):
        raise rs.InputError(f"{path}: duplicate dimension ids {ids}")
    for dimension in rubric.dimensions:
        if not dimension.criteria:
            raise rs.InputError(f"{path}: {dimension.id} has no criteria")
    for criterion in rubric.criteria.values():
        used = list(criterion.resources) + [r for rs_ in criterion.option_resources.values() for r in rs_]
        missing = [r for r in used if r not in known]
        if check_resources and missing:
            raise rs.InputError(f"{path}: {criterion.id} names unknown resources {missing}")


# --------------------------------------------------------------------------- questionnaires

YES_NO = ["yes", "no", "Yes", "No", "YES", "true", "false", "True", "FALSE", "y", "n", "Y", "N"]
EVIDENCE_FORMS = [
    ("url", 0.55), ("blank", 0.1), ("spaces", 0.1), ("null", 0.05), ("missing", 0.2),
]


def answer_value(rng, criterion):
    """An inline value (text) or a block list (list of ids)."""
    kind = criterion.kind
    if kind == "yes-no":
        return rng.choice(YES_NO)
    if kind == "choice":
        return rng.choice(list(criterion.options))
    if kind == "multi-choice":
        ids = list(criterion.options)
        chosen = rng.sample(ids, rng.randint(1, len(ids)))
        return chosen if rng.random() < 0.5 else "[" + ", ".join(chosen) + "]"
    if kind == "scale":
        low, high = criterion.scale
        return str(rng.randint(int(low), int(high)))
    if kind == "number":
        starts = [start for start, _ in criterion.bands]
        roll = rng.random()
        if roll < 0.4:
            value = rng.choice(starts)
        else:
            value = round(rng.uniform(starts[0], starts[-1] + 10), rng.choice([0, 1, 2]))
            value = max(value, starts[0])
        out = number_text(value)
        if value == int(value) and 0 < value < 100 and rng.random() < 0.15:
            out = "0" + out
        return out
    return json.dumps(rng.choice(ODD) if rng.random() < 0.3 else sentence(rng) + ".", ensure_ascii=False)


def answer_lines(rng, cid, value, evidence_rate=0.35, quoted_empty=True):
    """Lines for one answer, in short or long form."""
    block = value if isinstance(value, list) else None
    if rng.random() < evidence_rate:
        lines = [f"  {cid}:"]
        if block is not None:
            lines.append("    value:")
            lines.extend(f"      - {v}" for v in block)
        else:
            lines.append(f"    value: {value}")
        form = rng.choices([f for f, _ in EVIDENCE_FORMS], [w for _, w in EVIDENCE_FORMS])[0]
        if form == "url":
            lines.append(f"    evidence: {json.dumps('https://example.org/dataroom/' + cid)}")
        elif form == "blank":
            lines.append('    evidence: ""' if quoted_empty else "    evidence:")
        elif form == "spaces":
            lines.append('    evidence: "   "')
        elif form == "null":
            lines.append("    evidence: ~")
        if rng.random() < 0.5:
            lines.append(f"    note: {json.dumps(sentence(rng))}")
        return lines
    if block is not None:
        return [f"  {cid}:"] + [f"    - {v}" for v in block]
    return [f"  {cid}: {value}"]


def unanswered_lines(rng, cid, quoted_empty=True):
    style = rng.random()
    if style < 0.55:
        return []
    if style < 0.75:
        return [f"  {cid}:"]
    if style < 0.85 and quoted_empty:
        return [f'  {cid}: ""']
    return [f"  {cid}:", "    value:", f"    note: {json.dumps('Later.')}"]


def questionnaire_text(rng, rubric, startup, assessor=None, answers=None, quoted_empty=True):
    """A questionnaire. `answers` (criterion id -> value or None) fixes the values given."""
    lines = [f"startup: {json.dumps(startup, ensure_ascii=False)}"]
    if rng.random() < 0.7:
        lines.append(f"rubric: {rubric.id}")
    if assessor is not None:
        lines.append(f"assessor: {json.dumps(assessor, ensure_ascii=False)}")
    elif rng.random() < 0.5:
        lines.append(f"assessor: {rng.choice(['self', 'Dr. Eva Muster'])}")
    if rng.random() < 0.5:
        lines.append(f"date: 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    lines.append("answers:")
    if answers is None:
        rate = rng.choice([0.0, 0.05, 0.15, 0.4, 0.7])
        answers = {cid: (None if rng.random() < rate else answer_value(rng, c)) for cid, c in rubric.criteria.items()}
    order = list(answers)
    if rng.random() < 0.4:
        rng.shuffle(order)
    evidence_rate = rng.choice([0.1, 0.35, 0.7])
    for cid in order:
        value = answers[cid]
        if value is None:
            lines.extend(unanswered_lines(rng, cid, quoted_empty))
        else:
            lines.extend(answer_lines(rng, cid, value, evidence_rate, quoted_empty))
    return "\n".join(lines) + "\n"


def write_questionnaires(rubric_path, count, out, seed, quoted_empty=True, builtin_dir=None):
    rubric = rs.load_rubric(rubric_path, builtin_dir)
    os.makedirs(out, exist_ok=True)
    width = max(5, len(str(count)))
    for index in range(1, count + 1):
        rng = random.Random(f"format2-questionnaire-{seed}-{index}")
        name = f"Startup {index:05d} " + rng.choice(["GmbH", "B.V.", "Ltd", "Ü Labs", "&", "Bio"])
        with open(os.path.join(out, f"q{index:0{width}d}.yaml"), "w", encoding="utf-8") as handle:
            handle.write(questionnaire_text(rng, rubric, name, quoted_empty=quoted_empty))


# --------------------------------------------------------------------------- panels

ASSESSORS = ["Anna de Vries", "anna", "Bob", "bob", "Émile Roux", "Zoë Jansen", "Chen Li", "dr. Kaya", "Ölaf"]
FOUNDER_SPELLINGS = ["self", "self", "Self", "SELF"]
STARTUP_NAMES = ["Helix Bio", "Acme, Inc.", "Ventri AI", "Lumen Cryo", "Ü Labs", "Tide \"Enzymes\"",
                 "Mosaic", "Fennel Health", "Pulsewave", "Sproutline", "Clear Sight", "NovaDerm"]


def write_panel(rubric_path, seed, startups, out, conflicts_path, quoted_empty=True, builtin_dir=None):
    rubric = rs.load_rubric(rubric_path, builtin_dir)
    rng = random.Random(f"panel-{seed}")
    os.makedirs(out, exist_ok=True)
    pool = rng.sample(ASSESSORS, rng.randint(5, len(ASSESSORS)))
    names = rng.sample(STARTUP_NAMES, min(startups, len(STARTUP_NAMES)))
    names += [f"Startup {i}" for i in range(len(names), startups)]
    files = []
    pairs = []
    for startup in names:
        truth = {cid: answer_value(rng, c) for cid, c in rubric.criteria.items()}
        skip = rng.choice([0.0, 0.1, 0.3])
        assessors = rng.sample(pool, rng.randint(3, min(5, len(pool))))
        if rng.random() < 0.6:
            assessors.append(rng.choice(FOUNDER_SPELLINGS))
        for assessor in assessors:
            disagree = rng.choice([0.0, 0.2, 0.5])
            answers = {}
            for cid, criterion in rubric.criteria.items():
                roll = rng.random()
                if roll < skip:
                    answers[cid] = None
                elif roll < skip + disagree * (1 - skip):
                    answers[cid] = answer_value(rng, criterion)
                else:
                    answers[cid] = truth[cid]
            files.append(questionnaire_text(rng, rubric, startup, assessor, answers, quoted_empty))
            pairs.append((assessor, startup))
    order = list(range(len(files)))
    rng.shuffle(order)  # the file names decide the input order, not the startup order
    for position, index in enumerate(order):
        with open(os.path.join(out, f"a{position:04d}.yaml"), "w", encoding="utf-8") as handle:
            handle.write(files[index])
    conflicts = rng.sample(pairs, max(1, len(pairs) // 10))
    conflicts.append(("Nobody Known", names[0]))  # a pair without an assessment: no effect
    if conflicts_path.endswith(".csv"):
        def cell(value):
            return '"' + value.replace('"', '""') + '"' if any(ch in value for ch in ',"\n') else value
        body = "assessor,startup\n" + "".join(f"{cell(a)},{cell(s)}\n" for a, s in conflicts)
    else:
        body = "".join(f"- {{assessor: {json.dumps(a, ensure_ascii=False)}, startup: {json.dumps(s, ensure_ascii=False)}}}\n"
                       for a, s in conflicts)
    with open(conflicts_path, "w", encoding="utf-8") as handle:
        handle.write(body)


# --------------------------------------------------------------------------- CLI


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("rubric")
    p.add_argument("--seed", default="1")
    p.add_argument("--out", required=True)
    p.add_argument("--builtin")
    q = sub.add_parser("questionnaires")
    q.add_argument("--rubric", required=True)
    q.add_argument("--seed", default="1")
    q.add_argument("--count", type=int, default=100)
    q.add_argument("--out", required=True)
    q.add_argument("--builtin")
    q.add_argument("--no-quoted-empty", action="store_true")
    n = sub.add_parser("panel")
    n.add_argument("--rubric", required=True)
    n.add_argument("--seed", default="1")
    n.add_argument("--startups", type=int, default=6)
    n.add_argument("--out", required=True)
    n.add_argument("--conflicts", required=True)
    n.add_argument("--builtin")
    n.add_argument("--no-quoted-empty", action="store_true")
    args = parser.parse_args(argv[1:])
    try:
        if args.command == "rubric":
            print(write_rubric(args.seed, args.out, args.builtin))
        elif args.command == "questionnaires":
            write_questionnaires(args.rubric, args.count, args.out, args.seed, not args.no_quoted_empty, args.builtin)
        else:
            write_panel(args.rubric, args.seed, args.startups, args.out, args.conflicts,
                        not args.no_quoted_empty, args.builtin)
    except rs.InputError as error:
        print(f"random_rubric.py: generated an invalid input: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
