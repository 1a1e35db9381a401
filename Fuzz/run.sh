#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each in turn, one process at a time.
#
#   Fuzz/run.sh [seconds-per-target] [target ...]     targets: yaml csv extends markdown html
#   RUNS=1000000 Fuzz/run.sh 0 yaml                   a run budget instead of a time budget
#
# Each target's corpus is Fuzz/corpus/<target> (committed: small seeds and crash reproducers)
# plus the examples and rubrics of the repository, copied into Fuzz/.work/<target>/corpus, where
# what the fuzzer finds accumulates. Crashes land in Fuzz/.work/<target>/crash-*; copy a fixed
# one into Fuzz/corpus/<target>/ so the test suite (FuzzCorpusTests) keeps running it.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml csv extends markdown html)
max_len=${MAX_LEN:-8192}

swift build -c release --sanitize fuzzer
bin=$(swift build -c release --sanitize fuzzer --show-bin-path)

executable() {
    case $1 in
        yaml) echo FuzzYAML ;; csv) echo FuzzCSV ;; extends) echo FuzzExtends ;;
        markdown) echo FuzzMarkdown ;; html) echo FuzzHTML ;;
        *) echo "unknown target $1" >&2; exit 2 ;;
    esac
}

seed() {
    local target=$1 into=$2
    cp corpus/"$target"/* "$into"/
    case $target in
        csv) cp ../Examples/*.csv "$into"/ ;;
        extends) cp ../Rubrics/*.yaml "$into"/ ;;
        *) for file in ../Examples/*/*.yaml ../Rubrics/*.yaml ../Rubrics/resources/*.yaml; do
               cp "$file" "$into/$(basename "$(dirname "$file")")-$(basename "$file")"
           done ;;
    esac
}

for target in "${targets[@]}"; do
    work=.work/$target
    mkdir -p "$work/corpus"
    seed "$target" "$work/corpus"
    budget=(-max_total_time="$seconds")
    [ -n "${RUNS:-}" ] && budget=(-runs="$RUNS")
    echo "== $target: ${budget[*]}, -max_len=$max_len"
    (cd "$work" && SWIFT_BACKTRACE=enable=no "$bin/$(executable "$target")" corpus \
        "${budget[@]}" -max_len="$max_len" -jobs=1 -workers=1 -print_final_stats=1 \
        -close_fd_mask=1 >/dev/null 2>&1 || true)
    # With -jobs the run's output is in fuzz-0.log; each run appends its summary to summary.log.
    log=$work/fuzz-0.log
    {
        echo "== $(date -u +%FT%TZ) $target ${budget[*]} -max_len=$max_len"
        grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | tail -2 || true
        grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec' "$log" || true
        grep -E 'ERROR|SUMMARY|Test unit written' "$log" || true
    } | tee -a "$work/summary.log"
done
