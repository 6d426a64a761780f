#!/usr/bin/env bash
# Usage: scripts/measure-auth-timing.sh [samples]     (default 300)
#
# Measures whether sign-in and forgot-password take visibly different times for known, unknown and
# locked-out accounts (account enumeration by timing). Runs AuthTimingTests through the portal's real
# pipeline on the test PostgreSQL with that many samples of each kind and prints the median, p10 and
# p90 of each. Timings are printed, never asserted. Takes about a minute per 100 samples.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export COCREATION_TIMING_SAMPLES=${1:-300}
out=$(mktemp)
./test.sh --filter "FullyQualifiedName~AuthTimingTests" --logger "console;verbosity=detailed" >"$out" 2>&1 || { tail -40 "$out"; exit 1; }
grep -o 'TIMING .*' "$out"
rm -f "$out"
