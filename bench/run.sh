#!/usr/bin/env bash
# Side-by-side benchmark: our generator vs Hugo (full site, no search) and Pagefind (search index over Hugo's
# output), on the same synthetic Dutch corpus, on this machine, in one run. Prints medians and ratios.
#   bench/run.sh [N ...]          default: 1000
#   RUNS=5 bench/run.sh 1000 5000
# Needs: a JDK 21+, Debian's hugo and time packages, npm (for pagefind). Installs what is missing when root.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/find-jdk.sh
sizes=("${@:-1000}")
runs=${RUNS:-3}
work=${BENCH_DIR:-/tmp/kennisbank-bench}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hugo || [ ! -x /usr/bin/time ]; then
  [ "$(id -u)" = 0 ] || { echo "install hugo and time (Debian packages) first" >&2; exit 2; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo time >/dev/null
fi
if [ ! -x bench/node_modules/.bin/pagefind ]; then
  (cd bench && npm install --no-audit --no-fund --silent pagefind@1.6.0 >/dev/null)
fi

./mvnw -q -B -ntp -pl generator -am package -DskipTests
./mvnw -q -B -ntp -pl generator test-compile
cp=$(./mvnw -q -B -ntp -pl generator dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
cp="generator/target/test-classes:generator/target/classes:$cp"

# median of a column from "seconds maxrss_kib" lines
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, then the command; appends "seconds KiB" lines to $work/$label.times
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.tmp" "$@" >/dev/null 2>"$work/$label.err" || { echo "$label failed:"; cat "$work/$label.err"; exit 1; }
  cat "$work/time.tmp" >> "$work/$label.times"
}

searches=()
printf '| N | tool | wall s (median of %s) | peak RSS MiB | ratio wall vs ours |\n|---|---|---|---|---|\n' "$runs"
for n in "${sizes[@]}"; do
  rm -rf "$work/$n" && mkdir -p "$work/$n/ours" "$work/$n/hugo"
  cp -r bench/hugo-site/. "$work/$n/hugo/"
  cp -r data templates assets jbake.properties "$work/$n/ours/"
  "$JAVA_HOME/bin/java" -cp "$cp" nl.kennisbank.bench.SyntheticCorpus "$n" "$work/$n/ours" "$work/$n/hugo"
  rm -f "$work"/*.times
  for i in $(seq "$runs"); do
    measure ours ./kennisbank build --source "$work/$n/ours" --output "$work/$n/ours-site"
    rm -rf "$work/$n/hugo-site-out"
    measure hugo hugo --quiet -s "$work/$n/hugo" -d "$work/$n/hugo-site-out"
    rm -rf "$work/$n/hugo-site-out/pagefind"
    measure pagefind bench/node_modules/.bin/pagefind --site "$work/$n/hugo-site-out" --silent
  done
  ours_s=$(cut -d' ' -f1 "$work/ours.times" | median)
  for tool in ours hugo pagefind; do
    s=$(cut -d' ' -f1 "$work/$tool.times" | median)
    m=$(cut -d' ' -f2 "$work/$tool.times" | median)
    printf '| %s | %s | %s | %s | %s |\n' "$n" "$tool" "$s" "$((m / 1024))" "$(awk -v a="$s" -v b="$ours_s" 'BEGIN {printf "%.2f", a/b}')"
  done
  du -sb "$work/$n/ours-site/zoeken" 2>/dev/null | awk -v n="$n" '{printf "| %s | our search index on disk | %.1f MB |\n", n, $1/1e6}' || true
  du -sb "$work/$n/hugo-site-out/pagefind" | awk -v n="$n" '{printf "| %s | pagefind index on disk | %.1f MB |\n", n, $1/1e6}'
  find "$work/$n/ours-site/zoeken/index" -type f | wc -l | awk -v n="$n" '{printf "| %s | our search index files | %s |\n", n, $1}'
  find "$work/$n/hugo-site-out/pagefind" -type f | wc -l | awk -v n="$n" '{printf "| %s | pagefind index files | %s |\n", n, $1}'
  searches+=("$n")
done

# Bytes of a cold one-word query in headless Chromium, ours vs Pagefind on the same pages.
for n in "${searches[@]}"; do
  echo
  echo "Cold one-word queries at N=$n (KB, no compression):"
  "$JAVA_HOME/bin/java" -cp "$cp" nl.kennisbank.bench.SearchBytes "$work/$n/ours-site" "$work/$n/hugo-site-out" ${QUERIES:-armoede schoolreisje kinderarmoede 417}
done
