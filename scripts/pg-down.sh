#!/usr/bin/env bash
# Usage: scripts/pg-down.sh [run|test]
#
# Stops the throwaway cluster started by scripts/pg-up.sh (same mode), if it
# is running. The data stays; pg-up.sh starts it again in about a second.
# To start over from nothing, stop it and delete the folder this prints.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/pg-common.sh
source "$script_dir/pg-common.sh"

pg_setup "${1:-run}"

if ! pg_find_bin || [[ ! -s "$PG_DATA/PG_VERSION" ]]; then
  log "no $PG_MODE cluster at $PG_DATA; nothing to stop"
  exit 0
fi

# Same lock as pg-up.sh, so we never stop a cluster while it is being started.
exec 9>"$PG_ROOT.lock"
flock 9

if pg_running; then
  log "stopping PostgreSQL ($PG_MODE) in $PG_DATA"
  # fast: roll back open transactions and disconnect clients instead of waiting for them.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >&2
else
  log "PostgreSQL ($PG_MODE) in $PG_DATA is not running"
fi
