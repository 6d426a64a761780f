#!/usr/bin/env bash
# Usage: ./bench.sh [--quick]
#
# The speed benchmark of QUALITY.md: brings up PostgreSQL (scripts/pg-up.sh run, database
# cocreation_bench), generates the data if missing (150 000 submissions, 60 members, 200 events with
# 20 000 registrations), publishes the portal in Release and runs it in Production mode next to the
# raw-Npgsql reference page (bench/CoCreation.Bench), drives both over loopback with wrk for peak
# throughput and with an open-loop harness at half of each peak for latency, and prints the table of
# ratios -- also written to bench/results/latest.md. Then each portal scenario again at twice its peak, open
# loop, to see the overload shed (503 with Retry-After) instead of queued. --quick: 3 s runs instead of 10 s.
# Before the portal starts, a digest run for every follower of the data (50 000 follows, `CoCreation.Bench digest`):
# emails per second into the outbox and peak memory, in the same results.
# During the list page's, the English search's and the POST's peak it records a CPU profile of the portal (dotnet-trace, a local
# tool) and writes the top frames to bench/results/profile.md, with a line per profile in the summary.
# --smoke: what ./test.sh runs so that a change that breaks the bench fails CI: a small data set in its
# own database (cocreation_bench_smoke), 1 s runs, no targets judged, the table written to
# bench/out/smoke.md; exits non-zero when a scenario answered nothing or with errors.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SECS=10
WARMUP=${BENCH_WARMUP:-5}
SMOKE=0
DATABASE=cocreation_bench
SEED_ARGS=()
# Issue 22: the evidence pack of a member with this many commitments (3 milestones, 4 progress updates each) is downloaded
# while the portal's memory is sampled; the smoke run measures the same member.
PLAN_COMMITMENTS=100
DEEP_PAGE=2000
RESULTS=bench/results/latest.md
PROFILE_RESULTS=bench/results/profile.md
case "${1:-}" in
  --quick) SECS=3 ;;
  --smoke)
    SMOKE=1 SECS=1 WARMUP=1 DATABASE=cocreation_bench_smoke DEEP_PAGE=20 RESULTS=bench/out/smoke.md PROFILE_RESULTS=bench/out/smoke-profile.md
    SEED_ARGS=(--submissions 1500 --events 8 --registrations 5 --members 32 --activities 60 --subscribers 20 --follows 500) ;;
  "") ;;
  *) echo "usage: ./bench.sh [--quick|--smoke]" >&2; exit 2 ;;
esac
CONNS=${BENCH_CONNECTIONS:-32}
# BENCH_PORT: another pair of loopback ports when 5090/5091 are taken (a shared machine).
PORT=${BENCH_PORT:-5090}
PORTAL=http://127.0.0.1:$PORT
REFERENCE=http://127.0.0.1:$(( PORT + 1 ))
for port in "$PORT" "$(( PORT + 1 ))"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "bench: port $port is already taken on 127.0.0.1 (another portal?): choose others with BENCH_PORT=..." >&2
    exit 1
  fi
done
OUT=bench/out
mkdir -p "$OUT" bench/results

scripts/ensure-dotnet.sh
if ! command -v wrk >/dev/null; then
  echo "bench: installing wrk" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

base=$(ConnectionStrings__Portal= scripts/pg-up.sh run)
CS=$(sed -E "s/Database=[^;]*/Database=$DATABASE/" <<<"$base")
# Prepared statements on hot paths (QUALITY.md lever): Npgsql prepares the 20 most used automatically.
PORTAL_CS="$CS;Max Auto Prepare=20;Auto Prepare Min Usages=2"

echo "bench: publishing the portal and the bench tools (Release)" >&2
dotnet publish src/CoCreation.Web -c Release -o "$OUT/portal" -nologo -v q >&2
dotnet publish bench/CoCreation.Bench -c Release -o "$OUT/tool" -nologo -v q >&2
tool() { dotnet "$OUT/tool/CoCreation.Bench.dll" "$@"; }

echo "bench: data (generated once, then reused)" >&2
tool seed --connection "$CS" "${SEED_ARGS[@]}" --plan-commitments "$PLAN_COMMITMENTS" >&2

# Issue 21: a digest run for every follower of the data, before the portal starts (its own background rounds would
# otherwise take part): the portal's notification rounds in the bench tool, clock moved so every digest is due,
# outbox only (counted, then deleted; no sender runs there).
echo "bench: digest of the data's follows (the portal's notification rounds, into the outbox)" >&2
DIGEST=$(tool digest --connection "$CS") || DIGEST="digest: not measured (${DIGEST:-no output})"
echo "bench: $DIGEST" >&2

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
# Started directly, not through tool(): $! is then the dotnet process itself, which cleanup can stop
# (through the function it was a subshell, and the reference outlived the run).
dotnet "$OUT/tool/CoCreation.Bench.dll" reference --connection "$CS" --urls "$REFERENCE" >"$OUT/reference.log" 2>&1 & pids+=($!)
(
  cd "$OUT/portal"
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$PORTAL" ConnectionStrings__Portal="$PORTAL_CS" \
  Portal__PublicBaseUrl="$PORTAL" Portal__SecureCookies=true Portal__SeedDemoData=false Portal__TrustForwardedHeaders=true \
  Portal__CloseDemoAccounts=true \
  Portal__RateLimits__ContributionPermitLimit=100000000 Portal__RateLimits__ContributionPerAddressPermitLimit=100000000 \
  Portal__RateLimits__PostsPerAddressPerMinute=100000000 \
  Portal__RateLimits__AccountPermitLimit=100000000 \
  exec dotnet CoCreation.Web.dll
) >"$OUT/portal.log" 2>&1 & pids+=($!)

for url in "$PORTAL/health/ready" "$REFERENCE/fortunes"; do
  for _ in $(seq 1 120); do curl -fsS -o /dev/null -H "X-Forwarded-Proto: https" "$url" 2>/dev/null && break; sleep 0.5; done
  curl -fsS -o /dev/null -H "X-Forwarded-Proto: https" "$url" || { echo "bench: $url did not come up" >&2; tail -20 "$OUT/portal.log" >&2; exit 1; }
done

eval "$(tool login --url "$PORTAL" --email participant@bench.cocreation.example --password 'loopback measuring runs 2017' | sed -E 's/^(COOKIE|TOKEN)=(.*)$/export \1='"'"'\2'"'"'/')"
AFTER=$(tool cursor --connection "$CS" --page "$DEEP_PAGE")

# name | url | lua script (optional) | request header (optional)
scenarios=(
  "reference (raw Npgsql, 20 rows)|$REFERENCE/fortunes|"
  "static file (site.css)|$PORTAL/css/site.css|"
  "portal pipeline only (/health/live)|$PORTAL/health/live|"
  "published submissions, page 1|$PORTAL/submissions|"
  "published submissions, page 1, brotli as a browser asks|$PORTAL/submissions||Accept-Encoding: br"
  "published submissions, page $DEEP_PAGE|$PORTAL/submissions?After=$AFTER|"
  "full-text search, en|$PORTAL/submissions?Q=transparency|"
  "full-text search, fr|$PORTAL/submissions?Q=transparence|"
  "full-text search, es|$PORTAL/submissions?Q=transparencia|"
  "full-text search, pt (stemmed)|$PORTAL/submissions?Q=informa%C3%A7%C3%A3o|"
  "full-text search, lv (as written)|$PORTAL/submissions?Q=iepirkumu|"
  "full-text search, he (right to left)|$PORTAL/submissions?Q=%D7%94%D7%A6%D7%99%D7%91%D7%95%D7%A8|"
  "full-text search, a word found nowhere|$PORTAL/submissions?Q=zyzzyvanowhere|"
  "campaign home page, anonymous|$PORTAL/|"
  "member page|$PORTAL/members/ar|"
  "submit a proposal (POST)|$PORTAL/submissions/submit|bench/post.lua"
)

# CPU time (ms) used so far by the portal, the reference and the PostgreSQL cluster (postmaster + backends):
# per scenario it says where a request's time goes, which is what the ratios alone cannot.
PG_PIDFILE=$(source scripts/pg-common.sh && pg_setup run >/dev/null 2>&1 && echo "$PG_DATA/postmaster.pid")
cpu_ms() { local t=0 pid; for pid in "$@"; do [[ -r /proc/$pid/stat ]] && t=$(( t + $(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done; echo $(( t * 1000 / $(getconf CLK_TCK) )); }
# The app's dotnet process: the reference runs through a shell function in the background, so it is found by its arguments.
app_process() { if [[ $1 == reference ]]; then pgrep -f "CoCreation.Bench.dll reference" | head -1; else echo "${pids[1]}"; fi; }
# PostgreSQL: the postmaster, the backends alive now, and the backends that have exited since it started (the
# postmaster's cutime/cstime) -- so that a connection closed during a run does not take its CPU time with it.
db_cpu_ms() {
  local pm t; pm=$(head -1 "$PG_PIDFILE" 2>/dev/null) || { echo 0; return; }
  t=$(awk '{print $14+$15+$16+$17}' "/proc/$pm/stat")
  echo $(( t * 1000 / $(getconf CLK_TCK) + $(cpu_ms $(pgrep -P "$pm")) ))
}

ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.2f", v }' <<<"$1"; }

# Idempotency keys unique to this run: a key used by an earlier run would find its submission and insert nothing.
RUN_KEY=$(printf '%08x' $(( (RANDOM << 15 | RANDOM) & 0xffffffff )))
declare -A RPS P50 P99 ERR HP50 HP99 HERR APPCPU DBCPU BODY
PROFILES=()
dotnet tool restore >/dev/null
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name url lua header <<<"$entry"
  app=portal; [[ "$url" == "$REFERENCE"* ]] && app=reference
  # As behind the TLS proxy of a real deployment (the reference page ignores the header).
  args=(-t2 -c"$CONNS" --latency -H "X-Forwarded-Proto: https")
  [[ -n "$lua" ]] && args+=(-s "$lua")
  [[ -n "$header" ]] && args+=(-H "$header")
  # Warm-up: pools, caches, and the JIT's second tier (methods are recompiled optimised after their first calls).
  wrk "${args[@]}" -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true
  app0=$(cpu_ms "$(app_process "$app")"); db0=$(db_cpu_ms)
  result=$(wrk "${args[@]}" -d"${SECS}s" "$url" 2>&1)
  app1=$(cpu_ms "$(app_process "$app")"); db1=$(db_cpu_ms)
  RPS[$name]=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$result")
  requests=$(awk '/requests in/ {print $1}' <<<"$result")
  APPCPU[$name]=$(awk -v a="$app0" -v b="$app1" -v n="${requests:-0}" 'BEGIN { if (n > 0) printf "%.2f", (b - a) / n; else print "n/a" }')
  DBCPU[$name]=$(awk -v a="$db0" -v b="$db1" -v n="${requests:-0}" 'BEGIN { if (n > 0) printf "%.2f", (b - a) / n; else print "n/a" }')
  P50[$name]=$(ms "$(awk '$1=="50%" {print $2}' <<<"$result")")
  P99[$name]=$(ms "$(awk '$1=="99%" {print $2}' <<<"$result")")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$result"); socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$result")
  ERR[$name]=$(( ${non2xx:-0} + ${socket:-0} ))
  # Issue 23 item 1: a CPU profile of the portal at the list page's, the English search's and the POST's peak, in a run of its own
  # (the sampler's cost must not lower the measured peak), read by `CoCreation.Bench profile`.
  case "$name" in
    "published submissions, page 1"|"full-text search, en"|"submit a proposal (POST)")
      case "$name" in submit*) slug=post ;; full-text*) slug=search ;; *) slug=page1 ;; esac
      psecs=$(( SECS < 3 ? 2 : SECS ))
      wrk "${args[@]}" -d"$(( psecs + 3 ))s" "$url" >/dev/null 2>&1 & wrkpid=$!
      sleep 1
      if dotnet dotnet-trace collect -p "${pids[1]}" --profile dotnet-sampled-thread-time \
           --duration "00:00:00:$(printf '%02d' "$psecs")" -o "$OUT/profile-$slug.nettrace" >"$OUT/profile-$slug.log" 2>&1 \
         && tool profile --trace "$OUT/profile-$slug.nettrace" --title "$name: $psecs s at its peak (wrk, $CONNS connections)" \
              --summary "$OUT/profile-$slug.summary" >"$OUT/profile-$slug.md" 2>>"$OUT/profile-$slug.log"; then
        PROFILES+=("$slug")
        echo "bench: profile: $(cat "$OUT/profile-$slug.summary")" >&2
      else
        echo "bench: the CPU profile of $name failed (see $OUT/profile-$slug.log)" >&2
      fi
      wait "$wrkpid" || true
      rm -f "$OUT/profile-$slug.nettrace"
      ;;
  esac
  half=$(( ${RPS[$name]:-2} / 2 )); [[ $half -lt 1 ]] && half=1
  loadargs=(--url "$url" --rate "$half" --seconds "$SECS")
  [[ -n "$header" ]] && loadargs+=(--header "$header")
  if [[ -n "$lua" ]]; then
    body="Data.MemberCode=AR&Data.Kind=CommitmentProposal&Data.Language=es&Data.Title=Publicar+los+contratos&Data.Problem=No+se+publican.&Data.ProposedCommitment=Publicarlos.&Data.PolicyArea=open-contracting&Data.IdempotencyKey=$RUN_KEY-0000-4000-9000-{n}&__RequestVerificationToken=$(python3 -c 'import os,urllib.parse;print(urllib.parse.quote(os.environ["TOKEN"],safe=""))' 2>/dev/null || echo "$TOKEN")"
    loadargs+=(--body "$body" --cookie "$COOKIE")
    BODY[$name]=$body
  fi
  line=$(tool load "${loadargs[@]}")
  HP50[$name]=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line"); HP99[$name]=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line"); HERR[$name]=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
  echo "bench: $name: CPU per request: app ${APPCPU[$name]} ms, PostgreSQL ${DBCPU[$name]} ms" >&2
  echo "bench: $name: ${RPS[$name]} req/s, p50 ${P50[$name]} ms, p99 ${P99[$name]} ms, errors ${ERR[$name]}; at ${half}/s p50 ${HP50[$name]} ms, p99 ${HP99[$name]} ms, errors ${HERR[$name]}" >&2
done

# Overload (issue 23 item 3): each portal scenario at twice its peak, open loop, with connections enough that
# the portal decides who waits, not the load tool. The portal serves what it can and answers the rest at once
# with 503 + Retry-After (Portal:Overload); the requests it admits must keep p99 within 10 x p50. The
# reference, the static file and /health are left out: nothing sheds them (by design for the last two).
declare -A ORATE OSHED OSENT OP50 OP99 OERR OACHIEVED
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name url lua header <<<"$entry"
  case "$name" in reference*|"static file"*|"portal pipeline"*) continue ;; esac
  double=$(( ${RPS[$name]:-1} * 2 )); [[ $double -lt 2 ]] && double=2
  loadargs=(--url "$url" --rate "$double" --seconds "$SECS" --connections 512)
  [[ -n "$header" ]] && loadargs+=(--header "$header")
  [[ -n "$lua" ]] && loadargs+=(--body "${BODY[$name]/-9000-/-a000-}" --cookie "$COOKIE")
  line=$(tool load "${loadargs[@]}")
  field() { sed -E "s/.*(^| )$1=([0-9.]+).*/\2/" <<<"$line"; }
  ORATE[$name]=$double; OSENT[$name]=$(field sent); OSHED[$name]=$(field shed); OACHIEVED[$name]=$(field rate)
  OP50[$name]=$(field ok_p50); OP99[$name]=$(field ok_p99); OERR[$name]=$(( $(field errors) - ${OSHED[$name]} ))
  echo "bench: $name at 2 × peak (${double}/s): ${OSENT[$name]} sent, ${OSHED[$name]} shed (503), admitted p50 ${OP50[$name]} ms, p99 ${OP99[$name]} ms, other errors ${OERR[$name]}" >&2
done

# Open data: the whole submissions export, streamed, must not grow the portal's memory with the row count.
echo "bench: memory of the portal while downloading the submissions export (CSV, JSON)" >&2
MEMORY=$(tool memory --url "$PORTAL" --pid "${pids[1]}" || echo "memory: not measured")
echo "bench: $MEMORY" >&2
# Issue 22: the evidence pack ZIP of the seed's member with a large plan (QP), streamed, likewise.
echo "bench: memory of the portal while downloading the evidence pack of a member with $PLAN_COMMITMENTS commitments" >&2
EVIDENCE=$(tool memory --url "$PORTAL" --pid "${pids[1]}" --paths /members/qp/evidence.zip || echo "memory: not measured")
echo "bench: $EVIDENCE" >&2

ref=${RPS["reference (raw Npgsql, 20 rows)"]}
static=${RPS["static file (site.css)"]}
page1=${RPS["published submissions, page 1"]}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
met() { awk -v r="$1" -v t="$2" 'BEGIN { print (r + 0 >= t + 0) ? "met" : "NOT met" }'; }
# Tail latency measured fairly (item 3b): on two cores the load tool, the portal and PostgreSQL share the
# scheduler, so the bar is p99 <= 5 x p50 or no worse than the reference's own p99/p50 in the same run.
tail_ratio() { awk -v p50="$1" -v p99="$2" 'BEGIN { if (p50 > 0) printf "%.1f", p99 / p50; else print "n/a" }'; }
latency_met() { awk -v r="$1" -v ref="$2" -v e="$3" 'BEGIN { print ((r + 0 <= 5 || r + 0 <= ref + 0) && r != "n/a" && e == 0) ? "met" : "NOT met" }'; }
overload_met() { awk -v p50="$1" -v p99="$2" -v e="$3" 'BEGIN { print (p50 > 0 && p99 + 0 <= 10 * p50 && e == 0) ? "met" : "NOT met" }'; }
reference_tail=$(tail_ratio "${HP50["reference (raw Npgsql, 20 rows)"]}" "${HP99["reference (raw Npgsql, 20 rows)"]}")

{
  echo "# Benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM; PostgreSQL $(psql --version 2>/dev/null | awk '{print $3}' || echo '?'), .NET $(dotnet --version)."
  echo "Data: $(tool seed --connection "$CS" "${SEED_ARGS[@]}" 2>/dev/null | tail -1 | sed 's/^seed: //')."
  echo "Peak: wrk, 2 threads, $CONNS connections, ${SECS} s after a ${WARMUP} s warm-up. Latency: open loop at half of each peak for ${SECS} s."
  echo
  echo "| scenario | req/s | p50 ms | p99 ms | errors | ratio | target | peak | at half peak: p50 / p99 ms, errors | p99 / p50 (reference's) | p99 ≤ 5 × p50 or ≤ reference's, no errors | CPU ms per request: app / PostgreSQL |"
  echo "|---|---:|---:|---:|---:|---:|---|---|---|---:|---|---|"
  for entry in "${scenarios[@]}"; do
    IFS='|' read -r name _ <<<"$entry"
    r=${RPS[$name]}; target="—"; verdict="—"; shown="—"
    case "$name" in
      "published submissions, page 1"*) shown=$(ratio "$r" "$ref"); target="≥ 0.5 × reference"; verdict=$(met "$shown" 0.5) ;;
      "published submissions, page $DEEP_PAGE") shown=$(ratio "$r" "$page1"); target="≥ 0.8 × page 1"; verdict=$(met "$shown" 0.8) ;;
      full-text*) shown=$(ratio "$r" "$ref"); target="≥ 0.25 × reference"; verdict=$(met "$shown" 0.25) ;;
      "campaign home page, anonymous") shown=$(ratio "$r" "$static"); target="≥ 0.7 × static file"; verdict=$(met "$shown" 0.7) ;;
      "submit a proposal (POST)") shown=$(ratio "$r" "$ref"); target="≥ 0.1 × reference"; verdict=$(met "$shown" 0.1) ;;
      "member page") shown=$(ratio "$r" "$ref") ;;
      "reference"*) shown="1.00" ;;
      "static file"*) shown=$(ratio "$r" "$ref") ;;
    esac
    tail=$(tail_ratio "${HP50[$name]}" "${HP99[$name]}")
    echo "| $name | $r | ${P50[$name]} | ${P99[$name]} | ${ERR[$name]} | $shown | $target | $verdict | ${HP50[$name]} / ${HP99[$name]}, ${HERR[$name]} | $tail ($reference_tail) | $(latency_met "$tail" "$reference_tail" "${HERR[$name]}") | ${APPCPU[$name]} / ${DBCPU[$name]} |"
  done
  echo
  echo "Overload: open loop at twice each peak for ${SECS} s (up to 512 connections). What the portal cannot serve soon is shed at"
  echo "once (503 with Retry-After, Portal:Overload: $(( 16 * $(nproc) )) places and a line of $(( 32 * $(nproc) )) by default here); the requests it admits keep p99 ≤ 10 × p50."
  echo
  echo "| scenario | due req/s (2 × peak) | achieved req/s | sent | shed (503) | admitted p50 / p99 ms | other errors | admitted p99 ≤ 10 × p50, no errors |"
  echo "|---|---:|---:|---:|---:|---|---:|---|"
  for entry in "${scenarios[@]}"; do
    IFS='|' read -r name _ <<<"$entry"
    [[ -n "${OSENT[$name]:-}" ]] || continue
    echo "| $name | ${ORATE[$name]} | ${OACHIEVED[$name]} | ${OSENT[$name]} | ${OSHED[$name]} | ${OP50[$name]} / ${OP99[$name]} | ${OERR[$name]} | $(overload_met "${OP50[$name]}" "${OP99[$name]}" "${OERR[$name]}") |"
  done
  echo
  echo "Achieved is what the load tool managed (sent over the time until the last answer): where it falls well short of"
  echo "the due rate (the pages served from the output cache), the tool on these shared cores, not the portal, was the limit."
  echo
  echo "Open-data export, peak resident memory (VmRSS) of the portal process — ${MEMORY#memory: }."
  echo
  echo "Evidence pack ZIP (/members/qp/evidence.zip) of a member with $PLAN_COMMITMENTS commitments, each with 3 milestones and 4"
  echo "progress updates, peak resident memory (VmRSS) of the portal process — ${EVIDENCE#memory: }."
  echo
  echo "Digest (the portal's notification rounds over the data's follows, clock moved so every digest is due, into the outbox) — ${DIGEST#digest: }."
  echo
  echo "Page weight of anonymous pages (KB on the wire, asking for brotli or gzip; target: HTML ≤ 50, first view ≤ 150):"
  echo
  echo "| page | HTML KB | first view KB | assets | |"
  echo "|---|---:|---:|---:|---|"
  tool weight --url "$PORTAL" --pages "/,/submissions,/members,/members/ar,/members/ar/timeline,/events,/timelines,/blog,/account/register" || true
  echo
  echo "CPU profile (dotnet-trace's sampler, a run of its own at the peak; top frames in [$(basename "$PROFILE_RESULTS")]($(basename "$PROFILE_RESULTS"))):"
  echo
  for slug in "${PROFILES[@]}"; do echo "- $(cat "$OUT/profile-$slug.summary")"; done
  (( ${#PROFILES[@]} > 0 )) || echo "- not recorded (see bench/out/profile-*.log)"
  echo
  echo "CPU per request is measured during the peak run from /proc (the app's process; the PostgreSQL postmaster and"
  echo "its backends). \"portal pipeline only\" is /health/live: every middleware (security headers, logging,"
  echo "localization, routing, authentication, rate limiting) and no page — the portal's fixed cost per request."
} >"$RESULTS"
cat "$RESULTS"

{
  echo "# CPU profile of the portal — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')); the same run as [latest.md](latest.md)."
  echo "Recorded with \`dotnet dotnet-trace collect --profile dotnet-sampled-thread-time\` (every managed thread's stack about every"
  echo "10 ms) during a wrk run of its own at the scenario's peak, read by \`bench/CoCreation.Bench profile\`: only the samples of"
  echo "threads running managed code count (a thread waiting for PostgreSQL or for work costs no CPU); a sample taken at a GC"
  echo "poll counts for the method that polled. Exclusive: the frame on top of the stack; inclusive: anywhere on it. Native"
  echo "code (GC, JIT helpers, runtime stubs) has no name in these traces."
  for slug in "${PROFILES[@]}"; do echo; cat "$OUT/profile-$slug.md"; done
} >"$PROFILE_RESULTS"

if (( SMOKE )); then
  broken=()
  for entry in "${scenarios[@]}"; do
    IFS='|' read -r name _ <<<"$entry"
    # A 1 s peak run on a cold, busy machine may end before a slow first answer; the open-loop run that
    # follows must then have answered (its p50 is 0 only when nothing came back).
    if (( ${RPS[$name]:-0} == 0 )) && awk -v p="${HP50[$name]:-0}" 'BEGIN { exit !(p + 0 == 0) }'; then
      broken+=("$name: no request answered")
    fi
    (( ${ERR[$name]:-1} == 0 && ${HERR[$name]:-1} == 0 )) || broken+=("$name: errors (peak ${ERR[$name]:-?}, at half peak ${HERR[$name]:-?})")
    # At twice the peak a 503 with Retry-After is the portal doing its job; anything else is broken.
    if [[ -n "${OSENT[$name]:-}" ]] && (( ${OERR[$name]:-1} != 0 )); then broken+=("$name: ${OERR[$name]} errors other than shedding at twice the peak"); fi
  done
  [[ "$MEMORY" == memory:* && "$MEMORY" != *"not measured"* ]] || broken+=("open-data memory: not measured")
  [[ "$EVIDENCE" == memory:*zip* && "$EVIDENCE" != *"not measured"* ]] || broken+=("evidence pack memory: not measured")
  [[ "$DIGEST" == digest:* && "$DIGEST" != *"not measured"* ]] || broken+=("digest: $DIGEST")
  (( ${#PROFILES[@]} == 3 )) || broken+=("CPU profile: ${#PROFILES[@]} of 3 recorded (bench/out/profile-*.log)")
  if (( ${#broken[@]} > 0 )); then
    printf 'bench smoke: %s\n' "${broken[@]}" >&2
    exit 1
  fi
  echo "bench smoke: every scenario answered without errors (no targets judged)" >&2
fi
