#!/usr/bin/env bash
# Installs what Mestring needs on Debian 12, builds it, and then either starts the program on
# the embedded demo database ("run") or runs every test and then the fuzzers for a bounded
# time ("test"). Used by the README's two commands and by CI (.ci/run). Run as root, or as a
# user with sudo.
set -euo pipefail

mode=${1:-run}
shift || true
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    catch2 libsodium-dev sqlite3 libsqlite3-dev libpq-dev libxlsxwriter-dev tzdata
    xvfb xauth poppler-utils unzip
)
# The test run also fuzzes the CPR parser and the JSON importer: clang, and its runtime
# libraries with libFuzzer and the sanitizers (only recommended by clang, so named here). It
# runs the core suites on PostgreSQL too: the server programs (initdb, pg_ctl, pg_dump), from
# which the tests start a throwaway cluster of their own (tests/support/pgcluster.sh).
if [ "$mode" = test ]; then packages+=(clang libclang-rt-14-dev postgresql); fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== Installing: ${missing[*]}"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

install_packages
case "$mode" in
    run)
        build release
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "== No display found: starting Mestring under a virtual X server (xvfb-run)."
            exec xvfb-run -a -s "-screen 0 1366x768x24" build/release/app/mestring "$@"
        fi
        exec build/release/app/mestring "$@"
        ;;
    test)
        build ci
        export QT_QPA_PLATFORM=offscreen
        ctest --test-dir build/ci --output-on-failure -j2
        # Then the libFuzzer targets, each for a bounded time (docs/fuzzing.md).
        build fuzz
        tests/fuzz/run-fuzzers.sh "${MESTRING_FUZZ_SECONDS:-60}"
        ;;
    *)
        echo "usage: $0 run|test [program arguments]" >&2
        exit 2
        ;;
esac
