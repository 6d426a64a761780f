#!/usr/bin/env bash
# Usage: scripts/pg-up.sh [run|test]
#
# Ensures a throwaway PostgreSQL cluster for the portal (run, port 55432) or
# for the test suites (test, port 55433) and prints its connection string on
# stdout -- and nothing else, so callers can do CS=$(scripts/pg-up.sh run).
# All logging goes to stderr.
#
# A connection string already given wins: ConnectionStrings__Portal (run) or
# COCREATION_TEST_DB (test) is printed as is and nothing is started.
#
# Idempotent: a second call finds the cluster running, re-checks the role and
# database (a few ms) and prints the same string.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/pg-common.sh
source "$script_dir/pg-common.sh"

mode=${1:-run}
case "$mode" in
  run)  given=${ConnectionStrings__Portal:-} ;;
  test) given=${COCREATION_TEST_DB:-} ;;
  *)    die "usage: ${0##*/} [run|test]" ;;
esac
if [[ -n "$given" ]]; then
  printf '%s\n' "$given"
  exit 0
fi

pg_setup "$mode"

# Several callers at once (two terminals, run.sh and test.sh) must not race on
# initdb/start: serialise per cluster. flock is in util-linux (always there).
mkdir -p "$(dirname "$PG_ROOT")"
exec 9>"$PG_ROOT.lock"
flock 9

# --- 1. PostgreSQL binaries --------------------------------------------------
if ! pg_find_bin; then
  if ! is_root; then
    die "PostgreSQL server not found. Install it, e.g.: sudo apt-get install -y --no-install-recommends postgresql-15 (or: postgresql)"
  fi
  log "PostgreSQL not installed; installing postgresql-15 with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { apt-get install -y --no-install-recommends "$@" >&2; }
  # Try without `apt-get update` first: on a machine with fresh package lists
  # that saves ~10 s. Ubuntu has no postgresql-15, so fall back to `postgresql`.
  if ! apt_install postgresql-15; then
    apt-get update >&2
    apt_install postgresql-15 || apt_install postgresql
  fi
  pg_find_bin || die "PostgreSQL was installed but no server binaries were found under /usr/lib/postgresql"
fi
psql_bin="$PG_BIN/psql"
[[ -x "$psql_bin" ]] || psql_bin=$(command -v psql) || die "psql not found (apt-get install postgresql-client)"

# --- 2. Cluster folders and initdb -------------------------------------------
if [[ ! -s "$PG_DATA/PG_VERSION" ]]; then
  log "initialising a new cluster in $PG_DATA"
  mkdir -p "$PG_DATA" "$PG_SOCK"
  # The server user must own the folders (and initdb wants an empty, private data dir).
  if is_root; then
    chown -R postgres:postgres "$PG_ROOT"
  fi
  chmod 700 "$PG_DATA"
  # trust on the unix socket (only these scripts use it, and the socket dir is
  # private to the server user); passwords on TCP, like a real server.
  # --no-sync: a throwaway cluster does not need initdb's fsync (saves ~1 s).
  # Its chatter goes to a file (shown only when it fails).
  if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres \
      --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_ROOT/initdb.log" 2>&1; then
    cat "$PG_ROOT/initdb.log" >&2
    # Leave no half-made data dir behind: the next run would skip initdb or fail on it.
    rm -rf "$PG_DATA"
    die "initdb failed"
  fi
fi
# The socket dir may have been removed (or never made when initdb was run by an older script).
if [[ ! -d "$PG_SOCK" ]]; then
  mkdir -p "$PG_SOCK"
  if is_root; then chown postgres:postgres "$PG_SOCK"; fi
fi

# --- 3. Start (only when not already running: a second start exits 1) -------
if ! pg_running; then
  log "starting PostgreSQL ($mode) on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
  # The server must inherit no file descriptor but stdin/out/err: not this
  # script's lock (fd 9), nor any lock a caller holds (e.g. `flock FILE
  # ./bench.sh`), or it would hold that lock for its whole life and the next
  # pg-up.sh (or the caller's next run) would wait forever.
  if ! (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if (( fd > 2 )); then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -o "$PG_OPTS" start >&2
  ); then
    log "pg_ctl start failed; last lines of $PG_LOG:"
    tail -n 20 "$PG_LOG" >&2 || true
    exit 1
  fi
fi

# --- 4. Role and database (idempotent, \gexec only runs the generated DDL
#        when the WHERE NOT EXISTS guard yields a row) ---------------------------
as_pg "$psql_bin" -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres \
  -X -q -v ON_ERROR_STOP=1 -v db="$PG_DB" >&2 <<'SQL'
SELECT 'CREATE ROLE cocreation LOGIN CREATEDB PASSWORD ''cocreation'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cocreation')
\gexec
SELECT format('CREATE DATABASE %I OWNER cocreation', :'db')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\gexec
SQL

printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=cocreation;Password=cocreation\n' "$PG_PORT" "$PG_DB"
