#!/usr/bin/env bash
# Usage: scripts/scale-check.sh [--no-build]
#
# Two portal processes on one PostgreSQL database behind Debian's nginx, configured with deploy/nginx.conf --
# the file docker-compose.yml's proxy uses, filled in here for loopback -- and a bounded load through it
# (bench/CoCreation.Bench `scale`): a few hundred page reads and a few dozen proposals, while the second
# process is stopped gracefully (SIGTERM) and started again. Fails (exit 1) when a read fails, a confirmed
# proposal is not stored exactly once, a session started on one process is refused by the other, or a
# change made through one process is not seen on the other's cached page within a second. Prints the figures.
#
# ./test.sh runs it after its build (--no-build: the solution's Release build is already there). nginx runs
# unprivileged on high ports with its own prefix, pid and temp paths under .state/scale-check/; it is
# installed with apt-get when missing (as root; otherwise the script says what to install). The database is
# the test cluster's (scripts/pg-up.sh test, COCREATION_TEST_DB wins) with "_scale" appended to its name.
# Ports: SCALE_CHECK_PORT (default 5290) + 1, 2 for the portals, + 3, 4 for nginx's HTTP and HTTPS.
#
# Internal: `scripts/scale-check.sh --restart 2` is the command the load runs in its middle.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf 'scale-check: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

STATE=$PWD/.state/scale-check
BASE_PORT=${SCALE_CHECK_PORT:-5290}
WEB_DIR=$PWD/src/CoCreation.Web/bin/Release/net10.0
TOOL=$PWD/bench/CoCreation.Bench/bin/Release/net10.0/CoCreation.Bench.dll
PARTICIPANT=participant@bench.cocreation.example
PARTICIPANT_PASSWORD='loopback measuring runs 2017'
ADMIN=scale-admin@scale.cocreation.example
ADMIN_PASSWORD='two instances one database 2026'
port_of() { echo $(( BASE_PORT + $1 )); }

# Starts portal instance N (1 or 2) in the background, its pid in $STATE/portal-N.pid, and waits until it is ready.
start_instance() {
  local n=$1 port; port=$(port_of "$n")
  (
    cd "$WEB_DIR"
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" ConnectionStrings__Portal="$(cat "$STATE/connection")" \
    Portal__PublicBaseUrl="https://127.0.0.1:$(port_of 4)" Portal__SecureCookies=true Portal__TrustForwardedHeaders=true \
    Portal__CloseDemoAccounts=true Portal__Administrator__Email="$ADMIN" Portal__Administrator__Password="$ADMIN_PASSWORD" \
    Portal__RateLimits__AccountPermitLimit=100000 Portal__RateLimits__ContributionPermitLimit=100000 \
    Portal__RateLimits__ContributionPerAddressPermitLimit=100000 \
    Portal__RateLimits__PostsPerAddressPerMinute=100000 Email__PickupDirectory="$STATE/mail" \
    Serilog__MinimumLevel__Default=Warning \
    exec dotnet CoCreation.Web.dll
  ) >>"$STATE/portal-$n.log" 2>&1 &
  echo $! >"$STATE/portal-$n.pid"
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0
    kill -0 "$(cat "$STATE/portal-$n.pid")" 2>/dev/null || break
    sleep 0.25
  done
  tail -20 "$STATE/portal-$n.log" >&2
  die "portal instance $n did not come up on port $port"
}

# Graceful stop: SIGTERM, then wait until the process has finished its requests and exited.
stop_instance() {
  local n=$1 pid
  pid=$(cat "$STATE/portal-$n.pid" 2>/dev/null) || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  die "portal instance $n (pid $pid) did not stop within 30 s of SIGTERM"
}

if [[ ${1:-} == --restart ]]; then
  began=$(date +%s.%N)
  stop_instance "$2"
  stopped=$(date +%s.%N)
  start_instance "$2"
  awk -v a="$began" -v b="$stopped" -v c="$(date +%s.%N)" \
    'BEGIN { printf "scale-check: instance stopped in %.1f s (SIGTERM), started again in %.1f s\n", b - a, c - b }' >&2
  exit 0
fi

mkdir -p "$STATE/mail" "$STATE/nginx/logs" "$STATE/nginx/tls"
began=$SECONDS

# --- nginx: Debian's, installed like the other system packages the scripts need ---------------------------------
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [[ ! -x "$NGINX" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    die "nginx not found. Install it, e.g.: sudo apt-get install -y --no-install-recommends nginx-light (or: nginx)"
  fi
  log "installing Debian's nginx-light with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq --no-install-recommends nginx-light >&2; then
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends nginx-light >&2 || apt-get install -y -qq --no-install-recommends nginx >&2
  fi
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  [[ -x "$NGINX" ]] || die "nginx was installed but is not on PATH nor in /usr/sbin"
  # The package may have started the system's own nginx on port 80; the check needs only its binary.
  if [[ -s /run/nginx.pid ]]; then kill -QUIT "$(cat /run/nginx.pid)" 2>/dev/null || true; fi
fi

# --- the database and the two portal processes -----------------------------------------------------------------
if [[ ${1:-} != --no-build ]]; then
  scripts/ensure-dotnet.sh
  dotnet build bench/CoCreation.Bench -c Release -nologo -v q >&2
fi
[[ -f "$TOOL" && -f "$WEB_DIR/CoCreation.Web.dll" ]] || die "no Release build (run without --no-build, or ./test.sh)"
base=$(scripts/pg-up.sh test)
sed -E 's/Database=([^;]*)/Database=\1_scale/' <<<"$base" >"$STATE/connection"
# The bench's generator, small: the demo campaign, a few members' submissions, the participant the load signs in as.
dotnet "$TOOL" seed --connection "$(cat "$STATE/connection")" \
  --submissions 300 --events 4 --registrations 2 --members 32 --activities 20 --subscribers 5 >&2

cleanup() {
  [[ -s "$STATE/nginx/nginx.pid" ]] && kill -QUIT "$(cat "$STATE/nginx/nginx.pid")" 2>/dev/null || true
  for n in 1 2; do
    [[ -s "$STATE/portal-$n.pid" ]] && kill -TERM "$(cat "$STATE/portal-$n.pid")" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT
: >"$STATE/portal-1.log"; : >"$STATE/portal-2.log"
# One after the other: the first applies any migration and writes the first Data Protection key, which the second reads.
start_instance 1
start_instance 2

# --- nginx with deploy/nginx.conf, filled in for loopback ---------------------------------------------------------
if [[ ! -s "$STATE/nginx/tls/fullchain.pem" ]]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=127.0.0.1 \
    -keyout "$STATE/nginx/tls/privkey.pem" -out "$STATE/nginx/tls/fullchain.pem" 2>/dev/null
fi
servers=""
for n in 1 2; do servers+="server 127.0.0.1:$(port_of "$n") max_fails=3 fail_timeout=10s; "; done
site=$(<deploy/nginx.conf)
site=${site//'${NGINX_PORTAL_SERVERS}'/$servers}
site=${site//'${NGINX_HTTP_LISTEN}'/127.0.0.1:$(port_of 3)}
site=${site//'${NGINX_HTTPS_LISTEN}'/127.0.0.1:$(port_of 4)}
site=${site//'${NGINX_TLS_DIR}'/$STATE/nginx/tls}
printf '%s\n' "$site" >"$STATE/nginx/portal.conf"
temp="$STATE/nginx/temp"
mkdir -p "$temp"
{
  # As root nginx hands its workers to an unprivileged user, which must be able to write the temp folders.
  if [[ $(id -u) -eq 0 ]]; then echo "user nobody nogroup;"; chown -R nobody:nogroup "$temp"; fi
  cat <<EOF
worker_processes 1;
pid $STATE/nginx/nginx.pid;
error_log $STATE/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log $STATE/nginx/logs/access.log;
    client_body_temp_path $temp/client;
    proxy_temp_path $temp/proxy;
    fastcgi_temp_path $temp/fastcgi;
    uwsgi_temp_path $temp/uwsgi;
    scgi_temp_path $temp/scgi;
    include $STATE/nginx/portal.conf;
}
EOF
} >"$STATE/nginx/nginx.conf"
: >"$STATE/nginx/logs/error.log"
"$NGINX" -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" -e "$STATE/nginx/logs/error.log" -t -q \
  || die "nginx refused deploy/nginx.conf (see $STATE/nginx/logs/error.log)"
"$NGINX" -p "$STATE/nginx" -c "$STATE/nginx/nginx.conf" -e "$STATE/nginx/logs/error.log"
proxy="https://127.0.0.1:$(port_of 4)"
for _ in $(seq 1 40); do curl -ksf -o /dev/null "$proxy/health/ready" && break; sleep 0.25; done
curl -ksf -o /dev/null "$proxy/health/ready" || die "nginx does not answer on $proxy"

# --- the load and the checks -------------------------------------------------------------------------------------
rc=0
dotnet "$TOOL" scale --proxy "$proxy" --proxy-certificate "$STATE/nginx/tls/fullchain.pem" \
  --instances "http://127.0.0.1:$(port_of 1),http://127.0.0.1:$(port_of 2)" \
  --connection "$(cat "$STATE/connection")" --restart "$PWD/scripts/scale-check.sh --restart 2" \
  --email "$PARTICIPANT" --password "$PARTICIPANT_PASSWORD" --admin-email "$ADMIN" --admin-password "$ADMIN_PASSWORD" \
  --gets 300 --posts 30 --rate 30 || rc=$?
retried=$(grep -c "upstream" "$STATE/nginx/logs/error.log" || true)
log "nginx logged $retried upstream errors (each one a request it passed on to the other instance or refused); whole check $(( SECONDS - began )) s"
exit "$rc"
