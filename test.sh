#!/usr/bin/env bash
# Usage: ./test.sh [dotnet test options...]     e.g. ./test.sh --filter "FullyQualifiedName~Submission"
#
# Ensures the .NET SDK, a throwaway PostgreSQL (scripts/pg-up.sh test, port
# 55433; COCREATION_TEST_DB wins when set) and Debian's Chromium, builds the
# solution once (Release), then runs every tests/*.Tests project in turn and,
# on a full run, the formatting checks (CSharpier, dotnet format), the bench in its
# smoke mode (./bench.sh --smoke) and the scale check (scripts/scale-check.sh: nginx in
# front of two portal processes).
# Ends with one line "N passed, N failed, N skipped" summed over all projects
# from their trx files (dotnet test prints no such total itself).
#
# Exits non-zero when the build fails, any dotnet test exits non-zero, any
# test failed or was skipped, a project left no trx or (without options) ran
# no test, or no test passed at all. The test
# cluster is left running: the next run starts in ~0.1 s
# (scripts/pg-down.sh test stops it).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

scripts/ensure-dotnet.sh
COCREATION_TEST_DB=$(scripts/pg-up.sh test)
export COCREATION_TEST_DB
scripts/ensure-chromium.sh
COCREATION_VNU_JAR=$(scripts/ensure-vnu.sh)
export COCREATION_VNU_JAR

shopt -s nullglob
projects=(tests/*.Tests/*.csproj)
if (( ${#projects[@]} == 0 )); then
  echo "test.sh: no test project found under tests/*.Tests/" >&2
  exit 1
fi

# Absolute: a relative --results-directory may be taken relative to the test
# project rather than to here, depending on the SDK.
results="$PWD/TestResults"
rm -rf "$results"
mkdir -p "$results"

# One build for all projects; each dotnet test below then runs --no-build.
if ! dotnet build CoCreation.sln -c Release -nologo; then
  echo "test.sh: build failed" >&2
  exit 1
fi

# A hung test would otherwise eat CI's whole time budget with no result.
per_project_timeout=${TEST_PROJECT_TIMEOUT:-25m}

problems=()
for proj in "${projects[@]}"; do
  name=$(basename "$proj" .csproj)
  echo
  echo "=== $name"
  rc=0
  # Keep going after a failing project (|| rc=$?), so every project reports.
  timeout --kill-after=30s "$per_project_timeout" \
    dotnet test "$proj" -c Release --no-build \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      "$@" || rc=$?
  if (( rc == 124 )); then
    problems+=("$name: timed out after $per_project_timeout")
  elif (( rc != 0 )); then
    problems+=("$name: dotnet test exited $rc")
  fi
  if [[ ! -f "$results/$name.trx" ]]; then
    if (( $# > 0 )); then
      # With a --filter that matches nothing in this project there may be no
      # trx; that is expected, not a failure (the total must still be > 0).
      echo "test.sh: $name left no trx (filtered out?)" >&2
    else
      problems+=("$name: produced no $name.trx")
    fi
  fi
done

# Formatting the editor keeps (.editorconfig): CSharpier wraps C# to max_line_length, dotnet format
# checks the whitespace rules (the style rules fail the build itself: EnforceCodeStyleInBuild). Only on
# a full run; `dotnet csharpier format .` and `dotnet format whitespace --folder` fix what they report.
if (( $# == 0 )); then
  echo
  echo "=== formatting (dotnet csharpier check, dotnet format whitespace --verify-no-changes)"
  if ! dotnet csharpier check . ; then
    problems+=("C# not formatted: run dotnet csharpier format .")
  fi
  if ! dotnet format whitespace --folder --verify-no-changes -v q; then
    problems+=("dotnet format --verify-no-changes found changes: run dotnet format whitespace --folder")
  fi
fi

# The bench end to end on a small data set (./bench.sh --smoke): a change that breaks the bench fails
# here, not on the next person's fresh clone. Only on a full run (no dotnet test options given).
if (( $# == 0 )); then
  echo
  echo "=== bench smoke (./bench.sh --smoke)"
  if ! ./bench.sh --smoke > TestResults/bench-smoke.log 2>&1; then
    tail -40 TestResults/bench-smoke.log
    problems+=("bench smoke failed (TestResults/bench-smoke.log)")
  else
    tail -3 TestResults/bench-smoke.log
  fi
fi

# nginx (deploy/nginx.conf, the compose proxy's file) in front of two portal processes on one database, one of
# them restarted under load: no read fails, no proposal is stored twice, sessions and changes cross instances.
if (( $# == 0 )); then
  echo
  echo "=== scale check (scripts/scale-check.sh: nginx in front of two portal processes)"
  if ! scripts/scale-check.sh --no-build > TestResults/scale-check.log 2>&1; then
    tail -40 TestResults/scale-check.log
    problems+=("scale check failed (TestResults/scale-check.log)")
  else
    grep -E '^scale[- ]check' TestResults/scale-check.log | tail -3
  fi
fi

echo
echo "Test results (trx files in TestResults/):"
for p in "${problems[@]}"; do
  echo "  problem: $p"
done
# Prints the per-project lines and, last, "N passed, N failed, N skipped";
# non-zero when anything failed or nothing passed.
summary_rc=0
# With a --filter (any option given), a project may legitimately run nothing.
TRX_ALLOW_EMPTY=$(( $# > 0 )) scripts/trx-summary.sh "$results" || summary_rc=$?

if (( ${#problems[@]} > 0 || summary_rc != 0 )); then
  exit 1
fi
