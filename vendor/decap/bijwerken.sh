#!/usr/bin/env bash
# Brings Decap CMS (the web editor at /admin/) from npm into the generator: the version pinned in package.json and
# package-lock.json, nothing fetched when the site is built or visited. Run after changing the version:
#   vendor/decap/bijwerken.sh          (needs npm; reaches the npm registry; installs about 380 MB into node_modules)
# then run WebEditorBrowserTest and review the diff. Only the built bundle is kept, with its licences.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
version=$(node -p "require('./node_modules/decap-cms/package.json').version")
out=../../generator/src/main/resources/nl/kennisbank/webeditor
mkdir -p "$out"
# The bundle without its source-map comment (the map is not shipped, so a browser would ask for it in vain).
sed -e '$ s|//# sourceMappingURL=[^ ]*$||' node_modules/decap-cms/dist/decap-cms.js > "$out/decap-cms.js"
cp node_modules/decap-cms/dist/decap-cms.js.LICENSE.txt "$out/decap-cms.js.LICENSE.txt"
# decap-cms ships no LICENSE file of its own; every package of its monorepo carries the same MIT text.
cp node_modules/decap-cms-lib-auth/LICENSE LICENSE
cp LICENSE "$out/LICENSE-decap-cms.txt"
printf 'version=%s\n' "$version" > "$out/decap-cms.properties"
echo "decap-cms $version: $(wc -c < "$out/decap-cms.js") bytes in $out/decap-cms.js"
