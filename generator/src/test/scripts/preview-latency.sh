#!/usr/bin/env bash
# Save → changed page served, end to end, against a running `./kennisbank serve`.
#   generator/src/test/scripts/preview-latency.sh SOURCE PORT PRACTICE [SAMPLES]
# SOURCE: the site folder that serve watches; PORT: where serve listens; PRACTICE: a practice's slug, e.g.
# budgetcoach-op-school. Each sample writes a new line into content/praktijkvoorbeelden/PRACTICE.md and polls
# http://localhost:PORT/praktijkvoorbeelden/PRACTICE/ every 10 ms until the line is served; it prints the time
# in ms and the load average. The file is restored at the end.
set -euo pipefail
source_dir=$1 port=$2 slug=$3 samples=${4:-10}
file="$source_dir/content/praktijkvoorbeelden/$slug.md"
url="http://localhost:$port/praktijkvoorbeelden/$slug/"
backup=$(mktemp)
cp "$file" "$backup"
trap 'cp "$backup" "$file"; rm -f "$backup"' EXIT
for i in $(seq 1 "$samples"); do
  marker="Opgeslagen-$RANDOM-$i"
  start=$(date +%s%N)
  python3 - "$file" "$backup" "$marker" <<'PY'
import sys
path, original, marker = sys.argv[1:]
text = open(original, encoding='utf-8').read()
head, sep, body = text.partition('\n---\n')
open(path + '.tmp', 'w', encoding='utf-8').write(head + sep + '\n' + marker + '\n\n' + body)
import os; os.replace(path + '.tmp', path)
PY
  until curl -fs "$url" | grep -q "$marker"; do sleep 0.01; done
  end=$(date +%s%N)
  echo "sample $i: $(( (end - start) / 1000000 )) ms  (load $(cut -d' ' -f1-3 /proc/loadavg))"
  sleep 1.5
done
