// Unit tests of assets/js/zoekmachine.js under Node's own test runner, on a small index written by hand.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { engine, memoryFetcher, shardBits, wordForms } from './support.mjs';

const { Engine, fold, shardOf, editDistance, allowedTypos, highlight } = engine;
const { snowballDutch, stemOf, baseForms } = wordForms;
const BASE = 'https://kennisbank.example.nl/zoeken/index/';
const b64 = (bytes) => Buffer.from(bytes).toString('base64');

/** Four documents; term 0 (armoed) has a head of one posting and a tail of one. Folder of this build: b1/. */
function index() {
  const doc = (u, t, d, p) => ({ u, t, y: 'Praktijkvoorbeeld', d, p });
  return {
    'meta.json': { map: 'b1/', versie: '1', documenten: 4, postingsShards: 2, kop: 1, schaal: 1000, lex: shardBits(['ar', 'ki', 'sc']), stam: 'stam.json' },
    'b1/stam.json': { stop: ['de', 'het'], beschermd: ['bso'], vast: { kind: 'kinder' }, vormen: { helpt: 'helpen' } },
    'b1/lex/ar.json': { w: { armoede: [0] }, t: { 0: ['armoed', 2, 0, 200] } },
    'b1/lex/ki.json': { w: { kinderopvang: [1] }, t: { 1: ['kinderopvang', 1, 1, 255] } },
    'b1/lex/sc.json': { w: { schuld: [2], schulden: [2], school: [3] }, t: { 2: ['schuld', 2, 0, 150, 'schulden'], 3: ['schol', 1, 1, 50] } },
    'b1/post/0.json': { 0: [0, 200], 2: [1, 150, 2, 90] },
    'b1/staart/0.json': { 0: [1, 100] },
    'b1/post/1.json': { 1: [2, 255], 3: [0, 50] },
    'b1/doc/0.json': doc('praktijkvoorbeelden/a/', 'Armoede op school', '2024-01-01', ['Armoede op school kost <veel>.']),
    'b1/doc/1.json': doc('praktijkvoorbeelden/b/', 'Schulden en armoede', '2025-01-01', ['Over schulden.', 'Armoede en schulden samen.']),
    'b1/doc/2.json': doc('praktijkvoorbeelden/c/', 'Kinderopvang', '', ['Kinderopvang voor iedereen.']),
    'b1/doc/3.json': doc('praktijkvoorbeelden/d/', 'Schuldhulp', '2023-01-01', ['Hulp bij schulden.']),
    'b1/facetten.json': {
      sector: { onderwijs: { l: 'Onderwijs', n: [0, 1] }, schulden: { l: 'Schulden', b: b64([0b1010]) } },
    },
    'b1/volgorde/nieuw.json': { w: 2, b: b64([1, 0, 0, 0, 3, 0, 2, 0]) },
    'b1/volgorde/titel.json': { w: 2, b: b64([0, 0, 2, 0, 1, 0, 3, 0]) },
  };
}

/** The same index with its shard sc split by the third and fourth letter, as the build splits a large shard. */
function splitIndex() {
  const files = index();
  delete files['b1/lex/sc.json'];
  return Object.assign(files, {
    'b1/lex/sc.json': { d: 'h_ ho hu' },
    'b1/lex/sch_.json': { w: {}, c: { school: [3], schuld: [2], schulden: [2] }, t: { 2: ['schuld', 2, 0, 150, 'schulden'], 3: ['schol', 1, 1, 50] } },
    'b1/lex/scho.json': { w: { school: [3] }, t: { 3: ['schol', 1, 1, 50] } },
    'b1/lex/schu.json': { w: { schuld: [2], schulden: [2] }, t: { 2: ['schuld', 2, 0, 150, 'schulden'] } },
    'b1/lex/sc-f.json': { w: { schuld: [2], schulden: [2] }, t: { 2: ['schuld', 2, 0, 150, 'schulden'] } },
  });
}

function setup(files = index()) {
  const { fetcher, requests } = memoryFetcher(BASE, files);
  return { engine: new Engine(BASE, fetcher), requests, files };
}

describe('fold', () => {
  test('lowercases, strips accents and splits on everything that is not a letter or digit', () => {
    assert.deepEqual(fold('Één KIND-vriendelijke  café’s, 3e'), ['een', 'kind', 'vriendelijke', 'cafe', 's', '3e']);
  });
  test('folds the letters NFD leaves alone', () => {
    assert.deepEqual(fold('Straße Æsop œuvre Søren Łódź'), ['strasse', 'aesop', 'oeuvre', 'soren', 'lodz']);
  });
  test('gives nothing for punctuation only', () => {
    assert.deepEqual(fold(' -- !? '), []);
  });
});

describe('shardOf', () => {
  test('takes the first two characters, anything outside a-z and 0-9 as _', () => {
    assert.equal(shardOf('armoede'), 'ar');
    assert.equal(shardOf('a'), 'a_');
    assert.equal(shardOf('3e'), '3e');
    assert.equal(shardOf('ñu'), '_u');
  });
  test('goes deeper for a split shard, past the end of the word as _', () => {
    assert.equal(shardOf('armoede', 4), 'armo');
    assert.equal(shardOf('gem', 4), 'gem_');
    assert.equal(shardOf('caféé', 5), 'caf__');
  });
});

describe('editDistance', () => {
  test('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('armoede', 'armoeed', 2), 1);
    assert.equal(editDistance('schuldn', 'schulden', 2), 1);
  });
  test('stops above the maximum', () => {
    assert.equal(editDistance('kind', 'kinderopvang', 2), 3);
    assert.equal(editDistance('abcdef', 'ghijkl', 2), 3);
  });
  test('is zero for equal words', () => {
    assert.equal(editDistance('school', 'school', 1), 0);
  });
});

test('allowedTypos allows none below 4 letters, one up to 7, two from 8', () => {
  assert.deepEqual(['bso', 'kind', 'armoede', 'schulden'].map(allowedTypos), [0, 1, 1, 2]);
});

test('highlight marks matching words and escapes everything else', () => {
  const marks = [{ word: 'school', terms: [{ text: 'school' }] }];
  assert.equal(highlight('Armoede op school <b>&', marks), 'Armoede op <mark>school</mark> &lt;b&gt;&amp;');
});

describe('snowballDutch', () => {
  test('removes Dutch endings as Lucene does', () => {
    const words = ['schulden', 'kinderen', 'mogelijkheden', 'opvoeding', 'vrolijke', 'betaalbaar', 'groot', 'huisjes', 'koeien'];
    assert.deepEqual(words.map(snowballDutch), ['schuld', 'kinder', 'mogelijk', 'opvoed', 'vrolijk', 'betal', 'grot', 'huisjes', 'koei']);
  });
});

describe('stemOf', () => {
  const data = { stop: ['de'], beschermd: ['bso'], vast: { kind: 'kinder' }, vormen: { helpt: 'helpen' } };
  test('follows the build chain: stop words, protected words, fixed stems, verb forms, doubled consonants', () => {
    assert.equal(stemOf('de', data), null);
    assert.equal(stemOf('bso', data), 'bso');
    assert.equal(stemOf('kind', data), 'kinder');
    assert.equal(stemOf('helpt', data), 'help');
    assert.equal(stemOf('gezinnen', data), 'gezin');
    assert.equal(stemOf('signaleerde', data), 'signaler');
    assert.equal(stemOf('schoolreisjes', data), 'schoolreisj');
  });
});

test('baseForms proposes the words a diminutive, verb form or comparative comes from', () => {
  assert.ok(baseForms('huisje').includes('huis'));
  assert.ok(baseForms('balletjes').includes('bal'));
  assert.ok(baseForms('gewerkt').includes('werk'));
  assert.ok(baseForms('aangevraagd').includes('aanvraag'));
  assert.ok(baseForms('werkte').includes('werk'));
  assert.ok(baseForms('kleiner').includes('klein'));
  assert.ok(baseForms('huizen').includes('huis'));
  assert.ok(!baseForms('huis').includes('huis'));
});

describe('Engine', () => {
  test('finds another form of a site word through the term Lucene gives it, as typed', async () => {
    const { engine, requests } = setup();
    const answer = await engine.search('schulde ');
    assert.deepEqual(answer.results.map((r) => r.doc), [1, 3]);
    assert.deepEqual(answer.words[0].variants.map((v) => [v.kind, v.weight]), [['vorm', 1]]);
    assert.equal(answer.suggestion, null);
    assert.match(answer.results[0].snippet, /<mark>schulden\.<\/mark>/);
    assert.ok(requests.some((r) => r.path === 'b1/stam.json'));
  });

  test('fetches no stemming data for a word the lexicon has', async () => {
    const { engine, requests } = setup();
    await engine.search('schulden ');
    assert.ok(!requests.some((r) => r.path.includes('stam')));
  });

  test('finds a diminutive through the word it is derived from', async () => {
    const { engine } = setup();
    const answer = await engine.search('schooltjes ');
    assert.deepEqual(answer.results.map((r) => r.doc), [0]);
    assert.equal(answer.words[0].variants[0].kind, 'afleiding');
  });

  test('finds nothing for a stop word', async () => {
    const { engine } = setup();
    assert.equal((await engine.search('het ')).total, 0);
  });

  test('reads every index file from the folder meta.json names, and meta.json itself past the cache', async () => {
    const { engine, requests } = setup();
    await engine.search('armoede');
    assert.equal(requests[0].path, 'meta.json');
    assert.deepEqual(requests[0].init, { cache: 'no-cache' });
    assert.ok(requests.length > 1);
    for (const r of requests.slice(1)) assert.match(r.path, /^b1\//);
  });

  test('an index without a folder name is read from the index folder itself', async () => {
    const files = Object.fromEntries(Object.entries(index()).map(([k, v]) => [k.replace(/^b1\//, ''), v]));
    delete files['meta.json'].map;
    delete files['meta.json'].stam;
    const { engine } = setup(files);
    const answer = await engine.search('school ');
    assert.deepEqual(answer.results.map((r) => r.path), ['praktijkvoorbeelden/a/']);
  });

  test('ranks one word by impact, from the head alone when the head decides', async () => {
    const { engine, requests } = setup();
    const answer = await engine.search('schulden ');
    assert.deepEqual(answer.results.map((r) => r.doc), [1, 3]);
    assert.equal(answer.total, 2);
    assert.ok(!requests.some((r) => r.path.includes('staart')));
  });

  test('gives the exact total of a one-term query from its document frequency without its tail', async () => {
    const { engine, requests } = setup();
    const answer = await engine.search('armoede ', { limit: 1 });
    assert.deepEqual(answer.results.map((r) => r.doc), [0]);
    assert.equal(answer.total, 2);
    assert.equal(answer.exactTotal, true);
    assert.ok(!requests.some((r) => r.path.includes('staart')));
  });

  test('fetches the tail when the head cannot fill the page', async () => {
    const { engine, requests } = setup();
    const answer = await engine.search('armoede ', { limit: 10 });
    assert.deepEqual(answer.results.map((r) => [r.doc, r.score]), [[0, 200], [1, 100]]);
    assert.ok(requests.some((r) => r.path === 'b1/staart/0.json'));
  });

  test('ranks documents that match every word above those that match one', async () => {
    const { engine } = setup();
    const answer = await engine.search('armoede schulden ');
    assert.equal(answer.results[0].doc, 1);
    assert.equal(answer.results[0].matched, 2);
  });

  test('completes the last word as a prefix, but not when the query ends in a space', async () => {
    const { engine } = setup();
    const typing = await engine.search('kinderop');
    assert.deepEqual(typing.results.map((r) => r.doc), [2]);
    assert.equal(typing.words[0].variants[0].kind, 'prefix');
    const { engine: other } = setup();
    assert.equal((await other.search('kinderop ')).results.length, 0);
  });

  test('corrects a typo within one edit and suggests the word', async () => {
    const { engine } = setup();
    const answer = await engine.search('kinderopvamg ');
    assert.deepEqual(answer.results.map((r) => r.doc), [2]);
    assert.equal(answer.suggestion, 'kinderopvang');
    assert.equal(answer.words[0].variants[0].kind, 'typo');
  });

  test('suggests the form of a word most documents use, before a nearer but rarer word', async () => {
    const { engine } = setup();
    assert.equal((await engine.search('schuldn ')).suggestion, 'schulden');
    assert.equal((await engine.search('schulx ')).suggestion, 'schuld');
  });

  test('completes a word with the form most documents use first', async () => {
    const { engine } = setup();
    const answer = await engine.search('schu');
    assert.deepEqual(answer.words[0].variants.map((v) => v.word), ['schulden', 'schuld']);
  });

  test('takes a typo that Lucene stems to a site term as that term, without a suggestion', async () => {
    const { engine } = setup();
    const answer = await engine.search('scholl ');
    assert.deepEqual(answer.results.map((r) => r.doc), [0]);
    assert.equal(answer.words[0].variants[0].kind, 'vorm');
  });

  test('fetches no postings of a completion when the word as typed fills the page above what a completion can add', async () => {
    const files = index();
    files['b1/lex/ar.json'] = { w: { armoede: [0], armoedeval: [5] }, t: { 0: ['armoed', 2, 0, 200], 5: ['armoedeval', 1, 1, 255] } };
    files['b1/post/1.json'][5] = [3, 255];
    const { engine, requests } = setup(files);
    const answer = await engine.search('armoede', { limit: 1 });
    assert.deepEqual(answer.results.map((r) => r.doc), [0]);
    assert.deepEqual(answer.words[0].variants.map((v) => [v.word, v.kind]), [['armoede', 'exact'], ['armoedeval', 'completion']]);
    assert.equal(answer.total, 2);
    assert.equal(answer.exactTotal, false);
    assert.ok(!requests.some((r) => r.path === 'b1/post/1.json'), requests.map((r) => r.path).join(' '));
    const everything = await setup(files).engine.search('armoede', { limit: 1, counts: true });
    assert.deepEqual(answer.results, everything.results);
    assert.equal(everything.total, 3);
    const two = await setup(files).engine.search('armoede', { limit: 3 });
    assert.deepEqual(two.results.map((r) => r.doc), [0, 1, 3]);
  });

  test('fetches no postings of a completion whose highest impact cannot lift a document above the page', async () => {
    const files = index();
    files['b1/lex/ar.json'] = { w: { armoede: [0], armoedeval: [5] }, t: { 0: ['armoed', 2, 0, 20], 5: ['armoedeval', 1, 1, 30] } };
    files['b1/post/0.json'][0] = [0, 20];
    files['b1/staart/0.json'][0] = [1, 10];
    files['b1/post/1.json'][5] = [3, 30];
    const { engine, requests } = setup(files);
    const answer = await engine.search('armoede', { limit: 1 });
    assert.deepEqual(answer.results.map((r) => r.doc), [0]);
    assert.ok(!requests.some((r) => r.path === 'b1/post/1.json'), requests.map((r) => r.path).join(' '));
    assert.deepEqual(answer.results, (await setup(files).engine.search('armoede', { limit: 1, counts: true })).results);
    // a completion that could reach the page (0.1 × 255 above 20) is fetched
    files['b1/lex/ar.json'].t[5][3] = 255;
    files['b1/post/1.json'][5] = [3, 255];
    const reaching = setup(files);
    await reaching.engine.search('armoede', { limit: 1 });
    assert.ok(reaching.requests.some((r) => r.path === 'b1/post/1.json'));
  });

  test('reads a word of a split shard from its own leaf only', async () => {
    const { engine, requests } = setup(splitIndex());
    const answer = await engine.search('schulden ');
    assert.deepEqual(answer.results.map((r) => r.doc), [1, 3]);
    const lex = requests.map((r) => r.path).filter((p) => p.includes('/lex/'));
    assert.deepEqual(lex, ['b1/lex/sc.json', 'b1/lex/schu.json']);
  });

  test('completes a split prefix from the completions its own leaf holds', async () => {
    const { engine, requests } = setup(splitIndex());
    const answer = await engine.search('sch');
    assert.deepEqual(answer.words[0].variants.map((v) => v.word), ['schulden', 'schuld', 'school']);
    assert.deepEqual(requests.map((r) => r.path).filter((p) => p.includes('/lex/')), ['b1/lex/sc.json', 'b1/lex/sch_.json']);
  });

  test('corrects a typo before the depth of a split shard in the leaf the word is in', async () => {
    const { engine } = setup(splitIndex());
    const answer = await engine.search('schluden ');
    assert.equal(answer.suggestion, 'schulden');
    assert.deepEqual(answer.results.map((r) => r.doc), [1, 3]);
  });

  test('corrects a wrong or missing letter that chose the leaf from the split shard\'s most frequent words', async () => {
    for (const q of ['scxulden ', 'schlden ']) {
      const { engine, requests } = setup(splitIndex());
      assert.equal((await engine.search(q)).suggestion, 'schulden', q);
      assert.ok(requests.some((r) => r.path === 'b1/lex/sc-f.json'), q);
    }
  });

  test('answers every query alike with a split shard and without', async () => {
    for (const q of ['schulden', 'schuld ', 'schoo', 'schulx ', 'schuldn ', 'scholl ', 'sch', 'schu', 'armoede school', 'scxulden ']) {
      const whole = await setup().engine.search(q, { counts: true });
      const split = await setup(splitIndex()).engine.search(q, { counts: true });
      assert.deepEqual(split, whole, q);
    }
  });

  test('finds nothing and suggests nothing for a word too far from every word', async () => {
    const { engine } = setup();
    const answer = await engine.search('xyzzy ');
    assert.equal(answer.total, 0);
    assert.equal(answer.suggestion, null);
  });

  test('filters exactly with both bitset forms, and counts every value', async () => {
    const { engine } = setup();
    const filtered = await engine.search('armoede ', { filters: { sector: ['schulden'] }, counts: true });
    assert.deepEqual(filtered.results.map((r) => r.doc), [1]);
    assert.deepEqual(filtered.counts.sector, { onderwijs: 2, schulden: 1 });
  });

  test('browses without words in the stored orders', async () => {
    const { engine } = setup();
    const newest = await engine.search('', { filters: { sector: ['onderwijs', 'schulden'] } });
    assert.deepEqual(newest.results.map((r) => r.doc), [1, 0, 3]);
    const byTitle = await engine.search('', { sort: 'titel' });
    assert.deepEqual(byTitle.results.map((r) => r.title), ['Armoede op school', 'Kinderopvang', 'Schulden en armoede', 'Schuldhulp']);
  });

  test('shows the passage with the most matching words, marked', async () => {
    const { engine } = setup();
    const answer = await engine.search('armoede schulden ');
    assert.equal(answer.results[0].passage, 'Armoede en schulden samen.');
    assert.equal(answer.results[0].snippet, '<mark>Armoede</mark> en <mark>schulden</mark> samen.');
    assert.equal(answer.results[0].url, 'https://kennisbank.example.nl/praktijkvoorbeelden/b/');
  });

  test('forgets every file when one is gone, so the next search reads the new build', async () => {
    const files = index();
    const { engine, requests } = setup(files);
    const post = files['b1/post/1.json'];
    delete files['b1/post/1.json'];
    await assert.rejects(engine.search('school '), /post\/1\.json gaf 404/);
    files['b1/post/1.json'] = post;
    const before = requests.filter((r) => r.path === 'meta.json').length;
    const answer = await engine.search('school ');
    assert.deepEqual(answer.results.map((r) => r.doc), [0]);
    assert.equal(requests.filter((r) => r.path === 'meta.json').length, before + 1);
  });
});
