// Kennisbank Kinderarmoede — search engine for the static index in /zoeken/index/.
//
// No dependencies, no WASM. The build (Lucene, Dutch analysis) did all the language work: the lexicon maps every
// folded word form of the site to its index terms (stem, compound parts, synonyms). Here we only fold the query the
// same way, fetch the shards we need, and add up quantised impacts.
//
// API (see README, "Zoeken inbouwen"):
//   import { search, fold } from './zoekmachine.js';
//   const answer = await search('armoede op school', { filters: { sector: ['onderwijs'] }, limit: 10 });
//   answer.results → [{ url, title, type, score, snippet, passage }]   (snippet is safe HTML with <mark>)
//   answer.total (answer.exactTotal false: at least that many; ask with { counts: true } for the exact number),
//   answer.counts → { sector: { onderwijs: 3, … }, … }, answer.suggestion → 'armoede' | null
//   answer.words → per query word the variants used: [{ word, kind: 'exact'|'prefix'|'completion'|'typo', weight, terms }]
//   An empty query lists every document the filters allow (browsing), newest first unless sort says otherwise:
//   await search('', { filters: { type: ['praktijkvoorbeeld'], sector: ['jgz'] }, sort: 'titel', counts: true })

const DEFAULT_INDEX = new URL('../zoeken/index/', import.meta.url);
const META = 'meta.json';

/**
 * Weights of a word's variants. Completions of the last word rank just below an exact word, and far below it when
 * the word is complete in itself (then they only add results); typo corrections rank below both.
 */
export const WEIGHTS = Object.freeze({ exact: 1, vorm: 1, afleiding: 0.9, prefix: 0.8, completion: 0.1, typo: 0.7 });
/** Kinds that count as the word as typed: the word itself, or another form of it that Lucene gives the same term. */
const AS_TYPED = new Set(['exact', 'vorm']);
const MAX_COMPLETIONS = 5;
const MAX_CORRECTIONS = 3;

/**
 * Lowercase, split on everything that is not a letter or a digit (¹²³, ₂ and ½ are not), fold Latin letters to ASCII as Lucene's
 * ASCIIFoldingFilter does (accents off, ligatures and wide forms apart, ß → ss; other scripts keep their marks):
 * what the build did to every word. The Node parity test compares it with Java over the site and the word list.
 */
export function fold(text) {
  return String(text)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{Nd}\p{Nl}]+/u)
    .map((w) =>
      w
        .replace(/\P{Nl}+/gu, (part) => part.normalize('NFKD'))
        .replace(/([a-z])\p{M}+/gu, '$1')
        .replace(/^\p{M}+/u, '')
        .normalize('NFC')
        .replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/ı/g, 'i'),
    )
    .filter((w) => w.length > 0);
}

/**
 * The name of a folded word's lexicon shard at a depth (2: the top level): its first characters, [a-z0-9], anything
 * else and what lies past the word's end as '_'. A large shard is split by the next letter into shards one deeper.
 */
export function shardOf(word, depth = 2) {
  return Array.from((word + '_'.repeat(depth)).slice(0, depth).split(''), (c) => (/[a-z0-9]/.test(c) ? c : '_')).join('');
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early above max. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = null;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** How many typos a word of this length may have: none below 4 letters, one up to 7, two from 8. */
export function allowedTypos(word) {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/** A search engine over one static index. Fetches each file at most once. */
export class Engine {
  constructor(indexUrl = DEFAULT_INDEX, fetcher = (url, init) => fetch(url, init)) {
    this.base = new URL(indexUrl, globalThis.document?.baseURI);
    this.fetcher = fetcher;
    this.files = new Map();
  }

  // meta.json is always asked afresh (never from a cache) and names the folder of this build's index files ("map"),
  // whose contents never change under that name: so one visitor never combines the files of two builds. When a file
  // is gone (the site was published again meanwhile), everything is forgotten and the next search starts anew.
  json(path) {
    if (!this.files.has(path)) {
      const url = path === META
        ? Promise.resolve(new URL(META, this.base))
        : this.meta().then((meta) => new URL((meta.map ?? '') + path, this.base));
      const p = url.then((u) => this.fetcher(u, path === META ? { cache: 'no-cache' } : undefined)).then((r) => {
        if (!r.ok) throw new Error(`Zoekindex: ${path} gaf ${r.status}`);
        return r.json();
      });
      p.catch(() => this.files.clear());
      this.files.set(path, p);
    }
    return this.files.get(path);
  }

  meta() {
    return this.json(META);
  }

  /**
   * The lexicon shard of a word, with its name: the top-level shard of its first two letters, or, when that one was
   * split ({ d: 'a ba be …': its leaves' names after those two letters), the listed shard named by the longest prefix
   * of the word.
   */
  async lexicon(word) {
    const meta = await this.meta();
    const root = shardOf(word);
    const top = hasShard(meta.lex, root) ? await this.json(`lex/${root}.json`) : null;
    if (!top) return { name: root, shard: { w: {}, t: {} } };
    if (!top.d) return { name: root, shard: top };
    const leaves = top.d.split(' ').map((rest) => root + rest);
    const deepest = Math.max(...leaves.map((n) => n.length));
    for (let depth = 3; depth <= deepest; depth++) {
      const name = shardOf(word, depth);
      if (leaves.includes(name)) return { name, shard: await this.json(`lex/${name}.json`) };
    }
    return { name: shardOf(word, deepest), shard: { w: {}, t: {} } };
  }

  /** The variants of one query word: the word itself, completions (last word), or corrections of a typo. */
  async variants(word, { prefix }) {
    const { shard } = await this.lexicon(word);
    const out = [];
    const exact = shard.w[word];
    if (exact !== undefined) out.push(variant(word, 'exact', exact, shard));
    else out.push(...(await this.forms(word)));
    if (prefix && word.length >= 3) {
      // a split prefix's leaf also holds the best completions from the leaves below it (c)
      const candidates = { ...shard.c, ...shard.w };
      const completions = Object.keys(candidates)
        .filter((w) => w.length > word.length && w.startsWith(word) && candidates[w].length > 0)
        .map((w) => [w, frequency(shard, candidates[w]), favourite(shard, candidates, w)])
        .sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_COMPLETIONS);
      const kind = out.some((v) => v.terms.length > 0) ? 'completion' : 'prefix';
      for (const [w] of completions) out.push(variant(w, kind, candidates[w], shard));
    }
    if (out.length === 0 && allowedTypos(word) > 0) out.push(...(await this.corrections(word, allowedTypos(word))));
    if (out.length === 0 && word.length >= 5) out.push(...(await this.corrections(word, 2))); // nothing else: try harder
    return out.filter((v) => v.terms.length > 0);
  }

  /**
   * A word the site does not have: the term Lucene would give it (kind 'vorm': Snowball, overrides and verb forms from
   * stam.json, exactly as the build), or else the terms of the base forms Dutch derives it from (kind 'afleiding':
   * diminutive, past tense and participle, comparative, plural after a vowel), when the site has those.
   */
  async forms(word) {
    const meta = await this.meta();
    if (!meta.stam || word.length < 3 || !/[a-z]/.test(word)) return [];
    const [data, { stemOf, baseForms }] = await Promise.all([this.json(meta.stam), import('./woordvormen.js')]);
    const stem = stemOf(word, data);
    if (stem === null) return [];
    const own = await this.term(stem, [word, stem]);
    if (own) return [variant(word, 'vorm', [own.id], own.shard)];
    const found = new Map();
    for (const base of baseForms(word)) {
      const s = stemOf(base, data);
      if (s === null || s === stem || found.has(s)) continue;
      const t = await this.term(s, [s, base]);
      if (t) found.set(s, variant(word, 'afleiding', [t.id], t.shard));
    }
    return [...found.values()];
  }

  /** The id of an index term and the lexicon shard that describes it, from the first of the words' shards that has it. */
  async term(text, words) {
    for (const word of new Set(words)) {
      const { shard } = await this.lexicon(word);
      if (!shard.byText) {
        Object.defineProperty(shard, 'byText', { value: new Map(Object.entries(shard.t).map(([id, t]) => [t[0], Number(id)])) });
      }
      const id = shard.byText.get(text);
      if (id !== undefined) return { id, shard };
    }
    return null;
  }

  /**
   * Words within the allowed edit distance, from the shards a typo can move the word to: most used first (the
   * document frequency of their term; of a term's words, the one most documents use), then nearest.
   */
  async corrections(word, max) {
    // a typo in the first two letters: the second left out, the first two swapped; below a split shard also a letter
    // left out or two swapped before the depth of the word's own shard
    const typed = [word, word[0] + word.slice(2), word[1] + word[0] + word.slice(2)];
    const { name } = await this.lexicon(word);
    for (let i = 2; i < Math.min(name.length, word.length); i++) {
      typed.push(word.slice(0, i) + word.slice(i + 1), word.slice(0, i) + word.slice(i + 1, i + 2) + word[i] + word.slice(i + 2));
    }
    const shards = new Map();
    for (const w of typed) {
      const { name: n, shard } = await this.lexicon(w);
      shards.set(n, shard);
      // a wrong or missing letter that chose the leaf: the split shard's most frequent words
      if (n.length > 2 && !shards.has(shardOf(w))) shards.set(shardOf(w), await this.json(`lex/${shardOf(w)}-f.json`));
    }
    const found = [];
    const seen = new Set();
    for (const shard of shards.values()) {
      for (const [w, ids] of Object.entries(shard.w)) {
        if (ids.length === 0 || seen.has(w)) continue;
        seen.add(w);
        const d = editDistance(word, w, max);
        if (d <= max) found.push({ d, f: frequency(shard, ids), fav: favourite(shard, shard.w, w), v: variant(w, 'typo', ids, shard) });
      }
    }
    found.sort((a, b) => b.f - a.f || a.d - b.d || b.fav - a.fav || (a.v.word < b.v.word ? -1 : 1));
    return found.slice(0, MAX_CORRECTIONS).map((x) => x.v);
  }

  /** Postings of a term as Map(doc → impact); the head only, or head and tail. */
  async postings(term, complete) {
    const head = await this.json(`post/${term.shard}.json`);
    const map = decode(head[term.id]);
    if (complete && term.df > map.size) {
      const tail = await this.json(`staart/${term.shard}.json`);
      for (const [doc, impact] of decode(tail[term.id])) map.set(doc, impact);
    }
    return map;
  }

  async facets() {
    return this.json('facetten.json');
  }

  /** Document ordinals in an order the build wrote ('nieuw': newest first, 'titel': by title), as Map(doc → position). */
  async order(name) {
    if (!this.orders) this.orders = new Map();
    if (!this.orders.has(name)) {
      this.orders.set(name, this.json(`volgorde/${name}.json`).then((o) => {
        const raw = bytes(o.b);
        const position = new Map();
        for (let i = 0; i * o.w < raw.length; i++) {
          let doc = 0;
          for (let b = o.w - 1; b >= 0; b--) doc = doc * 256 + raw[i * o.w + b];
          position.set(doc, i);
        }
        return position;
      }));
    }
    return this.orders.get(name);
  }

  async doc(ordinal) {
    return this.json(`doc/${ordinal}.json`);
  }

  /**
   * Search. Options: filters {facet: [values]} (OR within a facet, AND between facets), limit (10), offset (0),
   * prefix (complete the last word; default true unless the query ends in a space), counts (exact filter counts),
   * sort ('relevantie', the default with words; 'nieuw', the default without; or 'titel').
   * Without words every document the filters allow is a result.
   */
  async search(query, options = {}) {
    const { filters = {}, limit = 10, offset = 0, counts = false } = options;
    const words = [...new Set(fold(query))];
    const browsing = words.length === 0;
    const sort = options.sort && options.sort !== 'relevantie' ? options.sort : browsing ? 'nieuw' : null;
    const prefix = options.prefix ?? !/\s$/.test(query);
    const meta = await this.meta();
    const resolved = await Promise.all(words.map((w, i) => this.variants(w, { prefix: prefix && i === words.length - 1 })));
    const active = Object.entries(filters).filter(([, values]) => values && values.length > 0);
    const needAll = counts || active.length > 0 || sort !== null;
    let complete = needAll;
    // One word found as typed: its completions are fetched only when they could change the page (rarely).
    const typed = !browsing && !complete ? typedOnly(resolved) : null;
    let scored = typed ? await this.score(typed, false) : null;
    if (typed && !(this.headIsEnough(scored, offset + limit) && completionsCannotReach(scored, resolved[0], offset + limit))) scored = null;
    const scoredVariants = scored ? typed : resolved;
    scored = scored ?? (browsing ? everyDocument(meta.documenten) : await this.score(resolved, complete));
    if (!complete && !this.headIsEnough(scored, offset + limit)) {
      complete = true;
      scored = await this.score(resolved, complete);
    }
    const facetData = needAll && (counts || active.length > 0) ? await this.facets() : null;
    const allowed = facetData ? filterSet(facetData, active, meta.documenten) : null;
    const position = sort ? await this.order(sort) : null;
    const byOrder = position ? (a, b) => position.get(a.doc) - position.get(b.doc) : byRank;
    const ranked = scored.filter((r) => !allowed || allowed.has(r.doc)).sort(byOrder);
    const page = await Promise.all(ranked.slice(offset, offset + limit).map((r) => this.result(r, resolved)));
    const corrected = resolved.map((vs, i) => (vs.length > 0 && vs.every((v) => v.kind === 'typo') ? vs[0].word : words[i]));
    // Heads only: the total is exact for one term (its document frequency), otherwise a lower bound.
    const only = scoredVariants.length === 1 && scoredVariants[0].length === 1 && scoredVariants[0][0].terms.length === 1 ? scoredVariants[0][0].terms[0] : null;
    const exactTotal = complete || (only !== null && scoredVariants === resolved) || ranked.length === 0;
    return {
      query,
      words: words.map((word, i) => ({ word, variants: resolved[i] })),
      total: complete || !only ? ranked.length : only.df,
      exactTotal,
      results: page,
      counts: counts ? facetCounts(facetData, active, scored, meta.documenten) : null,
      suggestion: corrected.some((w, i) => w !== words[i]) ? corrected.join(' ') : null,
    };
  }

  /**
   * Per document: per word the best variant (weight × sum of its term impacts); the total over the words; the number
   * of words matched; and of those, how many as typed (not only through a completion or correction). With heads
   * only, these are lower bounds, and `upper`, `upperMatched`, `upperWhole` bound what the tails could add (a tail
   * impact is never above the lowest impact in its head).
   */
  async score(resolved, complete) {
    const perDoc = new Map();
    const missing = [];
    const wholeMissing = [];
    for (let i = 0; i < resolved.length; i++) {
      const lower = new Map();
      const upper = new Map();
      const whole = new Set();
      let wordMissing = 0;
      let wholeTruncated = false;
      for (const v of resolved[i]) {
        const sum = new Map();
        const heads = [];
        let variantMissing = 0;
        for (const term of v.terms) {
          const postings = await this.postings(term, complete);
          const floor = !complete && term.df > postings.size ? Math.min(...postings.values()) : 0;
          heads.push({ postings, floor });
          variantMissing += floor;
          for (const [doc, impact] of postings) sum.set(doc, (sum.get(doc) || 0) + impact);
        }
        for (const [doc, s] of sum) {
          let up = s;
          for (const h of heads) if (h.floor > 0 && !h.postings.has(doc)) up += h.floor;
          lower.set(doc, Math.max(lower.get(doc) || 0, s * v.weight));
          upper.set(doc, Math.max(upper.get(doc) || 0, up * v.weight));
          if (AS_TYPED.has(v.kind)) whole.add(doc);
        }
        wordMissing = Math.max(wordMissing, variantMissing * v.weight);
        if (AS_TYPED.has(v.kind) && variantMissing > 0) wholeTruncated = true;
      }
      missing.push(wordMissing);
      wholeMissing.push(wholeTruncated);
      for (const [doc, low] of lower) {
        const r = perDoc.get(doc) || { doc, score: 0, matched: 0, whole: 0, upper: 0, upperMatched: 0, upperWhole: 0, words: new Set() };
        r.score += low;
        r.matched += 1;
        r.upper += Math.max(upper.get(doc), wordMissing);
        r.upperMatched += 1;
        if (whole.has(doc)) r.whole += 1;
        if (whole.has(doc) || wholeTruncated) r.upperWhole += 1;
        r.words.add(i);
        perDoc.set(doc, r);
      }
    }
    for (const r of perDoc.values()) {
      missing.forEach((m, i) => {
        if (m > 0 && !r.words.has(i)) {
          r.upper += m;
          r.upperMatched += 1;
          if (wholeMissing[i]) r.upperWhole += 1;
        }
      });
    }
    const unseen = {
      upper: missing.reduce((a, b) => a + b, 0),
      upperMatched: missing.filter((m) => m > 0).length,
      upperWhole: wholeMissing.filter(Boolean).length,
    };
    const terms = resolved.reduce((a, vs) => a + vs.reduce((b, v) => b + v.terms.length, 0), 0);
    return Object.assign([...perDoc.values()], { unseen, words: resolved.length, terms });
  }

  /**
   * Whether the heads alone fix the first n results exactly: each of them has an exact rank key, and no other
   * document — seen or not — could reach the n-th one even with the most its tails could add.
   */
  headIsEnough(scored, n) {
    const ranked = [...scored].sort(byRank);
    const settled = (r) => r.upperMatched === r.matched && r.upperWhole === r.whole && r.upper - r.score < 1e-9;
    const top = ranked.slice(0, n);
    if (!top.every(settled)) return false;
    if (top.length < n) return [...ranked.slice(n), scored.unseen].every((r) => r.upperMatched === 0);
    const last = top[top.length - 1];
    // One word, one variant, one term: the head holds that term's best impacts with ties broken by lower document
    // first, so an unseen document can at most tie with the last result and then ranks after it.
    const single = scored.words === 1 && scored.terms === 1;
    const below = (r) =>
      r.upperMatched < last.matched ||
      (r.upperMatched === last.matched &&
        (r.upperWhole < last.whole ||
          (r.upperWhole === last.whole && (r.upper < last.score - 1e-9 || (single && r === scored.unseen && r.upper <= last.score + 1e-9)))));
    return ranked.slice(n).every((r) => settled(r) ? byRank(last, r) < 0 : below(r)) && below(scored.unseen);
  }

  async result(r, resolved) {
    const d = await this.doc(r.doc);
    const marks = resolved.flat();
    const passage = bestPassage(d.p, marks);
    return { doc: r.doc, url: new URL(d.u, new URL('../../', this.base)).href, path: d.u, title: d.t, type: d.y, date: d.d || '', score: r.score, matched: r.matched, whole: r.whole, passage, snippet: highlight(passage, marks) };
  }
}

/** A one-word query without its completions, when it has some and the word itself (or a form of it) was found. */
function typedOnly(resolved) {
  if (resolved.length !== 1) return null;
  const typed = resolved[0].filter((v) => v.kind !== 'completion');
  return typed.length < resolved[0].length && typed.some((v) => AS_TYPED.has(v.kind)) ? [typed] : null;
}

/**
 * Whether a page ranked without the completions is the page with them: it is full, every result has the word as
 * typed (a document only a completion reaches ranks below those), and each scores above the most a completion can
 * give a document (its weight times the sum of its terms' highest impacts), so no score changes.
 */
function completionsCannotReach(scored, variants, n) {
  const most = Math.max(
    ...variants.filter((v) => v.kind === 'completion').map((v) => v.weight * v.terms.reduce((sum, t) => sum + (t.max ?? 255), 0)),
  );
  const top = [...scored].sort(byRank).slice(0, n);
  return top.length === n && top.every((r) => r.whole === 1 && r.score > most);
}

function variant(word, kind, ids, shard) {
  return {
    word,
    kind,
    weight: WEIGHTS[kind],
    terms: ids.map((id) => ({ id, text: shard.t[id][0], df: shard.t[id][1], shard: shard.t[id][2], max: shard.t[id][3] })),
  };
}

/** 1 when the word is the form most documents use of the one term it stands for (the term's fifth element). */
function favourite(shard, words, word) {
  const ids = words[word];
  if (!ids || ids.length !== 1) return 0;
  const t = shard.t[ids[0]];
  return (t[4] ?? t[0]) === word ? 1 : 0;
}

const SHARD_CHARACTERS = '0123456789abcdefghijklmnopqrstuvwxyz_';

/** Whether the top-level lexicon shard exists: meta.json's bitset, bit 37 × i + j for its characters i and j. */
function hasShard(bitset, name) {
  const bit = SHARD_CHARACTERS.indexOf(name[0]) * SHARD_CHARACTERS.length + SHARD_CHARACTERS.indexOf(name[1]);
  return bit >= 0 && has(bytes(bitset), bit);
}

function frequency(shard, ids) {
  return Math.max(0, ...ids.map((id) => shard.t[id][1]));
}

function decode(list) {
  const map = new Map();
  if (!list) return map;
  let doc = 0;
  for (let i = 0; i < list.length; i += 2) {
    doc += list[i];
    map.set(doc, list[i + 1]);
  }
  return map;
}

/**
 * Most words matched first; then most words matched as typed (a page with SAM& before pages that only have
 * "samenwerking"); then by score; then by document order: a total order, so results are stable.
 */
function byRank(a, b) {
  return b.matched - a.matched || b.whole - a.whole || b.score - a.score || a.doc - b.doc;
}

function bytes(b64) {
  const raw = atob(b64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

const decoded = new WeakMap();

/**
 * A facet value's bitset over all documents. The index stores a bitset from its first non-zero byte (b, at byte o),
 * or for a rare value its delta-coded document ordinals (n).
 */
function bits(entry) {
  if (!decoded.has(entry)) {
    let out;
    if (entry.n) {
      const docs = [];
      entry.n.reduce((doc, gap) => (docs.push(doc + gap), doc + gap), 0);
      out = new Uint8Array((docs[docs.length - 1] >> 3) + 1);
      for (const doc of docs) out[doc >> 3] |= 1 << (doc & 7);
    } else {
      const stored = bytes(entry.b);
      out = new Uint8Array((entry.o || 0) + stored.length);
      out.set(stored, entry.o || 0);
    }
    decoded.set(entry, out);
  }
  return decoded.get(entry);
}

/** Browsing without words: every document is a candidate, in document order. */
function everyDocument(documents) {
  return Array.from({ length: documents }, (_, doc) => ({ doc, score: 0, matched: 0, whole: 0 }));
}

function has(bitset, doc) {
  return (bitset[doc >> 3] & (1 << (doc & 7))) !== 0;
}

/** Documents allowed by the filters (all facets, or all but one when counting that facet), as a Set. */
function filterSet(facetData, active, documents, skip = null) {
  const allowed = new Set();
  const sets = active
    .filter(([facet]) => facet !== skip)
    .map(([facet, values]) => values.map((v) => facetData[facet]?.[v]).filter(Boolean).map(bits));
  for (let doc = 0; doc < documents; doc++) {
    if (sets.every((alternatives) => alternatives.some((b) => has(b, doc)))) allowed.add(doc);
  }
  return allowed;
}

/** Exact counts per facet value: the results, filtered by every other facet, that have the value. */
function facetCounts(facetData, active, scored, documents) {
  const counts = {};
  for (const [facet, values] of Object.entries(facetData)) {
    const allowed = filterSet(facetData, active, documents, facet);
    const docs = scored.filter((r) => allowed.has(r.doc)).map((r) => r.doc);
    counts[facet] = {};
    for (const [value, entry] of Object.entries(values)) {
      const b = bits(entry);
      counts[facet][value] = docs.filter((d) => has(b, d)).length;
    }
  }
  return counts;
}

/** Whether a word of a passage matches the query: the same folded form, or it holds one of the matched terms. */
function matches(token, marks) {
  const f = fold(token)[0];
  if (!f) return false;
  return marks.some((v) => f === v.word || v.terms.some((t) => t.text.length >= 4 && f.includes(t.text)));
}

function bestPassage(passages, marks) {
  let best = passages[0] || '';
  let bestHits = -1;
  for (const p of passages) {
    const hits = p.split(/\s+/).filter((t) => matches(t, marks)).length;
    if (hits > bestHits) {
      best = p;
      bestHits = hits;
    }
  }
  return best.length > 240 ? best.slice(0, 239).replace(/\s+\S*$/, '') + ' …' : best;
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The passage as HTML, every matching word in <mark>. Everything else is escaped. */
export function highlight(passage, marks) {
  return passage
    .split(/(\s+)/)
    .map((t) => (/\S/.test(t) && matches(t, marks) ? `<mark>${escapeHtml(t)}</mark>` : escapeHtml(t)))
    .join('');
}

let shared = null;

/** Search the site's own index with a shared engine. See Engine.search for the options. */
export function search(query, options) {
  shared = shared || new Engine();
  return shared.search(query, options);
}
