#!/usr/bin/env bash
# Usage: scripts/fonts.sh
#
# Copies the portal's one typeface into src/CoCreation.Web/wwwroot/fonts/ from the npm package
# @fontsource-variable/public-sans (Public Sans by the Public Sans Project Authors, USWDS,
# SIL Open Font License 1.1; the licence travels with the files as OFL.txt).
#
# Only what the pages use is copied: the variable-weight upright (one file carries every weight
# from 100 to 900), in its latin and latin-ext subsets. A browser downloads latin-ext only when a
# page holds one of its letters (unicode-range in site.css), so an English page loads one 27 KB file.
# Italic is not shipped: the few italic words get the browser's slanted Public Sans.
#
# The files are committed; run this again only to move to another version (change VERSION and the
# unicode-range lines in site.css from the package's wght.css if they changed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VERSION=5.3.0
PACKAGE=@fontsource-variable/public-sans
target=src/CoCreation.Web/wwwroot/fonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$target"
for subset in latin latin-ext; do
    cp "$work/package/files/public-sans-$subset-wght-normal.woff2" "$target/"
done
cp "$work/package/LICENSE" "$target/OFL.txt"
ls -l "$target"
