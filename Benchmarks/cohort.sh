#!/usr/bin/env bash
# Cohort benchmark: `readiness batch` over COUNT questionnaires against the time libyaml alone
# needs to parse them, with and without per-startup reports; peak memory at COUNT and at
# BIG (10× more) startups; and a run killed half-way, which must leave only complete files.
#
#   Benchmarks/cohort.sh
#
# Environment: COUNT (default 10000), BIG (default 100000; 0 skips the memory case),
# SKIP_BUILD=1, DATA (default Benchmarks/.data/cohort), BIN (default .build/release/readiness),
# MEMORY_DIR (default /dev/shm, when it exists): a RAM-backed folder for a second run of the
# reports case, which shows the tool's own cost apart from the disk's cost of creating files.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
COUNT="${COUNT:-10000}"
BIG="${BIG:-100000}"
DATA="${DATA:-$ROOT/Benchmarks/.data/cohort}"
BIN="${BIN:-$ROOT/.build/release/readiness}"
RUBRIC="$ROOT/Rubrics/investor-readiness.yaml"
mkdir -p "$DATA"

generate() {  # generate N DIR SEED
    if [ "$(cat "$2.stamp" 2>/dev/null)" != "$1 $3" ]; then
        echo "== generating $1 questionnaires in $2"
        rm -rf "$2"
        python3 Benchmarks/generate.py --rubric "$RUBRIC" --count "$1" --out "$2" --seed "$3" --no-quoted-empty
        echo "$1 $3" >"$2.stamp"
    fi
}
generate "$COUNT" "$DATA/q" 1
if [ "${SKIP_BUILD:-0}" != 1 ]; then swift build -c release 2>&1 | tail -n 1; fi
cc -O2 -o "$DATA/yaml_parse_loop" Benchmarks/yaml_parse_loop.c -lyaml
find "$DATA/q" -name '*.yaml' | sort >"$DATA/files.txt"

seconds() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -n 1; }
OUT="$DATA/out"
batch() { rm -rf "$OUT"; seconds "$BIN" batch "$@" --rubric investor-readiness --quiet --out "$OUT"; }
c_loop() { seconds "$DATA/yaml_parse_loop" -l "$DATA/files.txt"; }
best() {  # best of 3: "seconds peak-KB" of the run with the lowest wall-clock time
    local best="" line
    for _ in 1 2 3; do
        line=$("$@")
        if [ -z "$best" ] || [ "$(echo "${line% *} < ${best% *}" | bc)" = 1 ]; then best=$line; fi
    done
    echo "$best"
}

c=$(best c_loop)
summary=$(best batch "$DATA/q" --summary-only)
reports=$(best batch "$DATA/q")
ratio() { echo "scale=1; ${1% *} / ${c% *}" | bc; }
printf '%-48s %8s %10s %7s\n' "$COUNT questionnaires" seconds "peak KB" ratio
printf '%-48s %8s %10s\n' "libyaml event loop" "${c% *}" "${c#* }"
printf '%-48s %8s %10s %6sx\n' "readiness batch --summary-only" "${summary% *}" "${summary#* }" "$(ratio "$summary")"
printf '%-48s %8s %10s %6sx\n' "readiness batch (Markdown + HTML per startup)" "${reports% *}" "${reports#* }" "$(ratio "$reports")"
MEMORY_DIR="${MEMORY_DIR:-/dev/shm}"
if [ -d "$MEMORY_DIR" ] && [ -w "$MEMORY_DIR" ]; then
    OUT="$MEMORY_DIR/readiness-cohort-out"
    memory=$(best batch "$DATA/q")
    rm -rf "$OUT"
    OUT="$DATA/out"
    printf '%-48s %8s %10s %6sx\n' "  the same, reports written to $MEMORY_DIR" "${memory% *}" "${memory#* }" "$(ratio "$memory")"
fi

if [ "$BIG" != 0 ]; then
    generate "$BIG" "$DATA/q-big" 2
    big=$(batch "$DATA/q-big" --summary-only)
    printf '%-48s %8s %10s   memory %sx of %d\n' "readiness batch --summary-only, $BIG" "${big% *}" "${big#* }" \
        "$(echo "scale=2; ${big#* } / ${summary#* }" | bc)" "$COUNT"
fi

# Kill a run half-way: no truncated file may be left under a real name, and a rerun completes.
rm -rf "$DATA/out"
"$BIN" batch "$DATA/q" --rubric investor-readiness --quiet --out "$DATA/out" >/dev/null 2>&1 &
pid=$!
sleep "$(echo "scale=2; ${reports% *} / 2" | bc)"
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
written=$(find "$DATA/out" -type f ! -name '.readiness-tmp-*' | wc -l)
bad=0
for f in "$DATA"/out/*.html; do tail -c 8 "$f" | grep -q '</html>' || { echo "truncated: $f"; bad=1; }; done
echo "killed half-way: $written complete files, $(find "$DATA/out" -name '.readiness-tmp-*' | wc -l) temporary files left"
"$BIN" batch "$DATA/q" --rubric investor-readiness --quiet --out "$DATA/out" >/dev/null  # on top of what the kill left
echo "rerun on the killed folder: exit 0, $(find "$DATA/out" -name '.readiness-tmp-*' | wc -l) temporary files left, $(ls "$DATA/out" | wc -l) files"
exit $bad
