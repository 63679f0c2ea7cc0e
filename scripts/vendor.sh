#!/usr/bin/env bash
# Refresh the vendored front-end files from the npm packages pinned in package.json.
# Usage: scripts/vendor.sh   (needs node and npm; writes into concertons/static/vendor and tests/browser/vendor)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/package.json" "$work/"
(cd "$work" && npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
mods="$work/node_modules"
version() { node -p "require('$mods/$1/package.json').version"; }

static="$root/concertons/static/vendor"
mkdir -p "$static/htmx" "$static/altcha" "$root/tests/browser/vendor"
cp "$mods/htmx.org/dist/htmx.min.js" "$static/htmx.min.js"
cp "$mods/htmx.org/LICENSE" "$static/htmx/LICENSE"
# The "external" build of the ALTCHA widget loads its CSS and worker as files: no inline style or blob worker,
# so it runs under our strict Content-Security-Policy.
cp "$mods/altcha/dist_external/altcha.umd.cjs" "$static/altcha/altcha.js"
cp "$mods/altcha/dist_external/worker.js" "$static/altcha/worker.js"
cp "$mods/altcha/dist_external/altcha.css" "$static/altcha/altcha.css"
cp "$mods/altcha/LICENSE.txt" "$static/altcha/LICENSE"
# Fonts for the PDFs (cahiers, paper sheets): shipped with the project so a PDF looks the same everywhere.
mkdir -p "$root/concertons/static/fonts"
for face in 400-normal 400-italic 700-normal 700-italic; do
  cp "$mods/@fontsource/source-sans-3/files/source-sans-3-latin-$face.woff" "$root/concertons/static/fonts/"
done
cp "$mods/@fontsource/source-sans-3/LICENSE" "$root/concertons/static/fonts/LICENSE-source-sans-3.txt"
cp "$mods/axe-core/axe.min.js" "$root/tests/browser/vendor/axe.min.js"
cp "$mods/axe-core/LICENSE" "$root/tests/browser/vendor/axe-core.LICENSE"

cat > "$static/VERSIONS" <<TXT
# Written by scripts/vendor.sh from package.json; do not edit by hand.
htmx.org $(version htmx.org)
altcha $(version altcha)
@fontsource/source-sans-3 $(version @fontsource/source-sans-3) (static/fonts)
axe-core $(version axe-core) (tests/browser/vendor)
TXT
cat "$static/VERSIONS"
