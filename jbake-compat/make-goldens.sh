#!/bin/sh
# Regenerates the stock-JBake golden output of every fixture under generator/src/test/resources/jbake-compat:
# for each FIXTURE/site, bakes a copy with stock JBake 2.7.0 (jbake-compat/stock-jbake.sh) and keeps its pages
# (.html, .xml) in FIXTURE/stock/ and the list of every file it wrote in FIXTURE/stock-files.txt.
#
#   jbake-compat/make-goldens.sh
#
# Every file of the copy gets the same modification time first (2024-01-01 12:00 UTC): JBake dates a document
# without date= by its file's time, and git does not keep file times. JbakeCompatibilityTest does the same.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$(dirname "$here")/generator/src/test/resources/jbake-compat"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for dir in "$fixtures"/*/; do
  name=$(basename "$dir")
  [ -d "$dir/site" ] || continue
  cp -r "$dir/site" "$work/$name"
  find "$work/$name" -exec touch -d '2024-01-01T12:00:00Z' {} +
  "$here/stock-jbake.sh" "$work/$name" "$work/$name-out" > "$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }
  grep -E "^(WARN|ERROR) " "$work/$name.log" | grep -v -E "OScriptManager|OEngineLocalPaginated|OrientDBEmbedded|Engines - " | sed "s|$work/||g" > "$dir/stock-warnings.txt" || true
  rm -rf "$dir/stock"
  mkdir -p "$dir/stock"
  (cd "$work/$name-out" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) > "$dir/stock-files.txt"
  (cd "$work/$name-out" && find . -type f \( -name '*.html' -o -name '*.xml' \) -exec cp --parents {} "$dir/stock/" \;)
  echo "$name: $(grep -c . "$dir/stock-files.txt") files, $(find "$dir/stock" -type f | wc -l) pages"
done
