// Kennisbank Kinderarmoede — what the search page (zoeken.js) and the practice finder (vinder.js) share: the state in
// the URL (?q=…&sector=jgz), number badges on filters, and the title and text of one result. The finder loads this
// module together with the search engine, on the first filter, so its first view stays without it.

/** The chosen values of each facet in URL parameters, empty values left out. */
export function readFilters(params, facets) {
  const filters = {};
  for (const facet of facets) filters[facet] = params.getAll(facet).filter(Boolean);
  return filters;
}

/** The query string ('' or '?…') of a word, the filters in the facets' order, and further parameters that are set. */
export function queryString(q, facets, filters, extra = {}) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const facet of facets) for (const v of filters[facet] || []) params.append(facet, v);
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  return params.size ? `?${params}` : '';
}

/** Puts a query string in the address bar: as a new history entry ('push'), in place ('replace'), or not ('none'). */
export function writeUrl(query, mode) {
  if (mode === 'none') return;
  const url = `${location.pathname}${query}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

/** An NL Design System number badge: the number is shown, "(3 resultaten)" is what a screen reader says. */
export function numberBadge() {
  const badge = document.createElement('data');
  badge.className = 'nl-number-badge';
  const visible = document.createElement('span');
  visible.className = 'nl-number-badge__visible-label';
  visible.setAttribute('aria-hidden', 'true');
  const hidden = document.createElement('span');
  hidden.className = 'nl-number-badge__hidden-label';
  badge.append(visible, hidden);
  return badge;
}

/** Sets a number badge to n, read out with the noun for one or for more ('resultaat', 'resultaten'). */
export function setNumberBadge(badge, n, one, more) {
  badge.value = String(n);
  badge.firstChild.textContent = String(n);
  badge.lastChild.textContent = `(${n} ${n === 1 ? one : more})`;
}

/** A result's heading: its title as a link. */
export function resultTitle(r, className) {
  const heading = document.createElement('h2');
  heading.className = className;
  const link = document.createElement('a');
  link.href = r.url;
  link.textContent = r.title;
  heading.append(link);
  return heading;
}

/** A result's text: with a word, the snippet with the matched words marked; without, its opening passage. */
export function resultText(r, q) {
  const text = document.createElement('p');
  if (q) {
    text.innerHTML = r.snippet; // escaped by highlight(); only <mark> is markup
    for (const mark of text.querySelectorAll('mark')) mark.className = 'nl-mark';
  } else {
    text.textContent = r.passage;
  }
  return text;
}
