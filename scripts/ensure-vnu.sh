#!/usr/bin/env bash
# Usage: scripts/ensure-vnu.sh
# Prints the path of the Nu HTML Checker (vnu.jar), installing what it needs when missing: Debian's
# Java (default-jre-headless, with apt-get) and the vnu-jar package from npm into .state/vnu/. The
# browser journeys check every page they visit with it (COCREATION_VNU_JAR).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
log() { echo "ensure-vnu: $*" >&2; }
version=26.9.27

apt_install() {
  if ! apt-get install -y --no-install-recommends "$@" >&2; then
    apt-get update >&2
    apt-get install -y --no-install-recommends "$@" >&2
  fi
}

if ! command -v java >/dev/null 2>&1; then
  log "Java not found; installing Debian's default-jre-headless"
  apt_install default-jre-headless
fi

jar="$PWD/.state/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
if [[ ! -f "$jar" ]]; then
  if ! command -v npm >/dev/null 2>&1; then
    log "npm not found; installing Debian's npm"
    apt_install npm
  fi
  log "installing vnu-jar $version from npm (~30 MB)"
  mkdir -p .state/vnu
  (cd .state/vnu && npm install --no-audit --no-fund --no-save --silent "vnu-jar@$version" >&2)
fi

[[ -f "$jar" ]] || { log "vnu.jar not found after installing vnu-jar"; exit 1; }
echo "$jar"
