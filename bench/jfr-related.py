#!/usr/bin/env python3
# The related stage's samples of a build's JFR recording, by part: the samples from the first one under
# LuceneSearch.related to the last one under LuceneIndex, RelatedPractices or LikeTerms, each counted once under the
# first part (in the order below) that a frame of its stack belongs to; plus the top methods by own samples.
# Input: `jfr print --events jdk.ExecutionSample --stack-depth 64 FILE`.
import sys, re, collections
samples = []; cur = None
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    line = line.rstrip()
    if line.startswith('jdk.ExecutionSample'):
        cur = {'t': None, 'stack': []}; continue
    if cur is None: continue
    m = re.match(r'\s+startTime = (\S+)', line)
    if m: cur['t'] = m.group(1); continue
    m = re.match(r'\s+([\w$.<>/]+)\(', line)
    if m and 'line:' in line: cur['stack'].append(m.group(1)); continue
    if line.strip() == '}':
        if cur['stack']: samples.append(cur)
        cur = None
def has(s, k): return any(k in f for f in s['stack'])
rel = [s for s in samples if any(has(s, k) for k in ('LuceneSearch.related', 'LuceneIndex', 'RelatedPractices', 'LikeTerms'))]
t0 = min(s['t'] for s in rel if has(s, 'LuceneSearch.related')); t1 = max(s['t'] for s in rel)
win = [s for s in samples if t0 <= s['t'] <= t1]
PARTS = [
    ('search text and search documents', ('LuceneSearch.documents', 'LuceneSearch.searchDocument', 'site.search.BlockText', 'SearchDocument.body')),
    ('related practices (LikeTerms, sums)', ('LikeTerms', 'RelatedPractices')),
    ('Lucene flush (segment written)', ('IndexingChain.flush', 'DocumentsWriter.doFlush', 'DocumentsWriterPerThread.flush')),
    ('word memo lookups (WordMemory, WordMemo)', ('search.WordMemory', 'search.WordMemo.')),
    ('compound splitting (split, dictionary)', ('CompoundSplitter.split', 'PartPrefixes')),
    ('stemmer (Snowball)', ('org.tartarus',)),
    ('Lucene per token/term (hash, postings)', ('TermsHashPerField', 'BytesRefHash', 'FreqProxTermsWriterPerField', 'getBytesRef', 'ByteSlicePool', 'IntBlockPool')),
    ('tokenizer, lowercase, folding', ('StandardTokenizer', 'LowerCaseFilter', 'ASCIIFoldingFilter', 'CharacterUtils')),
    ('our other filters, attribute copies, surface words', ('nl.kennisbank.search.', 'org.apache.lucene.analysis', 'org.apache.lucene.util.Attribute', 'ConcurrentHashMap')),
]
COUNTING = 'counting terms (TermTally, CountedTerms; top frame)'
parts = collections.Counter(); meth = collections.Counter()
for s in win:
    meth[s['stack'][0]] += 1
    if 'TermTally' in s['stack'][0] or 'CountedTerms' in s['stack'][0]:
        parts[COUNTING] += 1; continue  # CountedTerms.count drives the whole chain: only its own samples count here
    parts[next((n for n, pre in PARTS if any(p in f for f in s['stack'] for p in pre)), 'other')] += 1
n = len(win)
print(f'window {t0}..{t1}: {n} samples')
for name in [p[0] for p in PARTS] + [COUNTING, 'other']:
    print(f'| {name} | {parts[name]} | {100 * parts[name] / n:.1f} % |')
print()
for k, v in meth.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 10): print(f'| {100 * v / n:.1f} % | `{k}` |')
