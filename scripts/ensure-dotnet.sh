#!/usr/bin/env bash
# Usage: scripts/ensure-dotnet.sh
#
# Checks that the .NET 10 SDK is on PATH (global.json pins 10.0.401 and rolls
# forward to later 10.0 feature bands) and restores the local tools from
# dotnet-tools.json (dotnet-ef). Does not install the SDK: that needs
# Microsoft's package feed or install script, a choice left to the user.
# All output goes to stderr.
set -euo pipefail

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

install_hint() {
  cat >&2 <<'HINT'
Install the .NET 10 SDK (10.0.401 or a later 10.0 release), for example:
  - Debian/Ubuntu with Microsoft's feed: sudo apt-get install -y dotnet-sdk-10.0
    (feed setup: https://learn.microsoft.com/dotnet/core/install/linux)
  - or the install script: ./dotnet-install.sh --channel 10.0  (then add ~/.dotnet to PATH)
HINT
}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  log "dotnet was not found on PATH."
  install_hint
  exit 1
fi

# Run from the repo root, `dotnet --version` resolves the SDK through
# global.json, and fails when no installed SDK satisfies it.
if ! sdk=$(dotnet --version 2>/dev/null); then
  log "no installed .NET SDK satisfies global.json. Installed SDKs:"
  dotnet --list-sdks >&2 || true
  install_hint
  exit 1
fi
if [[ ${sdk%%.*} != 10 ]]; then
  log "found .NET SDK $sdk, but this project needs SDK 10."
  install_hint
  exit 1
fi
log ".NET SDK $sdk"

# dotnet-ef (migrations) comes from the local tool manifest, pinned there.
dotnet tool restore >&2
