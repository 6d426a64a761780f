#!/usr/bin/env bash
# Usage: scripts/trx-summary.sh DIR
#
# Sums the <Counters> of every DIR/*.trx (VSTest's result files; `dotnet test`
# prints no overall count itself) and prints one line per file,
#   "  <Project>: N passed, N failed, N skipped"
# then, as the very last line,
#   "N passed, N failed, N skipped"
# Exits 1 when anything failed, anything was skipped (a skip hides a missing
# service behind a green run), a file has no counters, a project ran no test
# (unless TRX_ALLOW_EMPTY=1: ./test.sh sets it when a --filter is given), or
# nothing passed.
#
# Plain grep/tr/awk on purpose: python3 is not on every fresh Debian.
set -euo pipefail

dir=${1:?usage: trx-summary.sh DIR}

# Value of one integer attribute of the <Counters .../> element ($counters), 0
# when absent. The leading space and `="` make "passed" not match
# "passedButRunAborted"; attribute order does not matter.
attr() {
  local v
  v=$(printf ' %s' "$counters" | grep -o "[[:space:]]$1=\"[0-9]*\"" | head -n 1 | tr -dc '0-9' || true)
  printf '%s' "${v:-0}"
}

total_passed=0 total_failed=0 total_skipped=0 broken=0 empty=0
shopt -s nullglob
for trx in "$dir"/*.trx; do
  name=$(basename "$trx" .trx)
  # The element is on one line in practice; joining lines makes that not matter.
  counters=$(tr '\r\n' '  ' <"$trx" | grep -o '<Counters[^>]*>' | head -n 1 || true)
  if [[ -z "$counters" ]]; then
    echo "  $name: no <Counters> in $trx (run aborted?)"
    broken=1
    continue
  fi
  # passed: passedButRunAborted tests did pass (the abort itself fails the run
  #   through dotnet test's exit code).
  # failed: every outcome that means "did not pass and should have":
  #   error, timeout, aborted, notRunnable and disconnected count as failures.
  # skipped: notExecuted is what xUnit's Skip becomes; inconclusive is not a
  #   pass either, and is reported with the skipped ones.
  passed=$(( $(attr passed) + $(attr passedButRunAborted) ))
  failed=$(( $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted) + $(attr notRunnable) + $(attr disconnected) ))
  skipped=$(( $(attr notExecuted) + $(attr inconclusive) ))
  echo "  $name: $passed passed, $failed failed, $skipped skipped"
  if (( passed + failed + skipped == 0 )) && [[ "${TRX_ALLOW_EMPTY:-0}" != 1 ]]; then
    echo "  $name: ran no test"
    empty=1
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
done

echo "$total_passed passed, $total_failed failed, $total_skipped skipped"

if (( total_skipped > 0 )); then
  echo "trx-summary: $total_skipped skipped; a skipped test proves nothing (fix or delete it)" >&2
fi
if (( broken || empty || total_failed > 0 || total_skipped > 0 || total_passed == 0 )); then
  exit 1
fi
