// Shared helpers of the search engine's Node tests: the engine under test, and fetchers that serve an index
// from memory or from a built site's folder instead of over HTTP.
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The folder NodeTests wrote the fixtures to (the working directory), or target/node-tests when run by hand. */
export const FIXTURES = existsSync(path.join(process.cwd(), 'woorden.tsv'))
  ? process.cwd()
  : path.resolve(here, '../../../target/node-tests');

/** The engine module: $ZOEKMACHINE (to score another version), else NodeTests' copy (an ES module under any Node). */
const copy = process.env.ZOEKMACHINE ?? path.join(FIXTURES, 'engine/zoekmachine.js');
const source = existsSync(copy) ? copy : path.resolve(here, '../../../../assets/js/zoekmachine.js');
export const engine = await import(pathToFileURL(source).href);
/** The word-form module the engine loads for words the lexicon lacks (absent in engines from before it). */
const forms = path.join(path.dirname(source), 'woordvormen.js');
export const wordForms = existsSync(forms) ? await import(pathToFileURL(forms).href) : {};

/** A fixture file's text; fails the test when NodeTests did not write it. */
export function fixture(name) {
  const file = path.join(FIXTURES, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run NodeTests (./mvnw verify) first`);
  return readFileSync(file, 'utf8');
}

function response(status, body) {
  return { ok: status === 200, status, json: async () => JSON.parse(body) };
}

/** Serves files from an object (path under the base → JSON value); records every request with its options. */
export function memoryFetcher(base, files) {
  const requests = [];
  const fetcher = async (url, init) => {
    const href = String(url);
    requests.push({ path: href.startsWith(base) ? href.slice(base.length) : href, init });
    const rel = href.startsWith(base) ? href.slice(base.length) : null;
    return rel !== null && rel in files ? response(200, JSON.stringify(files[rel])) : response(404, '');
  };
  return { fetcher, requests };
}

/** Serves a built site's files from disk (file: URLs); records the bytes served, as a web server would count them. */
export function folderFetcher() {
  const served = { bytes: 0, paths: [] };
  const fetcher = async (url) => {
    const file = fileURLToPath(url);
    try {
      const body = await readFile(file, 'utf8');
      served.bytes += Buffer.byteLength(body);
      served.paths.push(file);
      return response(200, body);
    } catch {
      return response(404, '');
    }
  };
  return { fetcher, served };
}

const SHARD_CHARACTERS = '0123456789abcdefghijklmnopqrstuvwxyz_';

/** meta.json's bitset of top-level lexicon shards (bit 37 × i + j for characters i and j), from their names. */
export function shardBits(names) {
  const n = SHARD_CHARACTERS.length;
  const bits = new Uint8Array(Math.ceil((n * n) / 8));
  for (const name of names) {
    const bit = SHARD_CHARACTERS.indexOf(name[0]) * n + SHARD_CHARACTERS.indexOf(name[1]);
    bits[bit >> 3] |= 1 << (bit & 7);
  }
  return Buffer.from(bits).toString('base64');
}

/** The names of the top-level lexicon shards in meta.json's bitset, in order. */
export function shardNames(bitset) {
  const bits = Buffer.from(bitset, 'base64');
  const n = SHARD_CHARACTERS.length;
  const names = [];
  for (let bit = 0; bit < n * n; bit++) {
    if (bits[bit >> 3] & (1 << (bit & 7))) names.push(SHARD_CHARACTERS[Math.floor(bit / n)] + SHARD_CHARACTERS[bit % n]);
  }
  return names;
}

/** The names of a split top-level lexicon shard's leaves ({ d: 'a ba be' } in lex/ge.json: gea, geba, gebe), or null. */
export function leavesOf(root, top) {
  return top.d === undefined ? null : top.d.split(' ').map((rest) => root + rest);
}
