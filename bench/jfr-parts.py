#!/usr/bin/env python3
# Each JFR execution sample counted once, under the category of the frame nearest the top of its stack that matches one.
# Input: `jfr print --events jdk.ExecutionSample --stack-depth 64 FILE`.
import sys, re, collections
CATS = [
    ('flexmark parse and render', ('com.vladsch.flexmark', 'nl.kennisbank.markdown.')),
    ('analysis chain', ('org.apache.lucene.analysis', 'org.tartarus.snowball', 'nl.kennisbank.search.CachingStemFilter',
                        'nl.kennisbank.search.CompoundSplitter', 'nl.kennisbank.search.SurfaceRecorder',
                        'nl.kennisbank.search.WordMemory', 'nl.kennisbank.search.WordMemo', 'nl.kennisbank.search.PhraseAbbreviationFilter',
                        'nl.kennisbank.search.WordListFilter', 'nl.kennisbank.search.SamePositionDuplicates', 'nl.kennisbank.search.DutchAnalysis')),
    ('related practices', ('nl.kennisbank.search.RelatedPractices', 'nl.kennisbank.search.LikeTerms')),
    ('static index', ('nl.kennisbank.search.StaticIndexWriter', 'nl.kennisbank.search.BuiltIndex.write', 'nl.kennisbank.search.ImpactTable',
                      'nl.kennisbank.search.Lexicon', 'nl.kennisbank.search.Passages', 'nl.kennisbank.search.SurfaceFrequencies',
                      'nl.kennisbank.search.FieldScan', 'nl.kennisbank.search.ConcurrentWriters', 'nl.kennisbank.json.')),
    ('Lucene in-memory indexing', ('org.apache.lucene.index', 'org.apache.lucene.codecs', 'org.apache.lucene.store', 'org.apache.lucene.util',
                                   'nl.kennisbank.search.LuceneIndex')),
    ('FreeMarker/JBake pages', ('freemarker.', 'org.jbake', 'nl.kennisbank.jbake.')),
    ('jsoup', ('org.jsoup',)),
    ('search text (BlockText)', ('nl.kennisbank.site.search.',)),
    ('YAML/front matter', ('org.yaml', 'org.snakeyaml', 'nl.kennisbank.content.')),
    ('validation (links, structure)', ('nl.kennisbank.site.validate.',)),
    ('page models (assemble)', ('nl.kennisbank.site.assemble.', 'nl.kennisbank.pages.')),
    ('publish', ('nl.kennisbank.publish.',)),
]
c = collections.Counter(); meth = collections.Counter(); n = 0; stack = None
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    line = line.rstrip()
    if line.startswith('jdk.ExecutionSample'):
        stack = []; continue
    if stack is None: continue
    m = re.match(r'\s+([\w$.<>/]+)\(', line)
    if m and 'line:' in line:
        stack.append(m.group(1)); continue
    if line.strip() in (']', '}'):
        if stack:
            n += 1; meth[stack[0]] += 1
            cat = 'other (JDK, GC helpers, startup)'
            for f in stack:
                hit = next((name for name, pre in CATS if f.startswith(pre)), None)
                if hit: cat = hit; break
            c[cat] += 1
        stack = None
print(f'samples: {n}')
for k, v in c.most_common(): print(f'| {k} | {100*v/n:.1f} % |')
print()
for k, v in meth.most_common(10): print(f'| {100*v/n:.1f} % | `{k}` |')
