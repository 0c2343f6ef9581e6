#!/usr/bin/env bash
# Brings the province shapes for the map at /kaart/ from npm (@svg-maps/netherlands, pinned in package.json and
# package-lock.json; CC BY 4.0, after MapSVG) and simplifies them into the SVG the generator reads at build time:
#   vendor/kaart/bijwerken.sh          (needs npm and node; reaches the npm registry)
# then build the site, run the map tests (KaartPageTest, KaartBrowserTest) and review the diff. Nothing is fetched
# when the site is built or visited.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
node vereenvoudig.mjs node_modules/@svg-maps/netherlands/netherlands.svg \
  ../../generator/src/main/resources/nl/kennisbank/site/assemble/provincies.svg
cp node_modules/@svg-maps/netherlands/LICENSE.md LICENSE.md
