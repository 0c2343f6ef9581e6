#!/usr/bin/env bash
# Side-by-side benchmark: our generator vs Hugo (full site, no search) and Pagefind (search index over Hugo's
# output), on the same realistic Dutch corpus (bench.RealisticCorpus: Debian's wdutch vocabulary with Zipf-like
# frequencies, compounds, inflections, practices of 400-1,500 and chapters of 1,500-4,000 words), on this machine,
# in one run: the tools alternate within every round, each is run RUNS times, and medians and ratios are printed
# with wall time, CPU time (user + sys: less sensitive to other load on the machine) and peak RSS.
#   bench/run.sh [N ...]          default: 1000
#   RUNS=5 bench/run.sh 1000 5000 10000
#   CORPUS=shared bench/run.sh 5000   the yardstick generator ../shared/tools/corpus/gen_corpus.py instead
#   SEARCH_BYTES=0 bench/run.sh 5000  without the bytes of cold queries in Chromium
# Needs: a JDK 21+, Debian's hugo, time and wdutch packages, npm (for pagefind). Installs what is missing when root.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/find-jdk.sh
sizes=("${@:-1000}")
runs=${RUNS:-3}
work=${BENCH_DIR:-/tmp/kennisbank-bench}
words=${WORDS:-/usr/share/dict/dutch}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hugo || [ ! -x /usr/bin/time ] || [ ! -f "$words" ]; then
  [ "$(id -u)" = 0 ] || { echo "install hugo, time and wdutch (Debian packages) first" >&2; exit 2; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo time wdutch >/dev/null
fi
if [ ! -x bench/node_modules/.bin/pagefind ]; then
  (cd bench && npm install --no-audit --no-fund --silent pagefind@1.6.0 >/dev/null)
fi

./mvnw -q -B -ntp -pl generator -am package -DskipTests
./mvnw -q -B -ntp -pl generator test-compile
cp=$(./mvnw -q -B -ntp -pl generator dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
cp="generator/target/test-classes:generator/target/classes:$cp"

# median of a column of numbers
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, then the command; appends "wall_s maxrss_kib cpu_s" lines to $work/$label.times
  local label=$1; shift
  sync # the previous tool's files reach the disk outside anyone's time
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.tmp" "$@" >"$work/$label.out" 2>"$work/$label.err" || { echo "$label failed:"; cat "$work/$label.err"; exit 1; }
  # "  stage  WALL ms  CPU ms CPU" -> "stage WALL CPU"
  grep -E '^  [a-z]+ +[0-9]+ ms' "$work/$label.out" | awk '{print $1, $2, ($4 == "" ? -1 : $4)}' >> "$work/$label.stages" || true
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$work/time.tmp" >> "$work/$label.times"
}
col() { cut -d' ' -f"$2" "$work/$1.times" | median; }

searches=()
echo "load before: $(uptime)"
printf '| N | tool | wall s (median of %s) | wall min–max | CPU s user+sys | peak RSS MiB | ours ÷ tool, wall | ours ÷ tool, CPU |\n|---|---|---|---|---|---|---|---|\n' "$runs"
for n in "${sizes[@]}"; do
  rm -rf "$work/$n" && mkdir -p "$work/$n/ours" "$work/$n/hugo"
  cp -r bench/hugo-site/. "$work/$n/hugo/"
  cp -r data templates assets jbake.properties "$work/$n/ours/"
  if [ "${CORPUS:-}" = shared ]; then
    gen=../shared/tools/corpus/gen_corpus.py
    python3 "$gen" --docs "$n" --format kb --vocab "$words" --seed 7 --out "$work/$n/ours" 2>/dev/null
    python3 "$gen" --docs "$n" --format yaml --vocab "$words" --seed 7 --out "$work/$n/hugo" 2>/dev/null
  else
    "$JAVA_HOME/bin/java" -cp "$cp" nl.kennisbank.bench.RealisticCorpus "$n" "$work/$n/ours" "$work/$n/hugo" "$words" >&2
  fi
  rm -f "$work"/*.times "$work"/*.stages
  # The first build, as in CI (CI=true, a fresh clone: no class-data archive or ahead-of-time cache yet), on a line of
  # its own; then one unmeasured build that writes them (the AOT cache only above 3,000 pages), as every later build
  # on an editor's machine has them.
  rm -rf "$work/$n/ours-site" generator/target/kennisbank.jsa generator/target/kennisbank-*.aot
  measure ours-first env CI=true ./kennisbank build --source "$work/$n/ours" --output "$work/$n/ours-site" -v
  rm -rf "$work/$n/ours-site"
  ./kennisbank build --source "$work/$n/ours" --output "$work/$n/ours-site" >/dev/null 2>&1
  # Every tool builds into an empty folder, as in CI (a fresh clone). Replacing a previous site costs ours more: the
  # old site is deleted after the swap, which on this machine's ext4 (mounted with discard) took up to 12 s at 5,000
  # documents. One such build is timed after the rounds, on its own line.
  for i in $(seq "$runs"); do
    rm -rf "$work/$n/ours-site"
    measure ours ./kennisbank build --source "$work/$n/ours" --output "$work/$n/ours-site" -v
    rm -rf "$work/$n/hugo-site-out"
    measure hugo hugo --quiet -s "$work/$n/hugo" -d "$work/$n/hugo-site-out"
    rm -rf "$work/$n/hugo-site-out/pagefind"
    measure pagefind bench/node_modules/.bin/pagefind --site "$work/$n/hugo-site-out" --silent
  done
  paste -d' ' "$work/hugo.times" "$work/pagefind.times" | awk '{printf "%.2f %s %.2f\n", $1 + $4, ($2 > $5 ? $2 : $5), $3 + $6}' > "$work/hugo+pagefind.times"
  ours_s=$(col ours 1)
  ours_c=$(col ours 3)
  for tool in ours hugo pagefind hugo+pagefind; do
    s=$(col "$tool" 1)
    c=$(col "$tool" 3)
    m=$(col "$tool" 2)
    range=$(cut -d' ' -f1 "$work/$tool.times" | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo "–" hi}')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$tool" "$s" "$range" "$c" "$((m / 1024))" \
      "$(awk -v a="$ours_s" -v b="$s" 'BEGIN {printf "%.2f", a/b}')" "$(awk -v a="$ours_c" -v b="$c" 'BEGIN {printf "%.2f", a/b}')"
  done
  measure ours-replacing ./kennisbank build --source "$work/$n/ours" --output "$work/$n/ours-site" -v
  echo "| $n | ours, first build as in CI (one run) | $(cut -d' ' -f1 "$work/ours-first.times") | | $(cut -d' ' -f3 "$work/ours-first.times") | $(($(cut -d' ' -f2 "$work/ours-first.times") / 1024)) | | |"
  echo "| $n | ours, replacing the previous site (one run) | $(cut -d' ' -f1 "$work/ours-replacing.times" | tail -1) | | $(cut -d' ' -f3 "$work/ours-replacing.times" | tail -1) | | | |"
  echo "| $n | load after | $(uptime | sed 's/.*load average: //') |"
  for what in "wall:2" "CPU:3"; do
    echo "| $n | our stages, median ${what%:*} ms | $(awk '{print $1}' "$work/ours.stages" | awk '!seen[$0]++' | while read -r st; do
      printf '%s %s, ' "$st" "$(awk -v s="$st" -v c="${what#*:}" '$1 == s {print $c}' "$work/ours.stages" | median)"; done) |"
  done
  du -sb "$work/$n/ours-site/zoeken" 2>/dev/null | awk -v n="$n" '{printf "| %s | our search index on disk | %.1f MB |\n", n, $1/1e6}' || true
  du -sb "$work/$n/hugo-site-out/pagefind" | awk -v n="$n" '{printf "| %s | pagefind index on disk | %.1f MB |\n", n, $1/1e6}'
  find "$work/$n/ours-site/zoeken" -type f | wc -l | awk -v n="$n" '{printf "| %s | our search index files | %s |\n", n, $1}'
  find "$work/$n/hugo-site-out/pagefind" -type f | wc -l | awk -v n="$n" '{printf "| %s | pagefind index files | %s |\n", n, $1}'
  searches+=("$n")
done

# Bytes of a cold one-word query in headless Chromium, ours vs Pagefind on the same pages.
for n in $([ "${SEARCH_BYTES:-1}" = 1 ] && echo "${searches[@]}"); do
  echo
  echo "Cold one-word queries at N=$n (KB, no compression):"
  "$JAVA_HOME/bin/java" -cp "$cp" nl.kennisbank.bench.SearchBytes "$work/$n/ours-site" "$work/$n/hugo-site-out" ${QUERIES:-armoede schoolreisje kinderarmoede 417}
done
