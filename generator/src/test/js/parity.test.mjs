// Parity of the browser's word handling with the build's (Java: Lexicon.fold, StaticIndexWriter.shardOf), over every
// word of the example site and of Debian's Dutch word list, as NodeTests wrote them to woorden.tsv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { engine, fixture, wordForms } from './support.mjs';

const { fold, shardOf } = engine;
const { stemOf } = wordForms;

const rows = fixture('woorden.tsv')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => {
    const [input, folded, shards] = line.split('\t');
    return { input, folded, shards };
  });

test('the fixture holds the site and the word list', () => {
  assert.ok(rows.length > 10000, `only ${rows.length} words in woorden.tsv`);
});

test('the browser folds and splits every word as the build does', () => {
  const differences = rows.filter((r) => fold(r.input).join(' ') !== r.folded);
  console.log(`fold parity: ${rows.length - differences.length} of ${rows.length} words equal`);
  assert.deepEqual(
    differences.slice(0, 20).map((r) => `${r.input}: java [${r.folded}] js [${fold(r.input).join(' ')}]`),
    [],
    `${differences.length} words fold differently`,
  );
});

/** StaticIndexWriter.MAX_SHARD_DEPTH: the shard names at every depth are prefixes of the deepest one. */
const DEEPEST = 8;

test('the browser chooses the lexicon shard the build wrote each word to, at every depth', () => {
  const differences = rows.filter((r) => r.folded.length > 0 && r.folded.split(' ').map((w) => shardOf(w, DEEPEST)).join(' ') !== r.shards);
  assert.deepEqual(differences.slice(0, 20).map((r) => `${r.input}: java [${r.shards}]`), [], `${differences.length} words differ`);
});

test('the browser stems every word as the build does: Snowball, overrides, verb forms, stop and protected words', () => {
  const site = fixture('site.txt').trim();
  const meta = JSON.parse(readFileSync(path.join(site, 'zoeken/index/meta.json'), 'utf8'));
  const data = JSON.parse(readFileSync(path.join(site, 'zoeken/index', meta.map, meta.stam), 'utf8'));
  const stems = fixture('stammen.tsv')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
  const differences = stems.filter(([word, term]) => (stemOf(word, data) ?? '') !== term);
  console.log(`stem parity: ${stems.length - differences.length} of ${stems.length} words equal`);
  assert.ok(stems.length > 10000);
  assert.deepEqual(
    differences.slice(0, 30).map(([word, term]) => `${word}: java ${term} js ${stemOf(word, data)}`),
    [],
    `${differences.length} words stem differently`,
  );
});
