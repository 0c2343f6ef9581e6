// The static index of the freshly built example site, read as the browser reads it, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { engine, fixture, folderFetcher, leavesOf, shardNames } from './support.mjs';

const { Engine, fold, shardOf } = engine;
const site = fixture('site.txt').trim();
const root = path.join(site, 'zoeken/index');
const read = (rel) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));
const meta = read('meta.json');
const folder = path.join(root, meta.map ?? '');
const inFolder = (rel) => JSON.parse(readFileSync(path.join(folder, rel), 'utf8'));

function decode(list) {
  const docs = [];
  let doc = 0;
  for (let i = 0; i < list.length; i += 2) {
    doc += list[i];
    assert.ok(list[i + 1] >= 1 && list[i + 1] <= 255, `impact ${list[i + 1]}`);
    docs.push(doc);
  }
  return docs;
}

test('meta.json names this build\'s folder, which holds every other index file', () => {
  assert.match(meta.map, /^[0-9a-f]{16}\/$/);
  assert.ok(statSync(folder).isDirectory());
  assert.deepEqual(readdirSync(root).sort(), [meta.map.slice(0, -1), 'meta.json']);
  assert.ok(meta.documenten > 0);
});

/** Every lexicon shard the browser can fetch: the top-level ones of meta.json, and the leaves of those that were split. */
const roots = shardNames(meta.lex);
const leavesOfRoot = (name) => leavesOf(name, inFolder(`lex/${name}.json`));
const leaves = roots.flatMap((name) => leavesOfRoot(name) ?? [name]);

test('meta.json lists exactly the top-level lexicon shards, and a split one exactly its leaves', () => {
  const files = readdirSync(path.join(folder, 'lex')).map((f) => f.replace(/\.json$/, '')).sort();
  const split = roots.filter((name) => leavesOfRoot(name));
  assert.deepEqual([...new Set([...roots, ...leaves, ...split.map((name) => `${name}-f`)])].sort(), files);
  for (const name of split) {
    const inLeaves = Object.assign({}, ...leavesOfRoot(name).map((leaf) => inFolder(`lex/${leaf}.json`).w));
    const frequent = inFolder(`lex/${name}-f.json`);
    assert.ok(Object.keys(frequent.w).length > 0, `${name}-f`);
    for (const [word, ids] of Object.entries(frequent.w)) assert.deepEqual(ids, inLeaves[word], `${word} in ${name}-f`);
    for (const leaf of leavesOfRoot(name)) {
      assert.ok(leaf.length > 2 && leaf.startsWith(name), leaf);
      assert.equal(inFolder(`lex/${leaf}.json`).d, undefined, `${leaf} is a leaf`);
    }
  }
});

test('the completions a split prefix\'s leaf holds are the best ones of all the leaves below it', async () => {
  const { fetcher } = folderFetcher();
  const e = new Engine(pathToFileURL(root + '/'), fetcher);
  let checked = 0;
  for (const leaf of leaves) {
    const { c } = inFolder(`lex/${leaf}.json`);
    if (!c) continue;
    const prefix = leaf.replace(/_+$/, '');
    const all = leaves.filter((l) => l.startsWith(prefix)).map((l) => inFolder(`lex/${l}.json`));
    const words = all.flatMap((shard) => Object.entries(shard.w).filter(([w, ids]) => w.length > prefix.length && w.startsWith(prefix) && ids.length > 0)
      .map(([w, ids]) => [w, Math.max(...ids.map((id) => shard.t[id][1])), ids.length === 1 && (shard.t[ids[0]][4] ?? shard.t[ids[0]][0]) === w ? 1 : 0]));
    words.sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
    assert.deepEqual(Object.keys(c).sort(), words.slice(0, 5).map(([w]) => w).sort(), prefix);
    const answer = await e.search(prefix);
    const shown = answer.words[0].variants.filter((v) => v.kind === 'completion' || v.kind === 'prefix').map((v) => v.word);
    assert.deepEqual(shown, words.slice(0, 5).map(([w]) => w), `completions of ${prefix}`);
    checked++;
  }
  assert.ok(checked > 0 || leaves.length === roots.length, 'no split shard has completions');
});

test('every lexicon word can be typed, sits in its own shard, and points to terms with postings', () => {
  const heads = new Map();
  const tails = new Map();
  const posting = (kind, n) => {
    const cache = kind === 'post' ? heads : tails;
    if (!cache.has(n)) {
      try {
        cache.set(n, inFolder(`${kind}/${n}.json`));
      } catch {
        cache.set(n, {});
      }
    }
    return cache.get(n);
  };
  let words = 0;
  const favourites = [];
  for (const name of leaves) {
    const shard = inFolder(`lex/${name}.json`);
    for (const [word, ids] of Object.entries(shard.w)) {
      words++;
      assert.deepEqual(fold(word), [word], `${word} cannot be typed`);
      assert.equal(shardOf(word, name.length), name, word);
      assert.ok(!leaves.some((l) => l.length < name.length && shardOf(word, l.length) === l), `${word} is in one shard only`);
      for (const id of ids) {
        const [text, df, n, max, favourite] = shard.t[id];
        if (favourite !== undefined) favourites.push([favourite, id, text]);
        assert.equal(n, (df > meta.kop ? 0 : meta.postingsShards) + (id % meta.postingsShards), `term ${text}`);
        const headList = posting('post', n)[id] ?? [];
        const head = decode(headList);
        assert.equal(max, Math.max(...headList.filter((_, i) => i % 2 === 1)), `highest impact of ${text}`);
        const tail = decode(posting('staart', n)[id] ?? []);
        assert.ok(head.length > 0 && head.length <= meta.kop, `head of ${text}`);
        assert.equal(head.length + tail.length, df, `document frequency of ${text}`);
        for (const doc of [...head, ...tail]) assert.ok(doc < meta.documenten);
      }
    }
  }
  assert.ok(words > 1000, `${words} words`);
  const all = Object.assign({}, ...leaves.map((name) => inFolder(`lex/${name}.json`).w));
  for (const [favourite, id, text] of favourites) assert.deepEqual(all[favourite], [id], `the favourite form of ${text}`);
});

test('meta.json names the stemming data, with every list the browser stemmer reads', () => {
  const data = inFolder(meta.stam);
  for (const list of ['stop', 'beschermd']) assert.ok(Array.isArray(data[list]) && data[list].length > 0, list);
  for (const map of ['vast', 'vormen']) assert.equal(typeof data[map], 'object', map);
  assert.equal(data.vast.kinderen, 'kinder');
});

test('every document has its file, and the orders are permutations of all documents', () => {
  for (let i = 0; i < meta.documenten; i++) {
    const d = inFolder(`doc/${i}.json`);
    assert.equal(typeof d.u, 'string');
    assert.equal(typeof d.t, 'string');
    assert.ok(Array.isArray(d.p));
  }
  for (const name of ['nieuw', 'titel']) {
    const o = inFolder(`volgorde/${name}.json`);
    const raw = Buffer.from(o.b, 'base64');
    const seen = new Set();
    for (let i = 0; i < raw.length; i += o.w) seen.add(raw.readUIntLE(i, o.w));
    assert.equal(seen.size, meta.documenten, name);
  }
});

test('the engine finds, counts and shows results from the built index', async () => {
  const { fetcher, served } = folderFetcher();
  const e = new Engine(pathToFileURL(root + '/'), fetcher);
  const answer = await e.search('armoede', { counts: true });
  assert.ok(answer.results.length > 0);
  assert.ok(answer.total >= answer.results.length);
  for (const r of answer.results) {
    assert.ok(statSync(path.join(site, r.path, 'index.html')).isFile(), r.path);
    assert.ok(r.snippet.length > 0);
  }
  assert.ok(Object.keys(answer.counts).includes('type'));
  assert.ok(served.paths.every((p) => p === path.join(root, 'meta.json') || p.startsWith(folder)));
});

test('a theme is found by a word only its vocabulary entry has, and typed as a theme', async () => {
  const { fetcher } = folderFetcher();
  const answer = await new Engine(pathToFileURL(root + '/'), fetcher).search('kindpas ');
  const theme = answer.results.find((r) => r.path === 'themas/kindpakket/');
  assert.ok(theme, answer.results.map((r) => r.path).join(', '));
  assert.equal(theme.type, 'Thema');
  assert.match(theme.snippet, /<mark>kindpas,?<\/mark>/);
});
