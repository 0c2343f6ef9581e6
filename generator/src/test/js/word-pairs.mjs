// Scores the held-out word pairs (src/test/resources/zoeken/woordparen.tsv) on the example site's built index: a pair
// (x, y) is found when a search for x, a form the site does not have, shows in its top 10 a page that has y.
// Run by word-pairs.test.mjs; as a report: node generator/src/test/js/word-pairs.mjs (ZOEKMACHINE=file to score
// another version of the engine).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { engine, fixture, folderFetcher, leavesOf } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export function pairs() {
  return readFileSync(path.resolve(here, '../resources/zoeken/woordparen.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [x, y, category] = l.split('\t');
      return { x, y, category };
    });
}

/** Per category and in all: pairs scored, found; stop-word pairs (y has no index term) are left out and counted. */
export async function score() {
  const site = fixture('site.txt').trim();
  const root = path.join(site, 'zoeken/index');
  const meta = JSON.parse(readFileSync(path.join(root, 'meta.json'), 'utf8'));
  const folder = path.join(root, meta.map ?? '');
  const read = (rel) => JSON.parse(readFileSync(path.join(folder, rel), 'utf8'));
  const docsOf = (y) => {
    const top = read(`lex/${engine.shardOf(y)}.json`);
    const leaf = top.d ? leavesOf(engine.shardOf(y), top).find((name) => engine.shardOf(y, name.length) === name) : null;
    const shard = leaf ? read(`lex/${leaf}.json`) : top.d ? { w: {} } : top;
    const docs = new Set();
    for (const id of shard.w[y] ?? []) {
      for (const kind of ['post', 'staart']) {
        let list = [];
        try {
          list = read(`${kind}/${shard.t[id][2]}.json`)[id] ?? [];
        } catch {}
        let doc = 0;
        for (let i = 0; i < list.length; i += 2) docs.add((doc += list[i]));
      }
    }
    return docs;
  };
  const { fetcher } = folderFetcher();
  const e = new engine.Engine(pathToFileURL(root + '/'), fetcher);
  const table = {};
  const misses = [];
  let stop = 0;
  for (const { x, y, category } of pairs()) {
    const target = docsOf(y);
    if (target.size === 0) {
      stop++;
      continue;
    }
    const answer = await e.search(x, { limit: 10 });
    const found = answer.results.some((r) => target.has(r.doc));
    for (const c of [category, 'alle']) {
      table[c] ??= { pairs: 0, found: 0 };
      table[c].pairs++;
      if (found) table[c].found++;
    }
    if (!found) misses.push(`${x} → ${y} (${category})`);
  }
  return { table, misses, stop };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { table, misses, stop } = await score();
  for (const [c, t] of Object.entries(table)) console.log(`${c.padEnd(14)} ${String(t.found).padStart(3)} of ${String(t.pairs).padStart(3)}  ${(t.found / t.pairs).toFixed(3)}`);
  console.log(`left out (stop words on the site side): ${stop}`);
  if (process.env.MISSES) console.log(misses.join('\n'));
}
