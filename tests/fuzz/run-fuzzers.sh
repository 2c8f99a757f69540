#!/bin/sh
# Runs the libFuzzer targets for a bounded time each (default 60 s) on a copy of the seed
# corpus, so new inputs found go to build/fuzz/corpus-<target>/ and never into the checked-in
# seeds. A crash writes crash-*/leak-*/timeout-* into tests/fuzz/crashes/ and the script fails.
#   tests/fuzz/run-fuzzers.sh [seconds]
# Needs the fuzz tree: cmake --preset fuzz && cmake --build --preset fuzz
set -eu
seconds=${1:-60}
# libFuzzer reads -max_total_time=0 as "no limit": only a positive whole number is taken.
case "$seconds" in
    ''|*[!0-9]*|0) echo "run-fuzzers.sh: the time must be a whole number of seconds above 0, not '$seconds'" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
mkdir -p "$root/tests/fuzz/crashes"
status=0
for target in cpr exchange; do
    work="$build/corpus-$target"
    mkdir -p "$work"
    cp -n "$root/tests/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
    echo "== fuzz_$target for $seconds s"
    if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$root/tests/fuzz/crashes/$target-" \
        -print_final_stats=1 "$work"; then
        status=1
    fi
done
exit $status
