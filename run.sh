#!/usr/bin/env bash
# Usage: ./run.sh
#
# Serves the portal from a fresh clone on Debian/Ubuntu: checks the .NET SDK,
# ensures a local PostgreSQL (scripts/pg-up.sh run, port 55432) unless
# ConnectionStrings__Portal is already set, builds Release and runs it.
# The app itself applies migrations, loads the demo data into an empty
# database and prints the demo accounts (Development only: the demo's
# password is published, so any other environment refuses to start while
# a demo account can sign in).
#
# Environment overrides:
#   ConnectionStrings__Portal  use this database instead of the local cluster
#   ASPNETCORE_ENVIRONMENT     default Development
#   Portal__SeedDemoData       default true (ignored outside Development)
#   PORTAL_URLS                default http://127.0.0.1:5080
# Stop the database afterwards with: scripts/pg-down.sh run
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

scripts/ensure-dotnet.sh

CS=$(scripts/pg-up.sh run)
export ConnectionStrings__Portal="$CS"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Portal__SeedDemoData=${Portal__SeedDemoData:-true}
urls=${PORTAL_URLS:-http://127.0.0.1:5080}
# Plain HTTP on loopback: browsers refuse __Host-/Secure cookies from it, so
# the portal names its cookies without the prefix here (never in Production).
export Portal__SecureCookies=${Portal__SecureCookies:-false}
export Portal__PublicBaseUrl=${Portal__PublicBaseUrl:-${urls%%;*}}

dotnet build src/CoCreation.Web/CoCreation.Web.csproj -c Release -nologo

cat <<BANNER

  CoCreation portal
  ------------------
  URL:          ${urls//;/ }
  environment:  $ASPNETCORE_ENVIRONMENT
  database:     $(printf '%s' "$CS" | sed 's/Password=[^;]*/Password=***/I')
  Stop with Ctrl+C (the database keeps running; scripts/pg-down.sh run stops it).

BANNER

# --no-launch-profile: launchSettings.json would otherwise override the
# environment and URLs chosen above. exec: Ctrl+C goes straight to the app.
exec dotnet run --no-build -c Release --project src/CoCreation.Web \
  --no-launch-profile --urls "$urls"
