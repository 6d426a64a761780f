# shellcheck shell=bash
# The PG_* variables set here are used by the scripts that source this file.
# shellcheck disable=SC2034
#
# Shared by scripts/pg-up.sh and scripts/pg-down.sh (sourced, not executed).
#
# Everything here logs to stderr: pg-up.sh's stdout is captured as the
# connection string, so nothing else may ever be printed there.
#
# After `pg_setup MODE` these are set:
#   PG_MODE    run | test
#   PG_PORT    55432 (run) | 55433 (test): far from 5432, so a system cluster never collides
#   PG_DB      cocreation | cocreation_test
#   PG_ROOT    state folder of the cluster (outside the repo, survives `git clean`)
#   PG_DATA    $PG_ROOT/data
#   PG_SOCK    $PG_ROOT/sock   (unix socket dir, used only by these scripts' psql)
#   PG_LOG     $PG_ROOT/server.log
#   PG_OPTS    the postgres server options passed through `pg_ctl -o`

# The major version we target (Debian 12's). A data folder is bound to the
# major version that created it, so once it exists we follow its PG_VERSION.
PG_WANTED_MAJOR=15

# runuser lives in /usr/sbin, which a non-login or minimal environment may not
# have on PATH.
PATH="$PATH:/usr/sbin:/sbin"

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() { log "$*"; exit 1; }

is_root() { [[ $(id -u) -eq 0 ]]; }

# initdb and postgres refuse to run as root: as root, run them as the
# `postgres` system user (created by Debian's package); otherwise as ourselves.
as_pg() {
  if is_root; then
    # From / : postgres may not enter our working directory (psql and
    # pg_ctl warn "could not change directory"). All paths used are absolute.
    (cd / && exec runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

pg_setup() {
  PG_MODE=${1:-run}
  case "$PG_MODE" in
    run)
      PG_PORT=55432
      PG_DB=cocreation
      # The portal's EF pool may grow to 100 connections under load, beside its rate-limit counter (4), its
      # cache listener (1) and, in the bench, the reference server's pool: 100 slots ran out at the POST peak.
      PG_EXTRA_OPTS="-c max_connections=200"
      ;;
    test)
      PG_PORT=55433
      PG_DB=cocreation_test
      # Throwaway data: durability buys nothing and costs seconds per test run.
      # Tests open many pools (one per WebApplicationFactory), hence 200 connections.
      PG_EXTRA_OPTS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
      ;;
    *)
      die "usage: ${0##*/} [run|test]"
      ;;
  esac

  # HOME can be missing in a bare CI environment; ask the user database then.
  local home=${HOME:-$(getent passwd "$(id -un)" | cut -d: -f6)}
  local base="${XDG_STATE_HOME:-$home/.local/state}/cocreation"
  mkdir -p "$base"
  # As root the server runs as `postgres`, which must be able to reach its
  # data folder. Root's home is usually mode 0700, so ~/.local/state is out of
  # its reach; rather than loosen /root's permissions, use a system folder.
  if is_root && ! runuser -u postgres -- test -x "$base" 2>/dev/null; then
    base=/var/lib/cocreation
    mkdir -p "$base"
  fi

  PG_ROOT="$base/pg-$PG_MODE"
  PG_DATA="$PG_ROOT/data"
  PG_SOCK="$PG_ROOT/sock"
  PG_LOG="$PG_ROOT/server.log"
  # pg_ctl hands -o to a shell, hence the quotes (a socket path may contain spaces).
  PG_OPTS="-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_SOCK'${PG_EXTRA_OPTS:+ $PG_EXTRA_OPTS}"
}

# Sets PG_BIN to the server binaries folder, or returns 1 when none is installed.
pg_find_bin() {
  local major=$PG_WANTED_MAJOR
  if [[ -s "$PG_DATA/PG_VERSION" ]]; then
    major=$(<"$PG_DATA/PG_VERSION")
  fi
  if [[ -x "/usr/lib/postgresql/$major/bin/pg_ctl" ]]; then
    PG_BIN="/usr/lib/postgresql/$major/bin"
    return 0
  fi
  # No cluster yet and no 15 (e.g. Ubuntu's `postgresql` is another major):
  # any installed major will do for a fresh throwaway cluster.
  if [[ ! -s "$PG_DATA/PG_VERSION" ]]; then
    local candidate
    candidate=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    if [[ -n "$candidate" && -x "$candidate/pg_ctl" ]]; then
      PG_BIN=$candidate
      return 0
    fi
  fi
  return 1
}

# True when the cluster's postmaster is up (`pg_ctl status` exits 0);
# false when stopped (3) or not yet initialised (4).
pg_running() {
  [[ -s "$PG_DATA/PG_VERSION" ]] && as_pg "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}
