#!/usr/bin/env bash
# Usage: scripts/ensure-chromium.sh
#
# The browser tests drive Debian's Chromium through Playwright
# (ExecutablePath=/usr/bin/chromium): Playwright's own browser download is not
# reachable from these machines, Debian's package is. Installs it when
# missing (as root), then prints its version. All output goes to stderr.
set -euo pipefail

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }

chromium=/usr/bin/chromium

if [[ ! -x "$chromium" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    log "Chromium not found at $chromium. Install it, e.g.: sudo apt-get install -y --no-install-recommends chromium"
    exit 1
  fi
  log "installing Debian's chromium with apt-get (takes ~20 s)"
  export DEBIAN_FRONTEND=noninteractive
  # Skip `apt-get update` when the package lists already know chromium (saves ~10 s).
  if ! apt-get install -y --no-install-recommends chromium >&2; then
    apt-get update >&2
    apt-get install -y --no-install-recommends chromium >&2
  fi
fi

# Debian's wrapper script prints a harmless "[: ... unexpected operator" line on
# stderr; keep only the version line.
version=$("$chromium" --version 2>/dev/null || true)
if [[ -z "$version" ]]; then
  log "$chromium is installed but \`$chromium --version\` printed nothing"
  exit 1
fi
log "$version"
