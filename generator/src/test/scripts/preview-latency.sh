#!/usr/bin/env bash
# Save → changed page served, end to end, against a running `./kennisbank serve`.
#   generator/src/test/scripts/preview-latency.sh SOURCE PORT PRACTICE [SAMPLES] [PAUSE_SECONDS]
# SOURCE: the site folder that serve watches; PORT: where serve listens; PRACTICE: a practice's file name without
# .md, e.g. budgetcoach-op-school. Each sample writes a new line into content/praktijkvoorbeelden/PRACTICE.md (write
# to a temporary file, then rename, as editors' tools save) and polls http://localhost:PORT/praktijkvoorbeelden/…/
# every 5 ms from one process (no process started per poll: that alone added about half a second in a shell loop)
# until the line is served. Prints every sample, min/median/max in ms and the load average. The file is restored.
set -euo pipefail
exec python3 - "$@" <<'PY'
import os, random, sys, time, urllib.request
source, port, slug = sys.argv[1:4]
samples = int(sys.argv[4]) if len(sys.argv) > 4 else 10
pause = float(sys.argv[5]) if len(sys.argv) > 5 else 1.5
path = os.path.join(source, 'content', 'praktijkvoorbeelden', slug + '.md')
original = open(path, encoding='utf-8').read()
head, sep, body = original.partition('\n---\n')
# the page's address: the slug in the file's front matter, else the file name (minus a numeric prefix)
page = next((l.split(':', 1)[1].strip() for l in head.splitlines() if l.startswith('slug:')), slug)
url = 'http://localhost:%s/praktijkvoorbeelden/%s/' % (port, page)
times = []
try:
    for i in range(samples):
        marker = 'Opgeslagen-%d-%d' % (random.randrange(10**6), i)
        start = time.perf_counter()
        with open(path + '.tmp', 'w', encoding='utf-8') as f:
            f.write(head + sep + '\n' + marker + '\n\n' + body)
        os.replace(path + '.tmp', path)
        while True:
            try:
                if marker in urllib.request.urlopen(url, timeout=10).read().decode('utf-8'):
                    break
            except OSError:
                pass
            time.sleep(0.005)
        times.append((time.perf_counter() - start) * 1000)
        print('sample %d: %.0f ms  (load %s)' % (i + 1, times[-1], ' '.join(open('/proc/loadavg').read().split()[:3])), flush=True)
        time.sleep(pause)
finally:
    with open(path, 'w', encoding='utf-8') as f:
        f.write(original)
ordered = sorted(times)
print('save → served: min %.0f, median %.0f, max %.0f ms over %d samples' % (ordered[0], ordered[len(ordered) // 2], ordered[-1], len(ordered)))
PY
