// What a first-time visitor downloads for the first page of results of a query on the search page: the page's
// JavaScript modules (the script zoeken/index.html names and what it imports, statically or on the way) and every
// index file the engine asks for, per file, as raw bytes and as gzip at level 6 (what nginx sends by default).
// No browser: the site's own modules run under Node; a module hook counts each module Node loads from the site's js/
// folder, and the engine's fetcher counts each index file. The page's HTML and CSS are not counted.
//
//   node search-bytes.mjs SITE_FOLDER query…           a table per query and a summary
//   node search-bytes.mjs --json SITE_FOLDER query…    the same as JSON (used by the budget test)
import { register } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const json = args[0] === '--json';
const [siteArg, ...queries] = args[0] === '--json' || args[0] === '--one' ? args.slice(1) : args;
const site = path.resolve(siteArg);
const js = pathToFileURL(path.join(site, 'js') + path.sep).href;

/** Raw and gzip (level 6) bytes of one file's contents. */
function sizes(buffer) {
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
}

// Every module Node loads from the site's js/ folder, in order; loaded as an ES module whatever its package says.
// The hook runs on its own thread and appends each URL to a file with a synchronous write before it hands the module
// over, so the list is complete whenever an import has returned. (A message port was racy: on a slow machine its
// messages arrived after the engine's URL was looked up, and the unhashed engine was counted as a second module.)
const loadLog = path.join(mkdtempSync(path.join(tmpdir(), 'search-bytes-')), 'loaded.txt');
writeFileSync(loadLog, '');
process.on('exit', () => rmSync(path.dirname(loadLog), { recursive: true, force: true }));
const hook = `
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, next) {
  if (url.startsWith(${JSON.stringify(js)})) {
    const { readFileSync, appendFileSync } = await import('node:fs');
    appendFileSync(log, url + '\\n');
    return { format: 'module', source: readFileSync(new URL(url)), shortCircuit: true };
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { log: loadLog } });

/** The site's modules loaded so far, in order, each once. */
function loaded() {
  const urls = readFileSync(loadLog, 'utf8').split('\n').filter((u) => u);
  return urls.filter((u, i) => urls.indexOf(u) === i);
}

/** The search page's own script, as its HTML names it: ../js/zoeken.<hash>.js. */
function pageScript() {
  const html = readFileSync(path.join(site, 'zoeken/index.html'), 'utf8');
  const src = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).find((s) => /zoeken[^/]*\.js$/.test(s));
  if (!src) throw new Error(`${site}/zoeken/index.html has no search script`);
  return src;
}

/** A fetcher over the site folder that records every index file it serves. */
function recordingFetcher(served) {
  return async (url) => {
    const file = new URL(url);
    try {
      const body = readFileSync(file);
      served.push({ file: file.href, ...sizes(body) });
      return { ok: true, status: 200, json: async () => JSON.parse(body.toString('utf8')) };
    } catch {
      served.push({ file: file.href, raw: 0, gzip: 0, missing: true });
      return { ok: false, status: 404, json: async () => null };
    }
  };
}

/** One query in this process, with nothing loaded yet: what a first-time visitor's browser fetches. */
async function cold(query) {
  // zoeken.js needs a document only to find its search form; without the form it only loads its imports.
  globalThis.document = { getElementById: () => null };
  await import(new URL(pageScript(), pathToFileURL(path.join(site, 'zoeken') + path.sep)).href);
  delete globalThis.document;
  // the engine the page imported (under its hashed name when the site has one)
  const engineUrl = loaded().find((u) => /\/zoekmachine(\.[0-9a-f]+)?\.js$/.test(u));
  if (!engineUrl) throw new Error(`${pageScript()} did not import the search engine`);
  const { Engine } = await import(engineUrl);
  const served = [];
  const engine = new Engine(new URL('zoeken/index/', pathToFileURL(site + path.sep)), recordingFetcher(served));
  const answer = await engine.search(query, { limit: 10 });
  const modules = loaded().map((u) => ({ file: u, ...sizes(readFileSync(new URL(u))) }));
  const prefix = pathToFileURL(site).href + '/';
  const files = [...modules, ...served].map((f) => ({ ...f, file: f.file.startsWith(prefix) ? f.file.slice(prefix.length) : f.file }));
  const bytes = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { query, results: answer.results.length, total: answer.total, files, bytes };
}

if (args[0] === '--one') {
  process.stdout.write(JSON.stringify(await cold(queries[0])));
  process.exit(0);
}
// Every query in a fresh process: modules and index files are fetched once per visitor, not once per query.
const report = queries.map((q) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', site, q], { encoding: 'utf8' })));

if (json) {
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
} else {
  const kb = (n) => (n / 1000).toFixed(1);
  for (const r of report) {
    console.log(`\n${r.query}: ${r.results} shown of ${r.total}; ${kb(r.bytes.raw)} KB raw, ${kb(r.bytes.gzip)} KB gzip -6`);
    for (const f of r.files) console.log(`  ${f.file.padEnd(48)} ${String(f.raw).padStart(7)} ${String(f.gzip).padStart(7)}`);
  }
  console.log('\n| query | results | raw KB | gzip -6 KB |\n|---|---|---|---|');
  for (const r of report) console.log(`| ${r.query} | ${r.results} of ${r.total} | ${kb(r.bytes.raw)} | ${kb(r.bytes.gzip)} |`);
}
