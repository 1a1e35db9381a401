#!/usr/bin/env python3
"""A stand-in for the `readiness` binary, built on the reference, to test the differential
harness (Benchmarks/differential.sh) while the Swift side cannot run format 2 or `panel`.

    fake_readiness.py assess --rubric R --json Q...
    fake_readiness.py panel INPUT... --rubric R [--conflicts C] --out OUT --format json
                      [--discuss X] [--normalize z]

It takes the flags the harness passes, in the Swift CLI's shape, and writes what the
reference computes, with one of the Swift tool's habits the brief allows (`verdict_uncapped`
only when a cap lowered the verdict). FAKE_MUTATE=1 changes one
thing per result (a score, a cap, the order of two next steps...) so that a test can check
that the comparison notices.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference_panel  # noqa: E402
import reference_scorer as rs  # noqa: E402


def like_swift(result):
    if result.get("verdict_uncapped") == result.get("verdict"):
        result.pop("verdict_uncapped", None)
    return result


def mutate(result, index):
    """One change per result, chosen by its index."""
    kind = index % 5
    if kind == 0:
        result["score"] += 1e-6
    elif kind == 1 and len(result.get("next_steps", [])) >= 2:
        steps = result["next_steps"]
        steps[-1], steps[-2] = steps[-2], steps[-1]
    elif kind == 2:
        result["gates"] = [{"criterion": "x.y", "cap": "nowhere"}]
    elif kind == 3:
        result["answered_share"] = (result.get("answered_share") or 0) + 0.01
    else:
        result["unanswered"] = list(result.get("unanswered", [])) + ["x.y"]
    return result


def option(args, name, default=None):
    if name in args:
        at = args.index(name)
        value = args[at + 1]
        del args[at:at + 2]
        return value
    return default


def main(argv):
    args = argv[1:]
    command = args.pop(0)
    mutating = os.environ.get("FAKE_MUTATE") == "1"
    rubric_path = option(args, "--rubric")
    try:
        if command == "assess":
            args.remove("--json")
            results = rs.score_files(rubric_path, args)
            results = [like_swift(r) for r in results]
            if mutating:
                results = [mutate(r, i) for i, r in enumerate(results)]
            json.dump(results if len(results) != 1 else results[0], sys.stdout, ensure_ascii=False)
            return 0
        if command == "panel":
            conflicts = option(args, "--conflicts")
            out = option(args, "--out")
            option(args, "--format")
            discuss = float(option(args, "--discuss", reference_panel.DISCUSS_DEFAULT))
            normalize = option(args, "--normalize") == "z"
            rubric = rs.load_rubric(rubric_path)
            pairs = reference_panel.read_conflicts(conflicts) if conflicts else set()
            output = reference_panel.run_panel(rubric, reference_panel.input_files(args), pairs, discuss, normalize)
            output["startups"] = [like_swift(r) for r in output["startups"]]
            if mutating:
                output["startups"] = [mutate(r, i) for i, r in enumerate(output["startups"])]
                if output["reviewers"]:
                    output["reviewers"][0]["offset"] += 1
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, "panel.json"), "w", encoding="utf-8") as handle:
                json.dump(output, handle, ensure_ascii=False)
            return 0
    except rs.InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"fake_readiness.py: unknown command {command}", file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv))
