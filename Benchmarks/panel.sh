#!/usr/bin/env bash
# Panel benchmark: `readiness panel` over STARTUPS startups × 4 assessors (the founder and three
# reviewers, one conflict in twenty) against the time libyaml alone needs to parse the same files.
#
#   Benchmarks/panel.sh
#
# Environment: STARTUPS (default 2000), SKIP_BUILD=1, DATA (default Benchmarks/.data/panel),
# BIN (default .build/release/readiness). The issue's target: at most 3× the libyaml loop.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STARTUPS="${STARTUPS:-2000}"
DATA="${DATA:-$ROOT/Benchmarks/.data/panel}"
BIN="${BIN:-$ROOT/.build/release/readiness}"
RUBRIC="$ROOT/Rubrics/investor-readiness.yaml"
COUNT=$((STARTUPS * 4))
mkdir -p "$DATA"

if [ "$(cat "$DATA/q.stamp" 2>/dev/null)" != "$COUNT" ]; then
    echo "== generating $STARTUPS startups × 4 assessors ($COUNT questionnaires)"
    rm -rf "$DATA/q"
    python3 Benchmarks/generate.py --rubric "$RUBRIC" --count "$COUNT" --out "$DATA/q" --seed 1 --no-quoted-empty
    # Four questionnaires a startup: its name and assessor replace the generated ones.
    python3 - "$DATA/q" "$DATA/conflicts.csv" <<'PY'
import os, sys
folder, conflicts = sys.argv[1], sys.argv[2]
assessors = ["self", "Ann de Groot", "Bram Jansen", "Chen Li"]
names = sorted(os.listdir(folder))
rows = ["assessor,startup"]
for index, name in enumerate(names):
    path = os.path.join(folder, name)
    startup, assessor = f"Startup {index // 4:05d}", assessors[index % 4]
    lines = [l for l in open(path, encoding="utf-8").read().split("\n")
             if not l.startswith(("startup:", "assessor:"))]
    lines.insert(1, f"startup: {startup}\nassessor: {assessor}")
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    if index % 80 == 3:
        rows.append(f"{assessor},{startup}")
open(conflicts, "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY
    echo "$COUNT" >"$DATA/q.stamp"
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then swift build -c release 2>&1 | tail -n 1; fi
cc -O2 -o "$DATA/yaml_parse_loop" Benchmarks/yaml_parse_loop.c -lyaml
find "$DATA/q" -name '*.yaml' | sort >"$DATA/files.txt"

seconds() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -n 1; }
OUT="$DATA/out"
panel() { rm -rf "$OUT"; seconds "$BIN" panel "$DATA/q" --rubric investor-readiness --conflicts "$DATA/conflicts.csv" --quiet --out "$OUT" "$@"; }
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
json=$(best panel --format json)
reports=$(best panel --normalize z)
ratio() { echo "scale=1; ${1% *} / ${c% *}" | bc; }
printf '%-52s %8s %10s %7s\n' "$STARTUPS startups × 4 assessors" seconds "peak KB" ratio
printf '%-52s %8s %10s\n' "libyaml event loop" "${c% *}" "${c#* }"
printf '%-52s %8s %10s %6sx\n' "readiness panel --format json" "${json% *}" "${json#* }" "$(ratio "$json")"
printf '%-52s %8s %10s %6sx\n' "readiness panel --normalize z (Markdown + HTML)" "${reports% *}" "${reports#* }" "$(ratio "$reports")"
