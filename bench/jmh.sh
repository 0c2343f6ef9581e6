#!/usr/bin/env bash
# JMH benchmarks of the build's hot paths (generator/src/jmh/java, Maven profile jmh; never part of verify):
# Markdown to HTML, rendering, the Dutch analysis chain, Lucene indexing, related practices, writing the static
# index; each on a realistic corpus of 300 documents (bench.RealisticCorpus, Debian's wdutch word list).
#   bench/jmh.sh                      all benchmarks, JMH's defaults of this project (3 warm-up, 5 measured iterations)
#   bench/jmh.sh analysis -f 1 -i 3   any JMH options: a benchmark name pattern, -wi, -i, -f, -p docs=1000, -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/find-jdk.sh
./mvnw -q -B -ntp -Pjmh -pl generator -am test-compile
cp=$(./mvnw -q -B -ntp -Pjmh -pl generator dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
exec "$JAVA_HOME/bin/java" -Dkennisbank.root="$PWD" -cp "generator/target/test-classes:generator/target/classes:$cp" \
  org.openjdk.jmh.Main "${@:-HotPathsBenchmark}"
