#!/usr/bin/env bash
# Save → changed page served, end to end, against a running `./kennisbank serve`.
#   generator/src/test/scripts/preview-latency.sh SOURCE PORT PRACTICE [SAMPLES] [PAUSE_SECONDS] [MODE]
# SOURCE: the site folder that serve watches; PORT: where serve listens; PRACTICE: a practice's file name without
# .md, e.g. budgetcoach-op-school. Each sample saves (write to a temporary file, then rename, as editors' tools save)
# and polls from one process every 5 ms (no process started per poll: that alone added about half a second in a
# shell loop) until the change is served. MODE says what a sample saves:
#   text         (default) a new first line in PRACTICE's text; served = the line on its page
#   frontmatter  a new summary (samenvatting:) for PRACTICE; served = the summary on its page, then listed = the
#                summary on the page of its first sector (sectoren/ID/), which lists it
#   new          a new practice (a copy of PRACTICE under a new name and title, dated today so it tops the list);
#                served = its page, listed = its title on praktijkvoorbeelden/; then the file is deleted and
#                gone = its page answers 404 and the list no longer shows it
# Prints every sample, min/median/max in ms and the load average. PRACTICE's file is restored; new files are removed.
set -euo pipefail
exec python3 - "$@" <<'PY'
import datetime, os, random, re, sys, time, urllib.error, urllib.request
source, port, slug = sys.argv[1:4]
samples = int(sys.argv[4]) if len(sys.argv) > 4 else 10
pause = float(sys.argv[5]) if len(sys.argv) > 5 else 1.5
mode = sys.argv[6] if len(sys.argv) > 6 else 'text'
if mode not in ('text', 'frontmatter', 'new'):
    sys.exit('MODE is text, frontmatter or new, not ' + mode)
folder = os.path.join(source, 'content', 'praktijkvoorbeelden')
path = os.path.join(folder, slug + '.md')
original = open(path, encoding='utf-8').read()
head, sep, body = original.partition('\n---\n')
base = 'http://localhost:%s/' % port
# the page's address: the slug in the file's front matter, else the file name
page = next((l.split(':', 1)[1].strip() for l in head.splitlines() if l.startswith('slug:')), slug)
url = base + 'praktijkvoorbeelden/%s/' % page
sector = re.search(r'^sectoren:\s*\[\s*"?([a-z0-9-]+)', head, re.M)

def save(file, text):
    with open(file + '.tmp', 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(file + '.tmp', file)

def status(address):
    try:
        return urllib.request.urlopen(address, timeout=10).status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return None

def wait(start, address, shows=None, hides=None, gone=False):
    """Polls until the page holds `shows`, lacks `hides` or answers 404; the ms since start."""
    while True:
        try:
            if gone:
                if status(address) == 404:
                    break
            else:
                text = urllib.request.urlopen(address, timeout=10).read().decode('utf-8')
                if (shows is None or shows in text) and (hides is None or hides not in text):
                    break
        except OSError:
            pass
        time.sleep(0.005)
    return (time.perf_counter() - start) * 1000

def load():
    return ' '.join(open('/proc/loadavg').read().split()[:3])

columns = {'served': [], 'listed': [], 'gone': [], 'unlisted': []}
created = []
try:
    for i in range(samples):
        marker = 'Opgeslagen-%d-%d' % (random.randrange(10**6), i)
        line = {}
        if mode == 'text':
            start = time.perf_counter()
            save(path, head + sep + '\n' + marker + '\n\n' + body)
            line['served'] = wait(start, url, shows=marker)
        elif mode == 'frontmatter':
            edited = re.sub(r'^samenvatting:.*$', 'samenvatting: "%s, een nieuwe samenvatting."' % marker, head,
                            count=1, flags=re.M)
            if edited == head:
                sys.exit(slug + '.md has no samenvatting: line')
            start = time.perf_counter()
            save(path, edited + sep + body)
            line['served'] = wait(start, url, shows=marker)
            if sector:
                line['listed'] = wait(start, base + 'sectoren/%s/' % sector.group(1), shows=marker)
        else:
            name = 'nieuw-%s' % marker.lower()
            new = os.path.join(folder, name + '.md')
            created.append(new)
            text = re.sub(r'^titel:.*$', 'titel: "Nieuw %s"' % marker, head, count=1, flags=re.M)
            text = re.sub(r'^slug:.*\n', '', text, flags=re.M)
            text = re.sub(r'^datum:.*$', 'datum: %s' % datetime.date.today().isoformat(), text, count=1, flags=re.M)
            start = time.perf_counter()
            save(new, text + sep + body)
            line['served'] = wait(start, base + 'praktijkvoorbeelden/%s/' % name, shows=marker)
            line['listed'] = wait(start, base + 'praktijkvoorbeelden/', shows=marker)
            time.sleep(pause)
            start = time.perf_counter()
            os.remove(new)
            created.remove(new)
            line['gone'] = wait(start, base + 'praktijkvoorbeelden/%s/' % name, gone=True)
            line['unlisted'] = wait(start, base + 'praktijkvoorbeelden/', hides=marker)
        for k, v in line.items():
            columns[k].append(v)
        print('sample %d: %s  (load %s)' % (i + 1, ', '.join('%s %.0f ms' % kv for kv in line.items()), load()),
              flush=True)
        time.sleep(pause)
finally:
    with open(path, 'w', encoding='utf-8') as f:
        f.write(original)
    for new in created:
        if os.path.exists(new):
            os.remove(new)
what = {'served': 'save → page served', 'listed': 'save → listed', 'gone': 'delete → page 404',
        'unlisted': 'delete → off the list'}
for k, times in columns.items():
    if times:
        ordered = sorted(times)
        print('%s (%s): min %.0f, median %.0f, max %.0f ms over %d samples' % (
            what[k], mode, ordered[0], ordered[len(ordered) // 2], ordered[-1], len(ordered)))
print('load %s' % load())
PY
