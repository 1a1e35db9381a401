#!/usr/bin/env bash
# Differential test: the Swift engine against the independent Python reference scorer
# (Tests/Reference/reference_scorer.py) on random rubrics and questionnaires.
#
#   Benchmarks/differential.sh [SEED...]        (default seeds: 1 2 3 4 5 6)
#
# MODE chooses what is compared (default format1, the first edition's test as before):
#   format1  a random format-1 rubric per seed (Benchmarks/generate.py) and every built-in
#            rubric Rubrics/*.yaml (questionnaires from seed 1; RUBRICS=none skips them):
#              readiness assess --rubric RUBRIC --json Q...   vs   reference_scorer.py RUBRIC Q...
#            EDITION2_KEYS=1 also compares the second-edition keys on these (reference --all-keys).
#   format2  a random format-2 rubric per seed (Tests/Reference/random_rubric.py: gate caps,
#            required evidence, unverified, min_answered, per-criterion pass, dimension
#            ladders, text mappings, extends chains and built-in children), COUNT
#            questionnaires, the same two commands.
#   panel    a random rubric (format 2; format 1 for every fourth seed) and a panel of
#            STARTUPS startups (3-5 assessors each, some founders, a conflicts file):
#              readiness panel DIR --rubric R --conflicts C --out OUT --format json [--discuss X] [--normalize z]
#            OUT/panel.json vs  reference_scorer.py panel --rubric R --conflicts C ... DIR
#            (--normalize z on odd seeds; --discuss 0.25 / default / 0.75 by seed).
#   all      all three.
#
# Environment: COUNT (questionnaires per seed, default 300), STARTUPS (per panel, default 8),
# SHOW (differences printed, default 20), SKIP_BUILD=1 (use the existing binary), BIN (the
# binary, default .build/release/readiness), DATA (work folder, default
# Benchmarks/.data/differential), QUOTED_EMPTY=0 (never write an unanswered criterion or a
# blank evidence as `""`; by default some are, since the brief says an empty value means
# unanswered).
#
# Every command runs inside a scratch folder (so any report files land there). Every key of
# the brief's result JSON is compared (floats within 1e-9 relative; see
# Tests/Reference/compare_results.py). Ends with "N passed, N failed" per kind of
# comparison; exit 0 only when none failed, 2 when the generator or the reference failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
COUNT="${COUNT:-300}"
STARTUPS="${STARTUPS:-8}"
SHOW="${SHOW:-20}"
MODE="${MODE:-format1}"
DATA="${DATA:-$ROOT/Benchmarks/.data/differential}"
BIN="${BIN:-$ROOT/.build/release/readiness}"
REF=Tests/Reference
if [ "$#" -gt 0 ]; then SEEDS=("$@"); else SEEDS=(1 2 3 4 5 6); fi
case "$MODE" in
    format1|format2|panel|all) ;;
    *) echo "MODE must be format1, format2, panel or all"; exit 64 ;;
esac
GENERATE_FLAGS=()
if [ "${QUOTED_EMPTY:-1}" = 0 ]; then GENERATE_FLAGS+=(--no-quoted-empty); fi
REFERENCE_FLAGS=()
if [ "${EDITION2_KEYS:-0}" = 1 ]; then REFERENCE_FLAGS+=(--all-keys); fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== swift build -c release"
    mkdir -p "$ROOT/Benchmarks/.data"
    if ! swift build -c release >"$ROOT/Benchmarks/.data/build-release.log" 2>&1; then
        tail -n 30 "$ROOT/Benchmarks/.data/build-release.log"
        echo "swift build failed (log: Benchmarks/.data/build-release.log)"
        exit 2
    fi
fi
if [ ! -x "$BIN" ]; then
    echo "no $BIN: build first"
    exit 2
fi

rm -rf "$DATA"
mkdir -p "$DATA"
triples=()
panel_triples=()

run_case() {  # run_case NAME RUBRIC [REFERENCE FLAGS...]: assess --json vs the reference
    local name="$1" rubric="$2" dir="$DATA/$1"
    shift 2
    mkdir -p "$dir/run"
    if ! python3 "$REF/reference_scorer.py" "$@" "$rubric" "$dir"/q/*.yaml \
            >"$dir/expected.json" 2>"$dir/reference-stderr.txt"; then
        cat "$dir/reference-stderr.txt"
        echo "$name: the reference scorer rejected the generated input (a generator bug)"
        exit 2
    fi
    local start end rc
    start=$(date +%s.%N)
    (cd "$dir/run" && "$BIN" assess --rubric "$rubric" --json "$dir"/q/*.yaml \
        >"$dir/got.json" 2>"$dir/stderr.txt")
    rc=$?
    end=$(date +%s.%N)
    printf '== %s: %s questionnaires, readiness exit %s, %.2fs\n' "$name" "$COUNT" "$rc" \
        "$(echo "$end - $start" | bc)"
    if [ "$rc" -ne 0 ] || [ -s "$dir/stderr.txt" ]; then
        head -n 5 "$dir/stderr.txt" | sed 's/^/   stderr: /'
    fi
    triples+=("$rubric" "$dir/expected.json" "$dir/got.json")
}

run_panel() {  # run_panel NAME RUBRIC SEED: panel.json vs the reference panel
    local name="$1" rubric="$2" seed="$3" dir="$DATA/$1"
    local ext=csv
    if [ $((seed % 2)) = 0 ]; then ext=yaml; fi
    local conflicts="$dir/conflicts.$ext"
    local options=()
    case $((seed % 3)) in
        1) options+=(--discuss 0.25) ;;
        2) options+=(--discuss 0.75) ;;
    esac
    if [ $((seed % 2)) = 1 ]; then options+=(--normalize z); fi
    mkdir -p "$dir/run"
    python3 "$REF/random_rubric.py" panel --rubric "$rubric" --seed "$seed" --startups "$STARTUPS" \
        --out "$dir/q" --conflicts "$conflicts" "${GENERATE_FLAGS[@]}" || exit 2
    if ! python3 "$REF/reference_scorer.py" panel --rubric "$rubric" --conflicts "$conflicts" \
            "${options[@]}" "$dir/q" >"$dir/expected-panel.json" 2>"$dir/reference-stderr.txt"; then
        cat "$dir/reference-stderr.txt"
        echo "$name: the reference rejected the generated panel (a generator bug)"
        exit 2
    fi
    local rc
    (cd "$dir/run" && "$BIN" panel "$dir/q" --rubric "$rubric" --conflicts "$conflicts" \
        --out "$dir/out" --format json "${options[@]}" >"$dir/stdout.txt" 2>"$dir/stderr.txt")
    rc=$?
    printf '== %s: %s startups, %s assessments, options [%s], readiness exit %s\n' "$name" "$STARTUPS" \
        "$(ls "$dir/q" | wc -l)" "${options[*]}" "$rc"
    if [ "$rc" -ne 0 ] || [ -s "$dir/stderr.txt" ]; then
        head -n 5 "$dir/stderr.txt" | sed 's/^/   stderr: /'
    fi
    panel_triples+=("$rubric" "$dir/expected-panel.json" "$dir/out/panel.json")
}

if [ "$MODE" = format1 ] || [ "$MODE" = all ]; then
    for seed in "${SEEDS[@]}"; do
        dir="$DATA/seed-$seed"
        mkdir -p "$dir"
        python3 Benchmarks/generate.py --random-rubric "$dir/rubric.yaml" --seed "$seed" \
            --rubric "$dir/rubric.yaml" --count "$COUNT" --out "$dir/q" "${GENERATE_FLAGS[@]}" || exit 2
        run_case "seed-$seed" "$dir/rubric.yaml" "${REFERENCE_FLAGS[@]}"
    done
    if [ "${RUBRICS:-all}" != none ]; then
        for rubric in "$ROOT"/Rubrics/*.yaml; do
            [ -e "$rubric" ] || continue
            name="builtin-$(basename "$rubric" .yaml)"
            mkdir -p "$DATA/$name"
            python3 Benchmarks/generate.py --rubric "$rubric" --seed 1 --count "$COUNT" \
                --out "$DATA/$name/q" "${GENERATE_FLAGS[@]}" || exit 2
            run_case "$name" "$rubric" "${REFERENCE_FLAGS[@]}"
        done
    fi
fi

if [ "$MODE" = format2 ] || [ "$MODE" = all ]; then
    for seed in "${SEEDS[@]}"; do
        dir="$DATA/f2-seed-$seed"
        rubric="$(python3 "$REF/random_rubric.py" rubric --seed "$seed" --out "$dir/rubric")" || exit 2
        python3 "$REF/random_rubric.py" questionnaires --rubric "$rubric" --seed "$seed" \
            --count "$COUNT" --out "$dir/q" "${GENERATE_FLAGS[@]}" || exit 2
        run_case "f2-seed-$seed" "$rubric"
    done
fi

if [ "$MODE" = panel ] || [ "$MODE" = all ]; then
    for seed in "${SEEDS[@]}"; do
        dir="$DATA/panel-seed-$seed"
        mkdir -p "$dir"
        if [ $((seed % 4)) = 0 ]; then
            rubric="$dir/rubric.yaml"
            python3 Benchmarks/generate.py --random-rubric "$rubric" --seed "panel-$seed" || exit 2
        else
            rubric="$(python3 "$REF/random_rubric.py" rubric --seed "panel-$seed" --out "$dir/rubric")" || exit 2
        fi
        run_panel "panel-seed-$seed" "$rubric" "$seed"
    done
fi

status=0
if [ "${#triples[@]}" -gt 0 ]; then
    echo "== assess --json against the reference"
    python3 "$REF/compare_results.py" --show "$SHOW" "${triples[@]}" || status=1
fi
if [ "${#panel_triples[@]}" -gt 0 ]; then
    echo "== panel.json against the reference panel"
    python3 "$REF/compare_results.py" --panel --show "$SHOW" "${panel_triples[@]}" || status=1
fi
exit "$status"
