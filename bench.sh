#!/usr/bin/env bash
# Usage: ./bench.sh [--quick]
#
# The speed benchmark of QUALITY.md: brings up PostgreSQL (scripts/pg-up.sh run, database
# cocreation_bench), generates the data if missing (100 000 submissions, 60 members, 200 events with
# 20 000 registrations), publishes the portal in Release and runs it in Production mode next to the
# raw-Npgsql reference page (bench/CoCreation.Bench), drives both over loopback with wrk for peak
# throughput and with an open-loop harness at half of each peak for latency, and prints the table of
# ratios -- also written to bench/results/latest.md. --quick: 3 s runs instead of 10 s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SECS=10
[[ "${1:-}" == "--quick" ]] && SECS=3
CONNS=${BENCH_CONNECTIONS:-32}
PORTAL=http://127.0.0.1:5090
REFERENCE=http://127.0.0.1:5091
OUT=bench/out
mkdir -p "$OUT" bench/results

scripts/ensure-dotnet.sh
if ! command -v wrk >/dev/null; then
  echo "bench: installing wrk" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

base=$(ConnectionStrings__Portal= scripts/pg-up.sh run)
CS=$(sed -E 's/Database=[^;]*/Database=cocreation_bench/' <<<"$base")
# Prepared statements on hot paths (QUALITY.md lever): Npgsql prepares the 20 most used automatically.
PORTAL_CS="$CS;Max Auto Prepare=20;Auto Prepare Min Usages=2"

echo "bench: publishing the portal and the bench tools (Release)" >&2
dotnet publish src/CoCreation.Web -c Release -o "$OUT/portal" -nologo -v q >&2
dotnet publish bench/CoCreation.Bench -c Release -o "$OUT/tool" -nologo -v q >&2
tool() { dotnet "$OUT/tool/CoCreation.Bench.dll" "$@"; }

echo "bench: data (generated once, then reused)" >&2
tool seed --connection "$CS" >&2

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
tool reference --connection "$CS" --urls "$REFERENCE" >"$OUT/reference.log" 2>&1 & pids+=($!)
(
  cd "$OUT/portal"
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$PORTAL" ConnectionStrings__Portal="$PORTAL_CS" \
  Portal__PublicBaseUrl="$PORTAL" Portal__SecureCookies=true Portal__SeedDemoData=false Portal__TrustForwardedHeaders=true \
  Portal__RateLimits__ContributionPermitLimit=100000000 Portal__RateLimits__PostsPerAddressPerMinute=100000000 \
  Portal__RateLimits__AccountPermitLimit=100000000 \
  exec dotnet CoCreation.Web.dll
) >"$OUT/portal.log" 2>&1 & pids+=($!)

for url in "$PORTAL/health/ready" "$REFERENCE/fortunes"; do
  for _ in $(seq 1 120); do curl -fsS -o /dev/null -H "X-Forwarded-Proto: https" "$url" 2>/dev/null && break; sleep 0.5; done
  curl -fsS -o /dev/null -H "X-Forwarded-Proto: https" "$url" || { echo "bench: $url did not come up" >&2; tail -20 "$OUT/portal.log" >&2; exit 1; }
done

eval "$(tool login --url "$PORTAL" --email participant@demo.cocreation.example --password open-gov-cocreate-2017 | sed -E 's/^(COOKIE|TOKEN)=(.*)$/export \1='"'"'\2'"'"'/')"
AFTER=$(tool cursor --connection "$CS" --page 2000)

# name | url | lua script (optional)
scenarios=(
  "reference (raw Npgsql, 20 rows)|$REFERENCE/fortunes|"
  "static file (site.css)|$PORTAL/css/site.css|"
  "published submissions, page 1|$PORTAL/submissions|"
  "published submissions, page 2000|$PORTAL/submissions?After=$AFTER|"
  "full-text search, en|$PORTAL/submissions?Q=transparency|"
  "full-text search, fr|$PORTAL/submissions?Q=transparence|"
  "full-text search, es|$PORTAL/submissions?Q=transparencia|"
  "campaign home page, anonymous|$PORTAL/|"
  "member page|$PORTAL/members/ar|"
  "submit a proposal (POST)|$PORTAL/submissions/submit|bench/post.lua"
)

ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.2f", v }' <<<"$1"; }

declare -A RPS P50 P99 ERR HP50 HP99 HERR
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name url lua <<<"$entry"
  # As behind the TLS proxy of a real deployment (the reference page ignores the header).
  args=(-t2 -c"$CONNS" --latency -H "X-Forwarded-Proto: https")
  [[ -n "$lua" ]] && args+=(-s "$lua")
  wrk "${args[@]}" -d2s "$url" >/dev/null 2>&1 || true   # warm-up: JIT, pools, caches
  result=$(wrk "${args[@]}" -d"${SECS}s" "$url" 2>&1)
  RPS[$name]=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$result")
  P50[$name]=$(ms "$(awk '$1=="50%" {print $2}' <<<"$result")")
  P99[$name]=$(ms "$(awk '$1=="99%" {print $2}' <<<"$result")")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$result"); socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$result")
  ERR[$name]=$(( ${non2xx:-0} + ${socket:-0} ))
  half=$(( ${RPS[$name]:-2} / 2 )); [[ $half -lt 1 ]] && half=1
  loadargs=(--url "$url" --rate "$half" --seconds "$SECS")
  if [[ -n "$lua" ]]; then
    body="Data.MemberCode=AR&Data.Kind=CommitmentProposal&Data.Language=es&Data.Title=Publicar+los+contratos&Data.Problem=No+se+publican.&Data.ProposedCommitment=Publicarlos.&Data.PolicyArea=open-contracting&Data.IdempotencyKey=00000000-0000-4000-9000-{n}&__RequestVerificationToken=$(python3 -c 'import os,urllib.parse;print(urllib.parse.quote(os.environ["TOKEN"],safe=""))' 2>/dev/null || echo "$TOKEN")"
    loadargs+=(--body "$body" --cookie "$COOKIE")
  fi
  line=$(tool load "${loadargs[@]}")
  HP50[$name]=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line"); HP99[$name]=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line"); HERR[$name]=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
  echo "bench: $name: ${RPS[$name]} req/s, p50 ${P50[$name]} ms, p99 ${P99[$name]} ms, errors ${ERR[$name]}; at ${half}/s p50 ${HP50[$name]} ms, p99 ${HP99[$name]} ms, errors ${HERR[$name]}" >&2
done

# Open data: the whole submissions export, streamed, must not grow the portal's memory with the row count.
echo "bench: memory of the portal while downloading the submissions export (CSV, JSON)" >&2
MEMORY=$(tool memory --url "$PORTAL" --pid "${pids[1]}" || echo "memory: not measured")
echo "bench: $MEMORY" >&2

ref=${RPS["reference (raw Npgsql, 20 rows)"]}
static=${RPS["static file (site.css)"]}
page1=${RPS["published submissions, page 1"]}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
met() { awk -v r="$1" -v t="$2" 'BEGIN { print (r + 0 >= t + 0) ? "met" : "NOT met" }'; }
latency_met() { awk -v p50="$1" -v p99="$2" -v e="$3" 'BEGIN { print (p99 + 0 <= 5 * p50 && e == 0) ? "met" : "NOT met" }'; }

{
  echo "# Benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM; PostgreSQL $(psql --version 2>/dev/null | awk '{print $3}' || echo '?'), .NET $(dotnet --version)."
  echo "Data: $(tool seed --connection "$CS" 2>/dev/null | tail -1 | sed 's/^seed: //')."
  echo "Peak: wrk, 2 threads, $CONNS connections, ${SECS} s after a 2 s warm-up. Latency: open loop at half of each peak for ${SECS} s."
  echo
  echo "| scenario | req/s | p50 ms | p99 ms | errors | ratio | target | peak | at half peak: p50 / p99 ms, errors | p99 ≤ 5 × p50, no errors |"
  echo "|---|---:|---:|---:|---:|---:|---|---|---|---|"
  for entry in "${scenarios[@]}"; do
    IFS='|' read -r name url lua <<<"$entry"
    r=${RPS[$name]}; target="—"; verdict="—"; shown="—"
    case "$name" in
      "published submissions, page 1") shown=$(ratio "$r" "$ref"); target="≥ 0.5 × reference"; verdict=$(met "$shown" 0.5) ;;
      "published submissions, page 2000") shown=$(ratio "$r" "$page1"); target="≥ 0.8 × page 1"; verdict=$(met "$shown" 0.8) ;;
      full-text*) shown=$(ratio "$r" "$ref"); target="≥ 0.25 × reference"; verdict=$(met "$shown" 0.25) ;;
      "campaign home page, anonymous") shown=$(ratio "$r" "$static"); target="≥ 0.7 × static file"; verdict=$(met "$shown" 0.7) ;;
      "submit a proposal (POST)") shown=$(ratio "$r" "$ref"); target="≥ 0.1 × reference"; verdict=$(met "$shown" 0.1) ;;
      "member page") shown=$(ratio "$r" "$ref") ;;
      "reference"*) shown="1.00" ;;
      "static file"*) shown=$(ratio "$r" "$ref") ;;
    esac
    echo "| $name | $r | ${P50[$name]} | ${P99[$name]} | ${ERR[$name]} | $shown | $target | $verdict | ${HP50[$name]} / ${HP99[$name]}, ${HERR[$name]} | $(latency_met "${HP50[$name]}" "${HP99[$name]}" "${HERR[$name]}") |"
  done
  echo
  echo "Open-data export, peak resident memory (VmRSS) of the portal process — ${MEMORY#memory: }."
} >bench/results/latest.md
cat bench/results/latest.md
