#!/usr/bin/env bash
# Usage: scripts/pg-private.sh start|stop|destroy DIR [PORT]
#
# A private, throwaway PostgreSQL cluster in DIR on 127.0.0.1:PORT, for tests that stop and start
# the database under a running portal (the shared test cluster on 55433 must never be stopped: other
# test projects use it). Same binaries and role as scripts/pg-up.sh: role cocreation/cocreation,
# database cocreation. Prints nothing on stdout; logs to stderr.
#
#   start    initdb when DIR is new, then start (waits until it accepts connections)
#   stop     pg_ctl stop -m fast (the portal's connections are cut, as in a restart)
#   destroy  stop immediately if running and remove DIR
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/pg-common.sh
source "$script_dir/pg-common.sh"

cmd=${1:-}
root=${2:-}
port=${3:-}
[[ -n "$cmd" && -n "$root" ]] || die "usage: ${0##*/} start|stop|destroy DIR [PORT]"

PG_ROOT=$root
PG_DATA="$root/data"
PG_SOCK="$root/sock"
PG_LOG="$root/server.log"
pg_find_bin || die "PostgreSQL server not found (scripts/pg-up.sh installs it as root)"

case "$cmd" in
  start)
    [[ -n "$port" ]] || die "start needs a PORT"
    if [[ ! -s "$PG_DATA/PG_VERSION" ]]; then
      mkdir -p "$PG_DATA" "$PG_SOCK"
      if is_root; then chown -R postgres:postgres "$PG_ROOT"; fi
      chmod 700 "$PG_DATA"
      if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
          -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_ROOT/initdb.log" 2>&1; then
        cat "$PG_ROOT/initdb.log" >&2
        die "initdb failed"
      fi
      fresh=1
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k '$PG_SOCK' -c fsync=off -c full_page_writes=off -c max_connections=100" start >&2
    if [[ -n "${fresh:-}" ]]; then
      as_pg "$PG_BIN/psql" -h "$PG_SOCK" -p "$port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 >&2 <<'SQL'
CREATE ROLE cocreation LOGIN CREATEDB PASSWORD 'cocreation';
CREATE DATABASE cocreation OWNER cocreation;
SQL
    fi
    ;;
  stop)
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >&2
    ;;
  destroy)
    if [[ -s "$PG_DATA/PG_VERSION" ]] && as_pg "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; then
      as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >&2 || true
    fi
    rm -rf "$PG_ROOT"
    ;;
  *)
    die "usage: ${0##*/} start|stop|destroy DIR [PORT]"
    ;;
esac
