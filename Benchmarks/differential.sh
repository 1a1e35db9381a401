#!/usr/bin/env bash
# Differential test: the Swift engine against the independent Python reference scorer
# (Tests/Reference/reference_scorer.py) on random rubrics and questionnaires.
#
#   Benchmarks/differential.sh [SEED...]        (default seeds: 1 2 3 4 5 6)
#
# Environment: COUNT (questionnaires per seed, default 300), SHOW (differences printed,
# default 20), SKIP_BUILD=1 (use the existing .build/release/readiness, or BIN),
# DATA (work folder, default Benchmarks/.data/differential), QUOTED_EMPTY=0 (never write an
# unanswered criterion as `key: ""`; by default some are, since the brief says an empty value
# means unanswered).
#
# For each seed: a random rubric, COUNT questionnaires; then the same for every built-in
# rubric file Rubrics/*.yaml (questionnaires from seed 1; RUBRICS=none skips them); then
#   readiness assess --rubric RUBRIC --json Q...   (run inside a scratch folder, so any
#                                                   report files land there)
#   reference_scorer.py RUBRIC Q...
# and every key of the brief's result JSON is compared (floats within 1e-9 relative).
# Ends with "N passed, N failed" (one per questionnaire); exit 0 only when none failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
COUNT="${COUNT:-300}"
SHOW="${SHOW:-20}"
DATA="${DATA:-$ROOT/Benchmarks/.data/differential}"
BIN="${BIN:-$ROOT/.build/release/readiness}"
if [ "$#" -gt 0 ]; then SEEDS=("$@"); else SEEDS=(1 2 3 4 5 6); fi
GENERATE_FLAGS=()
if [ "${QUOTED_EMPTY:-1}" = 0 ]; then GENERATE_FLAGS+=(--no-quoted-empty); fi

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

run_case() {  # run_case NAME RUBRIC
    local name="$1" rubric="$2" dir="$DATA/$1"
    if ! python3 Tests/Reference/reference_scorer.py "$rubric" "$dir"/q/*.yaml \
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

for seed in "${SEEDS[@]}"; do
    dir="$DATA/seed-$seed"
    mkdir -p "$dir/run"
    python3 Benchmarks/generate.py --random-rubric "$dir/rubric.yaml" --seed "$seed" \
        --rubric "$dir/rubric.yaml" --count "$COUNT" --out "$dir/q" "${GENERATE_FLAGS[@]}" || exit 2
    run_case "seed-$seed" "$dir/rubric.yaml"
done

if [ "${RUBRICS:-all}" != none ]; then
    for rubric in "$ROOT"/Rubrics/*.yaml; do
        [ -e "$rubric" ] || continue
        name="builtin-$(basename "$rubric" .yaml)"
        mkdir -p "$DATA/$name/run"
        python3 Benchmarks/generate.py --rubric "$rubric" --seed 1 --count "$COUNT" \
            --out "$DATA/$name/q" "${GENERATE_FLAGS[@]}" || exit 2
        run_case "$name" "$rubric"
    done
fi

python3 Tests/Reference/compare_results.py --show "$SHOW" "${triples[@]}"
