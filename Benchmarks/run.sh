#!/usr/bin/env bash
# Benchmark: scoring COUNT questionnaires with `readiness assess --json` against the
# time libyaml alone needs to parse the same files (Benchmarks/yaml_parse_loop.c).
#
#   Benchmarks/run.sh
#
# Environment: COUNT (default 10000), SEED (default 1), RUBRIC (default
# Rubrics/investor-readiness.yaml, or a random rubric when that file does not exist),
# RUNS (best of, default 3), SKIP_BUILD=1, DATA (default Benchmarks/.data/bench), BIN.
#
# Prints the best wall-clock time of each, side by side, and their ratio.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
COUNT="${COUNT:-10000}"
SEED="${SEED:-1}"
RUNS="${RUNS:-3}"
DATA="${DATA:-$ROOT/Benchmarks/.data/bench}"
BIN="${BIN:-$ROOT/.build/release/readiness}"
mkdir -p "$DATA/run"

RUBRIC="${RUBRIC:-$ROOT/Rubrics/investor-readiness.yaml}"
if [ ! -f "$RUBRIC" ]; then
    echo "== $RUBRIC not found: using a random rubric (seed $SEED)"
    RUBRIC="$DATA/random-rubric.yaml"
    python3 Benchmarks/generate.py --random-rubric "$RUBRIC" --seed "$SEED"
fi

# Questionnaires: regenerated only when the rubric, count, seed or generator changed.
stamp="$(cat "$RUBRIC" Benchmarks/generate.py | sha256sum | cut -c1-16) $COUNT $SEED"
if [ "$(cat "$DATA/q.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "== generating $COUNT questionnaires for $(basename "$RUBRIC")"
    rm -rf "$DATA/q"
    python3 Benchmarks/generate.py --rubric "$RUBRIC" --count "$COUNT" --out "$DATA/q" \
        --seed "$SEED" --no-quoted-empty
    echo "$stamp" >"$DATA/q.stamp"
fi
find "$DATA/q" -name '*.yaml' | sort >"$DATA/files.txt"
mapfile -t FILES <"$DATA/files.txt"
echo "== ${#FILES[@]} files, $(cat "${FILES[@]}" | wc -c) bytes"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== swift build -c release"
    swift build -c release 2>&1 | tail -n 1
fi
echo "== cc -O2 yaml_parse_loop.c -lyaml"
cc -O2 -o "$DATA/yaml_parse_loop" Benchmarks/yaml_parse_loop.c -lyaml

# One process if the argument list fits (with room for the environment), else xargs.
arg_max=$(getconf ARG_MAX)
arg_bytes=$(( $(wc -c <"$DATA/files.txt") + 8 * ${#FILES[@]} + $(env | wc -c) + 4096 ))
if [ "$arg_bytes" -lt "$arg_max" ]; then
    mode="one process ($arg_bytes of $arg_max argument bytes)"
    run_c() { "$DATA/yaml_parse_loop" "${FILES[@]}"; }
    run_swift() { (cd "$DATA/run" && "$BIN" assess --rubric "$RUBRIC" --json "${FILES[@]}"); }
else
    mode="xargs, several processes ($arg_bytes > $arg_max argument bytes)"
    run_c() { "$DATA/yaml_parse_loop" -l "$DATA/files.txt"; }
    run_swift() { (cd "$DATA/run" && xargs -d '\n' -a "$DATA/files.txt" \
        "$BIN" assess --rubric "$RUBRIC" --json); }
fi
echo "== passing files: $mode"

# Check once (and warm the file cache): every questionnaire scored, none rejected.
run_c
if ! run_swift >"$DATA/results.json" 2>"$DATA/stderr.txt"; then
    echo "readiness assess failed:"
    head -n 10 "$DATA/stderr.txt"
    exit 1
fi
scored=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$DATA/results.json" \
    2>/dev/null || echo "?")
echo "== readiness scored $scored results"

TIMEFORMAT=%R
best_c=""
best_swift=""
for run in $(seq 1 "$RUNS"); do
    t_c=$( { time run_c >/dev/null; } 2>&1 )
    t_swift=$( { time run_swift >/dev/null 2>"$DATA/stderr.txt"; } 2>&1 )
    printf '   run %d: libyaml loop %ss, readiness assess %ss\n' "$run" "$t_c" "$t_swift"
    if [ -z "$best_c" ] || [ "$(echo "$t_c < $best_c" | bc)" = 1 ]; then best_c=$t_c; fi
    if [ -z "$best_swift" ] || [ "$(echo "$t_swift < $best_swift" | bc)" = 1 ]; then best_swift=$t_swift; fi
done

echo
printf '%-44s %10s\n' "best of $RUNS (wall clock, ${#FILES[@]} files)" "seconds"
printf '%-44s %10s\n' "libyaml event loop (yaml_parse_loop)" "$best_c"
printf '%-44s %10s\n' "readiness assess --json > /dev/null" "$best_swift"
if [ "$(echo "$best_c > 0" | bc)" = 1 ]; then
    printf 'ratio readiness / libyaml: %.1fx\n' "$(echo "scale=4; $best_swift / $best_c" | bc)"
else
    echo "ratio: the libyaml loop took under the timer's resolution"
fi
