// The held-out word pairs: how often a form the site does not have finds the pages with another form of the word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { score } from './word-pairs.mjs';

/** Quality bar: the share found when the browser stemmer came (269 of 306, 0.879), rounded down; a drop fails the build. */
const MIN_FOUND = 0.85;

test('a form the site does not have finds the pages with another form of the word', async () => {
  const { table, misses, stop } = await score();
  for (const [c, t] of Object.entries(table)) console.log(`word pairs ${c}: ${t.found} of ${t.pairs}`);
  console.log(`word pairs left out (stop words): ${stop}`);
  assert.ok(table.alle.pairs >= 200, `only ${table.alle.pairs} pairs`);
  const share = table.alle.found / table.alle.pairs;
  assert.ok(share >= MIN_FOUND, `${share.toFixed(3)} < ${MIN_FOUND}; not found: ${misses.join(', ')}`);
});
