// Kennisbank Kinderarmoede — Dutch word forms for the search engine (zoekmachine.js), loaded only when a query word is
// not in the lexicon: Lucene's Dutch stemmer as the build runs it, and the regular base forms of a derived word.
// No dependencies. The Node parity test compares stemOf with the Java analysis chain over every word of the site
// and of the Dutch word list.

const VOWELS = 'aeiouyè';
const isVowel = (c) => c !== undefined && VOWELS.includes(c);

/**
 * Martin Porter's Dutch stemmer, as Lucene's pinned Snowball DutchStemmer runs it, for a folded word. The Node parity
 * test compares it with Lucene over every word of the site and of the Dutch word list.
 */
export function snowballDutch(word) {
  let s = word;
  if (s[0] === 'y') s = 'Y' + s.slice(1);
  for (let p = 0; p + 1 < s.length; p++) {
    if (!isVowel(s[p])) continue;
    if (s[p + 1] === 'i' && isVowel(s[p + 2])) s = s.slice(0, p + 1) + 'I' + s.slice(p + 2);
    else if (s[p + 1] === 'y') s = s.slice(0, p + 1) + 'Y' + s.slice(p + 2);
  }
  const afterVowelRun = (from) => {
    let i = from;
    while (i < s.length && !isVowel(s[i])) i++;
    if (i >= s.length) return -1;
    i++;
    while (i < s.length && isVowel(s[i])) i++;
    return i < s.length ? i + 1 : -1;
  };
  let p1 = s.length;
  let p2 = s.length;
  const m1 = afterVowelRun(0);
  if (m1 >= 0) {
    p1 = Math.max(m1, 3);
    const m2 = afterVowelRun(m1);
    if (m2 >= 0) p2 = m2;
  }
  const ends = (x) => s.endsWith(x);
  const before = (n) => s[s.length - n - 1]; // the letter before a suffix of n letters
  const cut = (n) => { s = s.slice(0, s.length - n); };
  const undouble = () => { if (/(kk|dd|tt)$/.test(s)) cut(1); };
  const enEnding = (n) => {
    const start = s.length - n;
    if (start < p1 || isVowel(s[start - 1]) || s[start - 1] === undefined || s.slice(0, start).endsWith('gem')) return false;
    cut(n);
    undouble();
    return true;
  };
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    if (ends('e') && s.length - 1 >= p1 && s[s.length - 2] !== undefined && !isVowel(s[s.length - 2])) {
      cut(1);
      eFound = true;
      undouble();
    }
  };
  if (ends('heden')) {
    if (s.length - 5 >= p1) s = s.slice(0, -5) + 'heid';
  } else if (ends('ene')) enEnding(3);
  else if (ends('en')) enEnding(2);
  else if (ends('se') || ends('s')) {
    const n = ends('se') ? 2 : 1;
    const c = before(n);
    if (s.length - n >= p1 && c !== undefined && !isVowel(c) && c !== 'j') cut(n);
  }
  eEnding();
  if (ends('heid') && s.length - 4 >= p2 && before(4) !== 'c') {
    cut(4);
    if (ends('en')) enEnding(2);
  }
  if (ends('end') || ends('ing')) {
    if (s.length - 3 >= p2) {
      cut(3);
      if (ends('ig') && s.length - 2 >= p2 && before(2) !== 'e') cut(2);
      else undouble();
    }
  } else if (ends('ig')) {
    if (s.length - 2 >= p2 && before(2) !== 'e') cut(2);
  } else if (ends('lijk')) {
    if (s.length - 4 >= p2) {
      cut(4);
      eEnding();
    }
  } else if (ends('baar')) {
    if (s.length - 4 >= p2) cut(4);
  } else if (ends('bar')) {
    if (s.length - 3 >= p2 && eFound) cut(3);
  }
  const n = s.length;
  if (n >= 4 && !isVowel(s[n - 1]) && s[n - 1] !== 'I' && /^(aa|ee|oo|uu)$/.test(s.slice(n - 3, n - 1)) && !isVowel(s[n - 4])) {
    s = s.slice(0, n - 2) + s[n - 1];
  }
  return s.replace(/Y/g, 'y').replace(/I/g, 'i');
}

/**
 * The index term of a word the site does not have, as the build's analysis chain would give it (DutchAnalysis):
 * nothing for a stop word, a protected word as it is, a fixed stem from the overrides, else the Snowball stem of the
 * word — or of its infinitive (listed verb forms, conjugated -eren verbs, diminutive plurals) — with a doubled final
 * consonant made single. `data` is the index's stam.json.
 */
export function stemOf(word, data) {
  if (data.stop.includes(word)) return null;
  if (data.beschermd.includes(word)) return word;
  if (Object.hasOwn(data.vast, word)) return data.vast[word];
  const stem = snowballDutch(data.vormen[word] ?? infinitive(word));
  const n = stem.length;
  return n >= 3 && stem[n - 1] === stem[n - 2] && /[b-df-hj-np-tv-xz]/.test(stem[n - 1]) ? stem.slice(0, -1) : stem;
}

/** Separable parts of Dutch verbs, before the ge- of a participle: aangevraagd → aanvraag. */
const PARTICLES = ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'onder', 'op', 'over', 'samen', 'terug', 'toe', 'uit', 'voor', 'weg'];

/**
 * Base forms a Dutch word may be derived from by regular morphology, most likely first: diminutives (huisje, bloempje,
 * balletje), past tense and participles (werkte, gewerkt, aangevraagd), -t forms, comparatives (kleiner), plurals
 * after a vowel (ideeen, taalniveaus) and in -eren, and the z/s, v/f change before an ending (huizen, brieven).
 * The caller stems each and keeps those the site has.
 */
export function baseForms(word) {
  const out = [];
  const add = (w) => { if (w.length >= 2 && w !== word) out.push(w); };
  const undouble = (w) => (/([b-df-hj-np-tv-xz])\1$/.test(w) ? w.slice(0, -1) : w);
  for (const ending of ['tjes', 'tje', 'pjes', 'pje', 'kjes', 'kje', 'jes', 'je', 'etjes', 'etje']) {
    const base = word.slice(0, -ending.length);
    if (word.endsWith(ending) && base.length >= 2) add(ending.startsWith('e') ? undouble(base) : base);
  }
  let rest = word;
  for (const p of PARTICLES) {
    if (word.startsWith(p + 'ge') && word.length > p.length + 4) {
      rest = p + word.slice(p.length + 2);
      break;
    }
  }
  if (rest === word && word.startsWith('ge') && word.length > 5) rest = word.slice(2);
  if (rest !== word) {
    if (/[dt]$/.test(rest)) add(rest.slice(0, -1));
    if (rest.endsWith('en')) add(rest);
  }
  const past = /^(.*?)(ten|te|den|de)$/.exec(word);
  if (past && past[1].length >= 3) add(past[1]);
  if (/[^aeiou]t$/.test(word) && word.length >= 4) add(word.slice(0, -1));
  if (/(ere|er|ste|st)$/.test(word) && word.length >= 6) add(word.replace(/(ere|er|ste|st)$/, ''));
  if (/[aeiou](en|n|s)$/.test(word)) add(word.replace(/(en|n|s)$/, ''));
  if (word.endsWith('eren') && word.length >= 7) add(word.slice(0, -4));
  for (const w of [...out, word]) {
    const swapped = w.replace(/z(en|e)$/, 's$1').replace(/v(en|e)$/, 'f$1');
    if (swapped !== w) add(swapped.replace(/(en|e)$/, ''));
  }
  return [...new Set(out)];
}

function infinitive(word) {
  if (word.length >= 7 && word.endsWith('jes')) return word.slice(0, -1);
  for (const ending of ['eerden', 'eerde', 'eert']) {
    if (word.length >= ending.length + 5 && word.endsWith(ending)) return word.slice(0, -ending.length) + 'eren';
  }
  return word;
}
